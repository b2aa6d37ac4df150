package org.atrium.core.store;

import java.util.Locale;

/** What a person's login may do in a team repository; each is a PostgreSQL role that the login is granted. */
public enum TeamRole {

	/** PMO staff: read and change the office's data, and upgrade the tables of a newly installed plugin. */
	STAFF("atrium_staff"),
	/** Leadership: read everything, change nothing. */
	LEADERSHIP("atrium_leadership");

	private final String roleName;

	TeamRole(String roleName) {
		this.roleName = roleName;
	}

	/** The PostgreSQL role, such as {@code atrium_staff}. */
	public String roleName() {
		return roleName;
	}

	/** The word for it on the command line: {@code staff} or {@code leadership}. */
	public String keyword() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The role named by its keyword; anything else is refused with the words that are allowed. */
	public static TeamRole of(String keyword) {
		for (TeamRole role : values()) {
			if (role.keyword().equals(keyword)) {
				return role;
			}
		}
		throw new IllegalArgumentException("role must be staff or leadership, was '" + keyword + "'");
	}
}
