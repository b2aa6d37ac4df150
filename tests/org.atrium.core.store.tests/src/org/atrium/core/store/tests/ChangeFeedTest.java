package org.atrium.core.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.atrium.core.model.pmo.PmoFactory;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.Program;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.ConflictException;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.StoreChangeListener;
import org.atrium.core.store.StoreException;
import org.atrium.core.store.StoreSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two clients of one team repository on PostgreSQL: what one commits reaches the other's listeners, and nothing
 * else does. Every wait is for an event, with a generous timeout; times are printed, never asserted.
 */
class ChangeFeedTest extends ServerTestSupport {

	private static final PmoFactory F = PmoFactory.eINSTANCE;
	private static final PmoPackage P = PmoPackage.eINSTANCE;
	private ModelStore listening;
	private ModelStore other;
	private final Heard heard = new Heard();

	/** What a listener heard, in order. */
	static final class Heard implements StoreChangeListener {
		record Change(List<String> ids, String user, long atNanos) {
		}

		final BlockingQueue<Change> changes = new LinkedBlockingQueue<>();
		final BlockingQueue<String> connection = new LinkedBlockingQueue<>();

		@Override
		public void changed(List<String> objectIds, String user) {
			changes.add(new Change(objectIds, user, System.nanoTime()));
		}

		@Override
		public void connectionLost(String message) {
			connection.add("lost: " + message);
		}

		@Override
		public void reconnected() {
			connection.add("reconnected");
		}

		Change next() throws InterruptedException {
			Change change = changes.poll(PATIENCE_S, TimeUnit.SECONDS);
			assertNotNull(change, "no change arrived within " + PATIENCE_S + " s");
			return change;
		}
	}

	@BeforeEach
	void twoClients() {
		listening = open();
		other = open();
		listening.addChangeListener(heard);
	}

	@Test
	void anotherClientsCommitReachesTheListenerWithItsObjectsAndUser() throws InterruptedException {
		Portfolio portfolio = portfolio("Digital");
		Project project = project(portfolio, "DIG-1", "Portal");
		try (StoreSession session = other.openSession("bkim")) {
			session.save(portfolio);
		}
		Heard.Change change = heard.next();
		assertEquals("bkim", change.user());
		assertEquals(Set.of(portfolio.getId(), portfolio.getPrograms().get(0).getId(), project.getId()),
				Set.copyOf(change.ids()));

		try (StoreSession session = other.openSession("ann")) {
			Project stored = session.load(P.getProject(), project.getId());
			stored.setName("Customer portal");
			session.save(stored);
		}
		change = heard.next();
		assertEquals(List.of(project.getId()), change.ids(), "an update names the changed object only");
		assertEquals("ann", change.user());

		try (StoreSession session = other.openSession("ann")) {
			session.delete(session.load(P.getPortfolio(), portfolio.getId()));
		}
		assertEquals(List.of(portfolio.getId()), heard.next().ids(), "a delete names the deleted object");
	}

	@Test
	void aClientIsNotToldOfItsOwnCommits() throws InterruptedException {
		try (StoreSession session = listening.openSession("ann")) {
			session.save(portfolio("Mine"));
		}
		Portfolio theirs = portfolio("Theirs");
		try (StoreSession session = other.openSession("bkim")) {
			session.save(theirs);
		}
		Heard.Change first = heard.next();
		assertEquals(List.of(theirs.getId()), first.ids(), "the listener's own save was not told");
		assertEquals("bkim", first.user());
	}

	@Test
	void aRefusedWriteTellsNobody() throws InterruptedException {
		Portfolio portfolio = portfolio("Digital");
		Project project = project(portfolio, "DIG-1", "Portal");
		try (StoreSession session = other.openSession("ann")) {
			session.save(portfolio);
		}
		heard.next();
		try (StoreSession ann = other.openSession("ann"); StoreSession bob = other.openSession("bob")) {
			Project annCopy = ann.load(P.getProject(), project.getId());
			Project bobCopy = bob.load(P.getProject(), project.getId());
			annCopy.setName("Ann's name");
			ann.save(annCopy);
			assertEquals(List.of(project.getId()), heard.next().ids());

			bobCopy.setName("Bob's name");
			Portfolio alsoNew = portfolio("Bob's new portfolio");
			assertThrows(ConflictException.class, () -> bob.inTransaction(tx -> {
				tx.save(alsoNew);
				tx.save(bobCopy);
			}));
		}
		Portfolio marker = portfolio("After the refused write");
		try (StoreSession session = other.openSession("carol")) {
			session.save(marker);
		}
		Heard.Change next = heard.next();
		assertEquals(List.of(marker.getId()), next.ids(), "the refused write was not told: " + next);
		assertEquals("carol", next.user());
	}

