package org.atrium.reporting.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.atrium.core.model.pmo.RagStatus;
import org.atrium.core.model.pmo.ReportPeriod;
import org.atrium.core.model.pmo.Scope;
import org.atrium.core.report.ReportSection;
import org.atrium.core.report.ReportSectionContribution;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.StoreSession;
import org.atrium.reporting.ReportContent;
import org.atrium.reporting.ReportGenerator;
import org.atrium.reporting.Reporting;
import org.atrium.reporting.ReportingException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reports generated from a real store: what each section holds, roll-ups with exceptions first, bad input. */
class ReportGenerationTest extends ReportingTestSupport {

	private ModelStore store;

	@BeforeEach
	void saveOffice() {
		store = openStore();
		try (StoreSession session = store.openSession("alee")) {
			session.inTransaction(tx -> office().forEach(tx::save));
		}
	}

	private ReportContent generate(Reporting reporting, String code, ReportPeriod period, LocalDate asOf) {
		try (StoreSession session = store.openSession("alee")) {
			Scope scope = reporting.findScope(session, code).orElseThrow();
			return reporting.generate(session, scope, period, asOf);
		}
	}

	private static List<String> column(ReportContent report, String key, int column) {
		return report.section(key).orElseThrow().rows().stream().map(row -> row.cells().get(column)).toList();
	}

	@Test
	void aPortfolioReportRollsUpItsActiveProjectsWithExceptionsFirst() {
		ReportContent report = generate(reporting(), "Digital", ReportPeriod.MONTHLY, TODAY);

		assertEquals("Monthly status report: Digital (portfolio)", report.title());
		assertEquals(RagStatus.RED, report.rag());
		assertEquals(List.of("rag", "projects", "milestones.achieved", "milestones.next", "milestones.slipped", "kpis",
				"budget", "budget.programs", "evm", "hours"), report.sections().stream().map(ReportSection::key).toList());
		assertEquals(List.of("DIG-002", "DIG-001", "DIG-003"), column(report, "projects", 0), "closed DIG-009 left out");
		assertEquals(List.of("Red", "Amber", "Green"), column(report, "projects", 3));
		assertEquals("3 projects: 1 red, 1 amber, 1 green. Exceptions first.", report.section("projects").get().note());
		assertTrue(column(report, "rag", 2).stream().anyMatch(reason -> reason.startsWith("Gate 'Go-live' is red")),
				column(report, "rag", 2).toString());
		assertEquals(List.of("Design signed off"), column(report, "milestones.achieved", 1));
		assertEquals(List.of("Pilot"), column(report, "milestones.next", 1));
		assertEquals(List.of("Go-live", "Design signed off"), column(report, "milestones.slipped", 1));
		assertEquals(List.of("Error rate", "Adoption"), column(report, "kpis", 1));
		assertEquals(List.of("Green", "Amber"), column(report, "kpis", 7));
		assertEquals(List.of("Customer", "Platform"), column(report, "budget.programs", 0));
		assertEquals(List.of("200000", "100000"), column(report, "budget.programs", 1));
		assertEquals(List.of("DIG-001", "DIG-003"), column(report, "hours", 0));
		assertEquals(List.of("7.5", "4"), column(report, "hours", 1), "only the hours of the month");
	}

	@Test
	void aProjectWithoutKpisOrMilestonesStillRendersAndSaysSo() {
		ReportContent report = generate(reporting(), "DIG-003", ReportPeriod.WEEKLY, TODAY);

		assertEquals("Weekly status report: DIG-003 API Gateway", report.title());
		assertEquals(RagStatus.GREEN, report.rag());
		assertEquals("No KPIs are defined for this project.", report.section("kpis").get().note());
		assertEquals("No milestones are defined for this project.", report.section("milestones.next").get().note());
		assertEquals("On track: no KPI, schedule or budget concern.", report.section("rag").get().note());
		assertTrue(report.section("budget.programs").isEmpty(), "a project's report has no program budgets");
	}

	@Test
	void contributedSectionsFollowTheCoreOnesAndAFailingContributionIsLeftOut() {
		ReportSectionContribution failing = (projects, session, asOf) -> {
			throw new IllegalStateException("broken plugin");
		};
		ReportSectionContribution counting = (projects, session, asOf) -> List.of(new ReportSection("test.count",
				"Projects counted", List.of("Count"), List.of(ReportSection.Row.of(null, Integer.toString(projects.size()))),
				""));

		ReportContent report = generate(reporting(failing, counting), "Customer", ReportPeriod.WEEKLY, TODAY);

		assertEquals("test.count", report.sections().get(report.sections().size() - 1).key());
		assertEquals(List.of("2"), column(report, "test.count", 0));
		assertEquals("Weekly status report: Customer (program)", report.title());
	}

	@Test
	void theSameDataGivesTheSameContent() {
		assertEquals(generate(reporting(), "Digital", ReportPeriod.MONTHLY, TODAY),
				generate(reporting(), "Digital", ReportPeriod.MONTHLY, TODAY));
	}

	@Test
	void aDateInTheFutureIsRefused() {
		ReportingException refused = assertThrows(ReportingException.class,
				() -> generate(reporting(), "Digital", ReportPeriod.MONTHLY, TODAY.plusDays(1)));
		assertEquals("The as-of date 2026-11-28 is in the future; a report shows what has happened.",
				refused.getMessage());
	}

	@Test
	void scopesAreFoundByProjectCodeOrByName() {
		try (StoreSession session = store.openSession("alee")) {
			Reporting reporting = reporting();
			assertEquals("DIG-001 CRM Consolidation", ReportGenerator.label(reporting.findScope(session, "DIG-001").get()));
			assertEquals("Platform (program)", ReportGenerator.label(reporting.findScope(session, "Platform").get()));
			assertTrue(reporting.findScope(session, "Nowhere").isEmpty());
		}
	}
}
