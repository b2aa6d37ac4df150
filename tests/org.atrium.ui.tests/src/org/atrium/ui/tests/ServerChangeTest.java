package org.atrium.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.ModelContribution;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.ModelStoreFactory;
import org.atrium.core.store.StoreSession;
import org.atrium.core.store.testing.Engine;
import org.atrium.core.store.testing.TestDatabase;
import org.atrium.ui.EditorOpener;
import org.atrium.ui.editor.ConflictDialog;
import org.atrium.ui.editor.ProjectEditorPart;
import org.atrium.ui.editor.ServerChangeBanner;
import org.atrium.ui.parts.StatusLine;
import org.atrium.ui.testing.UiFixture;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two clients of one team repository on the real PostgreSQL server: the workbench of the first shows what the
 * second commits, in a clean editor at once, in a dirty one as a banner before the user saves; and the status line
 * tells when the repository cannot be reached.
 */
class ServerChangeTest {

	@TempDir
	Path workspace;

	private TestDatabase database;
	private UiFixture ui;
	private ModelStore otherClient;
	private Project project;
	private MPart part;
	private Composite editorArea;
	private Composite statusArea;

	@BeforeEach
	void twoClients() throws Exception {
		database = TestDatabase.create(Engine.POSTGRESQL, workspace);
		ui = new UiFixture(database.config(), "test");
		project = ui.saveOffice(UiFixture.small(2)).projects().get(0);
		ui.store.publishChanges(ui.context.get(IEventBroker.class));
		otherClient = ModelStoreFactory.open(database.config(), List.of(ModelContribution.of(PmoPackage.eINSTANCE)));
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(ui.shell);
		editorArea = new Composite(ui.shell, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(editorArea);
		statusArea = new Composite(ui.shell, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(statusArea);
		statusArea.setLayout(new org.eclipse.swt.layout.FillLayout());
		ui.context.set(Composite.class, editorArea);
	}

	@AfterEach
	void close() throws SQLException {
		allowConnections(true);
		otherClient.close();
		ui.close();
		database.close();
	}

	@Test
	void aCleanEditorShowsWhatAnotherClientSaved() {
		ProjectEditorPart editor = openEditor();
		renameByTheOtherClient("Renamed by Bo");
		ui.waitUntil("the editor to show the other client's name",
				() -> ui.field("Name:").getText().equals("Renamed by Bo"));
		assertFalse(part.isDirty());
		assertFalse(editor.editor().serverChangeBanner().isShowing(), "nothing to decide for a clean editor");
	}

	@Test
	void afterConnectingToAnotherStoreTheWorkbenchHearsThatStoresChanges() {
		ModelStore connected = ModelStoreFactory.open(database.config(), List.of(ModelContribution.of(PmoPackage.eINSTANCE)));
		ui.store.switchTo(connected, "test");
		openEditor();
		renameByTheOtherClient("Renamed after connecting again");
		ui.waitUntil("the editor to show the other client's name",
				() -> ui.field("Name:").getText().equals("Renamed after connecting again"));
		assertFalse(part.isDirty());
	}

	@Test
	void aDirtyEditorShowsTheChangeBeforeTheUserSavesAndKeepsTheEditsUntilReload() throws Exception {
		ProjectEditorPart editor = openEditor();
		UiFixture.type(ui.field("Name:"), "My name for it");
		assertTrue(part.isDirty());

		renameByTheOtherClient("Their name for it");
		ServerChangeBanner banner = editor.editor().serverChangeBanner();
		ui.waitUntil("the banner about the server's change", banner::isShowing);
		assertTrue(banner.text().startsWith("bkim changed this project on the server at "), banner.text());
		assertEquals("My name for it", ui.field("Name:").getText(), "the user's edit is still there");
		assertTrue(part.isDirty());
		assertEquals("My name for it", editor.project().getName(), "the edit is in the model too");
		screenshot("team-server-change.png");

		banner.reloadButton().notifyListeners(SWT.Selection, new Event());
		ui.waitUntil("the server's version", () -> ui.field("Name:").getText().equals("Their name for it"));
		assertFalse(part.isDirty());
		assertFalse(banner.isShowing());
	}

	@Test
	void keepingTheEditsAfterAServerChangeMakesTheSaveAConflictNeverAnOverwrite() {
		ProjectEditorPart editor = openEditor();
		UiFixture.type(ui.field("Name:"), "My name for it");
		renameByTheOtherClient("Their name for it");
		ServerChangeBanner banner = editor.editor().serverChangeBanner();
		ui.waitUntil("the banner about the server's change", banner::isShowing);
		banner.keepButton().notifyListeners(SWT.Selection, new Event());
		assertFalse(banner.isShowing());
		assertEquals("My name for it", ui.field("Name:").getText());

		String[] seen = new String[1];
		answerConflictDialog(seen, "Keep editing");
		assertFalse(editor.editor().save(), "a stale save is never written");
		assertEquals(ConflictDialog.TITLE, seen[0]);
		assertTrue(part.isDirty());
		assertEquals("Their name for it", storedName());
	}

	@Test
	void theStatusLineAndASaveTellWhenTheRepositoryCannotBeReached() throws Exception {
		IEclipseContext statusContext = ui.context.createChild("status line");
		statusContext.set(Composite.class, statusArea);
		StatusLine status = ContextInjectionFactory.make(StatusLine.class, statusContext);
		ProjectEditorPart editor = openEditor();
		ui.shell.layout(true, true);
		UiFixture.type(ui.field("Name:"), "Saved once it is back");

		allowConnections(false);
		endStoreConnections();
		ui.waitUntil("the status line to say the repository is unreachable",
				() -> status.text().contains("Team repository unreachable: reconnecting\u2026"));
		assertFalse(editor.editor().save(), "nothing can be saved meanwhile");
		assertTrue(editor.bannerText().startsWith("Not saved. "), editor.bannerText());
		assertTrue(editor.bannerText().contains(database.url()), editor.bannerText());
		assertTrue(part.isDirty(), "the edits are kept");
		assertEquals("Saved once it is back", ui.field("Name:").getText());
		screenshot("team-connection-lost.png");

		allowConnections(true);
		ui.waitUntil("the status line to say the repository is back",
				() -> status.text().contains("Team repository reachable again since "));
		assertTrue(editor.editor().save(), editor.bannerText());
		assertFalse(part.isDirty());
		assertEquals("Saved once it is back", storedName());
	}

	@Test
	void aCleanEditorReadsAgainWhenTheLostConnectionComesBack() throws SQLException {
		ProjectEditorPart editor = openEditor();
		try (Connection admin = database.connect(); PreparedStatement rename = admin.prepareStatement(
				"UPDATE \"PMO_PROJECT\" SET \"NAME\" = ?, \"VERSION\" = \"VERSION\" + 1 WHERE \"ID\" = ?")) {
			rename.setString(1, "Renamed while nobody listened");
			rename.setString(2, project.getId());
			assertEquals(1, rename.executeUpdate(), "a change no client announces");
		}
		endStoreConnections();
		ui.waitUntil("the editor to read again once the connection is back",
				() -> ui.field("Name:").getText().equals("Renamed while nobody listened"));
		assertFalse(part.isDirty());
		assertFalse(editor.editor().serverChangeBanner().isShowing());
	}

	private ProjectEditorPart openEditor() {
		UiFixture.Editor<ProjectEditorPart> opened = ui.openEditor(ProjectEditorPart.class, EditorOpener.PROJECT_ID,
				project.getId());
		part = opened.model();
		ui.waitFor("the editor to load", opened.part().loaded());
		ui.shell.layout(true, true);
		assertEquals(project.getName(), ui.field("Name:").getText());
		return opened.part();
	}

	private void renameByTheOtherClient(String name) {
		try (StoreSession session = otherClient.openSession("bkim")) {
			Project theirs = session.load(PmoPackage.Literals.PROJECT, project.getId());
			theirs.setName(name);
			session.save(theirs);
		}
	}

	private String storedName() {
		try (StoreSession session = otherClient.openSession("check")) {
			return session.<Project>load(PmoPackage.Literals.PROJECT, project.getId()).getName();
		}
	}

	/** Answers the conflict dialog with the button of that label once it opens. */
	private void answerConflictDialog(String[] seen, String answer) {
		ui.display.timerExec(500, new Runnable() {
			@Override
			public void run() {
				for (Shell shell : ui.display.getShells()) {
					if (ConflictDialog.TITLE.equals(shell.getText())) {
						seen[0] = shell.getText();
						UiFixture.find(shell, Button.class, b -> b.getText().equals(answer)).get(0)
								.notifyListeners(SWT.Selection, new Event());
						return;
					}
				}
				ui.display.timerExec(200, this);
			}
		});
	}

	/** While the database takes no connections, the store can neither reconnect nor save. */
	private void allowConnections(boolean allow) throws SQLException {
		try (Connection admin = TestDatabase.connect(TestDatabase.SERVER_URL, TestDatabase.ADMIN,
				TestDatabase.ADMIN_PASSWORD); Statement statement = admin.createStatement()) {
			statement.execute("ALTER DATABASE " + database.name() + " ALLOW_CONNECTIONS " + allow);
		}
	}

	private void endStoreConnections() throws SQLException {
		try (Connection admin = TestDatabase.connect(TestDatabase.SERVER_URL, TestDatabase.ADMIN,
				TestDatabase.ADMIN_PASSWORD); PreparedStatement statement = admin.prepareStatement(
						"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = ? AND application_name = ?")) {
			statement.setString(1, database.name());
			statement.setString(2, "Atrium");
			var rs = statement.executeQuery();
			rs.next();
			assertTrue(rs.getInt(1) >= 1, "the workbench had connections to end");
		}
	}

	/** Keeps a picture of the shell for the documentation, in the build's target folder. */
	private void screenshot(String name) throws Exception {
		ui.settle();
		ui.shell.update();
		ui.settle();
		Path folder = Path.of("target", "screenshots");
		Files.createDirectories(folder);
		GC gc = new GC(ui.display);
		Image image = new Image(ui.display, ui.shell.getBounds());
		gc.copyArea(image, ui.shell.getBounds().x, ui.shell.getBounds().y);
		gc.dispose();
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		loader.save(folder.resolve(name).toString(), SWT.IMAGE_PNG);
		image.dispose();
	}
}
