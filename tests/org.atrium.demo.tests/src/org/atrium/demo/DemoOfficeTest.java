package org.atrium.demo;

import static org.atrium.demo.Offices.TODAY;
import static org.atrium.demo.Offices.roles;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.atrium.core.model.pmo.Allocation;
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
import org.atrium.core.model.pmo.RoleAssignment;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.model.pmo.StatusReport;
import org.atrium.core.model.pmo.TimeEntry;
import org.atrium.core.model.pmo.Workstream;
import org.junit.jupiter.api.Test;

/** The demo office looks like a real PMO's. */
class DemoOfficeTest {

	private final Office office = Offices.demo();

	@Test
	void everyProjectIsFullyGoverned() {
		for (Project project : office.projects()) {
			List<Workstream> workstreams = project.getWorkstreams();
			List<RoleAssignment> leads = roles(project, RoleKind.WORKSTREAM_LEAD);
			assertAll(project.getCode(), () -> assertEquals(1, roles(project, RoleKind.SPONSOR).size()),
					() -> assertEquals(1, roles(project, RoleKind.PROJECT_MANAGER).size()),
					() -> assertEquals(1, roles(project, RoleKind.FUNCTIONAL_OWNER).size()),
					() -> assertEquals(1, roles(project, RoleKind.TECHNOLOGY_OWNER).size()),
					() -> assertBetween(2, 3, roles(project, RoleKind.STEERING_COMMITTEE_MEMBER).size()),
					() -> assertBetween(1, 2, roles(project, RoleKind.STAKEHOLDER).size()),
					() -> assertEquals(workstreams, leads.stream().map(RoleAssignment::getWorkstream).toList()),
					() -> assertTrue(project.getRoleAssignments().stream().allMatch(role -> role.getPerson() != null
							&& office.people().contains(role.getPerson()))));
		}
		for (Program program : office.programs()) {
			assertAll(program.getName(), () -> assertEquals(1, roles(program, RoleKind.SPONSOR).size()),
					() -> assertEquals(1, roles(program, RoleKind.APPROVER).size()));
		}
		for (Portfolio portfolio : office.portfolios()) {
			assertAll(portfolio.getName(), () -> assertEquals(1, roles(portfolio, RoleKind.SPONSOR).size()),
					() -> assertTrue(roles(portfolio, RoleKind.STEERING_COMMITTEE_MEMBER).size() >= 2));
		}
	}

	@Test
	void statusReportsAreWeeklyUpToTodayByTheProjectManager() {
		for (Project project : office.projects()) {
			List<StatusReport> reports = project.getStatusReports();
			StatusReport latest = reports.get(reports.size() - 1);
			Person manager = roles(project, RoleKind.PROJECT_MANAGER).get(0).getPerson();
			assertAll(project.getCode(),
					() -> assertTrue(reports.stream().allMatch(report -> report.getPeriod() == ReportPeriod.WEEKLY
							&& report.getPeriodEnd().getDayOfWeek() == DayOfWeek.FRIDAY
							&& !report.getPeriodEnd().isAfter(TODAY) && report.getAuthor() == manager)),
					() -> assertTrue(reports.stream().allMatch(report -> !report.getSummary().isBlank()
							&& !report.getAccomplishments().isBlank() && !report.getNextSteps().isBlank())),
					() -> assertTrue(isWeekly(reports)),
					() -> assertEquals(latest.getRag(), project.getRag()),
					() -> assertEquals(latest.getTrend(), project.getRagTrend()),
					() -> assertFalse(reports.get(0).getPeriodEnd().minusDays(4).isBefore(project.getActualStart()),
							"reported weeks start after the project"));
		}
		assertTrue(office.projects().stream().filter(project -> project.getActualEnd() == null)
				.allMatch(project -> lastReport(project).getPeriodEnd().isAfter(TODAY.minusWeeks(1))),
				"running projects reported this week");
	}

	@Test
	void progressIsConsistentWithTheSchedule() {
		for (Project project : office.projects()) {
			List<Integer> progress = project.getStatusReports().stream().map(StatusReport::getPercentComplete).toList();
			assertAll(project.getCode(), () -> assertBetween(0, 100, project.getPercentComplete()),
					() -> assertEquals(progress.stream().sorted().toList(), progress, "progress never goes back"),
					() -> assertTrue(project.getPercentComplete() >= progress.get(progress.size() - 1)),
					() -> assertEquals(project.getPhase() == LifecyclePhase.CLOSED, project.getActualEnd() != null),
					() -> assertEquals(project.getPhase() == LifecyclePhase.CLOSED, project.getPercentComplete() == 100));
		}
	}

	@Test
	void budgetsAreInEurosAndSomeProjectsOverrun() {
		for (Project project : office.projects()) {
			assertAll(project.getCode(), () -> assertEquals("EUR", project.getCurrency()),
					() -> assertEquals(2, project.getBudgetPlanned().scale()),
					() -> assertTrue(project.getBudgetPlanned().signum() > 0),
					() -> assertTrue(project.getBudgetActual().signum() >= 0));
		}
		long overrunning = office.projects().stream()
				.filter(project -> project.getBudgetForecast().compareTo(project.getBudgetPlanned()) > 0).count();
		assertTrue(overrunning > 0 && overrunning < office.projectCount(), overrunning + " projects over budget");
	}

	@Test
	void portfolioShowsTheWholeLifecycleAndAllColours() {
		Set<LifecyclePhase> phases = office.projects().stream().map(Project::getPhase)
				.collect(Collectors.toCollection(() -> EnumSet.noneOf(LifecyclePhase.class)));
		Set<RagStatus> colours = office.projects().stream().map(Project::getRag)
				.collect(Collectors.toCollection(() -> EnumSet.noneOf(RagStatus.class)));
		assertTrue(phases.size() >= 4, "phases " + phases);
		assertEquals(EnumSet.allOf(RagStatus.class), colours);
		assertTrue(office.portfolios().stream().map(Portfolio::getName).toList()
				.containsAll(List.of("Digital Transformation", "Operational Excellence", "Regulatory & Compliance")));
	}

