package org.atrium.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.store.AuditEntry;
import org.atrium.core.store.AuditQuery;
import org.atrium.core.store.ModelStoreFactory;
import org.atrium.core.store.StoreSession;
import org.atrium.core.store.testing.Engine;
import org.atrium.core.store.testing.TestDatabase;
import org.atrium.demo.Office;
import org.atrium.ui.Identity;
import org.atrium.ui.Settings;
import org.atrium.ui.WhoAmI;
import org.atrium.ui.WorkbenchStore;
import org.atrium.ui.parts.StatusLine;
import org.atrium.ui.team.ConnectTeamRepositoryDialog;
import org.atrium.ui.team.RepositorySwitch;
import org.atrium.ui.team.TeamCredentials;
import org.atrium.ui.team.TeamStartup;
import org.atrium.ui.testing.UiFixture;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File > Connect to team repository against a real PostgreSQL server: the test button's message for each failure and
 * for success, and a connection that makes the workbench work as the person the server signs in, with the password
 * in secure storage only.
 */
class ConnectTeamRepositoryTest {

	private static final String PREFERENCES = "org.atrium.ui";

	@TempDir
	Path folder;

	private TestDatabase database;
	private UiFixture ui;
	private Person lead;
	private Office office;
	private TeamCredentials credentials;
	private final List<String> roles = new ArrayList<>();
	private final Map<String, String> savedPreferences = new HashMap<>();
	private ConnectTeamRepositoryDialog dialog;

	@BeforeEach
	void open() throws Exception {
		keepPreferences();
		database = TestDatabase.create(Engine.POSTGRESQL, folder);
		ui = new UiFixture(database.config(), "emartin");
		office = ui.saveOffice(UiFixture.small(2));
		lead = office.people().stream().filter(p -> p.getOfficeRoles().contains(RoleKind.PMO_LEAD)).findFirst()
				.orElseThrow();
		credentials = TeamCredentials.in(folder.resolve("secure"));
		try (Connection admin = database.connect(); Statement statement = admin.createStatement()) {
			statement.execute("CREATE TABLE \"ATRIUM_USERS\" (\"LOGIN\" VARCHAR(63) PRIMARY KEY, "
					+ "\"PERSON_LOGIN\" VARCHAR(128) NOT NULL)");
		}
	}

	@AfterEach
	void close() throws Exception {
		if (dialog != null && dialog.getShell() != null) {
			dialog.close();
		}
		ui.close();
		database.close();
		try (Connection server = TestDatabase.connect(TestDatabase.SERVER_URL, TestDatabase.ADMIN,
				TestDatabase.ADMIN_PASSWORD); Statement statement = server.createStatement()) {
			for (String role : roles) {
				statement.execute("DROP ROLE IF EXISTS " + role);
			}
		}
		restorePreferences();
	}

	@Test
	void testConnectionSaysWhoTheServerSignsIn() throws Exception {
		String password = "Secret-" + UUID.randomUUID();
		String login = staffLogin(password, "emartin");
		open(null);
		fill(database.url(), login, password);
		String message = test();
		assertNull(dialog.getErrorMessage());
		assertTrue(message.startsWith("Connected as " + lead.getName() + " (emartin) to PostgreSQL " + database.url()),
				message);
		assertTrue(message.contains("schema up to date"), message);
		assertFalse(message.contains(password), message);
	}

	@Test
	void aWrongPasswordIsSaidSo() throws Exception {
		String login = staffLogin("right-" + UUID.randomUUID(), "emartin");
		open(null);
		fill(database.url(), login, "wrong");
		test();
		assertTrue(dialog.getErrorMessage().startsWith("Wrong password, or the server " + database.url()
				+ " does not know the login '" + login + "'"), dialog.getErrorMessage());
	}

