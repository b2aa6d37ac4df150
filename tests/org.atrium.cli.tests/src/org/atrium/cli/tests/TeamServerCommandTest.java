package org.atrium.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.atrium.cli.Passwords;
import org.atrium.cli.tests.Atrium.Result;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoFactory;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.store.ModelContribution;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.ModelStoreFactory;
import org.atrium.core.store.StoreSession;
import org.atrium.core.store.testing.Engine;
import org.atrium.core.store.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code atrium server init} and {@code add-user} against the PostgreSQL test server, and working as a login. */
class TeamServerCommandTest {

	private static final Map<String, String> ADMIN_PASSWORD = Map.of(Passwords.DB_PASSWORD, TestDatabase.ADMIN_PASSWORD);
	private static final String BOB_PASSWORD = "bob's 'secret' \\ $$ pass";

	@TempDir
	Path workspace;

	private TestDatabase database;
	private final String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
	private final List<String> logins = new ArrayList<>();

	@BeforeEach
	void createDatabase() {
		database = TestDatabase.create(Engine.POSTGRESQL, workspace);
	}

	@AfterEach
	void dropDatabaseAndLogins() throws SQLException {
		database.close();
		try (Connection admin = TestDatabase.connect(TestDatabase.SERVER_URL, TestDatabase.ADMIN, TestDatabase.ADMIN_PASSWORD);
				Statement statement = admin.createStatement()) {
			for (String login : logins) {
				statement.execute("DROP ROLE IF EXISTS " + login);
			}
		}
	}

	private Result asAdmin(String... args) {
		List<String> words = new ArrayList<>(List.of("--db", database.url(), "--db-user", TestDatabase.ADMIN));
		words.addAll(List.of(args));
		return Atrium.run(workspace, ADMIN_PASSWORD, words.toArray(String[]::new));
	}

	private String login(String name) {
		String login = name + "_" + suffix;
		logins.add(login);
		return login;
	}

	/** A password file only its owner may read. */
	private Path passwordFile(String password) throws Exception {
		Path file = workspace.resolve("password-" + UUID.randomUUID());
		Files.writeString(file, password + "\n");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		return file;
	}

	private void addPerson(String login) {
		Person person = PmoFactory.eINSTANCE.createPerson();
		person.setName("Person " + login);
		person.setLogin(login);
		try (ModelStore store = ModelStoreFactory.open(database.config(), List.of(ModelContribution.of(PmoPackage.eINSTANCE)));
				StoreSession session = store.openSession("pmo_admin")) {
			session.save(person);
		}
	}

