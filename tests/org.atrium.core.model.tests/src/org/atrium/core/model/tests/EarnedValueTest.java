package org.atrium.core.model.tests;

import static org.atrium.core.model.tests.PmoFixtures.date;
import static org.atrium.core.model.tests.PmoFixtures.money;
import static org.atrium.core.model.tests.PmoFixtures.project;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.rules.EarnedValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EarnedValueTest {

	private Project project;

	/** 100 days from baseline start to end, 30% complete, 37,500 spent of 100,000. */
	@BeforeEach
	void workedExample() {
		project = project("Apollo", "APL");
		project.setBudgetPlanned(money("100000"));
		project.setBudgetActual(money("37500"));
		project.setBaselineStart(date("2025-01-01"));
		project.setBaselineEnd(date("2025-04-11"));
		project.setPlannedStart(date("2025-02-01"));
		project.setPlannedEnd(date("2025-12-31"));
		project.setPercentComplete(30);
	}

	private EarnedValue at(String asOf) {
		return EarnedValue.of(project, date(asOf)).orElseThrow();
	}

	@Test
	void workedExampleAfterFortyOfHundredDays() {
		EarnedValue value = at("2025-02-10");

		assertEquals(new EarnedValue(
				money("100000.00"),
				money("40000.00"),
				money("30000.00"),
				money("37500.00"),
				money("-10000.00"),
				money("-7500.00"),
				money("0.7500"),
				money("0.8000"),
				money("125000.00")), value);
	}

	@Test
	void plannedDatesStandInForAMissingBaseline() {
		project.setBaselineStart(null);
		project.setBaselineEnd(null);
		project.setPlannedStart(date("2025-01-01"));
		project.setPlannedEnd(date("2025-01-05"));

		EarnedValue value = at("2025-01-02");

		assertEquals(money("25000.00"), value.plannedValue());
		assertEquals(money("1.2000"), value.schedulePerformanceIndex());
	}

	@Test
	void plannedValueIsClampedToTheBaselinePeriod() {
		assertEquals(money("100000.00"), at("2025-09-01").plannedValue());
		assertEquals(money("100000.00"), at("2025-04-11").plannedValue());
		assertEquals(money("0.00"), at("2025-01-01").plannedValue());
		assertEquals(money("0.00"), at("2024-12-01").plannedValue());
	}

	@Test
	void plannedValueRoundsHalfUpToCents() {
		project.setBaselineEnd(date("2025-01-04"));

		assertEquals(money("33333.33"), at("2025-01-02").plannedValue());
		assertEquals(money("66666.67"), at("2025-01-03").plannedValue());
	}

	@Test
	void schedulePerformanceIsUndefinedBeforeTheStart() {
		EarnedValue value = at("2024-12-01");

		assertEquals(money("30000.00"), value.scheduleVariance());
		assertNull(value.schedulePerformanceIndex());
	}

	@Test
	void costRatiosAreUndefinedWithoutSpending() {
		project.setBudgetActual(money("0"));

		EarnedValue value = at("2025-02-10");

		assertEquals(money("30000.00"), value.costVariance());
		assertNull(value.costPerformanceIndex());
		assertNull(value.estimateAtCompletion());
	}

	@Test
	void costFiguresAreUndefinedWithoutActuals() {
		project.setBudgetActual(null);

		EarnedValue value = at("2025-02-10");

		assertNull(value.actualCost());
		assertNull(value.costVariance());
		assertNull(value.costPerformanceIndex());
		assertNull(value.estimateAtCompletion());
		assertEquals(money("0.7500"), value.schedulePerformanceIndex());
	}

	@Test
	void estimateIsUndefinedWhenNothingIsEarned() {
		project.setPercentComplete(0);

		EarnedValue value = at("2025-02-10");

		assertEquals(money("0.0000"), value.costPerformanceIndex());
		assertNull(value.estimateAtCompletion());
	}

	@Test
	void nothingWithoutPlannedBudgetOrDates() {
		project.setBudgetPlanned(null);
		assertTrue(EarnedValue.of(project, date("2025-02-10")).isEmpty());

		project.setBudgetPlanned(money("100000"));
		project.setBaselineEnd(null);
		project.setPlannedEnd(null);
		assertTrue(EarnedValue.of(project, date("2025-02-10")).isEmpty());

		project.setPlannedEnd(date("2025-04-11"));
		project.setBaselineStart(null);
		project.setPlannedStart(null);
		assertTrue(EarnedValue.of(project, date("2025-02-10")).isEmpty());
	}

	@Test
	void nothingWhenTheEndLiesBeforeTheStart() {
		project.setBaselineEnd(date("2024-12-31"));

		assertTrue(EarnedValue.of(project, date("2025-02-10")).isEmpty());
	}
}
