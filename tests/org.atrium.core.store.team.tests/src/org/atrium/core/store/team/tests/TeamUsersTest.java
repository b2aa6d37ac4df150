package org.atrium.core.store.team.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.atrium.core.store.ModelStore;
import org.atrium.core.store.StoreException;
import org.atrium.core.store.StoreLoginException;
import org.atrium.core.store.StoreSession;
import org.atrium.core.store.TeamRepository;
import org.atrium.core.store.TeamRole;
import org.atrium.core.store.testing.Engine;
import org.atrium.core.store.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** {@code TeamRepository.addUser}: a login with a SCRAM password, its role and its person; and every refusal. */
class TeamUsersTest extends TeamTestSupport {

	@Test
	void aNewLoginHasAScramPasswordItsRoleAndItsPerson() throws SQLException {
		addPerson("bsmith");
		String bob = login("bob");
		char[] password = password(bob).toCharArray();
		assertTrue(TeamRepository.addUser(database.config(), bob, password, "bsmith", TeamRole.STAFF));
		assertArrayEquals(new char[password.length], password, "the password is cleared once used");
		try (Connection admin = database.connect(); PreparedStatement statement = admin.prepareStatement(
				"SELECT rolcanlogin, pg_has_role(rolname, 'atrium_staff', 'MEMBER'), pg_has_role(rolname, 'atrium_leadership', "
						+ "'MEMBER'), (SELECT rolpassword FROM pg_authid WHERE rolname = ?), "
						+ "(SELECT \"PERSON_LOGIN\" FROM \"ATRIUM_USERS\" WHERE \"LOGIN\" = ?) FROM pg_roles WHERE rolname = ?")) {
			statement.setString(1, bob);
			statement.setString(2, bob);
			statement.setString(3, bob);
			try (ResultSet rs = statement.executeQuery()) {
				assertTrue(rs.next());
				assertTrue(rs.getBoolean(1), "may sign in");
				assertTrue(rs.getBoolean(2), "staff");
				assertFalse(rs.getBoolean(3), "not leadership");
				assertTrue(rs.getString(4).startsWith("SCRAM-SHA-256$"), "the server keeps only a SCRAM hash");
				assertEquals("bsmith", rs.getString(5));
			}
		}
		assertEquals(Optional.of("bsmith"), as(bob).signedInPerson());
	}

	@Test
	void addingALoginAgainChangesItsPasswordRoleAndPerson() {
		String bob = user("bob", "bsmith", TeamRole.STAFF);
		addPerson("rbrown");
		assertFalse(TeamRepository.addUser(database.config(), bob, "a new secret".toCharArray(), "rbrown", TeamRole.LEADERSHIP));

		StoreLoginException refused = assertThrows(StoreLoginException.class, () -> as(bob));
		assertTrue(refused.getMessage().contains("refused the login '" + bob + "'"), refused.getMessage());
		ModelStore store = open(database.config(bob, "a new secret"));
		assertEquals(Optional.of("rbrown"), store.signedInPerson());
		try (StoreSession session = store.openSession("rbrown")) {
			StoreException e = assertThrows(StoreException.class, () -> session.save(portfolio("Not any more")));
			assertEquals("Nothing was saved: " + bob + " may only read this team repository.", e.getMessage());
		}
	}

	@Test
	void theUsersAreListedWithTheirPeopleAndRoles() throws SQLException {
		String bob = user("bob", "bsmith", TeamRole.STAFF);
		String carol = user("carol", "cjones", TeamRole.LEADERSHIP);
		String dave = user("dave", "dwu", TeamRole.STAFF);
		try (Connection admin = database.connect(); java.sql.Statement statement = admin.createStatement()) {
			statement.execute("REVOKE atrium_staff FROM " + dave);
		}
		assertEquals(List.of(new TeamRepository.User(bob, "bsmith", Optional.of(TeamRole.STAFF)),
				new TeamRepository.User(carol, "cjones", Optional.of(TeamRole.LEADERSHIP)),
				new TeamRepository.User(dave, "dwu", Optional.empty())), TeamRepository.users(database.config()));
	}

