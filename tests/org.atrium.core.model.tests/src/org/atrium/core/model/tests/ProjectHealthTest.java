package org.atrium.core.model.tests;

import static org.atrium.core.model.tests.PmoFixtures.F;
import static org.atrium.core.model.tests.PmoFixtures.date;
import static org.atrium.core.model.tests.PmoFixtures.kpi;
import static org.atrium.core.model.tests.PmoFixtures.measure;
import static org.atrium.core.model.tests.PmoFixtures.milestone;
import static org.atrium.core.model.tests.PmoFixtures.money;
import static org.atrium.core.model.tests.PmoFixtures.project;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.atrium.core.model.pmo.Kpi;
import org.atrium.core.model.pmo.KpiDirection;
import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RagStatus;
import org.atrium.core.model.pmo.StatusReport;
import org.atrium.core.model.pmo.Trend;
import org.atrium.core.model.rules.HealthAssessment;
import org.atrium.core.model.rules.HealthRules;
import org.atrium.core.model.rules.ProjectHealth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProjectHealthTest {

	private static final LocalDate TODAY = date("2025-03-20");

	private final ProjectHealth health = ProjectHealth.withDefaults();
	private Project project;

	@BeforeEach
	void healthyProject() {
		project = project("Apollo", "APL");
		project.setBudgetPlanned(money("100000"));
		project.setBudgetForecast(money("104000"));
		Kpi coverage = kpi(project, "Test coverage", KpiDirection.HIGHER_IS_BETTER, 70, 50);
		measure(coverage, "2025-03-14", 82);
		milestone(project, "Design sign-off", "2025-03-03", "2025-03-03", "2025-03-05");
		milestone(project, "Go-live", "2025-06-02", "2025-06-02", null).setGate(true);
	}

	private HealthAssessment assess() {
		return health.assess(project, TODAY);
	}

	@Test
	void healthyProjectIsGreenWithoutReasons() {
		HealthAssessment assessment = assess();

		assertEquals(RagStatus.GREEN, assessment.rag());
		assertEquals(List.of(), assessment.reasons());
	}

	@Test
	void defaultRulesMatchTheDocumentedThresholds() {
		assertEquals(new HealthRules(5, 10, 10, 20, 2), HealthRules.defaults());
	}

	@Test
	void lowerIsBetterKpiAtOrAboveRedThresholdIsRed() {
		Kpi defects = kpi(project, "Defect rate", KpiDirection.LOWER_IS_BETTER, 5, 10);
		measure(defects, "2025-03-10", 14);

		assertEquals(new HealthAssessment(RagStatus.RED, List.of("KPI 'Defect rate' is red: 14.0 against red threshold 10.0")),
				assess());
	}

	@Test
	void lowerIsBetterKpiBetweenThresholdsIsAmber() {
		Kpi defects = kpi(project, "Defect rate", KpiDirection.LOWER_IS_BETTER, 5, 10);
		measure(defects, "2025-03-10", 7.5);

		assertEquals(
				new HealthAssessment(RagStatus.AMBER, List.of("KPI 'Defect rate' is amber: 7.5 against amber threshold 5.0")),
				assess());
	}

	@ParameterizedTest
	@CsvSource({ "82, GREEN", "70.5, GREEN", "70, AMBER", "55, AMBER", "50, RED", "12, RED" })
	void higherIsBetterKpiTurnsWorseAsTheValueFalls(double value, RagStatus expected) {
		measure(project.getKpis().get(0), "2025-03-18", value);

		assertEquals(expected, assess().rag());
	}

	@Test
	void higherIsBetterKpiNamesTheBreachedThreshold() {
		measure(project.getKpis().get(0), "2025-03-18", 42);

		assertEquals(List.of("KPI 'Test coverage' is red: 42.0 against red threshold 50.0"), assess().reasons());
	}

	@Test
	void onlyTheLatestMeasurementUpToTodayCounts() {
		Kpi defects = kpi(project, "Defect rate", KpiDirection.LOWER_IS_BETTER, 5, 10);
		measure(defects, "2025-03-17", 2);
		measure(defects, "2025-03-03", 30);
		measure(defects, "2025-03-24", 30);

		assertEquals(RagStatus.GREEN, assess().rag());
	}

	@Test
	void kpiWithoutMeasurementsOrThresholdsIsNotRated() {
		kpi(project, "Velocity", KpiDirection.HIGHER_IS_BETTER, 20, 10);
		Kpi unrated = kpi(project, "Open questions", KpiDirection.LOWER_IS_BETTER, 0, 0);
		measure(unrated, "2025-03-18", 99);

		assertEquals(RagStatus.GREEN, assess().rag());
	}

	@Test
	void achievedMilestoneMoreThanTenWorkingDaysLateIsAmber() {
		milestone(project, "Build complete", "2025-03-03", "2025-03-03", "2025-03-19");

		assertEquals(new HealthAssessment(RagStatus.AMBER, List.of(
				"Milestone 'Build complete' is amber: 12 working days behind baseline 2025-03-03 (achieved 2025-03-19) against amber threshold 10")),
				assess());
	}

	@Test
	void slipOfExactlyTenWorkingDaysIsStillGreen() {
		milestone(project, "Build complete", "2025-03-03", null, "2025-03-17");

		assertEquals(RagStatus.GREEN, assess().rag());
	}

	@Test
	void replannedMilestoneMoreThanTwentyWorkingDaysLateIsRed() {
		milestone(project, "Migration", "2025-03-03", "2025-04-07", null);

		assertEquals(new HealthAssessment(RagStatus.RED, List.of(
				"Milestone 'Migration' is red: 25 working days behind baseline 2025-03-03 (planned for 2025-04-07) against red threshold 20")),
				assess());
	}

	@Test
	void overdueMilestoneSlipsUntilToday() {
		milestone(project, "Training", "2025-03-03", "2025-03-03", null);

		assertEquals(List.of(
				"Milestone 'Training' is amber: 12 working days behind baseline 2025-03-03 (overdue, not achieved by 2025-03-19) against amber threshold 10"),
				health.assess(project, date("2025-03-19")).reasons());
		assertEquals(RagStatus.GREEN, health.assess(project, date("2025-03-03")).rag());
	}

	@Test
	void overdueMilestoneWithoutBaselineSlipsAgainstItsPlan() {
		milestone(project, "Training", null, "2025-03-03", null);

		assertEquals(List.of(
				"Milestone 'Training' is amber: 13 working days behind plan 2025-03-03 (overdue, not achieved by 2025-03-20) against amber threshold 10"),
				assess().reasons());
	}

	@Test
	void gateSlipWeighsMoreThanAnOrdinaryMilestone() {
		Milestone milestone = milestone(project, "Funding approval", "2025-03-03", null, "2025-03-11");
		assertEquals(RagStatus.GREEN, assess().rag());

		milestone.setGate(true);

		assertEquals(new HealthAssessment(RagStatus.AMBER, List.of(
				"Gate 'Funding approval' is amber: 6 working days behind baseline 2025-03-03 (achieved 2025-03-11), counted 12 for a go/no-go gate, against amber threshold 10")),
				assess());
	}

	@Test
	void forecastMoreThanFivePercentOverBudgetIsAmber() {
		project.setBudgetForecast(money("107500"));

		assertEquals(new HealthAssessment(RagStatus.AMBER, List.of(
				"Budget is amber: forecast 107500 EUR is 7.5% over planned 100000 EUR against amber threshold 5.0%")),
				assess());
	}

	@Test
	void forecastMoreThanTenPercentOverBudgetIsRed() {
		project.setCurrency("CHF");
		project.setBudgetForecast(money("115000.00"));

		assertEquals(new HealthAssessment(RagStatus.RED, List.of(
				"Budget is red: forecast 115000.00 CHF is 15.0% over planned 100000 CHF against red threshold 10.0%")),
				assess());
	}

	@ParameterizedTest
	@CsvSource({ "105000", "90000" })
	void forecastAtMostFivePercentOverOrUnderBudgetIsGreen(String forecast) {
		project.setBudgetForecast(money(forecast));

		assertEquals(RagStatus.GREEN, assess().rag());
	}

	@Test
	void budgetWithoutForecastOrPlanIsNotRated() {
		project.setBudgetForecast(null);
		assertEquals(RagStatus.GREEN, assess().rag());

		project.setBudgetForecast(money("500000"));
		project.setBudgetPlanned(null);
		assertEquals(RagStatus.GREEN, assess().rag());
	}

	@Test
	void worstFactorWinsAndRedReasonsComeFirst() {
		measure(project.getKpis().get(0), "2025-03-18", 60);
		project.setBudgetForecast(money("120000"));
		milestone(project, "Build complete", "2025-03-03", null, "2025-03-19");

		HealthAssessment assessment = assess();

		assertEquals(RagStatus.RED, assessment.rag());
		assertEquals(List.of(
				"Budget is red: forecast 120000 EUR is 20.0% over planned 100000 EUR against red threshold 10.0%",
				"KPI 'Test coverage' is amber: 60.0 against amber threshold 70.0",
				"Milestone 'Build complete' is amber: 12 working days behind baseline 2025-03-03 (achieved 2025-03-19) against amber threshold 10"),
				assessment.reasons());
	}

	@Test
	void customRulesChangeTheOutcome() {
		ProjectHealth strict = new ProjectHealth(new HealthRules(1, 3, 0, 1, 1));

		HealthAssessment assessment = strict.assess(project, TODAY);

		assertEquals(RagStatus.RED, assessment.rag());
		assertEquals(List.of(
				"Milestone 'Design sign-off' is red: 2 working days behind baseline 2025-03-03 (achieved 2025-03-05) against red threshold 1",
				"Budget is red: forecast 104000 EUR is 4.0% over planned 100000 EUR against red threshold 3.0%"),
				assessment.reasons());
	}

	@Test
	void inconsistentRulesAreRejected() {
		assertThrows(IllegalArgumentException.class, () -> new HealthRules(10, 5, 10, 20, 2));
		assertThrows(IllegalArgumentException.class, () -> new HealthRules(5, 10, 20, 10, 2));
		assertThrows(IllegalArgumentException.class, () -> new HealthRules(-1, 10, 10, 20, 2));
		assertThrows(IllegalArgumentException.class, () -> new HealthRules(5, 10, 10, 20, 0));
	}

	@ParameterizedTest
	@CsvSource({
			"GREEN, GREEN, STABLE", "RED, RED, STABLE",
			"RED, AMBER, IMPROVING", "AMBER, GREEN, IMPROVING", "RED, GREEN, IMPROVING",
			"GREEN, AMBER, DECLINING", "AMBER, RED, DECLINING" })
	void trendComparesThePreviousReportWithTheNewStatus(RagStatus previous, RagStatus current, Trend expected) {
		StatusReport report = F.createStatusReport();
		report.setRag(previous);

		assertEquals(expected, ProjectHealth.trend(report, current));
	}

	@Test
	void trendWithoutPreviousReportIsStable() {
		assertEquals(Trend.STABLE, ProjectHealth.trend((StatusReport) null, RagStatus.RED));
	}
}
