package org.atrium.core.model.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

import org.atrium.core.model.pmo.Project;

/**
 * Earned value figures of a project at a date, in the project's currency.
 * <p>
 * Formulas, as computed by {@link #of(Project, LocalDate)}:
 * <ul>
 * <li>BAC (budget at completion) = budgetPlanned</li>
 * <li>PV (planned value) = BAC x elapsed fraction, where the fraction is the number of days from start to
 * {@code asOf} divided by the days from start to end, clamped to 0..1. Start is baselineStart (else
 * plannedStart), end is baselineEnd (else plannedEnd). When start and end coincide the fraction is 0 before
 * that day and 1 from it on.</li>
 * <li>EV (earned value) = BAC x percentComplete / 100, with percentComplete clamped to 0..100</li>
 * <li>AC (actual cost) = budgetActual, or the actual cost given to {@link #of(Project, LocalDate, BigDecimal)}</li>
 * <li>SV (schedule variance) = EV - PV; CV (cost variance) = EV - AC</li>
 * <li>SPI (schedule performance index) = EV / PV; CPI (cost performance index) = EV / AC</li>
 * <li>EAC (estimate at completion) = BAC / CPI, computed as BAC x AC / EV so that it does not inherit the
 * rounding of CPI</li>
 * </ul>
 * Amounts are rounded half up to 2 decimals, indices to 4 decimals. A value is null when it is undefined:
 * AC, CV, CPI and EAC without budgetActual; SPI when PV is zero; CPI when AC is zero; EAC when EV or AC is zero.
 */
public record EarnedValue(
		BigDecimal budgetAtCompletion,
		BigDecimal plannedValue,
		BigDecimal earnedValue,
		BigDecimal actualCost,
		BigDecimal scheduleVariance,
		BigDecimal costVariance,
		BigDecimal schedulePerformanceIndex,
		BigDecimal costPerformanceIndex,
		BigDecimal estimateAtCompletion) {

	private static final int AMOUNT_SCALE = 2;
	private static final int INDEX_SCALE = 4;
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/**
	 * Computes the figures as of the given date, or nothing when the project lacks budgetPlanned, a start
	 * date or an end date, or when its end lies before its start.
	 */
	public static Optional<EarnedValue> of(Project project, LocalDate asOf) {
		return of(project, asOf, project.getBudgetActual());
	}

	/** As {@link #of(Project, LocalDate)}, with the actual cost known elsewhere (null when unknown). */
	public static Optional<EarnedValue> of(Project project, LocalDate asOf, BigDecimal knownActualCost) {
		Objects.requireNonNull(project, "project");
		Objects.requireNonNull(asOf, "asOf");
		BigDecimal budgetAtCompletion = project.getBudgetPlanned();
		LocalDate start = project.getBaselineStart() != null ? project.getBaselineStart() : project.getPlannedStart();
		LocalDate end = project.getBaselineEnd() != null ? project.getBaselineEnd() : project.getPlannedEnd();
		if (budgetAtCompletion == null || start == null || end == null || end.isBefore(start)) {
			return Optional.empty();
		}
		BigDecimal plannedValue = plannedValueAt(budgetAtCompletion, start, end, asOf);
		int percentComplete = Math.clamp(project.getPercentComplete(), 0, 100);
		BigDecimal earnedValue = amount(
				budgetAtCompletion.multiply(BigDecimal.valueOf(percentComplete)).divide(HUNDRED));
		BigDecimal actualCost = knownActualCost == null ? null : amount(knownActualCost);
		return Optional.of(new EarnedValue(
				amount(budgetAtCompletion),
				plannedValue,
				earnedValue,
				actualCost,
				earnedValue.subtract(plannedValue),
				actualCost == null ? null : earnedValue.subtract(actualCost),
				index(earnedValue, plannedValue),
				index(earnedValue, actualCost),
				estimateAtCompletion(budgetAtCompletion, earnedValue, actualCost)));
	}

	private static BigDecimal plannedValueAt(BigDecimal budgetAtCompletion, LocalDate start, LocalDate end,
			LocalDate asOf) {
		long totalDays = ChronoUnit.DAYS.between(start, end);
		if (totalDays == 0) {
			return asOf.isBefore(start) ? amount(BigDecimal.ZERO) : amount(budgetAtCompletion);
		}
		long elapsedDays = Math.clamp(ChronoUnit.DAYS.between(start, asOf), 0, totalDays);
		return budgetAtCompletion.multiply(BigDecimal.valueOf(elapsedDays))
				.divide(BigDecimal.valueOf(totalDays), AMOUNT_SCALE, RoundingMode.HALF_UP);
	}

	private static BigDecimal index(BigDecimal numerator, BigDecimal denominator) {
		if (denominator == null || denominator.signum() == 0) {
			return null;
		}
		return numerator.divide(denominator, INDEX_SCALE, RoundingMode.HALF_UP);
	}

	private static BigDecimal estimateAtCompletion(BigDecimal budgetAtCompletion, BigDecimal earnedValue,
			BigDecimal actualCost) {
		if (actualCost == null || actualCost.signum() == 0 || earnedValue.signum() == 0) {
			return null;
		}
		return budgetAtCompletion.multiply(actualCost).divide(earnedValue, AMOUNT_SCALE, RoundingMode.HALF_UP);
	}

	private static BigDecimal amount(BigDecimal value) {
		return value.setScale(AMOUNT_SCALE, RoundingMode.HALF_UP);
	}
}