	@Test
	void aServerThatIsDownIsSaidSo() throws Exception {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}
		open(null);
		fill("127.0.0.1:" + closedPort + "/pmo", "alee", "any");
		test();
		assertTrue(dialog.getErrorMessage().startsWith("The server jdbc:postgresql://127.0.0.1:" + closedPort
				+ "/pmo cannot be reached: it is down, or the host or port is wrong."), dialog.getErrorMessage());
		assertEquals("jdbc:postgresql://127.0.0.1:" + closedPort + "/pmo", field("Server:").getText(),
				"host:port/database is completed to the URL");
	}

	@Test
	void aSchemaNewerThanThisClientAsksForTheNewerPlugins() throws Exception {
		String password = "Secret-" + UUID.randomUUID();
		String login = staffLogin(password, "emartin");
		try (Connection admin = database.connect();
				PreparedStatement newer = admin.prepareStatement(
						"UPDATE \"ATRIUM_SCHEMA\" SET \"VERSION\" = \"VERSION\" + 1 WHERE \"NS_URI\" = ?")) {
			newer.setString(1, PmoPackage.eNS_URI);
			assertEquals(1, newer.executeUpdate());
		}
		open(null);
		fill(database.url(), login, password);
		test();
		String error = dialog.getErrorMessage();
		assertTrue(error.startsWith("The team repository's schema is newer than this Atrium"), error);
		assertTrue(error.contains(PmoPackage.eNS_URI), error);
		assertTrue(error.endsWith("install the newer plugins."), error);
	}

	@Test
	void aLoginWithoutAPersonIsToldWhatTheAdministratorRuns() throws Exception {
		String password = "Secret-" + UUID.randomUUID();
		String login = staffLogin(password, null);
		open(null);
		fill(database.url(), login, password);
		test();
		assertEquals("The login '" + login + "' is not mapped to a person of the office. Ask the administrator to run "
				+ "atrium server add-user " + login + " --person <your office login>.", dialog.getErrorMessage());
	}

	@Test
	void badInputNamesTheFieldAndTheRule() throws Exception {
		open(null);
		fill("jdbc:postgresql://127.0.0.1:55432/pmo?password=oops", "alee", "x");
		press("Test connection");
		assertTrue(dialog.getErrorMessage().startsWith("Server: the address carries a password"), dialog.getErrorMessage());
		assertFalse(dialog.isWorking());
		fill("jdbc:derby:/tmp/db", "alee", "x");
		press("Test connection");
		assertTrue(dialog.getErrorMessage().startsWith("Server: a team repository is a PostgreSQL database"),
				dialog.getErrorMessage());
		fill("127.0.0.1:99999/pmo", "alee", "x");
		press("Connect");
		assertTrue(dialog.getErrorMessage().startsWith("Server: the port must be between 1 and 65535"),
				dialog.getErrorMessage());
		fill("127.0.0.1/pmo", "", "x");
		press("Connect");
		assertTrue(dialog.getErrorMessage().startsWith("Login: "), dialog.getErrorMessage());
		fill("127.0.0.1/pmo", "alee", "");
		press("Connect");
		assertTrue(dialog.getErrorMessage().startsWith("Password: "), dialog.getErrorMessage());
		assertFalse(dialog.getShell().isDisposed(), "bad input keeps the dialog open");
		String preferences = new Settings("/tmp/db", "jdbc:postgresql://db.example.org/pmo?user=alee&password=oops", "alee")
				.problem();
		assertTrue(preferences.startsWith("JDBC URL: remove the password from the URL"), preferences);
	}

	@Test
	void connectWorksAsTheMappedPersonAndKeepsThePasswordInSecureStorageOnly() throws Exception {
		String password = "Secret-" + UUID.randomUUID();
		String login = staffLogin(password, "emartin");
		ui.store.switchUser("someone-else");
		StatusLine line = ContextInjectionFactory.make(StatusLine.class, ui.context);
		open(null);
		fill(database.url(), login, password);
		remember(true);
		connect();
		assertTrue(RepositorySwitch.toTeamRepository(ui.store, dialog, credentials, () -> true,
				ui.context.get(IEventBroker.class)));

		assertEquals("emartin", ui.store.user());
		assertEquals(Optional.of("emartin"), ui.store.store().signedInPerson());
		String expected = lead.getName() + " (emartin) \u00b7 PostgreSQL " + database.url();
		ui.waitUntil("the status line to name the signed-in person", () -> line.text().equals(expected));
		assertFalse(line.text().contains(password));
		IllegalStateException refused = assertThrows(IllegalStateException.class, () -> ui.store.switchUser("alee"));
		assertTrue(refused.getMessage().contains("signs you in as emartin"), refused.getMessage());

		Project project = office.projects().get(0);
		try (StoreSession session = ui.store.openSession()) {
			Project stored = session.load(PmoPackage.Literals.PROJECT, project.getId());
			stored.setDescription("Written on the team repository");
			session.save(stored);
		}
		List<AuditEntry> audit = ui.store.store().auditLog(AuditQuery.ofObject(project.getId(), 1));
		assertEquals("emartin", audit.get(0).user());

		Settings saved = Settings.load();
		assertEquals(database.url(), saved.jdbcUrl());
		assertEquals(login, saved.login());
		assertTrue(saved.isTeamRepository());
		String preferencesFile = Files.readString(preferencesFile());
		assertTrue(preferencesFile.contains(login), preferencesFile);
		assertFalse(preferencesFile.contains(password), "the preferences file holds no password");
		assertEquals(Optional.of(password), credentials.password(database.url(), login));
		assertFalse(Files.readString(credentials.storageFile()).contains(password), "secure storage is encrypted");
		assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(credentials.storageFile()));
		assertEquals(PosixFilePermissions.fromString("rw-------"),
				Files.getPosixFilePermissions(credentials.storageFile().resolveSibling("secure_storage.key")));

		ConnectTeamRepositoryDialog again = new ConnectTeamRepositoryDialog(ui.shell,
				ui.context.get(ModelStoreFactory.class), credentials, saved, null);
		again.setBlockOnOpen(false);
		again.open();
		try {
			assertEquals(database.url(), field(again.getShell(), "Server:").getText());
			assertEquals(login, field(again.getShell(), "Login:").getText());
			assertEquals(password, field(again.getShell(), "Password:").getText(), "a remembered password is filled in");
		} finally {
			again.close();
		}
	}

	@Test
	void aPasswordNotRememberedIsForgottenAndEditorsLeftOpenKeepTheWorkbenchWhereItWas() throws Exception {
		String password = "Secret-" + UUID.randomUUID();
		String login = staffLogin(password, "emartin");
		credentials.remember(database.url(), login, "an older password");
		String before = ui.store.description();
		open(null);
		fill(database.url(), login, password);
		remember(false);
		connect();
		assertFalse(RepositorySwitch.toTeamRepository(ui.store, dialog, credentials, () -> false,
				ui.context.get(IEventBroker.class)));
		assertEquals(before, ui.store.description());
		assertEquals("emartin", ui.store.user());
		assertEquals(Optional.of("an older password"), credentials.password(database.url(), login),
				"nothing changes while editors stay open");

		open(null);
		fill(database.url(), login, password);
		remember(false);
		connect();
		assertTrue(RepositorySwitch.toTeamRepository(ui.store, dialog, credentials, () -> true,
				ui.context.get(IEventBroker.class)));
		assertEquals(Optional.empty(), credentials.password(database.url(), login));
	}

	@Test
	void theWayBackIsTheEmbeddedDatabase() throws Exception {
		open("The team repository cannot be reached.");
		assertEquals("The team repository cannot be reached.", dialog.getErrorMessage());
		press("Use embedded database");
		assertEquals(ConnectTeamRepositoryDialog.USE_EMBEDDED, dialog.getReturnCode());
	}

	@Test
	void atStartTheRememberedPasswordConnectsAndAFailureOffersTheDialogInsteadOfFailing() throws Exception {
		String password = "Secret-" + UUID.randomUUID();
		String login = staffLogin(password, "emartin");
		Settings team = new Settings(folder.resolve("embedded").toString(), database.url(), "someone", login);
		ModelStoreFactory factory = ui.context.get(ModelStoreFactory.class);
		credentials.remember(database.url(), login, password);
		try (WorkbenchStore started = TeamStartup.open(ui.shell, factory, team, credentials)) {
			assertEquals("emartin", started.user());
			assertEquals("PostgreSQL " + database.url(), started.description());
		}

		credentials.remember(database.url(), login, "a password changed since");
		List<String> shown = new ArrayList<>();
		answer("Connect to team repository", dialogShell -> {
			shown.addAll(texts(dialogShell));
			pressIn(dialogShell, "Use embedded database");
		});
		try (WorkbenchStore started = TeamStartup.open(ui.shell, factory, team, credentials)) {
			assertTrue(started.description().startsWith("Derby " + folder.resolve("embedded")), started.description());
			assertEquals("someone", started.user());
		}
		assertTrue(shown.stream().anyMatch(text -> text.startsWith("Wrong password, or the server " + database.url())),
				shown.toString());
		assertFalse(Settings.load().isTeamRepository(), "the choice of the embedded database is kept");
	}

	@Test
	void whoAmIOnATeamRepositoryExplainsThatTheServerSignsYouIn() throws Exception {
		String password = "Secret-" + UUID.randomUUID();
		String login = staffLogin(password, "emartin");
		open(null);
		fill(database.url(), login, password);
		connect();
		assertTrue(RepositorySwitch.toTeamRepository(ui.store, dialog, credentials, () -> true,
				ui.context.get(IEventBroker.class)));
		Identity identity;
		try (StoreSession session = ui.store.openSession()) {
			identity = Identity.read(session, ui.store.user());
		}
		List<String> shown = new ArrayList<>();
		answer("Who am I", messageShell -> {
			shown.addAll(texts(messageShell));
			messageShell.close();
		});
		assertFalse(WhoAmI.ask(ui.shell, identity, "Choose who you are", ui.store, null, null,
				ui.context.get(IEventBroker.class)));
		assertEquals("emartin", ui.store.user());
		assertTrue(shown.stream().anyMatch(text -> text.contains("signs you in as " + lead.getName() + " (emartin)")),
				shown.toString());
	}

	/** Answers the modal dialog with this title once it shows. */
	private void answer(String title, Consumer<Shell> answer) {
		Runnable look = new Runnable() {
			@Override
			public void run() {
				for (Shell shell : ui.shell.getShells()) {
					if (title.equals(shell.getText()) && shell.isVisible()) {
						answer.accept(shell);
						return;
					}
				}
				ui.display.timerExec(100, this);
			}
		};
		ui.display.timerExec(100, look);
	}

	private static List<String> texts(Shell shell) {
		List<String> texts = new ArrayList<>();
		UiFixture.find(shell, Label.class, label -> true).forEach(label -> texts.add(label.getText()));
		UiFixture.find(shell, Text.class, text -> true).forEach(text -> texts.add(text.getText().trim()));
		return texts;
	}

	private static void pressIn(Shell shell, String label) {
		UiFixture.find(shell, Button.class, b -> b.getText().equals(label)).get(0).notifyListeners(SWT.Selection,
				new Event());
	}

	/** A login of its own on the server, with a staff member's privileges, mapped to the person if one is given. */
	private String staffLogin(String password, String person) throws SQLException {
		String login = "atrium_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		roles.add(login);
		try (Connection admin = database.connect(); Statement statement = admin.createStatement()) {
			statement.execute("CREATE ROLE " + login + " LOGIN PASSWORD '" + password.replace("'", "''") + "'");
			statement.execute("GRANT CONNECT ON DATABASE " + database.name() + " TO " + login);
			statement.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + login);
			statement.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO " + login);
			if (person != null) {
				try (PreparedStatement map = admin.prepareStatement("INSERT INTO \"ATRIUM_USERS\" VALUES (?, ?)")) {
					map.setString(1, login);
					map.setString(2, person);
					map.executeUpdate();
				}
			}
		}
		return login;
	}

	private void open(String problem) {
		dialog = new ConnectTeamRepositoryDialog(ui.shell, ui.context.get(ModelStoreFactory.class), credentials,
				Settings.load().onEmbeddedDatabase(), problem);
		dialog.setBlockOnOpen(false);
		dialog.open();
	}

	private void fill(String server, String login, String password) {
		field("Server:").setText(server);
		field("Login:").setText(login);
		field("Password:").setText(password);
	}

	private void remember(boolean remember) {
		UiFixture.find(dialog.getShell(), Button.class, b -> b.getText().startsWith("Remember password")).get(0)
				.setSelection(remember);
	}

	/** Presses Test connection and waits for its message. */
	private String test() {
		press("Test connection");
		assertTrue(dialog.isWorking(), "the test runs in the background");
		ui.waitUntil("the test of the connection to end", () -> !dialog.isWorking());
		return dialog.getMessage();
	}

	private void connect() {
		press("Connect");
		ui.waitUntil("the dialog to connect", () -> dialog.getShell() == null);
		assertEquals(Window.OK, dialog.getReturnCode(), "connected");
	}

	private void press(String label) {
		pressIn(dialog.getShell(), label);
	}

	private Text field(String label) {
		return field(dialog.getShell(), label);
	}

	private static Text field(Shell shell, String label) {
		Label found = UiFixture.find(shell, Label.class, l -> l.getText().equals(label)).get(0);
		Control[] siblings = found.getParent().getChildren();
		for (int i = 0; i < siblings.length - 1; i++) {
			if (siblings[i] == found) {
				return (Text) siblings[i + 1];
			}
		}
		throw new AssertionError("no field after " + label);
	}

	private static Path preferencesFile() throws Exception {
		return Path.of(Platform.getInstanceLocation().getURL().toURI())
				.resolve(".metadata/.plugins/org.eclipse.core.runtime/.settings/" + PREFERENCES + ".prefs");
	}

	private void keepPreferences() throws Exception {
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(PREFERENCES);
		for (String key : node.keys()) {
			savedPreferences.put(key, node.get(key, null));
		}
	}

	private void restorePreferences() throws Exception {
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(PREFERENCES);
		node.clear();
		savedPreferences.forEach(node::put);
		node.flush();
	}
}
