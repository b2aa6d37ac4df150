package org.atrium.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.atrium.cli.Passwords;
import org.atrium.cli.tests.Atrium.Result;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.ModelContribution;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.ModelStoreFactory;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreConfig;
import org.atrium.core.store.StoreSession;
import org.atrium.core.store.testing.Engine;
import org.atrium.core.store.testing.TestDatabase;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.impl.DynamicEObjectImpl;
import org.eclipse.emf.ecore.impl.EFactoryImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code atrium copy}: a demo office in an embedded workspace moves into a team repository, row for row. */
class TeamCopyCommandTest {

	private static final Map<String, String> ADMIN_PASSWORD = Map.of(Passwords.DB_PASSWORD, TestDatabase.ADMIN_PASSWORD);

	@TempDir
	Path workspace;

	private TestDatabase database;

	@BeforeEach
	void createRepository() {
		database = TestDatabase.create(Engine.POSTGRESQL, workspace);
		Result init = Atrium.run(workspace, ADMIN_PASSWORD, "--db", database.url(), "--db-user", TestDatabase.ADMIN, "server",
				"init");
		assertEquals(0, init.exit(), init.err());
	}

	@AfterEach
	void dropRepository() {
		database.close();
	}

	private Result copy() {
		return Atrium.run(workspace, ADMIN_PASSWORD, "copy", "--to", database.url(), "--db-user", TestDatabase.ADMIN);
	}

	@Test
	void aDemoOfficeMovesInRowForRowAndTheHistoryGoesOn() throws SQLException {
		Result demo = Atrium.run(workspace, "demo", "--today", "2026-11-27", "--projects", "12");
		assertEquals(0, demo.exit(), demo.err());
		writeARowOfAPluginThisInstallationLacks();

		long started = System.nanoTime();
		Result copy = copy();
		long millis = (System.nanoTime() - started) / 1_000_000;
		assertEquals(0, copy.exit(), copy.err() + copy.out());
		System.out.println(copy.out() + "(copy took " + millis + " ms)");
		List<String> lines = copy.lines();
		assertEquals("Copied Derby " + workspace.resolve("database").toAbsolutePath() + " into PostgreSQL " + database.url(),
				lines.get(0));
		assertTrue(lines.get(1).matches("  table +source +copied +target"), lines.get(1));
		List<String> rows = lines.stream().filter(l -> l.matches("  [A-Z_]+ +\\d+ +\\d+ +\\d+")).toList();
		assertTrue(rows.size() > 10, copy.out());
		for (String row : rows) {
			String[] words = row.strip().split(" +");
			assertEquals(words[1], words[2], row);
			assertEquals(words[1], words[3], row);
		}
		assertTrue(rows.stream().anyMatch(r -> r.matches("  PMO_PROJECT +12 +12 +12")), copy.out());
		assertTrue(copy.out().contains("  skipped, their plugins are not installed here:"), copy.out());
		assertTrue(lines.stream().anyMatch(l -> l.matches("  GHOST_NOTE +2")), copy.out());
		assertTrue(lines.get(lines.size() - 1).matches("All \\d+ tables agree: [\\d,]+ rows copied\\."), copy.out());

		StoreConfig derby = StoreConfig.derby(workspace.resolve("database"), false);
		List<ModelContribution> core = List.of(ModelContribution.of(PmoPackage.eINSTANCE));
		try (ModelStore from = ModelStoreFactory.open(derby, core); ModelStore to = ModelStoreFactory.open(database.config(), core);
				StoreSession source = from.openSession("check"); StoreSession target = to.openSession("check")) {
			List<Project> before = source.query(Query.<Project>of(PmoPackage.Literals.PROJECT));
			for (Project shallow : before) {
				Project project = source.load(PmoPackage.Literals.PROJECT, shallow.getId());
				Project copied = target.load(PmoPackage.Literals.PROJECT, project.getId());
				assertEquals(project.getName(), copied.getName());
				assertEquals(project.getVersion(), copied.getVersion());
				assertEquals(project.getModified(), copied.getModified());
				assertEquals(project.getBudgetPlanned(), copied.getBudgetPlanned());
				assertEquals(project.getPlannedStart(), copied.getPlannedStart());
				assertTrue(project.getMilestones().size() > 0, "a demo project has milestones");
				assertEquals(project.getMilestones().stream().map(m -> m.getId() + " " + m.getName() + " " + m.getPlannedDate()).toList(),
						copied.getMilestones().stream().map(m -> m.getId() + " " + m.getName() + " " + m.getPlannedDate()).toList());
			}
			long lastCopied = to.auditLog(org.atrium.core.store.AuditQuery.recent(1)).get(0).sequence();
			assertEquals(from.auditLog(org.atrium.core.store.AuditQuery.recent(1)).get(0).sequence(), lastCopied);
			Project renamed = before.isEmpty() ? null : target.load(PmoPackage.Literals.PROJECT, before.get(0).getId());
			renamed.setName("Renamed after the move");
			target.save(renamed);
			assertTrue(to.auditLog(org.atrium.core.store.AuditQuery.recent(1)).get(0).sequence() > lastCopied,
					"the audit log goes on after the copied history");
		}
	}

