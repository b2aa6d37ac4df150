package org.atrium.core.model.rules;

/**
 * Thresholds used by {@link ProjectHealth} to rate budget and schedule.
 * KPI thresholds are not part of these rules: each {@code Kpi} carries its own.
 *
 * @param budgetAmberPercent amber when the budget forecast exceeds the planned budget by more than this percentage
 * @param budgetRedPercent red when the budget forecast exceeds the planned budget by more than this percentage
 * @param slipAmberWorkingDays amber when a milestone slips by more than this many working days
 * @param slipRedWorkingDays red when a milestone slips by more than this many working days
 * @param gateSlipFactor multiplier applied to the slip of a go/no-go gate before it is compared with the thresholds
 */
public record HealthRules(double budgetAmberPercent, double budgetRedPercent, int slipAmberWorkingDays,
		int slipRedWorkingDays, int gateSlipFactor) {

	/** Amber above 5% over budget or 10 working days slip, red above 10% or 20 days; gates count twice. */
	public static HealthRules defaults() {
		return new HealthRules(5, 10, 10, 20, 2);
	}

	/** Rejects negative thresholds, red below amber, and a gate factor below 1. */
	public HealthRules {
		if (budgetAmberPercent < 0 || budgetRedPercent < budgetAmberPercent) {
			throw new IllegalArgumentException(
					"Budget thresholds must satisfy 0 <= amber <= red: " + budgetAmberPercent + ", " + budgetRedPercent);
		}
		if (slipAmberWorkingDays < 0 || slipRedWorkingDays < slipAmberWorkingDays) {
			throw new IllegalArgumentException(
					"Slip thresholds must satisfy 0 <= amber <= red: " + slipAmberWorkingDays + ", " + slipRedWorkingDays);
		}
		if (gateSlipFactor < 1) {
			throw new IllegalArgumentException("The gate slip factor must be at least 1: " + gateSlipFactor);
		}
	}
}
