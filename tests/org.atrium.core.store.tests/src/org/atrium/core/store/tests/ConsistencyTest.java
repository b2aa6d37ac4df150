package org.atrium.core.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.AuditEntry;
import org.atrium.core.store.AuditEntry.Action;
import org.atrium.core.store.AuditQuery;
import org.atrium.core.store.ConflictException;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreException;
import org.atrium.core.store.StoreSession;
import org.junit.jupiter.api.Test;

/** Optimistic locking, all-or-nothing transactions and the audit log. */
class ConsistencyTest extends StoreTestSupport {

	private Project stored(ModelStore store) {
		Portfolio portfolio = portfolio("Ops");
		Project project = project(program(portfolio, "Lean"), "OPS-1", "Warehouse robots");
		try (StoreSession session = store.openSession("setup")) {
			session.save(portfolio);
		}
		return project;
	}

	@Test
	void staleWriteIsAConflictAndLosesNoUpdate() {
		ModelStore store = openStore();
		String id = stored(store).getId();
		try (StoreSession ann = store.openSession("ann"); StoreSession bob = store.openSession("bob")) {
			Project annCopy = ann.load(P.getProject(), id);
			Project bobCopy = bob.load(P.getProject(), id);
			annCopy.setName("Ann's name");
			ann.save(annCopy);
			bobCopy.setName("Bob's name");
			ConflictException conflict = assertThrows(ConflictException.class, () -> bob.save(bobCopy));
			assertTrue(conflict.getMessage().startsWith("Project 'Bob's name' (OPS-1) was changed by ann at "), conflict.getMessage());
			assertFalse(conflict.getMessage().matches(".*\\d{4}-\\d{2}-\\d{2}T.*"), "a local time, not the stored instant: "
					+ conflict.getMessage());
			assertTrue(conflict.getMessage().contains("your version 1, stored version 2"), conflict.getMessage());
			assertEquals(id, conflict.objectId());
			assertEquals(1, bobCopy.getVersion(), "the failed save leaves the version as it was");

			bob.refresh(bobCopy);
			assertEquals("Ann's name", bobCopy.getName());
			bobCopy.setName("Bob's name");
			bob.save(bobCopy);
		}
		try (StoreSession check = store.openSession("check")) {
			Project project = check.load(P.getProject(), id);
			assertEquals("Bob's name", project.getName());
			assertEquals(3, project.getVersion());
		}
	}

	@Test
	void deletingAnObjectChangedByOthersIsAConflict() {
		ModelStore store = openStore();
		String id = stored(store).getId();
		try (StoreSession ann = store.openSession("ann"); StoreSession bob = store.openSession("bob")) {
			Project annCopy = ann.load(P.getProject(), id);
			Project bobCopy = bob.load(P.getProject(), id);
			annCopy.setPercentComplete(50);
			ann.save(annCopy);
			assertThrows(ConflictException.class, () -> bob.delete(bobCopy));
			assertEquals(1, bob.count(Query.of(P.getProject())));
			ann.delete(annCopy);
			bobCopy.setPercentComplete(60);
			ConflictException gone = assertThrows(ConflictException.class, () -> bob.save(bobCopy));
			assertTrue(gone.getMessage().contains("was deleted by another user"), gone.getMessage());
		}
	}

	@Test
	void failureInTheMiddleOfATransactionLeavesTheDatabaseUnchanged() {
		ModelStore store = openStore();
		String id = stored(store).getId();
		try (StoreSession ann = store.openSession("ann"); StoreSession bob = store.openSession("bob")) {
			Project bobCopy = bob.load(P.getProject(), id);
			Project annCopy = ann.load(P.getProject(), id);
			annCopy.setName("changed first");
			ann.save(annCopy);

			Portfolio extra = portfolio("New portfolio");
			project(program(extra, "New program"), "NEW-1", "New project");
			bobCopy.setName("stale change");
			// The inserts of the new portfolio run first, then the stale update fails.
			assertThrows(ConflictException.class, () -> bob.inTransaction(tx -> {
				tx.save(extra);
				tx.save(bobCopy);
			}));
			assertEquals(1, bob.count(Query.of(P.getPortfolio())), "the new portfolio was rolled back");
			assertEquals(1, bob.count(Query.of(P.getProject())));
			assertEquals(0, extra.getVersion(), "nothing was stamped as saved");
			assertEquals(1, bob.count(Query.of(P.getProject()).where(
					org.atrium.core.store.Condition.eq(P.getScope_Name(), "changed first"))));
		}
	}

