package org.atrium.core.model.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.atrium.core.model.pmo.Kpi;
import org.atrium.core.model.pmo.KpiDirection;
import org.atrium.core.model.pmo.Measurement;
import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RagStatus;
import org.atrium.core.model.pmo.StatusReport;
import org.atrium.core.model.pmo.Trend;

/**
 * Derives a project's RAG status from its KPIs, its milestones and its budget.
 * <p>
 * The rules, with the values of {@link HealthRules#defaults()} in brackets:
 * <ol>
 * <li><b>KPIs.</b> Each KPI is rated on its latest measurement dated on or before {@code today}
 * (an undated measurement counts as the oldest). If higher is better, the KPI is red when the value is
 * at or below its red threshold and amber when at or below its amber threshold. If lower is better, it is
 * red at or above the red threshold and amber at or above the amber threshold. A threshold of 0 counts as
 * not set (the model cannot tell the two apart); a KPI without measurements is not rated.</li>
 * <li><b>Milestones.</b> A milestone's slip is the number of working days (Monday to Friday, holidays
 * ignored) from its baseline date to its actual date when achieved, otherwise to its planned date. A milestone
 * not achieved whose planned date lies before {@code today} is overdue: it slips at least until today.
 * Without a baseline date the planned date is the reference, so only being overdue counts. The slip of a
 * go/no-go gate is multiplied by the gate factor [2]. Amber when the result is above the amber slip [10 days],
 * red when above the red slip [20 days].</li>
 * <li><b>Budget.</b> The variance is (budgetForecast - budgetPlanned) / budgetPlanned x 100. Amber above the
 * amber percentage [5%], red above the red percentage [10%]. Not rated without a forecast or without a
 * positive planned budget.</li>
 * </ol>
 * The worst factor wins; a project without findings is green. Every amber or red finding gives one reason.
 */
public final class ProjectHealth {

	private final HealthRules rules;

	/** Assesses with the given thresholds. */
	public ProjectHealth(HealthRules rules) {
		this.rules = Objects.requireNonNull(rules, "rules");
	}

	/** Assesses with {@link HealthRules#defaults()}. */
	public static ProjectHealth withDefaults() {
		return new ProjectHealth(HealthRules.defaults());
	}

	/** The thresholds in use. */
	public HealthRules rules() {
		return rules;
	}

	/** Rates the project as of {@code today}. */
	public HealthAssessment assess(Project project, LocalDate today) {
		Objects.requireNonNull(project, "project");
		Objects.requireNonNull(today, "today");
		List<Finding> findings = new ArrayList<>();
		for (Kpi kpi : project.getKpis()) {
			rateKpi(kpi, today, findings);
		}
		for (Milestone milestone : project.getMilestones()) {
			rateMilestone(milestone, today, findings);
		}
		rateBudget(project, findings);
		findings.sort(Comparator.comparingInt((Finding finding) -> finding.rag().getValue()).reversed());
		RagStatus worst = findings.isEmpty() ? RagStatus.GREEN : findings.get(0).rag();
		return new HealthAssessment(worst, findings.stream().map(Finding::reason).toList());
	}

	/** Improving when the new status is better than the previous one, declining when worse, otherwise stable. */
	public static Trend trend(RagStatus previous, RagStatus current) {
		if (previous == null || current == null || previous == current) {
			return Trend.STABLE;
		}
		return current.getValue() < previous.getValue() ? Trend.IMPROVING : Trend.DECLINING;
	}

	/** The trend from the previous status report to the new status; stable when there is no previous report. */
	public static Trend trend(StatusReport previous, RagStatus current) {
		return trend(previous == null ? null : previous.getRag(), current);
	}

	private void rateKpi(Kpi kpi, LocalDate today, List<Finding> findings) {
		Measurement latest = latestMeasurement(kpi, today);
		if (latest == null) {
			return;
		}
		double value = latest.getValue();
		boolean higherIsBetter = kpi.getDirection() != KpiDirection.LOWER_IS_BETTER;
		RagStatus rag = RagStatus.GREEN;
		double threshold = 0;
		if (kpi.eIsSet(PmoPackage.Literals.KPI__RED_THRESHOLD) && breaches(value, kpi.getRedThreshold(), higherIsBetter)) {
			rag = RagStatus.RED;
			threshold = kpi.getRedThreshold();
		} else if (kpi.eIsSet(PmoPackage.Literals.KPI__AMBER_THRESHOLD)
				&& breaches(value, kpi.getAmberThreshold(), higherIsBetter)) {
			rag = RagStatus.AMBER;
			threshold = kpi.getAmberThreshold();
		}
		if (rag != RagStatus.GREEN) {
			findings.add(new Finding(rag, "KPI '%s' is %s: %s against %s threshold %s".formatted(kpi.getName(),
					label(rag), plain(value), label(rag), plain(threshold))));
		}
	}

	private static Measurement latestMeasurement(Kpi kpi, LocalDate today) {
		Measurement latest = null;
		for (Measurement measurement : kpi.getMeasurements()) {
			LocalDate date = measurement.getDate();
			if (date != null && date.isAfter(today) || Double.isNaN(measurement.getValue())) {
				continue;
			}
			if (latest == null || latest.getDate() == null || date != null && !date.isBefore(latest.getDate())) {
				latest = measurement;
			}
		}
		return latest;
	}

	private static boolean breaches(double value, double threshold, boolean higherIsBetter) {
		return higherIsBetter ? value <= threshold : value >= threshold;
	}

