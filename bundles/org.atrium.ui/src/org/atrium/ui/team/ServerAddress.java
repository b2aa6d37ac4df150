package org.atrium.ui.team;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.atrium.core.store.StoreConfig;

/** What a user types as the team repository's server: a PostgreSQL JDBC URL, or {@code host[:port]/database}. */
public final class ServerAddress {

	private static final String PREFIX = "jdbc:postgresql://";
	private static final Pattern ADDRESS = Pattern
			.compile("(?<host>[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]+\\])(:(?<port>[0-9]{1,5}))?"
					+ "/(?<database>[A-Za-z0-9_][A-Za-z0-9_$.-]*)(?<parameters>\\?[^\\s]*)?");

	private ServerAddress() {
	}

	/**
	 * The JDBC URL for what was typed; {@code db.example.org/pmo} becomes {@code jdbc:postgresql://db.example.org/pmo}.
	 *
	 * @throws IllegalArgumentException naming the field and the rule, for an address that is not one, or that carries a
	 *                                  password or a login
	 */
	public static String jdbcUrl(String typed) {
		String text = typed == null ? "" : typed.trim();
		if (text.isEmpty()) {
			throw new IllegalArgumentException("Server: enter the team repository's address, as host[:port]/database "
					+ "(db.example.org/pmo) or jdbc:postgresql://host[:port]/database.");
		}
		if (!StoreConfig.withoutPassword(text).equals(text)) {
			throw new IllegalArgumentException("Server: the address carries a password; remove it and type the password "
					+ "in Password. Atrium keeps passwords in secure storage only, never in the address.");
		}
		String rest = text.startsWith(PREFIX) ? text.substring(PREFIX.length()) : text;
		if (rest.startsWith("jdbc:")) {
			throw new IllegalArgumentException("Server: a team repository is a PostgreSQL database; use "
					+ "jdbc:postgresql://host[:port]/database or host[:port]/database.");
		}
		Matcher matcher = ADDRESS.matcher(rest);
		if (!matcher.matches()) {
			throw new IllegalArgumentException("Server: '" + text + "' is not an address of the form host[:port]/database "
					+ "(db.example.org/pmo, 127.0.0.1:5432/pmo) or jdbc:postgresql://host[:port]/database.");
		}
		String port = matcher.group("port");
		if (port != null && (Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535)) {
			throw new IllegalArgumentException("Server: the port must be between 1 and 65535, not " + port + ".");
		}
		String parameters = matcher.group("parameters");
		if (parameters != null && parameters.matches("(?i).*[?&]user=.*")) {
			throw new IllegalArgumentException("Server: leave the login out of the address; type it in Login.");
		}
		return PREFIX + rest;
	}
}