	@Test
	void databaseErrorRollsBackEverything() {
		ModelStore store = openStore();
		Project existing = stored(store);
		try (StoreSession session = store.openSession("ann")) {
			Portfolio first = portfolio("First");
			Portfolio duplicate = portfolio("Duplicate id");
			Project clash = project(program(duplicate, "P"), "DUP-1", "Clash");
			clash.setId(existing.getId());
			StoreException e = assertThrows(StoreException.class, () -> session.save(first, duplicate));
			assertTrue(e.getMessage().startsWith("Nothing was saved"), e.getMessage());
			assertEquals(1, session.count(Query.of(P.getPortfolio())));
			assertEquals(0, store.auditLog(AuditQuery.recent(100)).stream()
					.filter(a -> "ann".equals(a.user())).count(), "no audit entry for a rolled back change");
		}
	}

	@Test
	void commitsAreAudited() {
		ModelStore store = openStore();
		Project project = stored(store);
		try (StoreSession session = store.openSession("ann")) {
			Project copy = session.load(P.getProject(), project.getId());
			copy.setName("Warehouse robotics");
			copy.setPercentComplete(30);
			session.save(copy);
			session.delete(copy);
		}
		List<AuditEntry> entries = store.auditLog(AuditQuery.ofObject(project.getId(), 10));
		assertEquals(List.of(Action.DELETE, Action.UPDATE, Action.UPDATE, Action.CREATE),
				entries.stream().map(AuditEntry::action).toList());
		AuditEntry rename = entries.stream().filter(e -> "name".equals(e.feature())).findFirst().orElseThrow();
		assertEquals("ann", rename.user());
		assertEquals("Warehouse robots", rename.oldValue());
		assertEquals("Warehouse robotics", rename.newValue());
		assertEquals("pmo:Project", rename.objectClass());
		String portfolioId = project.getProgram().getPortfolio().getId();
		AuditEntry created = store.auditLog(AuditQuery.ofObject(portfolioId, 10)).get(0);
		assertEquals(Action.CREATE, created.action());
		assertEquals("setup", created.user());
		assertEquals("Portfolio 'Ops'", created.objectLabel());
		assertEquals("name=Ops", created.newValue(), "the values it created");
		AuditEntry projectCreated = entries.get(3);
		assertEquals("setup", projectCreated.user(), "a child saved with its new parent has an entry of its own");
		assertTrue(projectCreated.newValue().startsWith("name=Warehouse robots, code=OPS-1, "), projectCreated.newValue());
		AuditEntry percent = entries.stream().filter(e -> "percentComplete".equals(e.feature())).findFirst()
				.orElseThrow();
		assertEquals("0", percent.oldValue());
		assertEquals("30", percent.newValue());
	}

	@Test
	void aReorderIsAChangeOfTheContainerVersionCheckedAndAudited() {
		ModelStore store = openStore();
		Portfolio portfolio = portfolio("Ops");
		Project project = project(program(portfolio, "Lean"), "OPS-1", "Warehouse robots");
		milestone(project, "Pilot", java.time.LocalDate.of(2026, 6, 1));
		milestone(project, "Rollout", java.time.LocalDate.of(2026, 9, 1));
		try (StoreSession session = store.openSession("setup")) {
			session.save(portfolio);
		}
		try (StoreSession ann = store.openSession("ann"); StoreSession bob = store.openSession("bob")) {
			Project annCopy = ann.load(P.getProject(), project.getId());
			Project bobCopy = bob.load(P.getProject(), project.getId());
			annCopy.getMilestones().move(0, 1);
			ann.save(annCopy);

			bobCopy.getMilestones().move(0, 1);
			assertThrows(ConflictException.class, () -> bob.save(bobCopy), "Bob's order was read before Ann's");
		}
		AuditEntry reorder = store.auditLog(AuditQuery.ofObject(project.getId(), 1)).get(0);
		assertEquals("ann", reorder.user());
		assertEquals("milestones", reorder.feature());
		assertEquals("[Milestone 'Pilot', Milestone 'Rollout']", reorder.oldValue());
		assertEquals("[Milestone 'Rollout', Milestone 'Pilot']", reorder.newValue());
	}
}