	@Test
	void milestonesSlipAndGatesHaveDecisions() {
		List<Milestone> milestones = office.projects().stream().flatMap(project -> project.getMilestones().stream())
				.toList();
		List<Milestone> gates = milestones.stream().filter(Milestone::isGate).toList();

		assertTrue(milestones.stream().anyMatch(milestone -> milestone.getPlannedDate().isAfter(milestone.getBaselineDate())),
				"some milestones slipped");
		assertTrue(milestones.stream().allMatch(milestone -> milestone.getActualDate() == null
				|| !milestone.getActualDate().isAfter(TODAY)), "nothing was achieved in the future");
		assertTrue(gates.stream().anyMatch(gate -> gate.getGateDecision() == GateDecision.GO));
		assertTrue(gates.stream().anyMatch(gate -> gate.getGateDecision() == GateDecision.PENDING));
		assertTrue(gates.stream().filter(gate -> gate.getActualDate() != null)
				.allMatch(gate -> gate.getGateDecision() == GateDecision.GO
						|| gate.getGateDecision() == GateDecision.CONDITIONAL_GO),
				"passed gates were approved");
	}

	@Test
	void kpisHaveThresholdsOnTheRightSideOfTheTarget() {
		office.projects().stream().flatMap(project -> project.getKpis().stream()).forEach(kpi -> {
			double direction = Math.signum(kpi.getTarget() - kpi.getRedThreshold());
			assertAll(kpi.getName(), () -> assertNotEquals(0.0, direction),
					() -> assertEquals(direction, Math.signum(kpi.getAmberThreshold() - kpi.getRedThreshold())),
					() -> assertEquals(direction, Math.signum(kpi.getTarget() - kpi.getAmberThreshold())),
					() -> assertEquals(kpi.getDirection() == KpiDirection.HIGHER_IS_BETTER, direction > 0),
					() -> assertTrue(kpi.getMeasurements().stream()
							.allMatch(measurement -> measurement.getDate().getDayOfWeek() == DayOfWeek.FRIDAY)));
		});
	}

	@Test
	void timeIsBookedOnAllocatedProjectsOnWorkingDays() {
		Map<Person, List<Allocation>> allocations = office.allocations().stream()
				.collect(Collectors.groupingBy(Allocation::getPerson));
		BigDecimal half = new BigDecimal("0.5");
		for (TimeEntry entry : office.timeEntries()) {
			Predicate<Allocation> covers = allocation -> allocation.getProject() == entry.getProject()
					&& !entry.getDate().isBefore(allocation.getStart()) && !entry.getDate().isAfter(allocation.getEnd());
			assertAll(entry.getId(),
					() -> assertTrue(entry.getDate().getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue()),
					() -> assertFalse(entry.getDate().isAfter(TODAY)),
					() -> assertTrue(entry.getHours().compareTo(half) >= 0
							&& entry.getHours().compareTo(BigDecimal.valueOf(8)) <= 0),
					() -> assertEquals(0, entry.getHours().remainder(half).signum()),
					() -> assertFalse(entry.getDescription().isBlank()),
					() -> assertTrue(allocations.getOrDefault(entry.getPerson(), List.of()).stream().anyMatch(covers),
							"booked on an allocated project"));
		}
	}

	@Test
	void aFewPeopleAreOverAllocated() {
		Map<Person, List<Allocation>> allocations = office.allocations().stream()
				.collect(Collectors.groupingBy(Allocation::getPerson));
		long overAllocated = allocations.values().stream().filter(personal -> peakLoad(personal) > 100).count();

		assertTrue(overAllocated >= 1 && overAllocated <= office.people().size() / 10,
				overAllocated + " people over-allocated");
		assertTrue(office.allocations().stream()
				.allMatch(allocation -> allocation.getPercentage() > 0 && allocation.getPercentage() <= 100));
	}

	@Test
	void peopleLookReal() {
		for (Person person : office.people()) {
			assertAll(person.getName(), () -> assertTrue(person.getName().contains(" ")),
					() -> assertTrue(person.getLogin().matches("[a-z]+\\d*"), person.getLogin()),
					() -> assertTrue(person.getEmail().endsWith("@meridian.example")),
					() -> assertNotNull(person.getDepartment()),
					() -> assertTrue(person.getHourlyRate().compareTo(BigDecimal.valueOf(50)) >= 0));
		}
	}

	/** The highest load on any day: loads only rise where an allocation starts. */
	private static int peakLoad(List<Allocation> allocations) {
		return allocations.stream().mapToInt(candidate -> allocations.stream()
				.filter(allocation -> !candidate.getStart().isBefore(allocation.getStart())
						&& !candidate.getStart().isAfter(allocation.getEnd()))
				.mapToInt(Allocation::getPercentage).sum()).max().orElse(0);
	}

	private static boolean isWeekly(List<StatusReport> reports) {
		for (int index = 1; index < reports.size(); index++) {
			LocalDate previous = reports.get(index - 1).getPeriodEnd();
			if (!reports.get(index).getPeriodEnd().equals(previous.plusWeeks(1))) {
				return false;
			}
		}
		return true;
	}

	private static StatusReport lastReport(Project project) {
		return project.getStatusReports().get(project.getStatusReports().size() - 1);
	}

	private static void assertBetween(int minimum, int maximum, int actual) {
		assertTrue(actual >= minimum && actual <= maximum, actual + " is not between " + minimum + " and " + maximum);
	}
}
