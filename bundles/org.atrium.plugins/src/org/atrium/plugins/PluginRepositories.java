package org.atrium.plugins;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;

/** Where plugins may come from: a {@code file:} or {@code https:} p2 repository, or a folder. */
public final class PluginRepositories {

	/** The system property that names the repository the installation offers plugins from. */
	public static final String CONFIGURED = "atrium.plugins.repository";

	private PluginRepositories() {
	}

	/** The configured repository, or null if none is. */
	public static String configured() {
		String repository = System.getProperty(CONFIGURED);
		return repository == null || repository.isBlank() ? null : repository;
	}

	/**
	 * A {@code file:} or {@code https:} URL, or a folder; spaces are allowed in folders and in {@code file:}
	 * URLs, written as they are or as {@code %20}.
	 *
	 * @param field how the user named the location, such as {@code --repo}, for the message
	 * @throws IllegalArgumentException naming the field and the rule, for any other kind of location
	 */
	public static URI uri(String repository, String field) {
		URI uri;
		try {
			if (!repository.contains(":")) {
				return Path.of(repository).toAbsolutePath().toUri();
			}
			uri = repository.startsWith("file:") && repository.contains(" ")
					? Path.of(repository.substring("file:".length())).toAbsolutePath().toUri()
					: URI.create(repository);
		} catch (IllegalArgumentException e) { // InvalidPathException too
			throw new IllegalArgumentException(
					field + " must be a file: or https: URL or a folder, was '" + repository + "'");
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("file") && !scheme.equals("https")) {
			throw new IllegalArgumentException(field + " must be a file: or https: URL or a folder; '" + scheme
					+ ":' repositories are not trusted, was '" + repository + "'");
		}
		return uri;
	}
}
