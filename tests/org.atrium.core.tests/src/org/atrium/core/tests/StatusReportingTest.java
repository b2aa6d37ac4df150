package org.atrium.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.atrium.core.AccessDeniedException;
import org.atrium.core.Governance;
import org.atrium.core.Permissions;
import org.atrium.core.StatusReporting;
import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoFactory;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RagStatus;
import org.atrium.core.model.pmo.ReportPeriod;
import org.atrium.core.model.pmo.RoleAssignment;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.model.pmo.StatusReport;
import org.atrium.core.model.pmo.Trend;
import org.junit.jupiter.api.Test;

/** A new weekly report is prefilled from the project's data, and only those who may report status get one. */
class StatusReportingTest {

	private static final PmoFactory F = PmoFactory.eINSTANCE;
	private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);

	private final StatusReporting reporting = new StatusReporting(new Permissions(new Governance()));

	@Test
	void weeklyReportIsPrefilledFromTheData() {
		Person manager = person("Leila Smith");
		Project project = project(manager, RoleKind.PROJECT_MANAGER);
		project.setBudgetPlanned(new BigDecimal("100000"));
		project.setBudgetForecast(new BigDecimal("125000"));
		project.setBudgetActual(new BigDecimal("60000"));
		project.setPercentComplete(55);
		StatusReport previous = F.createStatusReport();
		previous.setPeriodEnd(LocalDate.of(2026, 11, 20));
		previous.setRag(RagStatus.GREEN);
		project.getStatusReports().add(previous);
		milestone(project, "Design signed off", LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 23));
		milestone(project, "Pilot live", LocalDate.of(2026, 12, 10), null);
		milestone(project, "Rollout", LocalDate.of(2027, 3, 1), null);

		StatusReport report = reporting.prepareWeekly(project, manager, WEDNESDAY);

		assertEquals(ReportPeriod.WEEKLY, report.getPeriod());
		assertEquals(LocalDate.of(2026, 11, 27), report.getPeriodEnd(), "the Friday of the week");
		assertEquals(RagStatus.RED, report.getRag(), "25% over budget is red");
		assertEquals(Trend.DECLINING, report.getTrend(), "green last week, red now");
		assertEquals(55, report.getPercentComplete());
		assertEquals(new BigDecimal("60000"), report.getBudgetActual());
		assertEquals(manager, report.getAuthor());
		assertTrue(report.getSummary().startsWith("Derived RAG Red:\n\u2022 Budget is red"), report.getSummary());
		assertEquals("Achieved:\n\u2022 Design signed off (2026-11-23)", report.getAccomplishments());
		assertEquals("Coming up:\n\u2022 Pilot live (2026-12-10)", report.getNextSteps());
		assertTrue(project.getStatusReports().size() == 1, "the report is not added by itself");
	}

	@Test
	void theSummaryIsAListOfReasons() {
		Person manager = person("Leila Smith");
		Project project = project(manager, RoleKind.PROJECT_MANAGER);
		project.setBudgetPlanned(new BigDecimal("100000"));
		project.setBudgetForecast(new BigDecimal("125000"));
		milestone(project, "Late design", LocalDate.of(2026, 9, 1), null);

		String summary = reporting.prepareWeekly(project, manager, WEDNESDAY).getSummary();

		String[] lines = summary.split("\n");
		assertEquals(3, lines.length, summary);
		assertEquals("Derived RAG Red:", lines[0]);
		assertTrue(lines[1].startsWith("\u2022 "), lines[1]);
		assertTrue(lines[2].startsWith("\u2022 "), lines[2]);
	}

	@Test
	void aCorrectionInTheSameWeekSeesAMilestoneAchievedToday() {
		Person manager = person("Leila Smith");
		Project project = project(manager, RoleKind.PROJECT_MANAGER);
		LocalDate friday = LocalDate.of(2026, 11, 27);
		StatusReport published = F.createStatusReport();
		published.setPeriodEnd(friday);
		project.getStatusReports().add(published);
		milestone(project, "Go-live", friday, friday);
		milestone(project, "Kick-off", LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 16));

		StatusReport correction = reporting.prepareWeekly(project, manager, friday);

		assertEquals("Achieved:\n\u2022 Go-live (2026-11-27)", correction.getAccomplishments(),
				"the week's milestones, today's included; not those of the week before");
	}

	@Test
	void aStakeholderMayNotReportStatus() {
		Person stakeholder = person("Jakob Svoboda");
		Project project = project(stakeholder, RoleKind.STAKEHOLDER);
		AccessDeniedException e = assertThrows(AccessDeniedException.class,
				() -> reporting.prepareWeekly(project, stakeholder, WEDNESDAY));
		assertTrue(e.getMessage().startsWith("Jakob Svoboda may not report status at Project 'Pilot'"), e.getMessage());
	}

	private static Project project(Person person, RoleKind role) {
		Project project = F.createProject();
		project.setName("Pilot");
		RoleAssignment assignment = F.createRoleAssignment();
		assignment.setKind(role);
		assignment.setPerson(person);
		project.getRoleAssignments().add(assignment);
		return project;
	}

	private static void milestone(Project project, String name, LocalDate planned, LocalDate actual) {
		Milestone milestone = F.createMilestone();
		milestone.setName(name);
		milestone.setBaselineDate(planned);
		milestone.setPlannedDate(planned);
		milestone.setActualDate(actual);
		project.getMilestones().add(milestone);
	}

	private static Person person(String name) {
		Person person = F.createPerson();
		person.setName(name);
		person.setId(name);
		return person;
	}
}
