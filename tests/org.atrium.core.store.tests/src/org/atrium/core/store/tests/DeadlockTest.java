package org.atrium.core.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.Program;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.AuditQuery;
import org.atrium.core.store.ConflictException;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.StoreSession;
import org.atrium.core.store.testing.Engine;
import org.junit.jupiter.api.Test;

/**
 * A transaction the database ends because it deadlocked with another is a conflict the user can retry: nothing of
 * it is saved, and the session's objects are as they were before the save.
 */
class DeadlockTest extends StoreTestSupport {

	private static final BigDecimal OTHERS = new BigDecimal("50");

	@Test
	void aDeadlockIsAConflictAndNothingIsSaved() throws Exception {
		Portfolio portfolio = portfolio("Ops");
		Program program = program(portfolio, "Lean");
		Project first = project(program, "OPS-1", "Warehouse robots");
		Project second = project(program, "OPS-2", "Cold store");
		List<Project> more = IntStream.rangeClosed(3, 6).mapToObj(n -> project(program, "OPS-" + n, "Dock " + n))
				.toList();
		ModelStore store = openStore();
		try (StoreSession session = store.openSession("setup")) {
			session.save(portfolio);
		}
		ExecutorService thread = Executors.newSingleThreadExecutor();
		try (Connection other = database().connect(); StoreSession session = store.openSession("alee")) {
			if (engine == Engine.DERBY) {
				try (Statement statement = other.createStatement()) {
					statement.execute("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.locks.deadlockTimeout', '1')");
				}
			}
			Project mine1 = session.<Project>find(P.getProject(), first.getId()).orElseThrow();
			Project mine2 = session.<Project>find(P.getProject(), second.getId()).orElseThrow();
			mine1.setBudgetActual(BigDecimal.ONE);
			mine2.setBudgetActual(BigDecimal.ONE);
			other.setAutoCommit(false);
			setActualCost(other, second.getId());
			// Derby ends the transaction of the two that holds fewer locks: let the other one hold more.
			for (Project project : more) {
				setActualCost(other, project.getId());
			}

			Future<?> saving = thread.submit(() -> session.inTransaction(tx -> {
				tx.save(mine1);
				tx.save(mine2); // waits for the other transaction
			}));
			awaitALockWait();
			setActualCost(other, first.getId()); // closes the cycle; the database ends the store's transaction
			other.commit();

			ExecutionException failed = assertThrows(ExecutionException.class, () -> saving.get(2, TimeUnit.MINUTES));
			ConflictException conflict = assertInstanceOf(ConflictException.class, failed.getCause());
			assertTrue(conflict.getMessage().endsWith(
					" was changed by another user at the same time; nothing was saved; try again."), conflict.getMessage());
			assertEquals(first.getId(), conflict.objectId());
			assertEquals(1, mine1.getVersion(), "the session's object keeps the version it read");
			assertEquals(1, mine2.getVersion());
		} finally {
			thread.shutdownNow();
		}
		try (StoreSession session = store.openSession("check")) {
			for (Project project : new Project[] { first, second }) {
				BigDecimal stored = session.<Project>load(P.getProject(), project.getId()).getBudgetActual();
				assertEquals(0, OTHERS.compareTo(stored), "only the other transaction's value is stored: " + stored);
			}
		}
		assertEquals(0, store.auditLog(AuditQuery.recent(100)).stream().filter(e -> e.user().equals("alee")).count(),
				"nothing of the refused save is audited");
	}

	private static void setActualCost(Connection connection, String projectId) throws SQLException {
		try (PreparedStatement statement = connection
				.prepareStatement("UPDATE \"PMO_PROJECT\" SET \"BUDGET_ACTUAL\" = ? WHERE \"ID\" = ?")) {
			statement.setBigDecimal(1, OTHERS);
			statement.setString(2, projectId);
			assertEquals(1, statement.executeUpdate());
		}
	}

	/** Waits until some transaction of the test's database waits for a lock. */
	private void awaitALockWait() throws Exception {
		String waiting = engine == Engine.DERBY ? "SELECT COUNT(*) FROM SYSCS_DIAG.LOCK_TABLE WHERE STATE = 'WAIT'"
				: "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'";
		try (Connection connection = database().connect(); Statement statement = connection.createStatement()) {
			long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
			while (System.nanoTime() < deadline) {
				try (ResultSet rs = statement.executeQuery(waiting)) {
					rs.next();
					if (rs.getInt(1) > 0) {
						return;
					}
				}
				Thread.sleep(20);
			}
		}
		fail("the store's save never waited for the other transaction's lock");
	}
}
