package org.atrium.core.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.Program;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.TimeEntry;
import org.atrium.core.store.ConflictException;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.Query;
import org.atrium.core.store.RejectedValueException;
import org.atrium.core.store.StoreSession;
import org.atrium.core.store.tests.PluginPackageTest.NotesPackage;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

/**
 * No reference dangles after a delete, whatever was loaded, and no removal of a contained object overwrites a
 * change someone else made to it.
 */
class DeleteIntegrityTest extends StoreTestSupport {

	@Test
	void aProgramWhoseProjectsHaveTimeEntriesIsNotDeletedEvenLoadedWithoutContents() {
		ModelStore store = openStore();
		Person ann = person("Ann Lee", "alee");
		Project project = project(program(portfolio("Ops"), "Lean"), "OPS-1", "Warehouse robots");
		milestone(project, "Pilot", LocalDate.of(2026, 6, 1));
		try (StoreSession session = store.openSession("alee")) {
			session.save(ann, project.getProgram().getPortfolio());
			session.save(timeEntry(ann, project, LocalDate.of(2026, 3, 2)));
		}
		try (StoreSession session = store.openSession("alee")) {
			Program shallow = session.query(Query.<Program>of(P.getProgram())).get(0);

			RejectedValueException refused = assertThrows(RejectedValueException.class, () -> session.delete(shallow));

			assertTrue(refused.getMessage().startsWith("Program 'Lean' cannot be deleted: 1 object still refers"),
					refused.getMessage());
			assertTrue(refused.getMessage().contains("Time entry"), refused.getMessage());
			assertTrue(refused.getMessage().contains("through 'project'"), refused.getMessage());
			assertEquals(1, session.count(Query.of(P.getProgram())));
			assertEquals(1, session.count(Query.of(P.getProject())));
			assertEquals(1, session.count(Query.of(P.getMilestone())));
		}
	}

	@Test
	void theRefusalNamesTenReferrersAndCountsTheRest() {
		ModelStore store = openStore();
		Person ann = person("Ann Lee", "alee");
		Project project = project(program(portfolio("Ops"), "Lean"), "OPS-1", "Warehouse robots");
		try (StoreSession session = store.openSession("alee")) {
			session.save(ann, project.getProgram().getPortfolio());
			for (int day = 0; day < 12; day++) {
				session.save(timeEntry(ann, project, LocalDate.of(2026, 3, 2).plusDays(day)));
			}
			Portfolio portfolio = session.query(Query.<Portfolio>of(P.getPortfolio())).get(0);

			RejectedValueException refused = assertThrows(RejectedValueException.class, () -> session.delete(portfolio));

			String message = refused.getMessage();
			assertTrue(message.contains(": 12 objects still refer"), message);
			assertEquals(10, message.split("Time entry").length - 1, message);
			assertTrue(message.contains("; and 2 more."), message);
		}
	}

	@Test
	void referrersDeletedInTheSameTransactionDoNotBlock() {
		ModelStore store = openStore();
		Person ann = person("Ann Lee", "alee");
		Project project = project(program(portfolio("Ops"), "Lean"), "OPS-1", "Warehouse robots");
		TimeEntry entry = timeEntry(ann, project, LocalDate.of(2026, 3, 2));
		try (StoreSession session = store.openSession("alee")) {
			session.save(ann, project.getProgram().getPortfolio(), entry);
			session.inTransaction(tx -> {
				tx.delete(project.getProgram().getPortfolio());
				tx.delete(entry);
			});
			assertEquals(0, session.count(Query.of(P.getProject())));
			assertEquals(0, session.count(Query.of(P.getTimeEntry())));
			assertEquals(1, session.count(Query.of(P.getPerson())));
		}
	}

	@Test
	void aPersonInAPluginsReferenceListIsNotDeleted() {
		NotesPackage notes = new NotesPackage(1);
		ModelStore store = openStore(notes.contribution());
		Person ann = person("Ann Lee", "alee");
		Person bob = person("Bob Ray", "bray");
		EObject note = notes.newNote();
		notes.set(note, "text", "Vendor contract under review");
		@SuppressWarnings("unchecked")
		List<Person> watchers = (List<Person>) notes.get(note, "watchers");
		watchers.add(bob);
		try (StoreSession session = store.openSession("alee")) {
			session.save(ann, bob, note);

			RejectedValueException refused = assertThrows(RejectedValueException.class, () -> session.delete(bob));

			assertTrue(refused.getMessage().contains("Note " + note.eGet(P.getEntity_Id()) + " through 'watchers'"),
					refused.getMessage());
			assertEquals(2, session.count(Query.of(P.getPerson())));
			session.delete(ann);
			assertEquals(1, session.count(Query.of(P.getPerson())));
		}
	}

	@Test
	void deletingAProgramDeletesEverythingInIt() {
		ModelStore store = openStore();
		Portfolio portfolio = portfolio("Ops");
		Program program = program(portfolio, "Lean");
		Project project = project(program, "OPS-1", "Warehouse robots");
		milestone(project, "Pilot", LocalDate.of(2026, 6, 1));
		kpi(project, "On-time picks", 97, 96);
		try (StoreSession session = store.openSession("alee")) {
			session.save(portfolio);
			session.delete(session.query(Query.<Program>of(P.getProgram())).get(0));

			assertEquals(1, session.count(Query.of(P.getPortfolio())));
			for (var type : List.of(P.getProgram(), P.getProject(), P.getMilestone(), P.getKpi(), P.getMeasurement())) {
				assertEquals(0, session.count(Query.of(type)), type.getName());
			}
		}
	}

	@Test
	void removingAMilestoneSomeoneElseChangedIsAConflict() {
		ModelStore store = openStore();
		Project project = project(program(portfolio("Ops"), "Lean"), "OPS-1", "Warehouse robots");
		milestone(project, "Pilot", LocalDate.of(2026, 6, 1));
		milestone(project, "Rollout", LocalDate.of(2026, 9, 1));
		try (StoreSession setup = store.openSession("alee")) {
			setup.save(project.getProgram().getPortfolio());
		}
		try (StoreSession ann = store.openSession("ann"); StoreSession bob = store.openSession("bob")) {
			Project annCopy = ann.load(P.getProject(), project.getId());
			Project bobCopy = bob.load(P.getProject(), project.getId());
			bobCopy.getMilestones().get(0).setPlannedDate(LocalDate.of(2026, 7, 1));
			bob.save(bobCopy);

			annCopy.getMilestones().remove(0);
			assertThrows(ConflictException.class, () -> ann.save(annCopy));

			Milestone kept = bob.query(Query.<Milestone>of(P.getMilestone())).stream()
					.filter(m -> m.getName().equals("Pilot")).findFirst().orElseThrow();
			assertEquals(LocalDate.of(2026, 7, 1), kept.getPlannedDate(), "Bob's change stands");
		}
	}

	private static TimeEntry timeEntry(Person person, Project project, LocalDate date) {
		TimeEntry entry = F.createTimeEntry();
		entry.setPerson(person);
		entry.setProject(project);
		entry.setDate(date);
		entry.setHours(new BigDecimal("7.5"));
		entry.setDescription("Design review " + date);
		return entry;
	}
}
