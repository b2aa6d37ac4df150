package org.atrium.core.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.UnaryOperator;

import org.atrium.core.store.MigrationContext;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.Query;
import org.atrium.core.store.SchemaInfo;
import org.atrium.core.store.SchemaMigration;
import org.atrium.core.store.StoreException;
import org.atrium.core.store.StoreSession;
import org.atrium.core.store.internal.DefaultModelStore;
import org.atrium.core.store.testing.Engine;
import org.atrium.core.store.tests.PluginPackageTest.NotesPackage;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

/**
 * A plugin's schema moves from version to version through every step it declares, in one transaction; an upgrade
 * that cannot be done changes nothing and leaves no trace of the package in the store.
 */
class SchemaUpgradeTest extends StoreTestSupport {

	private static final String NOTES = "http://example.org/notes";

	@Test
	void theStepsRunInOrderFromTheStoredVersion() {
		String id = storeNoteAtVersionOne("hello");
		NotesPackage v3 = new NotesPackage(3);

		ModelStore upgraded = openStore(v3.contribution(
				List.of(update(v3, 1, text -> "UPPER(" + text + ")"), update(v3, 2, text -> text + " || '!'"))));

		assertTrue(upgraded.schema().contains(new SchemaInfo(NOTES, "notes", 3)));
		try (StoreSession session = upgraded.openSession("alee")) {
			assertEquals("HELLO!", v3.get(session.load(v3.note, id), "text"));
		}
	}

	@Test
	void aMissingStepIsAnErrorAndChangesNothing() {
		String id = storeNoteAtVersionOne("hello");

		NotesPackage v3 = new NotesPackage(3);
		StoreException missing = assertThrows(StoreException.class,
				() -> openStore(v3.contribution(List.of(update(v3, 1, text -> "UPPER(" + text + ")")))));

		assertEquals("The database holds " + NOTES + " at schema version 1, and the installed plugin needs version 3, "
				+ "but it has no migration step from version 2. Nothing was changed; install a plugin version that can "
				+ "migrate.", missing.getMessage());
		assertTextAtVersionOne(id, "hello");
	}

	@Test
	void aFailingStepRollsBackTheStepsBeforeIt() {
		String id = storeNoteAtVersionOne("hello");
		SchemaMigration failing = new SchemaMigration() {
			@Override
			public int fromVersion() {
				return 2;
			}

			@Override
			public void migrate(MigrationContext context) throws SQLException {
				throw new SQLException("step 2 failed");
			}
		};

		NotesPackage v3 = new NotesPackage(3);
		StoreException failed = assertThrows(StoreException.class,
				() -> openStore(v3.contribution(List.of(update(v3, 1, text -> "UPPER(" + text + ")"), failing))));

		assertTrue(failed.getMessage().contains("step 2 failed"), failed.getMessage());
		assertTextAtVersionOne(id, "hello");
	}

	@Test
	void aRefusedUpgradeLeavesNoHalfRegisteredPackage() {
		openStore(new NotesPackage(2).contribution()).close();
		DefaultModelStore store = (DefaultModelStore) openStore();
		NotesPackage older = new NotesPackage(1);

		assertThrows(StoreException.class, () -> store.register(older.contribution()));

		try (StoreSession session = store.openSession("alee")) {
			StoreException unknown = assertThrows(StoreException.class, () -> session.count(Query.of(older.note)));
			assertTrue(unknown.getMessage().contains("is not persisted"), unknown.getMessage());
		}
		NotesPackage current = new NotesPackage(2);
		store.register(current.contribution());
		try (StoreSession session = store.openSession("alee")) {
			assertEquals(0, session.count(Query.of(current.note)), "the same prefix registers once the failure is gone");
		}
	}

	@Test
	void aQuoteInANameIsDoubled() {
		NotesPackage odd = new NotesPackage(1, "odd\"name");
		EObject note = odd.newNote();
		odd.set(note, "text", "quoted tables work");
		ModelStore store = openStore(odd.contribution());
		try (StoreSession session = store.openSession("alee")) {
			session.save(note);
		}
		try (StoreSession session = store.openSession("alee")) {
			assertEquals("quoted tables work",
					odd.get(session.load(odd.note, (String) note.eGet(P.getEntity_Id())), "text"));
		}
	}

	@Test
	void aNameTooLongForTheDatabaseIsRefusedWhenThePackageRegisters() {
		NotesPackage verbose = new NotesPackage(1, "n".repeat(130));

		StoreException refused = assertThrows(StoreException.class, () -> openStore(verbose.contribution()));

		String limit = engine == Engine.DERBY ? "128 characters Derby allows" : "63 characters PostgreSQL allows";
		assertTrue(refused.getMessage().contains("is longer than the " + limit), refused.getMessage());
		assertTrue(refused.getMessage().endsWith("Nothing was registered."), refused.getMessage());
	}

	private String storeNoteAtVersionOne(String text) {
		NotesPackage v1 = new NotesPackage(1);
		EObject note = v1.newNote();
		v1.set(note, "text", text);
		ModelStore first = openStore(v1.contribution());
		try (StoreSession session = first.openSession("alee")) {
			session.save(note);
		}
		first.close();
		return (String) note.eGet(P.getEntity_Id());
	}

	private void assertTextAtVersionOne(String id, String text) {
		NotesPackage v1 = new NotesPackage(1);
		ModelStore store = openStore(v1.contribution());
		assertTrue(store.schema().contains(new SchemaInfo(NOTES, "notes", 1)), store.schema().toString());
		try (StoreSession session = store.openSession("alee")) {
			assertEquals(text, v1.get(session.load(v1.note, id), "text"));
		}
	}

	/**
	 * A step that rewrites every note's text with an SQL expression of the text column, named the way the engine
	 * knows it.
	 */
	private static SchemaMigration update(NotesPackage notes, int from, UnaryOperator<String> expression) {
		return new SchemaMigration() {
			@Override
			public int fromVersion() {
				return from;
			}

			@Override
			public void migrate(MigrationContext context) throws SQLException {
				String table = context.dialect().quote(context.table(notes.note));
				String text = context.dialect().quote(context.column(notes.note.getEStructuralFeature("text")));
				try (PreparedStatement statement = context.connection()
						.prepareStatement("UPDATE " + table + " SET " + text + " = " + expression.apply(text))) {
					statement.executeUpdate();
				}
			}
		};
	}
}
