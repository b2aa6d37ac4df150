package org.atrium.core.store.team.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.store.AuditQuery;
import org.atrium.core.store.ModelContribution;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.StoreConfig;
import org.atrium.core.store.StoreException;
import org.atrium.core.store.StoreSession;
import org.atrium.core.store.TeamRepository;
import org.atrium.core.store.TeamRole;
import org.atrium.core.store.testing.Engine;
import org.atrium.core.store.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** {@code TeamRepository.init}: the roles, who owns what, the privileges, and running it again. */
class TeamRepositoryInitTest extends TeamTestSupport {

	@Test
	void rolesAreGroupsThatCannotSignIn() throws SQLException {
		try (Connection admin = database.connect(); Statement statement = admin.createStatement();
				ResultSet rs = statement.executeQuery("SELECT rolname, rolcanlogin, rolsuper FROM pg_roles "
						+ "WHERE rolname IN ('atrium_owner', 'atrium_staff', 'atrium_leadership') ORDER BY rolname")) {
			int roles = 0;
			while (rs.next()) {
				roles++;
				assertFalse(rs.getBoolean(2), rs.getString(1) + " cannot sign in");
				assertFalse(rs.getBoolean(3), rs.getString(1) + " is no superuser");
			}
			assertEquals(3, roles);
		}
	}

	@Test
	void theOwnerHoldsTheAuditAndTheLoginsAndStaffHoldsTheData() throws SQLException {
		Map<String, String> owners = owners();
		assertEquals("atrium_owner", owners.get("ATRIUM_AUDIT"));
		assertEquals("atrium_owner", owners.get("ATRIUM_USERS"));
		assertEquals("atrium_staff", owners.get("ATRIUM_SCHEMA"));
		assertEquals("atrium_staff", owners.get("PMO_PROJECT"));
		assertEquals("atrium_staff", owners.get("PMO_PERSON"));
		owners.forEach((table, owner) -> assertEquals(
				table.equals("ATRIUM_AUDIT") || table.equals("ATRIUM_USERS") ? "atrium_owner" : "atrium_staff", owner, table));
		assertTrue(owners.size() > 15, "every table of the core model: " + owners.keySet());
	}

	@Test
	void theAdministratorJoinsTheOwnerRole() throws SQLException {
		try (Connection admin = database.connect(); Statement statement = admin.createStatement();
				ResultSet rs = statement.executeQuery("SELECT pg_has_role('atrium_owner', 'MEMBER'), "
						+ "(SELECT count(*) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid "
						+ "WHERE r.rolname = 'atrium_owner' AND m.member = (SELECT oid FROM pg_roles WHERE rolname = session_user))")) {
			rs.next();
			assertTrue(rs.getBoolean(1));
			assertEquals(1, rs.getInt(2), "granted the owner role, not only as a superuser");
		}
	}

	@Test
	void runningItAgainChangesNothing() throws SQLException {
		Map<String, String> before = owners();
		String privilegesBefore = privileges();
		TeamRepository.Initialized again = TeamRepository.init(database.config(),
				List.of(ModelContribution.of(PmoPackage.eINSTANCE)));
		assertEquals(before, owners());
		assertEquals(privilegesBefore, privileges());
		assertEquals(before.size(), again.tables());
		assertEquals("atrium_admin", again.administrator());
		assertEquals(List.of(PmoPackage.eNS_URI), again.packages().stream().map(p -> p.nsUri()).toList());
		try (Connection admin = database.connect(); Statement statement = admin.createStatement();
				ResultSet rs = statement.executeQuery("SELECT count(*) FROM pg_trigger WHERE tgname = 'atrium_audit_stamp'")) {
			rs.next();
			assertEquals(1, rs.getInt(1), "one audit trigger");
		}
	}