	@Test
	void initMakesATeamRepositoryAndAddUserGivesAPersonALogin() throws Exception {
		Result init = asAdmin("server", "init");
		assertEquals(0, init.exit(), init.err());
		assertEquals("Team repository ready: PostgreSQL " + database.url(), init.lines().get(0));
		assertTrue(init.out().contains("atrium_owner (administrators, now including atrium_admin)"), init.out());
		assertTrue(init.lines().get(2).matches("  \\d+ tables; packages: .*pmo 1.*"), init.out());

		addPerson("bsmith");
		String bob = login("bob");
		Result added = asAdmin("server", "add-user", bob, "--person", "bsmith", "--password-file",
				passwordFile(BOB_PASSWORD).toString());
		assertEquals(0, added.exit(), added.err());
		assertEquals("", added.err());
		assertEquals("Added the login " + bob + ": works as bsmith, staff, on PostgreSQL " + database.url(),
				added.out().strip());
		Path readable = passwordFile(BOB_PASSWORD);
		Files.setPosixFilePermissions(readable, PosixFilePermissions.fromString("rw-r--r--"));
		Result again = asAdmin("server", "add-user", bob, "--person", "bsmith", "--role", "leadership", "--password-file",
				readable.toString());
		assertEquals(0, again.exit(), again.err());
		assertEquals("atrium: warning: other users of this machine may read " + readable + "; keep password files to "
				+ "yourself (chmod 600) and delete them once used.", again.err().strip());
		assertEquals("Updated the login " + bob + ": works as bsmith, leadership, on PostgreSQL " + database.url(),
				again.out().strip());

		Result users = asAdmin("server", "users");
		assertEquals(0, users.exit(), users.err());
		assertEquals(List.of(String.format("%-" + bob.length() + "s  %-6s  %s", "LOGIN", "PERSON", "ROLE"),
				bob + "  bsmith  leadership", "1 login on PostgreSQL " + database.url()), users.lines());

		Map<String, String> bobsPassword = Map.of(Passwords.DB_PASSWORD, BOB_PASSWORD);
		Result audit = Atrium.run(workspace, bobsPassword, "audit", "--db", database.url(), "--db-user", bob);
		assertEquals(0, audit.exit(), audit.err());
		assertTrue(audit.out().contains("changes shown"), audit.out());

		Result someoneElse = Atrium.run(workspace, bobsPassword, "projects", "--db", database.url(), "--db-user", bob,
				"--user", "alee");
		assertEquals(2, someoneElse.exit());
		assertEquals("atrium: --user alee is not who the team repository signed in: the login " + bob
				+ " works as bsmith. Try 'atrium help'." + System.lineSeparator(), someoneElse.err());
		Result himself = Atrium.run(workspace, bobsPassword, "projects", "--db", database.url(), "--db-user", bob,
				"--user", "bsmith");
		assertEquals(0, himself.exit(), himself.err());

		Result wrong = Atrium.run(workspace, Map.of(Passwords.DB_PASSWORD, "not it"), "projects", "--db", database.url(),
				"--db-user", bob);
		assertEquals(1, wrong.exit());
		assertTrue(wrong.err().contains("refused the login '" + bob + "': the password is wrong"), wrong.err());
		for (Result result : List.of(init, added, again, audit, someoneElse, himself, wrong)) {
			assertFalse((result.out() + result.err()).contains(BOB_PASSWORD), "no password is printed");
			assertFalse((result.out() + result.err()).contains(TestDatabase.ADMIN_PASSWORD), "no password is printed");
		}
	}

	@Test
	void aPasswordInTheUrlIsNeverPrinted() {
		Result init = Atrium.run(workspace, "--db", database.url() + "?user=" + TestDatabase.ADMIN + "&password="
				+ TestDatabase.ADMIN_PASSWORD, "server", "init");
		assertEquals(0, init.exit(), init.err());
		assertEquals("Team repository ready: PostgreSQL " + database.url() + "?user=" + TestDatabase.ADMIN,
				init.lines().get(0));
		assertFalse(init.out().contains(TestDatabase.ADMIN_PASSWORD), init.out());
	}

