package org.atrium.core.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.Program;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.ConflictException;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.StoreSession;
import org.junit.jupiter.api.Test;

/**
 * Many clients, each with a store (and connections) of its own, edit the same few projects at once. Every stale
 * write is a conflict, every other write lands, and no update is lost.
 */
class ConcurrentWritersTest extends StoreTestSupport {

	private static final int CLIENTS = 8;
	private static final int EDITS = 500;
	private static final int PROJECTS = 6;
	private static final BigDecimal START = new BigDecimal("1000");

	@Test
	void everyStaleWriteIsAConflictAndNoUpdateIsLost() throws Exception {
		List<String> projects = createProjects();
		List<ModelStore> clients = new ArrayList<>();
		for (int client = 0; client < CLIENTS; client++) {
			clients.add(openStore());
		}
		AtomicInteger attempted = new AtomicInteger();
		AtomicInteger conflicts = new AtomicInteger();
		AtomicIntegerArray committedOn = new AtomicIntegerArray(PROJECTS);
		Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(CLIENTS);
		for (int client = 0; client < CLIENTS; client++) {
			ModelStore store = clients.get(client);
			String user = "client" + client;
			Random random = new Random(client);
			threads.execute(() -> {
				try {
					start.await();
					for (int edit = 0; edit < EDITS; edit++) {
						int project = random.nextInt(PROJECTS);
						attempted.incrementAndGet();
						try {
							addOne(store, user, projects.get(project));
							committedOn.incrementAndGet(project);
						} catch (ConflictException expected) {
							conflicts.incrementAndGet();
						}
					}
				} catch (Throwable e) {
					failures.add(e);
				}
			});
		}
		long began = System.nanoTime();
		start.countDown();
		threads.shutdown();
		if (!threads.awaitTermination(5, TimeUnit.MINUTES)) {
			threads.shutdownNow();
			fail("deadlock or hang: the " + CLIENTS + " clients did not finish within 5 minutes (" + attempted.get()
					+ " edits attempted)");
		}
		double seconds = (System.nanoTime() - began) / 1e9;
		if (!failures.isEmpty()) {
			Throwable first = failures.peek();
			throw new AssertionError(failures.size() + " clients failed with an error other than a conflict: " + first,
					first);
		}

		int committed = 0;
		int lost = 0;
		try (StoreSession session = openStore().openSession("check")) {
			for (int project = 0; project < PROJECTS; project++) {
				BigDecimal expected = START.add(BigDecimal.valueOf(committedOn.get(project)));
				BigDecimal stored = session.<Project>load(P.getProject(), projects.get(project)).getBudgetActual();
				lost += expected.subtract(stored).intValueExact();
				committed += committedOn.get(project);
				assertEquals(0, expected.compareTo(stored), "project " + project + ": expected " + expected
						+ " after its committed edits, stored " + stored);
				assertEquals(committedOn.get(project), auditedUpdates(projects.get(project)),
						"audited updates of project " + project);
			}
		}
		System.out.println(String.format(Locale.ROOT, "ConcurrentWritersTest: %s, %d clients x %d edits on %d projects: "
				+ "attempted %d, committed %d, conflicts %d, lost %d; %.1f s, %.0f commits/s", engine, CLIENTS, EDITS,
				PROJECTS, attempted.get(), committed, conflicts.get(), lost, seconds, committed / seconds));
		assertEquals(CLIENTS * EDITS, attempted.get());
		assertEquals(attempted.get(), committed + conflicts.get(), "every edit either committed or conflicted");
		assertEquals(0, lost);
		assertTrue(committed > 0, "some edits committed");
	}

	/** One client's edit: read the project, add 1 to its actual cost, save. */
	private static void addOne(ModelStore store, String user, String projectId) {
		try (StoreSession session = store.openSession(user)) {
			Project project = session.<Project>find(P.getProject(), projectId).orElseThrow();
			project.setBudgetActual(project.getBudgetActual().add(BigDecimal.ONE));
			session.save(project);
		}
	}

	private List<String> createProjects() {
		Portfolio portfolio = portfolio("Shared");
		Program program = program(portfolio, "Contended");
		List<Project> created = new ArrayList<>();
		for (int index = 0; index < PROJECTS; index++) {
			Project project = project(program, "HOT-" + index, "Contended project " + index);
			project.setBudgetActual(START);
			created.add(project);
		}
		try (StoreSession session = openStore().openSession("setup")) {
			session.save(portfolio);
		}
		return created.stream().map(Project::getId).toList();
	}

	private int auditedUpdates(String projectId) throws SQLException {
		try (Connection connection = database().connect();
				PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM \"ATRIUM_AUDIT\" "
						+ "WHERE \"OBJECT_ID\" = ? AND \"ACTION\" = 'UPDATE' AND \"FEATURE\" = 'budgetActual'")) {
			statement.setString(1, projectId);
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				return rs.getInt(1);
			}
		}
	}
}
