package org.atrium.core.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.atrium.core.store.StoreConfig;
import org.atrium.core.store.StoreException;
import org.atrium.core.store.UnmappedLoginException;

/**
 * Who a team repository's database login stands for. A PostgreSQL database with the table {@value #USERS_TABLE}
 * (LOGIN, the database login; PERSON_LOGIN, the office person's login) is a team repository: each person signs in
 * with a login of their own, and the server, not the client, says who works. A login with no row there may only
 * work if it administers the repository (a member of {@value #OWNER_ROLE}, or a superuser).
 */
final class TeamIdentity {

	static final String USERS_TABLE = "ATRIUM_USERS";
	static final String OWNER_ROLE = "atrium_owner";

	private TeamIdentity() {
	}

	/** The office login of the signed-in person; empty for an administrator or a database that is no team repository. */
	static Optional<String> signedInPerson(Connection connection, SqlNames sql, String description) throws SQLException {
		if (!SchemaManager.tableExists(connection, USERS_TABLE)) {
			return Optional.empty();
		}
		try (PreparedStatement statement = connection.prepareStatement("SELECT " + sql.q("PERSON_LOGIN") + " FROM "
				+ sql.q(USERS_TABLE) + " WHERE " + sql.q("LOGIN") + " = session_user")) {
			try (ResultSet rs = statement.executeQuery()) {
				if (rs.next()) {
					return Optional.of(rs.getString(1));
				}
			}
		}
		try (PreparedStatement statement = connection.prepareStatement("SELECT session_user, r.rolsuper OR EXISTS "
				+ "(SELECT 1 FROM pg_roles o WHERE o.rolname = ? AND pg_has_role(session_user, o.oid, 'MEMBER')) "
				+ "FROM pg_roles r WHERE r.rolname = session_user")) {
			statement.setString(1, OWNER_ROLE);
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				if (rs.getBoolean(2)) {
					return Optional.empty();
				}
				throw new UnmappedLoginException("The team repository " + description + " knows no person for the login '"
						+ rs.getString(1) + "'. Ask its administrator to run: atrium server add-user " + rs.getString(1)
						+ " --person <your login in the office>");
			}
		}
	}

	/**
	 * Refuses a session for anyone but the person the server signed in: on a team repository the database login,
	 * not the client, says who works.
	 */
	static void requireSignedIn(Optional<String> signedInPerson, String user, StoreConfig config) {
		if (signedInPerson.isPresent() && !signedInPerson.get().equals(user)) {
			throw new StoreException("The team repository signed in the login '" + config.user() + "' as '"
					+ signedInPerson.get() + "'; it cannot work as '" + user + "'.");
		}
	}

	/** The refusal of a write the server did not allow the login: leadership reads a team repository. */
	static StoreException readOnly(StoreConfig config, SQLException cause) {
		return new StoreException("Nothing was saved: " + config.user() + " may only read this team repository.", cause);
	}

	/** Why a login could not make a newly installed plugin's tables: only staff may. */
	static String mayNotChangeTables(StoreConfig config) {
		return config.user() + " may only read this team repository; the tables of a newly installed plugin are made "
				+ "by the first client of a staff member that starts with it.";
	}
}