	@Test
	void aCommitOfTooManyObjectsToNameSaysReadEverything() throws InterruptedException {
		Portfolio portfolio = portfolio("Big");
		Program program = F.createProgram();
		program.setName("Everything");
		portfolio.getPrograms().add(program);
		for (int i = 0; i < 250; i++) {
			Project project = F.createProject();
			project.setCode("BIG-" + i);
			project.setName("Project " + i);
			program.getProjects().add(project);
		}
		try (StoreSession session = other.openSession("bkim")) {
			session.save(portfolio);
		}
		Heard.Change change = heard.next();
		assertTrue(change.ids().isEmpty(), "252 ids do not fit in a notification: " + change.ids().size());
		assertEquals("bkim", change.user());
	}

	@Test
	void anyUserNameArrivesAsItWasWritten() throws InterruptedException {
		String user = "Zoë O'Brien + co %20 \"quoted\" \u00e6\u00f8\u00e5";
		try (StoreSession session = other.openSession(user)) {
			session.save(portfolio("Named"));
		}
		assertEquals(user, heard.next().user());
	}

	@Test
	void aRemovedListenerHearsNothingAndClosingStopsTheListeningThread() throws InterruptedException {
		Heard second = new Heard();
		listening.addChangeListener(second);
		listening.removeChangeListener(heard);
		Portfolio portfolio = portfolio("Heard by the second");
		try (StoreSession session = other.openSession("bkim")) {
			session.save(portfolio);
		}
		assertEquals(List.of(portfolio.getId()), second.next().ids());
		assertTrue(heard.changes.isEmpty(), "the removed listener heard " + heard.changes);
		assertFalse(feedThreads().isEmpty(), "a store with a listener listens");

		long start = System.nanoTime();
		listening.close();
		System.out.printf("ChangeFeedTest: closing a listening store took %.1f ms%n", (System.nanoTime() - start) / 1e6);
		assertEquals(List.of(), feedThreads(), "the listening thread ended with the store");
		StoreException closed = assertThrows(StoreException.class, () -> listening.addChangeListener(new Heard()));
		assertEquals("The store PostgreSQL " + database.url() + " is closed.", closed.getMessage());
		assertEquals(List.of(), feedThreads(), "a closed store does not listen again");
	}

	@Test
	void delayFromCommitToDelivery() throws InterruptedException {
		int saves = 20;
		List<Double> delays = new ArrayList<>();
		List<Double> saveTimes = new ArrayList<>();
		try (StoreSession session = other.openSession("bkim")) {
			Portfolio portfolio = portfolio("Timed");
			session.save(portfolio);
			heard.next();
			for (int i = 0; i < saves; i++) {
				portfolio.setName("Timed " + i);
				long start = System.nanoTime();
				session.save(portfolio);
				long saved = System.nanoTime();
				Heard.Change change = heard.next();
				assertEquals(List.of(portfolio.getId()), change.ids());
				delays.add((change.atNanos() - saved) / 1e6);
				saveTimes.add((saved - start) / 1e6);
			}
		}
		System.out.printf("ChangeFeedTest: a commit reached the other client in %.1f ms (median of %d; max %.1f ms),"
				+ " counted from the end of the save, which took %.1f ms (median)%n", median(delays), saves,
				delays.stream().mapToDouble(Double::doubleValue).max().orElseThrow(), median(saveTimes));
	}

	private List<String> feedThreads() {
		return Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
				.filter(name -> name.startsWith("Atrium change feed") && name.endsWith(database.url())).toList();
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	private static Portfolio portfolio(String name) {
		return StoreTestSupport.portfolio(name);
	}

	private static Project project(Portfolio portfolio, String code, String name) {
		return StoreTestSupport.project(StoreTestSupport.program(portfolio, "Program of " + name), code, name);
	}
}
