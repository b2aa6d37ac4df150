package org.atrium.core.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.atrium.core.model.pmo.Allocation;
import org.atrium.core.model.pmo.DocumentRef;
import org.atrium.core.model.pmo.GateDecision;
import org.atrium.core.model.pmo.KpiDirection;
import org.atrium.core.model.pmo.LifecyclePhase;
import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.Program;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RagStatus;
import org.atrium.core.model.pmo.ReportPeriod;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.model.pmo.StatusReport;
import org.atrium.core.model.pmo.TimeEntry;
import org.atrium.core.model.pmo.Trend;
import org.atrium.core.model.pmo.Workstream;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.ObjectNotFoundException;
import org.atrium.core.store.Query;
import org.atrium.core.store.RejectedValueException;
import org.atrium.core.store.StoreSession;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

class RoundTripTest extends StoreTestSupport {

	@Test
	void everyCoreClassSurvivesAStoreRoundTrip() {
		Person ann = person("Ann Lee", "alee");
		ann.setDepartment("Finance");
		ann.setHourlyRate(new BigDecimal("95.5"));
		Person bob = person("Bob Stone", "bstone");
		Portfolio portfolio = portfolio("Digital");
		portfolio.setDescription("All digital change");
		assign(portfolio, RoleKind.SPONSOR, ann);
		Program program = program(portfolio, "Customer");
		Project project = project(program, "DIG-001", "CRM Consolidation");
		project.setPhase(LifecyclePhase.EXECUTION);
		project.setRag(RagStatus.AMBER);
		project.setRagTrend(Trend.DECLINING);
		project.setBaselineStart(LocalDate.of(2026, 1, 5));
		project.setBaselineEnd(LocalDate.of(2026, 11, 30));
		project.setActualStart(LocalDate.of(2026, 1, 12));
		project.setCurrency("USD");
		project.setBudgetActual(new BigDecimal("120000.25"));
		project.setBudgetForecast(new BigDecimal("262000"));
		project.setPercentComplete(45);
		Workstream workstream = F.createWorkstream();
		workstream.setName("Data migration");
		project.getWorkstreams().add(workstream);
		assign(project, RoleKind.SPONSOR, ann);
		assign(project, RoleKind.WORKSTREAM_LEAD, bob).setWorkstream(workstream);
		Milestone gate = milestone(project, "Go-live decision", LocalDate.of(2026, 10, 1));
		gate.setGate(true);
		gate.setGateDecision(GateDecision.CONDITIONAL_GO);
		gate.setWorkstream(workstream);
		gate.setActualDate(LocalDate.of(2026, 10, 3));
		kpi(project, "Defect rate", 4.5, 6.25, 7).setDirection(KpiDirection.LOWER_IS_BETTER);
		StatusReport report = F.createStatusReport();
		report.setPeriod(ReportPeriod.WEEKLY);
		report.setPeriodEnd(LocalDate.of(2026, 11, 20));
		report.setRag(RagStatus.AMBER);
		report.setTrend(Trend.STABLE);
		report.setPercentComplete(44);
		report.setBudgetActual(new BigDecimal("118000"));
		report.setSummary("Vendor delay on data extracts");
		report.setAuthor(bob);
		project.getStatusReports().add(report);
		DocumentRef charter = F.createDocumentRef();
		charter.setTitle("Charter");
		charter.setUri("file:///share/charter.pdf");
		charter.getTags().addAll(List.of("governance", "signed"));
		project.getDocuments().add(charter);
		TimeEntry entry = F.createTimeEntry();
		entry.setPerson(bob);
		entry.setProject(project);
		entry.setDate(LocalDate.of(2026, 11, 19));
		entry.setHours(new BigDecimal("7.5"));
		entry.setDescription("Mapping workshop");
		Allocation allocation = F.createAllocation();
		allocation.setPerson(bob);
		allocation.setProject(project);
		allocation.setStart(LocalDate.of(2026, 1, 1));
		allocation.setEnd(LocalDate.of(2026, 12, 31));
		allocation.setPercentage(60);

		ModelStore store = openStore();
		try (StoreSession writer = store.openSession("alee")) {
			writer.save(ann, bob, portfolio, entry, allocation);
		}
		assertEquals(1, project.getVersion());
		assertNotNull(project.getCreated());

		try (StoreSession reader = store.openSession("bstone")) {
			Portfolio loaded = reader.load(P.getPortfolio(), portfolio.getId());
			TimeEntry loadedEntry = reader.load(P.getTimeEntry(), entry.getId());
			Allocation loadedAllocation = reader.load(P.getAllocation(), allocation.getId());
			reader.load(P.getPerson(), ann.getId());
			reader.load(P.getPerson(), bob.getId());
			EcoreUtil.resolveAll(loaded);
			assertTrue(EcoreUtil.equals(portfolio, loaded), "portfolio tree differs after reload");
			assertTrue(EcoreUtil.equals(entry, loadedEntry));
			assertTrue(EcoreUtil.equals(allocation, loadedAllocation));
			Project loadedProject = loaded.getPrograms().get(0).getProjects().get(0);
			assertSame(loadedEntry.getProject(), loadedProject, "one instance per id in a session");
			assertEquals(new BigDecimal("120000.25"), loadedProject.getBudgetActual());
			assertEquals(List.of("governance", "signed"), loadedProject.getDocuments().get(0).getTags());
			assertSame(loadedProject.getWorkstreams().get(0), loadedProject.getMilestones().get(0).getWorkstream());
		}
	}

