package org.atrium.interop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.atrium.core.model.pmo.Allocation;
import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.Workstream;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.core.store.WriteGuard;
import org.atrium.interop.ImportReport;
import org.atrium.interop.ImportReport.Action;
import org.atrium.interop.PlanExport;
import org.atrium.interop.PlanFiles;
import org.atrium.interop.PlanImport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A project exported as MSPDI and imported again gives the same project back, field by field. */
class RoundTripTest extends InteropTestSupport {

	private byte[] exported;

	@BeforeEach
	void exportAProject() throws Exception {
		try (ModelStore store = openStore(); StoreSession session = store.openSession("alee")) {
			Person ann = person("Ann Lee", "alee", "ann.lee@example.org");
			Person bo = person("Bo Chen", "bchen", "bo@example.org");
			Project erp = project("ERP-7", "ERP Upgrade");
			fill(erp);
			Workstream build = workstream(erp, "Build", "Configuration and interfaces");
			Workstream rollout = workstream(erp, "Rollout", null);
			milestone(erp, build, "Build complete", LocalDate.of(2027, 7, 2), LocalDate.of(2027, 6, 25),
					LocalDate.of(2027, 7, 1));
			milestone(erp, rollout, "Go live", LocalDate.of(2027, 12, 17), LocalDate.of(2027, 12, 10), null);
			milestone(erp, null, "Steering committee sign-off", LocalDate.of(2027, 2, 26), null, null);
			session.save(ann, bo, erp.getProgram().getPortfolio(), allocation(erp, ann, 50, 2027, 3, 1, 2027, 6, 30),
					allocation(erp, bo, 100, 2027, 9, 1, 2027, 10, 29));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			PlanExport.write(PlanExport.plan(session, erp), out);
			exported = out.toByteArray();
		}
	}

	private static void fill(Project project) {
		project.setPlannedStart(LocalDate.of(2027, 3, 1));
		project.setPlannedEnd(LocalDate.of(2027, 12, 17));
		project.setBaselineStart(LocalDate.of(2027, 2, 22));
		project.setBaselineEnd(LocalDate.of(2027, 11, 26));
		project.setActualStart(LocalDate.of(2027, 3, 3));
		project.setPercentComplete(35);
		project.setCurrency("EUR");
		project.setBudgetPlanned(new BigDecimal("1100000.00"));
		project.setBudgetForecast(new BigDecimal("1250000.50"));
		project.setBudgetActual(new BigDecimal("420000.25"));
	}

	private static Workstream workstream(Project project, String name, String description) {
		Workstream workstream = PMO.createWorkstream();
		workstream.setName(name);
		workstream.setDescription(description);
		project.getWorkstreams().add(workstream);
		return workstream;
	}

	private static void milestone(Project project, Workstream workstream, String name, LocalDate planned,
			LocalDate baseline, LocalDate actual) {
		Milestone milestone = PMO.createMilestone();
		milestone.setName(name);
		milestone.setWorkstream(workstream);
		milestone.setPlannedDate(planned);
		milestone.setBaselineDate(baseline);
		milestone.setActualDate(actual);
		project.getMilestones().add(milestone);
	}

	private static Allocation allocation(Project project, Person person, int percentage, int y1, int m1, int d1,
			int y2, int m2, int d2) {
		Allocation allocation = PMO.createAllocation();
		allocation.setProject(project);
		allocation.setPerson(person);
		allocation.setPercentage(percentage);
		allocation.setStart(LocalDate.of(y1, m1, d1));
		allocation.setEnd(LocalDate.of(y2, m2, d2));
		return allocation;
	}

