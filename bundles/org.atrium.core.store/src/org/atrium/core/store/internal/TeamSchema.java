package org.atrium.core.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.store.Condition;
import org.atrium.core.store.ModelContribution;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreConfig;
import org.atrium.core.store.StoreException;
import org.atrium.core.store.StoreSession;
import org.atrium.core.store.TeamRepository;
import org.atrium.core.store.TeamRole;
import org.atrium.core.store.WriteGuard;
import org.postgresql.PGConnection;

/**
 * The SQL of a team repository: its roles, who owns which table, the privileges, the login mapping and the trigger
 * that stamps each audit entry with the signed-in person and the server's time. Role names are constants and a
 * login matches {@link TeamRepository#LOGIN}; every identifier is quoted all the same.
 */
public final class TeamSchema {

	static final String OWNER = TeamIdentity.OWNER_ROLE;
	static final String STAFF = TeamRole.STAFF.roleName();
	static final String LEADERSHIP = TeamRole.LEADERSHIP.roleName();
	/** The audit trigger and its function. */
	static final String AUDIT_STAMP = "atrium_audit_stamp";
	/** Tables of the owner role; every other table of the schema belongs to the staff role. */
	private static final Set<String> OWNER_TABLES = Set.of(SchemaManager.AUDIT_TABLE, TeamIdentity.USERS_TABLE);

	private TeamSchema() {
	}

	public static TeamRepository.Initialized init(StoreConfig admin, List<ModelContribution> contributions) {
		requirePostgres(admin);
		try (DefaultModelStore store = DefaultModelStore.open(admin, List.of(), WriteGuard.NONE)) {
			String administrator = store.withConnection(connection -> {
				String login = requireDatabaseAdministrator(connection);
				createRoles(connection, store.sql);
				secure(connection, store.sql);
				return login;
			});
			for (ModelContribution contribution : contributions) {
				store.register(contribution);
			}
			int tables = store.withConnection(connection -> secure(connection, store.sql));
			return new TeamRepository.Initialized(administrator, tables, store.schema());
		}
	}

	public static boolean addUser(StoreConfig admin, String login, char[] password, String personLogin, TeamRole role) {
		requirePostgres(admin);
		Objects.requireNonNull(role, "role");
		if (password == null || password.length == 0) {
			throw new IllegalArgumentException("the password of '" + login + "' must not be empty");
		}
		if (personLogin == null || personLogin.isBlank()) {
			throw new IllegalArgumentException("the person's login must not be blank");
		}
		try (DefaultModelStore store = DefaultModelStore.open(admin, List.of(ModelContribution.of(PmoPackage.eINSTANCE)),
				WriteGuard.NONE)) {
			store.withConnection(connection -> {
				if (!SchemaManager.tableExists(connection, TeamIdentity.USERS_TABLE)) {
					throw new StoreException(store.description() + " is not a team repository yet: run 'atrium server init' "
							+ "on it first.");
				}
				requireUserAdministrator(connection);
				return null;
			});
			requirePerson(store, personLogin);
			return store.withConnection(connection -> {
				boolean exists = requireAssignableLogin(connection, login);
				String quoted = store.sql.q(login);
				execute(connection, (exists ? "ALTER ROLE " : "CREATE ROLE ") + quoted + " LOGIN");
				connection.unwrap(PGConnection.class).alterUserPassword(login, password, null);
				for (TeamRole other : TeamRole.values()) {
					if (other != role) {
						execute(connection, "REVOKE " + store.sql.q(other.roleName()) + " FROM " + quoted);
					}
				}
				execute(connection, "GRANT " + store.sql.q(role.roleName()) + " TO " + quoted);
				map(connection, store.sql, login, personLogin);
				return !exists;
			});
		} finally {
			Arrays.fill(password, '\0');
		}
	}

	public static List<TeamRepository.User> users(StoreConfig admin) {
		requirePostgres(admin);
		try (DefaultModelStore store = DefaultModelStore.open(admin, List.of(), WriteGuard.NONE)) {
			return store.withConnection(connection -> {
				if (!SchemaManager.tableExists(connection, TeamIdentity.USERS_TABLE)) {
					throw new StoreException(store.description() + " is not a team repository yet: run 'atrium server init' "
							+ "on it first.");
				}
				List<TeamRepository.User> users = new ArrayList<>();
				try (PreparedStatement statement = connection.prepareStatement("SELECT u." + store.sql.q("LOGIN") + ", u."
						+ store.sql.q("PERSON_LOGIN") + ", COALESCE(pg_has_role(r.oid, ?, 'MEMBER'), false), "
						+ "COALESCE(pg_has_role(r.oid, ?, 'MEMBER'), false) FROM " + store.sql.q(TeamIdentity.USERS_TABLE)
						+ " u LEFT JOIN pg_roles r ON r.rolname = u." + store.sql.q("LOGIN") + " ORDER BY u." + store.sql.q("LOGIN"))) {
					statement.setString(1, STAFF);
					statement.setString(2, LEADERSHIP);
					try (ResultSet rs = statement.executeQuery()) {
						while (rs.next()) {
							Optional<TeamRole> role = rs.getBoolean(3) ? Optional.of(TeamRole.STAFF)
									: rs.getBoolean(4) ? Optional.of(TeamRole.LEADERSHIP) : Optional.empty();
							users.add(new TeamRepository.User(rs.getString(1), rs.getString(2), role));
						}
					}
				}
				return users;
			});
		}
	}

