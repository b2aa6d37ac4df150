package org.atrium.core.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.store.MigrationContext;
import org.atrium.core.store.ModelContribution;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.ModelStoreFactory;
import org.atrium.core.store.SchemaInfo;
import org.atrium.core.store.SchemaMigration;
import org.atrium.core.store.StoreSession;
import org.atrium.core.store.testing.Engine;
import org.atrium.core.store.tests.PluginPackageTest.NotesPackage;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

/**
 * A newly installed plugin version reaches two clients that start at the same moment: the schema lock lets one of
 * them upgrade, and the other finds the upgrade done.
 */
class ConcurrentUpgradeTest extends StoreTestSupport {

	private static final int CLIENTS = 2;

	@Test
	void twoClientsStartingAtOnceUpgradeOnce() throws Exception {
		NotesPackage v1 = new NotesPackage(1);
		EObject note = v1.newNote();
		v1.set(note, "text", "written at version 1");
		try (StoreSession session = openStore(v1.contribution()).openSession("alee")) {
			session.save(note);
		}
		AtomicInteger stepRuns = new AtomicInteger();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(CLIENTS);
		List<Future<ModelStore>> opening = new ArrayList<>();
		List<NotesPackage> packages = new ArrayList<>();
		for (int client = 0; client < CLIENTS; client++) {
			NotesPackage v2 = new NotesPackage(2);
			packages.add(v2);
			ModelContribution contribution = v2.contribution(List.of(countingStep(stepRuns)));
			opening.add(threads.submit(() -> {
				start.await();
				return ModelStoreFactory.open(database().config(),
						List.of(ModelContribution.of(PmoPackage.eINSTANCE), contribution));
			}));
		}
		start.countDown();
		threads.shutdown();
		if (!threads.awaitTermination(2, TimeUnit.MINUTES)) {
			threads.shutdownNow();
			fail("deadlock or hang: the two clients did not open the database within 2 minutes");
		}
		List<ModelStore> opened = new ArrayList<>();
		try {
			for (Future<ModelStore> future : opening) {
				opened.add(future.get());
			}
			assertEquals(1, stepRuns.get(), "the migration step from version 1 ran once");
			for (int client = 0; client < CLIENTS; client++) {
				ModelStore store = opened.get(client);
				NotesPackage v2 = packages.get(client);
				assertTrue(store.schema().contains(new SchemaInfo("http://example.org/notes", "notes", 2)),
						store.schema().toString());
				try (StoreSession session = store.openSession("alee")) {
					EObject loaded = session.load(v2.note, (String) note.eGet(P.getEntity_Id()));
					assertEquals("written at version 1", v2.get(loaded, "text"));
					assertEquals(null, v2.get(loaded, "resolution"), "the column of version 2 is there, empty");
				}
			}
		} finally {
			opened.forEach(ModelStore::close);
		}
	}

	/**
	 * A step that counts its runs and then holds the upgrade open until the other client runs the step too (when
	 * nothing serializes upgrades) or waits for a lock (the schema lock): so both clients are in the upgrade at once.
	 */
	private SchemaMigration countingStep(AtomicInteger runs) {
		return new SchemaMigration() {
			@Override
			public int fromVersion() {
				return 1;
			}

			@Override
			public void migrate(MigrationContext context) throws SQLException {
				runs.incrementAndGet();
				awaitTheOtherClient(runs);
			}
		};
	}

	private void awaitTheOtherClient(AtomicInteger runs) throws SQLException {
		String waiting = engine == Engine.DERBY ? "SELECT COUNT(*) FROM SYSCS_DIAG.LOCK_TABLE WHERE STATE = 'WAIT'"
				: "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'";
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
		try (Connection connection = database().connect(); Statement statement = connection.createStatement()) {
			while (runs.get() < CLIENTS && System.nanoTime() < deadline) {
				try (ResultSet rs = statement.executeQuery(waiting)) {
					rs.next();
					if (rs.getInt(1) > 0) {
						return;
					}
				}
				Thread.sleep(20);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new SQLException("interrupted while waiting for the other client", e);
		}
	}
}