	@Test
	void aRepositoryThatHoldsDataIsRefusedAndNothingIsWritten() throws SQLException {
		Result demo = Atrium.run(workspace, "demo", "--today", "2026-11-27", "--projects", "3");
		assertEquals(0, demo.exit(), demo.err());
		assertEquals(0, copy().exit());
		long before = rows("PMO_PROJECT") + rows("ATRIUM_AUDIT");

		Result again = copy();
		assertEquals(1, again.exit());
		assertTrue(again.err().matches("atrium: The team repository PostgreSQL " + java.util.regex.Pattern.quote(database.url())
				+ " already holds data: \\d+ rows in \\d+ tables; copy only into an empty team repository\\. Nothing was copied\\.\\R"),
				again.err());
		assertEquals(before, rows("PMO_PROJECT") + rows("ATRIUM_AUDIT"));
	}

	@Test
	void copyNeedsATargetAndTheWorkspacesDatabase() {
		Result noTarget = Atrium.run(workspace, ADMIN_PASSWORD, "copy");
		assertEquals(2, noTarget.exit());
		assertTrue(noTarget.err().contains("copy needs --to"), noTarget.err());
		Result noWorkspace = copy();
		assertEquals(1, noWorkspace.exit());
		assertTrue(noWorkspace.err().startsWith("atrium: There is no Atrium database at "), noWorkspace.err());
	}

	private long rows(String table) throws SQLException {
		try (Connection admin = database.connect(); Statement statement = admin.createStatement();
				ResultSet rs = statement.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/** Two notes of a plugin that was installed in the workspace once and is not installed here. */
	private void writeARowOfAPluginThisInstallationLacks() {
		EcoreFactory factory = EcoreFactory.eINSTANCE;
		EPackage ghost = factory.createEPackage();
		ghost.setName("ghost");
		ghost.setNsPrefix("ghost");
		ghost.setNsURI("http://example.org/ghost");
		ghost.setEFactoryInstance(new EFactoryImpl() {
			@Override
			public EObject create(EClass eClass) {
				return new DynamicEObjectImpl(eClass);
			}
		});
		EClass note = factory.createEClass();
		note.setName("Note");
		note.getESuperTypes().add(PmoPackage.Literals.ENTITY);
		EAttribute text = factory.createEAttribute();
		text.setName("text");
		text.setEType(EcorePackage.Literals.ESTRING);
		note.getEStructuralFeatures().add(text);
		ghost.getEClassifiers().add(note);
		List<ModelContribution> contributions = new ArrayList<>(List.of(ModelContribution.of(PmoPackage.eINSTANCE), () -> ghost));
		try (ModelStore store = ModelStoreFactory.open(StoreConfig.derby(workspace.resolve("database"), false), contributions);
				StoreSession session = store.openSession("alee")) {
			for (String value : List.of("first", "second")) {
				EObject row = ghost.getEFactoryInstance().create(note);
				row.eSet(text, value);
				session.save(row);
			}
		}
	}
}