	@Test
	void anEmbeddedDatabaseIsNoTeamRepository() {
		StoreException e = assertThrows(StoreException.class, () -> TeamRepository
				.init(StoreConfig.derby(folder.resolve("db"), true), List.of(ModelContribution.of(PmoPackage.eINSTANCE))));
		assertEquals("A team repository is a PostgreSQL database; jdbc:derby:" + folder.resolve("db").toAbsolutePath()
				+ " is not a jdbc:postgresql: URL.", e.getMessage());
	}

	@Test
	void onlyAnAdministratorMaySetItUp() {
		String staff = user("bob", "bsmith", TeamRole.STAFF);
		StoreException e = assertThrows(StoreException.class, () -> TeamRepository.init(database.config(staff, password(staff)),
				List.of(ModelContribution.of(PmoPackage.eINSTANCE))));
		assertEquals("Only a superuser, or a login with CREATEROLE that owns the database '" + database.name()
				+ "', can set up a team repository; '" + staff + "' is neither.", e.getMessage());
	}

	@Test
	void aLoginOfAnotherDatabaseCannotConnect() throws SQLException {
		String stranger = login("stranger");
		try (Connection admin = database.connect(); Statement statement = admin.createStatement()) {
			statement.execute("CREATE ROLE " + stranger + " LOGIN PASSWORD 'x'");
		}
		SQLException e = assertThrows(SQLException.class,
				() -> TestDatabase.connect(database.url(), stranger, "x").close());
		assertEquals("42501", e.getSQLState(), e.getMessage());
	}

	@Test
	void aLoginWithCreateRoleThatOwnsTheDatabaseSetsItUpAndAddsUsers() throws SQLException {
		String admin = login("office_admin");
		try (TestDatabase office = TestDatabase.create(Engine.POSTGRESQL, folder.resolve("office"))) {
			try (Connection server = database.connect(); Statement statement = server.createStatement()) {
				statement.execute("CREATE ROLE " + admin + " LOGIN CREATEROLE PASSWORD '" + password(admin).replace("'", "''") + "'");
				statement.execute("ALTER DATABASE " + office.name() + " OWNER TO " + admin);
			}
			StoreConfig config = office.config(admin, password(admin));
			TeamRepository.Initialized done = TeamRepository.init(config, List.of(ModelContribution.of(PmoPackage.eINSTANCE)));
			assertEquals(admin, done.administrator());
			try (ModelStore store = open(config); StoreSession session = store.openSession(ADMIN_WORKS_AS)) {
				Person person = F.createPerson();
				person.setName("Bob Smith");
				person.setLogin("bsmith");
				session.save(person);
			}
			String bob = login("bob");
			TeamRepository.addUser(config, bob, password(bob).toCharArray(), "bsmith", TeamRole.STAFF);
			Portfolio saved = portfolio("Set up without a superuser");
			ModelStore bobs = open(office.config(bob, password(bob)));
			try (StoreSession session = bobs.openSession("bsmith")) {
				session.save(saved);
			}
			assertEquals("bsmith", open(config).auditLog(AuditQuery.ofObject(saved.getId(), 1)).get(0).user());
		}
	}

	private Map<String, String> owners() throws SQLException {
		Map<String, String> owners = new TreeMap<>();
		try (Connection admin = database.connect(); Statement statement = admin.createStatement();
				ResultSet rs = statement.executeQuery("SELECT tablename, tableowner FROM pg_tables WHERE schemaname = 'public'")) {
			while (rs.next()) {
				owners.put(rs.getString(1), rs.getString(2));
			}
		}
		return owners;
	}

	private String privileges() throws SQLException {
		StringBuilder result = new StringBuilder();
		try (Connection admin = database.connect(); Statement statement = admin.createStatement();
				ResultSet rs = statement.executeQuery("SELECT relname, relacl::text FROM pg_class "
						+ "WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' ORDER BY relname")) {
			while (rs.next()) {
				result.append(rs.getString(1)).append('=').append(rs.getString(2)).append('\n');
			}
		}
		return result.toString();
	}
}