	@Test
	void addUserRefusesBadArgumentsAndChangesNothing() throws Exception {
		assertEquals(0, asAdmin("server", "init").exit());
		addPerson("bsmith");
		String bob = login("bob");
		String file = passwordFile(BOB_PASSWORD).toString();

		Result noPassword = asAdmin("server", "add-user", bob, "--person", "bsmith");
		assertEquals(2, noPassword.exit());
		assertEquals("atrium: add-user needs the new login's password: give --password-file FILE, or run it on a terminal. "
				+ "Try 'atrium help'.", noPassword.err().strip());

		Result badLogin = asAdmin("server", "add-user", "Bob;drop", "--person", "bsmith", "--password-file", file);
		assertEquals(2, badLogin.exit());
		assertTrue(badLogin.err().contains("a login must be 1 to 63 lower-case letters, digits or '_'"), badLogin.err());

		Result badRole = asAdmin("server", "add-user", bob, "--person", "bsmith", "--role", "boss", "--password-file", file);
		assertEquals(2, badRole.exit());
		assertEquals("atrium: --role must be staff or leadership, was 'boss'. Try 'atrium help'.", badRole.err().strip());

		Result noPerson = asAdmin("server", "add-user", bob, "--person", "nobody", "--password-file", file);
		assertEquals(1, noPerson.exit());
		assertTrue(noPerson.err().contains("There is no person with the login 'nobody'"), noPerson.err());

		Result emptyFile = asAdmin("server", "add-user", bob, "--person", "bsmith", "--password-file", passwordFile("").toString());
		assertEquals(2, emptyFile.exit());
		assertTrue(emptyFile.err().contains("--password-file must hold the password on its first line"), emptyFile.err());

		Result noDb = Atrium.run(workspace, ADMIN_PASSWORD, "server", "add-user", bob, "--person", "bsmith", "--password-file", file);
		assertEquals(2, noDb.exit());
		assertTrue(noDb.err().contains("server add-user needs --db"), noDb.err());

		try (Connection admin = database.connect(); Statement statement = admin.createStatement();
				var rs = statement.executeQuery("SELECT count(*) FROM pg_roles WHERE rolname = '" + bob + "'")) {
			rs.next();
			assertEquals(0, rs.getInt(1), "no login was made");
		}
	}

	/** A terminal that answers the prompts in turn and remembers them. */
	private static final class Console implements Passwords {
		final List<String> prompts = new ArrayList<>();
		private final List<String> answers;

		Console(String... answers) {
			this.answers = new ArrayList<>(List.of(answers));
		}

		@Override
		public String environment(String name) {
			return null;
		}

		@Override
		public char[] ask(String prompt) {
			prompts.add(prompt);
			return answers.isEmpty() ? null : answers.remove(0).toCharArray();
		}
	}

	@Test
	void passwordsAreAskedOnTheTerminalWhenNoneIsGiven() {
		Console console = new Console(TestDatabase.ADMIN_PASSWORD);
		Result init = Atrium.run(workspace, console, "--db", database.url(), "--db-user", TestDatabase.ADMIN, "server", "init");
		assertEquals(0, init.exit(), init.err());
		assertEquals(List.of("Password of " + TestDatabase.ADMIN + " on " + database.url() + ": "), console.prompts);

		addPerson("bsmith");
		String bob = login("bob");
		Console mistyped = new Console("first try", "second try", TestDatabase.ADMIN_PASSWORD);
		Result differ = Atrium.run(workspace, mistyped, "--db", database.url(), "--db-user", TestDatabase.ADMIN, "server",
				"add-user", bob, "--person", "bsmith");
		assertEquals(2, differ.exit());
		assertEquals("atrium: the two passwords of " + bob + " differ; nothing was changed. Try 'atrium help'.",
				differ.err().strip());
		assertEquals(List.of("New password of " + bob + ": ", "The same password again: "), mistyped.prompts);

		Console typed = new Console(BOB_PASSWORD, BOB_PASSWORD, TestDatabase.ADMIN_PASSWORD);
		Result added = Atrium.run(workspace, typed, "--db", database.url(), "--db-user", TestDatabase.ADMIN, "server",
				"add-user", bob, "--person", "bsmith");
		assertEquals(0, added.exit(), added.err());
		Result asBob = Atrium.run(workspace, new Console(BOB_PASSWORD), "audit", "--db", database.url(), "--db-user", bob);
		assertEquals(0, asBob.exit(), asBob.err());
	}

	@Test
	void initWithAWrongAdministratorPasswordSaysSo() {
		Result result = Atrium.run(workspace, Map.of(Passwords.DB_PASSWORD, "wrong"), "--db", database.url(), "--db-user",
				TestDatabase.ADMIN, "server", "init");
		assertEquals(1, result.exit());
		assertEquals("atrium: The server PostgreSQL " + database.url() + " refused the login '" + TestDatabase.ADMIN
				+ "': the password is wrong, or the server does not know that login.", result.err().strip());
	}
}