	/**
	 * Runs the rest of the transaction as the staff role, which owns the data tables, if the login is one of it and
	 * the database is a team repository (the roles belong to the whole server, the privileges to one database).
	 */
	static void actAsStaff(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ? "
				+ "AND pg_has_role(session_user, oid, 'MEMBER') AND has_schema_privilege(oid, current_schema(), 'CREATE')")) {
			statement.setString(1, STAFF);
			try (ResultSet rs = statement.executeQuery()) {
				if (!rs.next()) {
					return;
				}
			}
		}
		execute(connection, "SET LOCAL ROLE " + STAFF);
	}

	private static void requirePostgres(StoreConfig config) {
		if (!(DefaultModelStore.dialectFor(config) instanceof PostgresDialect)) {
			throw new StoreException("A team repository is a PostgreSQL database; " + config.displayUrl()
					+ " is not a jdbc:postgresql: URL.");
		}
	}

	/** The session's login, if it may set the database up: a superuser, or a login with CREATEROLE that owns it. */
	private static String requireDatabaseAdministrator(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT session_user, r.rolsuper OR (r.rolcreaterole AND d.datdba = r.oid), "
						+ "current_database() FROM pg_roles r, pg_database d "
						+ "WHERE r.rolname = session_user AND d.datname = current_database()")) {
			rs.next();
			if (!rs.getBoolean(2)) {
				throw new StoreException("Only a superuser, or a login with CREATEROLE that owns the database '"
						+ rs.getString(3) + "', can set up a team repository; '" + rs.getString(1) + "' is neither.");
			}
			return rs.getString(1);
		}
	}

	/** A login may add users if it may create roles and administers the repository (or is a superuser). */
	private static void requireUserAdministrator(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT session_user, r.rolsuper OR (r.rolcreaterole "
				+ "AND pg_has_role(session_user, ?, 'MEMBER')) FROM pg_roles r WHERE r.rolname = session_user")) {
			statement.setString(1, OWNER);
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				if (!rs.getBoolean(2)) {
					throw new StoreException("Only an administrator of the team repository (a member of " + OWNER
							+ " with CREATEROLE, or a superuser) can add users; '" + rs.getString(1) + "' is not one.");
				}
			}
		}
	}

	/**
	 * Refuses to turn a role of the repository, or an administrator, into a person's login.
	 *
	 * @return whether the login exists already
	 */
	private static boolean requireAssignableLogin(Connection connection, String login) throws SQLException {
		if (login.equals(OWNER) || login.equals(STAFF) || login.equals(LEADERSHIP)) {
			throw new StoreException("'" + login + "' is a role of the team repository, not a person's login.");
		}
		try (PreparedStatement statement = connection.prepareStatement(
				"SELECT pg_has_role(oid, ?, 'MEMBER') FROM pg_roles WHERE rolname = ?")) {
			statement.setString(1, OWNER);
			statement.setString(2, login);
			try (ResultSet rs = statement.executeQuery()) {
				if (!rs.next()) {
					return false;
				}
				if (rs.getBoolean(1)) {
					throw new StoreException("'" + login + "' administers the team repository (a superuser or a member of "
							+ OWNER + "); a person needs a login of their own.");
				}
				return true;
			}
		}
	}

	private static void requirePerson(DefaultModelStore store, String personLogin) {
		try (StoreSession session = store.openSession("atrium server")) {
			if (session.count(Query.of(PmoPackage.Literals.PERSON)
					.where(Condition.eq(PmoPackage.Literals.PERSON__LOGIN, personLogin))) == 0) {
				throw new StoreException("There is no person with the login '" + personLogin + "' in " + store.description()
						+ "; add the person to the office first, then give them a login.");
			}
		}
	}

	private static void createRoles(Connection connection, SqlNames sql) throws SQLException {
		for (String role : List.of(OWNER, STAFF, LEADERSHIP)) {
			// Roles belong to the whole server: another repository on it may have made them already.
			execute(connection, "DO $$ BEGIN CREATE ROLE " + sql.q(role) + " NOLOGIN; "
					+ "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$");
		}
		execute(connection, "GRANT " + sql.q(STAFF) + " TO " + sql.q(OWNER));
		execute(connection, "GRANT " + sql.q(OWNER) + " TO CURRENT_USER");
	}

	/**
	 * Gives every table of the schema to its role, sets the privileges and the audit trigger; the same again changes
	 * nothing.
	 *
	 * @return the number of tables
	 */
	private static int secure(Connection connection, SqlNames sql) throws SQLException {
		String schema = sql.q(single(connection, "SELECT current_schema()"));
		String database = sql.q(single(connection, "SELECT current_database()"));
		String owner = sql.q(OWNER);
		String staff = sql.q(STAFF);
		String leadership = sql.q(LEADERSHIP);
		String audit = sql.q(SchemaManager.AUDIT_TABLE);
		String users = sql.q(TeamIdentity.USERS_TABLE);
		execute(connection, "CREATE TABLE IF NOT EXISTS " + users + " (" + sql.q("LOGIN") + " VARCHAR(128) PRIMARY KEY, "
				+ sql.q("PERSON_LOGIN") + " VARCHAR(128) NOT NULL)");

		execute(connection, "REVOKE ALL ON DATABASE " + database + " FROM PUBLIC");
		execute(connection, "GRANT CONNECT, TEMPORARY ON DATABASE " + database + " TO " + owner + ", " + staff + ", "
				+ leadership);
		execute(connection, "REVOKE CREATE ON SCHEMA " + schema + " FROM PUBLIC");
		execute(connection, "GRANT USAGE, CREATE ON SCHEMA " + schema + " TO " + staff);
		execute(connection, "GRANT USAGE ON SCHEMA " + schema + " TO " + owner + ", " + leadership);

		List<String[]> tables = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(
				"SELECT tablename, tableowner FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")) {
			while (rs.next()) {
				tables.add(new String[] { rs.getString(1), rs.getString(2) });
			}
		}
		for (String[] table : tables) {
			String role = OWNER_TABLES.contains(table[0]) ? OWNER : STAFF;
			if (!role.equals(table[1])) {
				execute(connection, "ALTER TABLE " + sql.q(table[0]) + " OWNER TO " + sql.q(role));
			}
		}

		execute(connection, "REVOKE ALL ON " + audit + ", " + users + " FROM PUBLIC, " + staff + ", " + leadership);
		execute(connection, "GRANT SELECT, INSERT ON " + audit + " TO " + staff);
		execute(connection, "GRANT SELECT ON " + users + " TO " + staff);
		execute(connection, "GRANT SELECT ON ALL TABLES IN SCHEMA " + schema + " TO " + leadership);
		execute(connection, "ALTER DEFAULT PRIVILEGES FOR ROLE " + staff + " IN SCHEMA " + schema + " GRANT SELECT ON TABLES TO "
				+ leadership);

		String function = schema + "." + sql.q(AUDIT_STAMP) + "()";
		execute(connection, "CREATE OR REPLACE FUNCTION " + function + " RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
				+ "SET search_path = pg_catalog, " + schema + ", pg_temp AS $$\n"
				+ "BEGIN\n"
				+ "  IF pg_has_role(session_user, '" + OWNER + "', 'MEMBER') THEN\n" // an administrator's copy keeps its history
				+ "    RETURN NEW;\n"
				+ "  END IF;\n"
				+ "  NEW." + sql.q("USER_NAME") + " := COALESCE((SELECT u." + sql.q("PERSON_LOGIN") + " FROM " + users
				+ " u WHERE u." + sql.q("LOGIN") + " = session_user), session_user);\n"
				+ "  NEW." + sql.q("AT") + " := timezone('UTC', now());\n"
				+ "  RETURN NEW;\n"
				+ "END\n$$");
		execute(connection, "ALTER FUNCTION " + function + " OWNER TO " + owner);
		execute(connection, "CREATE OR REPLACE TRIGGER " + sql.q(AUDIT_STAMP) + " BEFORE INSERT ON " + audit
				+ " FOR EACH ROW EXECUTE FUNCTION " + function);
		return tables.size();
	}

	private static void map(Connection connection, SqlNames sql, String login, String personLogin) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("INSERT INTO " + sql.q(TeamIdentity.USERS_TABLE)
				+ " (" + sql.q("LOGIN") + ", " + sql.q("PERSON_LOGIN") + ") VALUES (?, ?) ON CONFLICT (" + sql.q("LOGIN")
				+ ") DO UPDATE SET " + sql.q("PERSON_LOGIN") + " = EXCLUDED." + sql.q("PERSON_LOGIN"))) {
			statement.setString(1, login);
			statement.setString(2, personLogin);
			statement.executeUpdate();
		}
	}

	private static String single(Connection connection, String query) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(query)) {
			rs.next();
			return rs.getString(1);
		}
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}
}