	@Test
	void importedIntoAnotherOfficeTheProjectComesBackFieldByField() throws Exception {
		ModelStore other = openStore(workspace.resolve("other-db"), WriteGuard.NONE);
		try (StoreSession session = other.openSession("alee")) {
			Project empty = project("NEW-1", "To be planned");
			empty.setCurrency(null);
			session.save(person("Ann Lee", "alee", "ann.lee@example.org"), person("Bo Chen", "bchen", "bo@example.org"),
					empty.getProgram().getPortfolio());
		}
		try (StoreSession session = other.openSession("alee")) {
			PlanImport planImport = PlanImport.prepare(session, PlanFiles.read(exported), Optional.of("NEW-1"));
			assertTrue(planImport.report().lines().stream().filter(line -> line.action() == Action.NOT_MAPPED)
					.allMatch(line -> line.name().startsWith("Allocation of")), planImport.report().asText().toString());
			planImport.apply();
		}
		try (ModelStore store = openStore(); StoreSession original = store.openSession("alee");
				StoreSession copy = other.openSession("alee")) {
			Project from = project(original, "ERP-7");
			Project to = project(copy, "NEW-1");
			for (var feature : List.of(PmoPackage.Literals.PROJECT__PLANNED_START, PmoPackage.Literals.PROJECT__PLANNED_END,
					PmoPackage.Literals.PROJECT__BASELINE_START, PmoPackage.Literals.PROJECT__BASELINE_END,
					PmoPackage.Literals.PROJECT__ACTUAL_START, PmoPackage.Literals.PROJECT__ACTUAL_END,
					PmoPackage.Literals.PROJECT__PERCENT_COMPLETE, PmoPackage.Literals.PROJECT__CURRENCY)) {
				assertEquals(from.eGet(feature), to.eGet(feature), feature.getName());
			}
			for (var feature : List.of(PmoPackage.Literals.PROJECT__BUDGET_PLANNED,
					PmoPackage.Literals.PROJECT__BUDGET_FORECAST, PmoPackage.Literals.PROJECT__BUDGET_ACTUAL)) {
				assertEquals(0, ((BigDecimal) from.eGet(feature)).compareTo((BigDecimal) to.eGet(feature)),
						feature.getName());
			}
			assertEquals(from.getWorkstreams().size(), to.getWorkstreams().size());
			for (int i = 0; i < from.getWorkstreams().size(); i++) {
				assertEquals(from.getWorkstreams().get(i).getName(), to.getWorkstreams().get(i).getName());
				assertEquals(from.getWorkstreams().get(i).getDescription(), to.getWorkstreams().get(i).getDescription());
			}
			List<Milestone> fromMilestones = byName(from.getMilestones());
			List<Milestone> toMilestones = byName(to.getMilestones());
			assertEquals(fromMilestones.size(), toMilestones.size());
			for (int i = 0; i < fromMilestones.size(); i++) {
				Milestone a = fromMilestones.get(i);
				Milestone b = toMilestones.get(i);
				assertEquals(a.getName(), b.getName());
				assertEquals(a.getPlannedDate(), b.getPlannedDate(), a.getName());
				assertEquals(a.getBaselineDate(), b.getBaselineDate(), a.getName());
				assertEquals(a.getActualDate(), b.getActualDate(), a.getName());
				assertEquals(a.getWorkstream() == null ? null : a.getWorkstream().getName(),
						b.getWorkstream() == null ? null : b.getWorkstream().getName(), a.getName());
			}
			List<Allocation> fromAllocations = allocations(original);
			List<Allocation> toAllocations = allocations(copy);
			assertEquals(fromAllocations.size(), toAllocations.size());
			for (int i = 0; i < fromAllocations.size(); i++) {
				Allocation a = fromAllocations.get(i);
				Allocation b = toAllocations.get(i);
				assertEquals(a.getPerson().getLogin(), b.getPerson().getLogin());
				assertEquals(a.getPercentage(), b.getPercentage());
				assertEquals(a.getStart(), b.getStart());
				assertEquals(a.getEnd(), b.getEnd());
			}
		}
	}

	@Test
	void importedIntoItsOwnProjectNothingChangesAndNothingIsDuplicated() throws Exception {
		ImportReport report;
		try (ModelStore store = openStore(); StoreSession session = store.openSession("alee")) {
			PlanImport planImport = PlanImport.prepare(session, PlanFiles.read(exported), Optional.empty());
			report = planImport.report();
			planImport.apply();
		}
		assertEquals(0, report.count(Action.CREATE), report.asText().toString());
		assertEquals(0, report.count(Action.UPDATE), report.asText().toString());
		assertTrue(report.count(Action.UNCHANGED) >= 8, report.asText().toString());
		try (ModelStore store = openStore(); StoreSession session = store.openSession("alee")) {
			Project erp = project(session, "ERP-7");
			assertEquals(2, erp.getWorkstreams().size());
			assertEquals(3, erp.getMilestones().size());
			assertEquals(2, allocations(session).size());
		}
	}

	private static Project project(StoreSession session, String code) {
		return session.<Project>query(Query.<Project>of(PmoPackage.Literals.PROJECT).withContents()).stream()
				.filter(project -> code.equals(project.getCode())).findFirst().orElseThrow();
	}

	private static List<Milestone> byName(List<Milestone> milestones) {
		return milestones.stream().sorted(Comparator.comparing(Milestone::getName)).toList();
	}

	private static List<Allocation> allocations(StoreSession session) {
		List<Allocation> allocations = all(session, PmoPackage.Literals.ALLOCATION);
		return allocations.stream().sorted(Comparator.comparing(a -> a.getPerson().getLogin())).toList();
	}
}