	@Test
	void everyConcreteCoreClassHasATable() {
		ModelStore store = openStore();
		try (StoreSession session = store.openSession("alee")) {
			for (EClassifier classifier : P.getEClassifiers()) {
				if (classifier instanceof EClass eClass && !eClass.isAbstract()) {
					assertEquals(0, session.count(Query.of(eClass)), eClass.getName());
				}
			}
		}
	}

	@Test
	void queriesAreShallowUntilContentsAreLoaded() {
		Portfolio portfolio = portfolio("Ops");
		Project project = project(program(portfolio, "Lean"), "OPS-1", "Warehouse robots");
		milestone(project, "Pilot", LocalDate.of(2026, 6, 1));
		ModelStore store = openStore();
		try (StoreSession session = store.openSession("alee")) {
			session.save(portfolio);
		}
		try (StoreSession session = store.openSession("alee")) {
			Project header = session.query(Query.<Project>of(P.getProject())).get(0);
			assertTrue(header.getMilestones().isEmpty());
			assertEquals(portfolio.getPrograms().get(0).getId(), session.containerId(header).orElseThrow());
			header.setName("Warehouse robotics");
			session.save(header);
			session.loadContents(header);
			assertEquals(1, header.getMilestones().size(), "saving a shallow object keeps its contents");
		}
	}

	@Test
	void removedAndReorderedChildrenAreStored() {
		Portfolio portfolio = portfolio("Ops");
		Project project = project(program(portfolio, "Lean"), "OPS-1", "Warehouse robots");
		milestone(project, "A", LocalDate.of(2026, 2, 1));
		milestone(project, "B", LocalDate.of(2026, 3, 1));
		milestone(project, "C", LocalDate.of(2026, 4, 1));
		ModelStore store = openStore();
		try (StoreSession session = store.openSession("alee")) {
			session.save(portfolio);
			project.getMilestones().move(2, 0);
			project.getMilestones().remove(0);
			session.save(project);
		}
		try (StoreSession session = store.openSession("alee")) {
			Project loaded = session.load(P.getProject(), project.getId());
			assertEquals(List.of("C", "A"), loaded.getMilestones().stream().map(Milestone::getName).toList());
			assertEquals(2, session.count(Query.of(P.getMilestone())));
		}
	}

	@Test
	void projectMovesToAnotherProgram() {
		Portfolio portfolio = portfolio("Ops");
		Program lean = program(portfolio, "Lean");
		Program green = program(portfolio, "Green");
		Project project = project(lean, "OPS-1", "Warehouse robots");
		ModelStore store = openStore();
		try (StoreSession session = store.openSession("alee")) {
			session.save(portfolio);
			green.getProjects().add(project);
			session.save(portfolio);
		}
		try (StoreSession session = store.openSession("alee")) {
			Portfolio loaded = session.load(P.getPortfolio(), portfolio.getId());
			assertTrue(loaded.getPrograms().get(0).getProjects().isEmpty());
			assertEquals("OPS-1", loaded.getPrograms().get(1).getProjects().get(0).getCode());
		}
	}

	@Test
	void deleteRemovesContentsAndRefusesReferencedObjects() {
		Person ann = person("Ann Lee", "alee");
		Portfolio portfolio = portfolio("Ops");
		Project project = project(program(portfolio, "Lean"), "OPS-1", "Warehouse robots");
		assign(project, RoleKind.SPONSOR, ann);
		kpi(project, "Throughput", 1, 2, 3);
		ModelStore store = openStore();
		try (StoreSession session = store.openSession("alee")) {
			session.save(ann, portfolio);
			RejectedValueException refused = assertThrows(RejectedValueException.class, () -> session.delete(ann));
			assertTrue(refused.getMessage().contains("Person 'Ann Lee' cannot be deleted"), refused.getMessage());
			assertTrue(refused.getMessage().contains("'person'"), refused.getMessage());
			session.delete(portfolio);
			assertEquals(0, session.count(Query.of(P.getMeasurement())));
			assertEquals(0, session.count(Query.of(P.getRoleAssignment())));
			session.delete(ann);
			assertThrows(ObjectNotFoundException.class, () -> session.load(P.getPerson(), ann.getId()));
		}
	}

	@Test
	void tooLongTextIsRejectedNamingTheField() {
		Portfolio portfolio = portfolio("Ops");
		project(program(portfolio, "Lean"), "X".repeat(65), "Too long a code");
		ModelStore store = openStore();
		try (StoreSession session = store.openSession("alee")) {
			RejectedValueException e = assertThrows(RejectedValueException.class, () -> session.save(portfolio));
			assertEquals("Project 'Too long a code' (" + "X".repeat(65) + "): code is 65 characters long; at most 64 are allowed.",
					e.getMessage());
			assertEquals(0, session.count(Query.of(P.getPortfolio())));
			assertTrue(session.isDirty(portfolio), "the rejected change is still there to fix");
		}
	}

	static List<EObject> all(StoreSession session, EClass type) {
		return session.query(Query.of(type));
	}
}
