package org.atrium.core.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.AuditQuery;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.core.store.StoreUnavailableException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The server ends the store's connections (as a restart or a network failure would; here
 * {@code pg_terminate_backend} on the test's own database): a read goes on with a new connection, a write in flight
 * is refused with nothing written and the edits kept, the next save reconnects, and listeners hear of the loss and of
 * the return.
 */
class LostConnectionTest extends ServerTestSupport {

	private static final PmoPackage P = PmoPackage.eINSTANCE;
	private ModelStore store;

	@BeforeEach
	void openStore() {
		store = open();
	}

	@Test
	void aReadAfterTheServerEndedTheConnectionsGoesOnWithANewOne() throws SQLException {
		Project project = saveProject("DIG-1", "Portal");
		try (StoreSession session = store.openSession("ann")) {
			assertEquals(1, session.count(Query.of(P.getProject())), "the pool holds a connection now");
		}
		assertTrue(endStoreConnections() >= 1, "the store had a connection to end");
		try (StoreSession session = store.openSession("ann")) {
			assertEquals("Portal", session.<Project>load(P.getProject(), project.getId()).getName());
		}
		assertTrue(endStoreConnections() >= 1);
		assertEquals(1, store.auditLog(AuditQuery.ofObject(project.getId(), 10)).stream()
				.filter(entry -> entry.action() == org.atrium.core.store.AuditEntry.Action.CREATE).count());
	}

	@Test
	void aWriteWhoseConnectionIsLostIsRefusedWritesNothingAndKeepsTheEdits() throws Exception {
		Project project = saveProject("DIG-1", "Portal");
		try (StoreSession session = store.openSession("ann"); Connection admin = database.connect();
				Connection watcher = database.connect()) {
			Project edited = session.load(P.getProject(), project.getId());
			edited.setName("Customer portal");
			Portfolio added = portfolio("Added in the same save");

			admin.setAutoCommit(false);
			lockProjectRow(admin, project.getId());
			CompletableFuture<Void> saving = CompletableFuture.runAsync(() -> session.inTransaction(tx -> {
				tx.save(added);
				tx.save(edited);
			}));
			int waiting = waitForStoreBlockedOnTheLock(watcher);
			endConnection(watcher, waiting);
			admin.rollback();

			ExecutionException failed = assertThrows(ExecutionException.class,
					() -> saving.get(PATIENCE_S, TimeUnit.SECONDS));
			StoreUnavailableException lost = assertInstanceOf(StoreUnavailableException.class, failed.getCause());
			assertEquals("The connection to " + database.url()
					+ " was lost; nothing was saved. Your changes are kept; save again when it is back.", lost.getMessage());

			try (StoreSession check = open().openSession("check")) {
				assertEquals("Portal", check.<Project>load(P.getProject(), project.getId()).getName(),
						"the update did not land");
				assertEquals(1, check.count(Query.of(P.getPortfolio())), "the portfolio inserted before it was rolled back");
				assertEquals(0, store.auditLog(AuditQuery.recent(100)).stream().filter(a -> "ann".equals(a.user())).count(),
						"no audit entry of the lost write");
			}
			assertEquals("Customer portal", edited.getName(), "the edit is kept");
			assertTrue(session.isDirty(edited), "and still to be saved");

			session.inTransaction(tx -> {
				tx.save(added);
				tx.save(edited);
			});
		}
		try (StoreSession check = open().openSession("check")) {
			assertEquals("Customer portal", check.<Project>load(P.getProject(), project.getId()).getName(),
					"saving again after the loss reconnected and saved");
			assertEquals(2, check.count(Query.of(P.getPortfolio())));
		}
	}

	@Test
	void aConnectionLostWhileCommittingSaysTheOutcomeIsUnknown() throws Exception {
		saveProject("DIG-1", "Portal");
		try (Connection admin = database.connect(); Connection watcher = database.connect();
				Statement statement = admin.createStatement(); StoreSession session = store.openSession("ann")) {
			// A deferred trigger runs at COMMIT; it waits for a lock the test holds, so the commit is in flight.
			statement.execute("CREATE FUNCTION hold_commit() RETURNS trigger LANGUAGE plpgsql AS"
					+ " $$ BEGIN PERFORM pg_advisory_xact_lock(4242); RETURN NULL; END $$");
			statement.execute("CREATE CONSTRAINT TRIGGER hold_commit AFTER INSERT ON \"PMO_PORTFOLIO\""
					+ " DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION hold_commit()");
			admin.setAutoCommit(false);
			statement.execute("SELECT pg_advisory_xact_lock(4242)");
			Portfolio added = portfolio("Committed when the connection broke");
			CompletableFuture<Void> saving = CompletableFuture.runAsync(() -> session.save(added));
			endConnection(watcher, waitForStoreBlockedOnTheLock(watcher));
			admin.rollback();

			ExecutionException failed = assertThrows(ExecutionException.class,
					() -> saving.get(PATIENCE_S, TimeUnit.SECONDS));
			StoreUnavailableException lost = assertInstanceOf(StoreUnavailableException.class, failed.getCause());
			assertEquals("The connection to " + database.url() + " was lost while the save was being committed; it"
					+ " may or may not have been saved. Your changes are kept; reload to see what is stored.",
					lost.getMessage());
			assertTrue(session.isDirty(added), "the new portfolio is still to be saved");
		}
		try (StoreSession check = open().openSession("check")) {
			assertEquals(1, check.count(Query.of(P.getPortfolio())), "the server ended the transaction uncommitted");
		}
	}

