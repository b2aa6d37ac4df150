package org.atrium.core.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a store lives. Embedded Derby in a directory is the default; any other engine is named by a
 * JDBC URL.
 *
 * @param jdbcUrl  the connection URL
 * @param user     database user, may be null
 * @param password database password, may be null
 * @param create   whether a missing database may be created
 */
public record StoreConfig(String jdbcUrl, String user, String password, boolean create) {

	public StoreConfig {
		Objects.requireNonNull(jdbcUrl, "jdbcUrl");
	}

	/** Never the password: a configuration may end up in a log or a message. */
	@Override
	public String toString() {
		return "StoreConfig[" + displayUrl() + (user == null ? "" : ", user " + user) + (password == null ? "" : ", password set")
				+ (create ? ", create" : "") + "]";
	}

	/** Embedded Derby in {@code directory}. */
	public static StoreConfig derby(Path directory, boolean create) {
		return new StoreConfig("jdbc:derby:" + directory.toAbsolutePath(), null, null, create);
	}

	public static StoreConfig jdbc(String url, String user, String password) {
		return new StoreConfig(url, user, password, true);
	}

	/**
	 * The URL as it may be shown in status lines, logs and messages: any password in it, as a {@code password}
	 * parameter or in user information, is removed.
	 */
	public String displayUrl() {
		return withoutPassword(jdbcUrl);
	}

	/** The URL without a password: {@code user:secret@} becomes {@code user@}, a password parameter is dropped. */
	public static String withoutPassword(String url) {
		String result = url.replaceAll("(?i)([?&;])password=[^&;]*[&;]?", "$1").replaceAll("[?&;]$", "");
		return result.replaceAll("(//[^/@:]+):[^/@]*@", "$1@");
	}

	public boolean isEmbeddedDerby() {
		return jdbcUrl.startsWith("jdbc:derby:") && !jdbcUrl.startsWith("jdbc:derby://");
	}

	/** The Derby database directory, for embedded Derby. */
	public Path derbyDirectory() {
		String rest = jdbcUrl.substring("jdbc:derby:".length());
		int attributes = rest.indexOf(';');
		return Path.of(attributes < 0 ? rest : rest.substring(0, attributes));
	}
}
