package org.atrium.demo;

import static org.atrium.demo.WorkCalendar.daysBetween;
import static org.atrium.demo.WorkCalendar.workday;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.atrium.core.model.pmo.LifecyclePhase;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RagStatus;

/**
 * The shape of one project as of its status date (today, or its end when closed): phase, schedule, budget and
 * health. Every dated figure of the project (reports, milestones, allocations) is derived from it, so they agree.
 *
 * @param statusDate the date the project's figures are as of: today, or the actual end of a closed project
 * @param percentComplete progress on the status date
 * @param spendRatio how far spending runs ahead (above 1) or behind progress
 * @param rag the health on the status date
 */
record ProjectProfile(LifecyclePhase phase, LocalDate baselineStart, LocalDate baselineEnd, LocalDate plannedStart,
		LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd, LocalDate statusDate, int percentComplete,
		double plannedBudget, double forecastBudget, double spendRatio, RagStatus rag) {

	/** Relative frequency of the lifecycle phases, in literal order: most projects are executing. */
	private static final double[] PHASE_WEIGHTS = { 8, 14, 48, 10, 20 };
	/** The highest percent complete of each phase, in literal order. */
	private static final int[] PHASE_PROGRESS_LIMITS = { 5, 20, 87, 99, 100 };
	private static final double SLIP_PROBABILITY = 0.35;
	private static final double OVERRUN_PROBABILITY = 0.3;

	/** Draws a project around today; its history reaches back far enough for the scale's weekly reports. */
	static ProjectProfile draw(GenerationContext context) {
		Dice dice = context.dice();
		LocalDate today = context.today();
		int historyWeeks = context.scale().historyWeeks();
		LifecyclePhase phase = LifecyclePhase.get(dice.weightedIndex(PHASE_WEIGHTS));
		int phaseIndex = phase.getValue();
		int percentComplete = dice.between(phaseIndex == 0 ? 0 : PHASE_PROGRESS_LIMITS[phaseIndex - 1] + 1,
				PHASE_PROGRESS_LIMITS[phaseIndex]);

		boolean slipped = dice.chance(SLIP_PROBABILITY);
		int baselineWeeks = Math.max(dice.between(26, 104), 2 * (historyWeeks + 1));
		int slipWeeks = slipped ? dice.between(2, Math.max(3, baselineWeeks / 4)) : 0;
		long plannedDays = 7L * (baselineWeeks + slipWeeks);
		int startDelayDays = dice.chance(0.3) ? dice.between(1, 14) : 0;

		LocalDate plannedStart;
		LocalDate actualEnd = null;
		if (phase == LifecyclePhase.CLOSED) {
			actualEnd = workday(today.minusDays(dice.between(7, 365)));
			LocalDate plannedEnd = actualEnd.minusDays(dice.between(-7, 21));
			plannedStart = plannedEnd.minusDays(plannedDays);
		} else {
			double pace = slipped ? dice.between(1.1, 1.4) : dice.between(0.9, 1.1);
			double elapsedShare = Math.clamp(percentComplete / 100.0 * pace, 0.02, 0.97);
			long elapsedDays = Math.max(Math.round(elapsedShare * plannedDays), 7L * (historyWeeks + 1));
			plannedStart = today.minusDays(elapsedDays + startDelayDays);
		}

		double plannedBudget = roundTo(Math.exp(dice.between(Math.log(80_000), Math.log(4_000_000))), 5_000);
		double costFactor = dice.chance(OVERRUN_PROBABILITY) ? dice.between(1.05, 1.45) : dice.between(0.88, 1.03);
		double spendRatio = actualEnd != null ? 1 : dice.between(0.9, 1.1);
		RagStatus rag = health(dice, costFactor, slipWeeks, baselineWeeks);

		return new ProjectProfile(phase, workday(plannedStart), workday(plannedStart.plusWeeks(baselineWeeks)),
				workday(plannedStart), workday(plannedStart.plusDays(plannedDays)),
				workday(plannedStart.plusDays(startDelayDays)), actualEnd, actualEnd != null ? actualEnd : today,
				percentComplete, plannedBudget, roundTo(plannedBudget * costFactor, 100), spendRatio, rag);
	}

	/** Overruns and slips make a project amber or red; sometimes the project manager sees it differently. */
	private static RagStatus health(Dice dice, double costFactor, int slipWeeks, int baselineWeeks) {
		int costPressure = costFactor > 1.15 ? 2 : costFactor > 1.03 ? 1 : 0;
		int schedulePressure = slipWeeks > baselineWeeks / 8 ? 2 : slipWeeks > 0 ? 1 : 0;
		int pressure = costPressure + schedulePressure;
		int level = pressure >= 3 ? 2 : pressure >= 1 ? 1 : 0;
		if (dice.chance(0.15)) {
			level = Math.clamp(level + (dice.chance(0.5) ? 1 : -1), 0, 2);
		}
		return RagStatus.get(level);
	}

	private static double roundTo(double amount, double step) {
		return Math.max(step, Math.round(amount / step) * step);
	}

	/** An amount of euros with cents. */
	static BigDecimal euros(double amount) {
		return BigDecimal.valueOf(Math.round(amount * 100), 2);
	}

	boolean isClosed() {
		return actualEnd != null;
	}

	/** The last day people work on the project: its actual end, or its planned end but not before today. */
	LocalDate workEnd(LocalDate today) {
		return isClosed() ? actualEnd : WorkCalendar.latest(plannedEnd, today);
	}

	/** The share of the time from the actual start to the status date that has passed on the date. */
	private double elapsedShare(LocalDate date) {
		long total = daysBetween(actualStart, statusDate);
		return total <= 0 ? 1 : Math.clamp((double) daysBetween(actualStart, date) / total, 0, 1);
	}

	int percentCompleteAt(LocalDate date) {
		return (int) Math.round(percentComplete * elapsedShare(date));
	}

	/** The forecast creeps from the planned budget to the final forecast as overruns become known. */
	BigDecimal budgetForecastAt(LocalDate date) {
		return euros(forecastAt(date));
	}

	BigDecimal budgetActualAt(LocalDate date) {
		return euros(forecastAt(date) * percentCompleteAt(date) / 100 * spendRatio);
	}

	private double forecastAt(LocalDate date) {
		return plannedBudget + (forecastBudget - plannedBudget) * elapsedShare(date);
	}

	/** The phase the project was in on the date, judged by its progress then. */
	LifecyclePhase phaseAt(LocalDate date) {
		if (!date.isBefore(statusDate)) {
			return phase;
		}
		int progress = percentCompleteAt(date);
		for (int phaseIndex = 0; phaseIndex < LifecyclePhase.CLOSING_VALUE; phaseIndex++) {
			if (progress <= PHASE_PROGRESS_LIMITS[phaseIndex]) {
				return LifecyclePhase.get(phaseIndex);
			}
		}
		return LifecyclePhase.CLOSING;
	}

	/** Writes phase, dates, budget and progress to the project; RAG status comes from its latest report. */
	void applyTo(Project project) {
		project.setPhase(phase);
		project.setBaselineStart(baselineStart);
		project.setBaselineEnd(baselineEnd);
		project.setPlannedStart(plannedStart);
		project.setPlannedEnd(plannedEnd);
		project.setActualStart(actualStart);
		project.setActualEnd(actualEnd);
		project.setCurrency("EUR");
		project.setBudgetPlanned(euros(plannedBudget));
		project.setBudgetForecast(budgetForecastAt(statusDate));
		project.setBudgetActual(budgetActualAt(statusDate));
		project.setPercentComplete(percentComplete);
	}
}