	@Test
	void aPersonTheOfficeDoesNotKnowIsRefusedAndNoLoginIsMade() throws SQLException {
		String bob = login("bob");
		StoreException e = assertThrows(StoreException.class,
				() -> TeamRepository.addUser(database.config(), bob, "secret".toCharArray(), "nobody", TeamRole.STAFF));
		assertEquals("There is no person with the login 'nobody' in PostgreSQL " + database.url()
				+ "; add the person to the office first, then give them a login.", e.getMessage());
		assertFalse(roleExists(bob));
	}

	@Test
	void aLoginMustBeAPlainLowerCaseName() {
		addPerson("bsmith");
		for (String bad : List.of("Bob", "bob; DROP ROLE atrium_admin", "", "1bob", "b\"ob", "a".repeat(64))) {
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
					() -> TeamRepository.addUser(database.config(), bad, "secret".toCharArray(), "bsmith", TeamRole.STAFF));
			assertEquals("a login must be 1 to 63 lower-case letters, digits or '_', starting with a letter or '_' "
					+ "([a-z_][a-z0-9_]{0,62}), was '" + bad + "'", e.getMessage());
		}
		IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
				() -> TeamRepository.addUser(database.config(), "bob", new char[0], "bsmith", TeamRole.STAFF));
		assertEquals("the password of 'bob' must not be empty", empty.getMessage());
	}

	@Test
	void theRepositorysRolesAndAdministratorsAreNoPersonsLogins() {
		addPerson("bsmith");
		for (String role : List.of("atrium_owner", "atrium_staff", "atrium_leadership")) {
			StoreException e = assertThrows(StoreException.class,
					() -> TeamRepository.addUser(database.config(), role, "secret".toCharArray(), "bsmith", TeamRole.STAFF));
			assertEquals("'" + role + "' is a role of the team repository, not a person's login.", e.getMessage());
		}
		StoreException admin = assertThrows(StoreException.class, () -> TeamRepository.addUser(database.config(),
				TestDatabase.ADMIN, "secret".toCharArray(), "bsmith", TeamRole.STAFF));
		assertEquals("'" + TestDatabase.ADMIN + "' administers the team repository (a superuser or a member of atrium_owner); "
				+ "a person needs a login of their own.", admin.getMessage());
	}

	@Test
	void onlyAnAdministratorAddsUsers() throws SQLException {
		String bob = user("bob", "bsmith", TeamRole.STAFF);
		addPerson("mallory");
		String mallory = login("mallory");
		StoreException e = assertThrows(StoreException.class, () -> TeamRepository.addUser(database.config(bob, password(bob)),
				mallory, "secret".toCharArray(), "mallory", TeamRole.STAFF));
		assertEquals("Only an administrator of the team repository (a member of atrium_owner with CREATEROLE, or a "
				+ "superuser) can add users; '" + bob + "' is not one.", e.getMessage());
		assertFalse(roleExists(mallory));
	}

	@Test
	void aDatabaseThatWasNeverSetUpIsRefused() throws SQLException {
		try (TestDatabase plain = TestDatabase.create(Engine.POSTGRESQL, folder.resolve("plain"))) {
			StoreException e = assertThrows(StoreException.class,
					() -> TeamRepository.addUser(plain.config(), login("bob"), "secret".toCharArray(), "bsmith", TeamRole.STAFF));
			assertEquals("PostgreSQL " + plain.url() + " is not a team repository yet: run 'atrium server init' on it first.",
					e.getMessage());
		}
	}

	private boolean roleExists(String login) throws SQLException {
		try (Connection admin = database.connect();
				PreparedStatement statement = admin.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
			statement.setString(1, login);
			try (ResultSet rs = statement.executeQuery()) {
				return rs.next();
			}
		}
	}
}
