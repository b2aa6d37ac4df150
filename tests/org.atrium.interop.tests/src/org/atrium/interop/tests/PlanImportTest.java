package org.atrium.interop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.atrium.core.model.pmo.Allocation;
import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.Workstream;
import org.atrium.core.store.ConflictException;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.StoreSession;
import org.atrium.interop.ImportReport;
import org.atrium.interop.ImportReport.Action;
import org.atrium.interop.PlanFileException;
import org.atrium.interop.PlanFiles;
import org.atrium.interop.PlanImport;
import org.atrium.interop.model.interop.ExternalLink;
import org.atrium.interop.model.interop.InteropPackage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mpxj.ProjectFile;

/** MS Project plans of three shapes, written as MSPDI with MPXJ and imported into a project of a real store. */
class PlanImportTest extends InteropTestSupport {

	@BeforeEach
	void office() {
		saveOffice();
	}

	private ImportReport importPlan(ProjectFile plan, String code) throws Exception {
		try (ModelStore store = openStore(); StoreSession session = store.openSession("alee")) {
			PlanImport planImport = PlanImport.prepare(session, PlanFiles.read(mspdi(plan)), Optional.ofNullable(code));
			planImport.apply();
			return planImport.report();
		}
	}

	private Project erp(StoreSession session) {
		Project project = session.<Project>query(org.atrium.core.store.Query.<Project>of(PmoPackage.Literals.PROJECT)
				.withContents()).stream().filter(p -> "ERP-7".equals(p.getCode())).findFirst().orElseThrow();
		return project;
	}

	@Test
	void smallPlanBecomesMilestonesAndProjectDates() throws Exception {
		ImportReport report = importPlan(smallPlan(), "ERP-7");

		assertEquals(3, report.count(Action.CREATE), report.asText().toString());
		try (ModelStore store = openStore(); StoreSession session = store.openSession("alee")) {
			Project project = erp(session);
			assertEquals(LocalDate.of(2027, 1, 4), project.getPlannedStart());
			assertEquals(LocalDate.of(2027, 6, 30), project.getPlannedEnd());
			assertEquals(List.of("Design signed off", "Content frozen", "Go live"),
					project.getMilestones().stream().map(Milestone::getName).toList());
			assertEquals(LocalDate.of(2027, 4, 15), project.getMilestones().get(1).getPlannedDate());
			assertTrue(project.getWorkstreams().isEmpty());
		}
	}

	@Test
	void summaryTasksBecomeWorkstreamsAndMatchedResourcesAllocations() throws Exception {
		ImportReport report = importPlan(phasedPlan(), "ERP-7");

		try (ModelStore store = openStore(); StoreSession session = store.openSession("alee")) {
			Project project = erp(session);
			assertEquals(List.of("Build", "Rollout"), project.getWorkstreams().stream().map(Workstream::getName).toList());
			assertEquals("Configuration and interfaces", project.getWorkstreams().get(0).getDescription());
			Milestone built = project.getMilestones().stream().filter(m -> m.getName().equals("Build complete"))
					.findFirst().orElseThrow();
			assertEquals("Build", built.getWorkstream().getName());
			assertEquals(LocalDate.of(2027, 7, 2), built.getPlannedDate());

			List<Allocation> allocations = all(session, PmoPackage.Literals.ALLOCATION);
			assertEquals(2, allocations.size());
			Allocation ann = allocations.stream().filter(a -> a.getPerson().getLogin().equals("alee")).findFirst()
					.orElseThrow();
			assertEquals(50, ann.getPercentage());
			assertEquals(LocalDate.of(2027, 3, 1), ann.getStart());
			assertEquals(LocalDate.of(2027, 6, 30), ann.getEnd());
			assertEquals(100, allocations.stream().filter(a -> a.getPerson().getLogin().equals("bchen")).findFirst()
					.orElseThrow().getPercentage());
		}
		List<ImportReport.Line> notMapped = report.lines().stream().filter(l -> l.action() == Action.NOT_MAPPED).toList();
		assertTrue(notMapped.stream().anyMatch(l -> l.name().equals("Carla Diaz")
				&& l.detail().contains("carla@example.org")), notMapped.toString());
		assertTrue(notMapped.stream().anyMatch(l -> l.name().equals("Licences") && l.detail().contains("material")));
		assertTrue(notMapped.stream().anyMatch(l -> l.kind().equals("Task") && l.name().equals("Train key users")));
		assertTrue(notMapped.stream().anyMatch(l -> l.kind().equals("Assignment") && l.name().startsWith("Carla")));
	}