	@Test
	void listenersHearOfTheLostConnectionAndOfItsReturn() throws Exception {
		ChangeFeedTest.Heard heard = new ChangeFeedTest.Heard();
		store.addChangeListener(heard);
		long ended = System.nanoTime();
		assertTrue(endStoreConnections() >= 1, "the listening connection was ended");

		String lost = heard.connection.poll(PATIENCE_S, TimeUnit.SECONDS);
		assertNotNull(lost, "the listener was told of the loss");
		assertTrue(lost.startsWith("lost: The connection to " + database.url() + " was lost ("), lost);
		assertEquals("reconnected", heard.connection.poll(PATIENCE_S, TimeUnit.SECONDS), "and of the return");
		System.out.printf("LostConnectionTest: the change feed listened again %.0f ms after the server ended its"
				+ " connection (the first retry waits 1 s)%n", (System.nanoTime() - ended) / 1e6);

		Portfolio after = portfolio("Saved after the return");
		try (StoreSession session = open().openSession("bkim")) {
			session.save(after);
		}
		assertEquals(List.of(after.getId()), heard.next().ids(), "the feed works again");
		assertTrue(heard.connection.isEmpty(), "one loss, one return: " + heard.connection);
	}

	private Project saveProject(String code, String name) {
		Portfolio portfolio = portfolio("Digital");
		Project project = StoreTestSupport.project(StoreTestSupport.program(portfolio, "Channels"), code, name);
		try (StoreSession session = store.openSession("setup")) {
			session.save(portfolio);
		}
		return project;
	}

	private static Portfolio portfolio(String name) {
		return StoreTestSupport.portfolio(name);
	}

	/** Ends every connection the stores hold to the test's database; returns how many. */
	private int endStoreConnections() throws SQLException {
		try (Connection admin = database.connect(); PreparedStatement statement = admin.prepareStatement(
				"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = ? AND application_name = ?")) {
			statement.setString(1, database.name());
			statement.setString(2, "Atrium");
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				return rs.getInt(1);
			}
		}
	}

	private static void lockProjectRow(Connection admin, String id) throws SQLException {
		try (PreparedStatement statement = admin.prepareStatement("SELECT 1 FROM \"PMO_PROJECT\" WHERE \"ID\" = ? FOR UPDATE")) {
			statement.setString(1, id);
			statement.executeQuery().close();
		}
	}

	/**
	 * The backend of the store's write once it waits for the locked row; asked outside the locking transaction,
	 * since a transaction sees one snapshot of the server's activity.
	 */
	private int waitForStoreBlockedOnTheLock(Connection watcher) throws SQLException, InterruptedException {
		long deadline = System.currentTimeMillis() + PATIENCE_S * 1000;
		try (PreparedStatement statement = watcher.prepareStatement("SELECT pid FROM pg_stat_activity WHERE datname = ?"
				+ " AND application_name = ? AND wait_event_type = 'Lock'")) {
			statement.setString(1, database.name());
			statement.setString(2, "Atrium");
			while (System.currentTimeMillis() < deadline) {
				try (ResultSet rs = statement.executeQuery()) {
					if (rs.next()) {
						return rs.getInt(1);
					}
				}
				Thread.sleep(50);
			}
		}
		throw new AssertionError("the store's write never waited for the locked row");
	}

	private static void endConnection(Connection watcher, int pid) throws SQLException {
		try (PreparedStatement statement = watcher.prepareStatement("SELECT pg_terminate_backend(?)")) {
			statement.setInt(1, pid);
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				assertTrue(rs.getBoolean(1), "the write's connection was ended");
			}
		}
	}

	private static <T> T assertInstanceOf(Class<T> type, Throwable actual) {
		return org.junit.jupiter.api.Assertions.assertInstanceOf(type, actual, String.valueOf(actual));
	}
}