	/**
	 * A milestone's slip in working days, the one unit every slip is shown in: from its baseline date (or its
	 * planned date) to its actual date when achieved, to today when overdue, otherwise to its planned date.
	 * Negative when ahead; null without a reference date.
	 */
	public static Long slipWorkingDays(Milestone milestone, LocalDate today) {
		LocalDate reference = milestone.getBaselineDate() != null ? milestone.getBaselineDate() : milestone.getPlannedDate();
		if (reference == null) {
			return null;
		}
		LocalDate expected = expectedDate(milestone, reference, today);
		return expected.isBefore(reference) ? -workingDaysBetween(expected, reference)
				: workingDaysBetween(reference, expected);
	}

	/** A milestone not achieved whose planned date (or baseline date, without a plan) lies before today. */
	public static boolean isOverdue(Milestone milestone, LocalDate today) {
		LocalDate planned = milestone.getPlannedDate() != null ? milestone.getPlannedDate() : milestone.getBaselineDate();
		return milestone.getActualDate() == null && planned != null && planned.isBefore(today);
	}

	private static LocalDate expectedDate(Milestone milestone, LocalDate reference, LocalDate today) {
		if (milestone.getActualDate() != null) {
			return milestone.getActualDate();
		}
		LocalDate planned = milestone.getPlannedDate() != null ? milestone.getPlannedDate() : reference;
		return planned.isBefore(today) ? today : planned;
	}

	private void rateMilestone(Milestone milestone, LocalDate today, List<Finding> findings) {
		LocalDate reference = milestone.getBaselineDate() != null ? milestone.getBaselineDate() : milestone.getPlannedDate();
		if (reference == null) {
			return;
		}
		String outlook;
		LocalDate expected;
		if (milestone.getActualDate() != null) {
			expected = milestone.getActualDate();
			outlook = "achieved " + expected;
		} else {
			LocalDate planned = milestone.getPlannedDate() != null ? milestone.getPlannedDate() : reference;
			if (planned.isBefore(today)) {
				expected = today;
				outlook = "overdue, not achieved by " + today;
			} else {
				expected = planned;
				outlook = "planned for " + planned;
			}
		}
		long slip = Math.max(0, slipWorkingDays(milestone, today));
		long weighted = milestone.isGate() ? slip * rules.gateSlipFactor() : slip;
		RagStatus rag = rateAbove(weighted, rules.slipAmberWorkingDays(), rules.slipRedWorkingDays());
		if (rag == RagStatus.GREEN) {
			return;
		}
		String subject = milestone.isGate() ? "Gate" : "Milestone";
		String weighting = milestone.isGate() ? ", counted " + weighted + " for a go/no-go gate," : "";
		long threshold = rag == RagStatus.RED ? rules.slipRedWorkingDays() : rules.slipAmberWorkingDays();
		findings.add(new Finding(rag, "%s '%s' is %s: %d working days behind %s %s (%s)%s against %s threshold %d"
				.formatted(subject, milestone.getName(), label(rag), slip,
						milestone.getBaselineDate() != null ? "baseline" : "plan", reference, outlook, weighting,
						label(rag), threshold)));
	}

	private void rateBudget(Project project, List<Finding> findings) {
		BigDecimal planned = project.getBudgetPlanned();
		BigDecimal forecast = project.getBudgetForecast();
		if (planned == null || forecast == null || planned.signum() <= 0) {
			return;
		}
		BigDecimal variance = forecast.subtract(planned)
				.multiply(BigDecimal.valueOf(100))
				.divide(planned, MathContext.DECIMAL64);
		RagStatus rag = RagStatus.GREEN;
		double threshold = 0;
		if (variance.compareTo(BigDecimal.valueOf(rules.budgetRedPercent())) > 0) {
			rag = RagStatus.RED;
			threshold = rules.budgetRedPercent();
		} else if (variance.compareTo(BigDecimal.valueOf(rules.budgetAmberPercent())) > 0) {
			rag = RagStatus.AMBER;
			threshold = rules.budgetAmberPercent();
		}
		if (rag != RagStatus.GREEN) {
			String currency = project.getCurrency() == null ? "" : " " + project.getCurrency();
			findings.add(new Finding(rag, "Budget is %s: forecast %s%s is %s%% over planned %s%s against %s threshold %s%%"
					.formatted(label(rag), forecast.toPlainString(), currency,
							variance.setScale(1, RoundingMode.HALF_UP).toPlainString(), planned.toPlainString(), currency,
							label(rag), plain(threshold))));
		}
	}

	private static RagStatus rateAbove(long value, long amber, long red) {
		if (value > red) {
			return RagStatus.RED;
		}
		return value > amber ? RagStatus.AMBER : RagStatus.GREEN;
	}

	/** The working days (Monday to Friday) from one date to another: negative when {@code to} is earlier. */
	public static long workingDays(LocalDate from, LocalDate to) {
		return to.isBefore(from) ? -workingDaysBetween(to, from) : workingDaysBetween(from, to);
	}

	/** Counts the days from {@code from} (exclusive) to {@code to} (inclusive) that fall on Monday to Friday. */
	private static long workingDaysBetween(LocalDate from, LocalDate to) {
		if (!to.isAfter(from)) {
			return 0;
		}
		long days = ChronoUnit.DAYS.between(from, to);
		long count = days / 7 * 5;
		LocalDate day = from.plusDays(days / 7 * 7);
		while (day.isBefore(to)) {
			day = day.plusDays(1);
			if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
				count++;
			}
		}
		return count;
	}

	private static String label(RagStatus rag) {
		return rag.getName();
	}

	private static String plain(double value) {
		return BigDecimal.valueOf(value).toPlainString();
	}

	private record Finding(RagStatus rag, String reason) {
	}
}