	@Test
	void baselinesProgressAndCostCarryOver() throws Exception {
		importPlan(baselinedPlan(), "ERP-7");

		try (ModelStore store = openStore(); StoreSession session = store.openSession("alee")) {
			Project project = erp(session);
			assertEquals(LocalDate.of(2027, 3, 1), project.getBaselineStart());
			assertEquals(LocalDate.of(2027, 12, 17), project.getBaselineEnd());
			assertEquals(LocalDate.of(2027, 3, 3), project.getActualStart());
			assertNull(project.getActualEnd());
			assertEquals(35, project.getPercentComplete());
			assertEquals(0, new BigDecimal("1250000.50").compareTo(project.getBudgetForecast()));
			assertEquals(0, new BigDecimal("1100000").compareTo(project.getBudgetPlanned()));
			assertEquals(0, new BigDecimal("420000.25").compareTo(project.getBudgetActual()));
			Milestone kickoff = project.getMilestones().get(0);
			assertEquals(LocalDate.of(2027, 3, 1), kickoff.getBaselineDate());
			assertEquals(LocalDate.of(2027, 3, 3), kickoff.getPlannedDate());
			assertEquals(LocalDate.of(2027, 3, 3), kickoff.getActualDate());
			Milestone live = project.getMilestones().get(1);
			assertEquals(LocalDate.of(2027, 12, 17), live.getBaselineDate());
			assertNull(live.getActualDate());
		}
	}

	@Test
	void importingAgainUpdatesTheSameObjectsAndFindsTheProjectByItself() throws Exception {
		importPlan(phasedPlan(), "ERP-7");
		ProjectFile changed = phasedPlan();
		changed.getTaskByUniqueID(22).setStart(at(2028, 1, 21));
		changed.getTaskByUniqueID(22).setFinish(at(2028, 1, 21));
		changed.getTaskByUniqueID(20).setName("Rollout and hypercare");

		ImportReport again = importPlan(changed, null);

		assertEquals(0, again.count(Action.CREATE), again.asText().toString());
		assertEquals(2, again.lines().stream().filter(l -> l.action() == Action.UPDATE
				&& (l.kind().equals("Milestone") || l.kind().equals("Workstream"))).count(), again.asText().toString());
		assertTrue(again.lines().stream().anyMatch(l -> l.detail().contains("2027-12-17 → 2028-01-21")),
				again.asText().toString());
		try (ModelStore store = openStore(); StoreSession session = store.openSession("alee")) {
			Project project = erp(session);
			assertEquals(2, project.getWorkstreams().size());
			assertEquals(2, project.getMilestones().size());
			assertEquals("Rollout and hypercare", project.getWorkstreams().get(1).getName());
			assertEquals(2, all(session, PmoPackage.Literals.ALLOCATION).size());
		}
	}

	@Test
	void theReportWritesNothingUntilApplied() throws Exception {
		try (ModelStore store = openStore(); StoreSession session = store.openSession("alee")) {
			PlanImport planImport = PlanImport.prepare(session, PlanFiles.read(mspdi(phasedPlan())), Optional.of("ERP-7"));
			assertTrue(planImport.report().hasChanges());
		}
		try (ModelStore store = openStore(); StoreSession session = store.openSession("alee")) {
			assertTrue(erp(session).getMilestones().isEmpty());
			assertTrue(all(session, InteropPackage.Literals.EXTERNAL_LINK).isEmpty());
		}
	}

	@Test
	void aChangeSavedMeanwhileIsAConflictAndNothingIsWritten() throws Exception {
		try (ModelStore store = openStore(); StoreSession session = store.openSession("alee")) {
			PlanImport planImport = PlanImport.prepare(session, PlanFiles.read(mspdi(smallPlan())), Optional.of("ERP-7"));
			try (StoreSession other = store.openSession("bchen")) {
				Project project = erp(other);
				project.setName("ERP Upgrade (renamed)");
				other.save(project);
			}
			assertThrows(ConflictException.class, planImport::apply);
		}
		try (ModelStore store = openStore(); StoreSession session = store.openSession("alee")) {
			assertTrue(erp(session).getMilestones().isEmpty());
			List<ExternalLink> links = all(session, InteropPackage.Literals.EXTERNAL_LINK);
			assertTrue(links.isEmpty());
		}
	}

	@Test
	void anUnknownProjectOrAPlanNeverImportedNeedsACode() throws Exception {
		try (ModelStore store = openStore(); StoreSession session = store.openSession("alee")) {
			ProjectFile plan = PlanFiles.read(mspdi(smallPlan()));
			PlanFileException unknown = assertThrows(PlanFileException.class,
					() -> PlanImport.prepare(session, plan, Optional.of("NOPE-1")));
			assertTrue(unknown.getMessage().contains("No project has the code NOPE-1"), unknown.getMessage());
			PlanFileException first = assertThrows(PlanFileException.class,
					() -> PlanImport.prepare(session, plan, Optional.empty()));
			assertTrue(first.getMessage().contains("--project CODE"), first.getMessage());
		}
	}
}
