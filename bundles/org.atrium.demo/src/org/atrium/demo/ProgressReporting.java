package org.atrium.demo;

import static org.atrium.demo.GenerationContext.PMO;

import java.time.LocalDate;
import java.util.List;

import org.atrium.demo.Vocabulary.KpiTemplate;
import org.atrium.demo.Vocabulary.PhaseTexts;
import org.atrium.core.model.pmo.Kpi;
import org.atrium.core.model.pmo.Measurement;
import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RagStatus;
import org.atrium.core.model.pmo.ReportPeriod;
import org.atrium.core.model.pmo.StatusReport;
import org.atrium.core.model.pmo.Trend;

/**
 * A project's weekly history: a RAG status per week, the weekly status reports written from it and the KPI
 * measurements that go with it. The project's own RAG status and trend are those of the latest week.
 */
final class ProgressReporting {

	/** How likely the RAG status stays the same from one week to the next. */
	private static final double STEADY_WEEK = 0.7;

	private final GenerationContext context;
	private final Dice dice;

	ProgressReporting(GenerationContext context) {
		this.context = context;
		this.dice = context.dice();
	}

	/** Adds weekly status reports by the author and weekly measured KPIs, and sets the project's RAG status. */
	void report(ProjectPlan plan, Person author) {
		Project project = plan.project();
		List<LocalDate> weeks = context.calendar().weeksEndingOn(plan.profile().statusDate());
		RagStatus[] rags = ragHistory(plan.profile().rag(), weeks.size());
		Trend[] trends = trends(rags);
		for (int week = weeks.size() - context.scale().statusReportWeeks(); week < weeks.size(); week++) {
			project.getStatusReports().add(statusReport(plan, weeks.get(week), rags[week], trends[week], author));
		}
		project.setRag(weeks.isEmpty() ? plan.profile().rag() : rags[weeks.size() - 1]);
		project.setRagTrend(weeks.isEmpty() ? Trend.STABLE : trends[weeks.size() - 1]);

		int kpiCount = context.scale().kpisPerProject();
		List<KpiTemplate> catalogue = dice.sample(Vocabulary.KPIS, Vocabulary.KPIS.size());
		for (int index = 0; index < kpiCount; index++) {
			KpiTemplate template = catalogue.get(index % catalogue.size());
			project.getKpis().add(kpi(template, index / catalogue.size() + 1, weeks, rags));
		}
	}

	/** Walks back from the latest status: mostly steady, sometimes one step better or worse than the week after. */
	private RagStatus[] ragHistory(RagStatus latest, int weeks) {
		RagStatus[] rags = new RagStatus[weeks];
		RagStatus later = latest;
		for (int week = weeks - 1; week >= 0; week--) {
			rags[week] = week == weeks - 1 || dice.chance(STEADY_WEEK) ? later : neighbourOf(later);
			later = rags[week];
		}
		return rags;
	}

	private RagStatus neighbourOf(RagStatus rag) {
		int level = rag.getValue();
		int step = level == RagStatus.GREEN_VALUE ? 1 : level == RagStatus.RED_VALUE ? -1 : dice.chance(0.5) ? 1 : -1;
		return RagStatus.get(level + step);
	}

	/** The trend of each week against the week before; the first week is stable. */
	private static Trend[] trends(RagStatus[] rags) {
		Trend[] trends = new Trend[rags.length];
		for (int week = 0; week < rags.length; week++) {
			int change = week == 0 ? 0 : Integer.compare(rags[week].getValue(), rags[week - 1].getValue());
			trends[week] = change < 0 ? Trend.IMPROVING : change > 0 ? Trend.DECLINING : Trend.STABLE;
		}
		return trends;
	}

	private StatusReport statusReport(ProjectPlan plan, LocalDate periodEnd, RagStatus rag, Trend trend,
			Person author) {
		ProjectProfile profile = plan.profile();
		StatusReport report = context.create(PMO::createStatusReport);
		report.setPeriod(ReportPeriod.WEEKLY);
		report.setPeriodEnd(periodEnd);
		report.setRag(rag);
		report.setTrend(trend);
		report.setPercentComplete(profile.percentCompleteAt(periodEnd));
		report.setBudgetActual(profile.budgetActualAt(periodEnd));
		report.setBudgetForecast(profile.budgetForecastAt(periodEnd));
		report.setAuthor(author);

		String workstream = plan.project().getWorkstreams().isEmpty() ? "the core team"
				: dice.pick(plan.project().getWorkstreams()).getName();
		String milestone = nextMilestone(plan.project(), periodEnd);
		PhaseTexts texts = Vocabulary.textsOf(profile.phaseAt(periodEnd));
		report.setSummary(dice.pick(Vocabulary.SUMMARIES.get(rag)).formatted(workstream, milestone));
		report.setAccomplishments(items(texts.accomplishments(), workstream, milestone));
		report.setNextSteps(items(texts.nextSteps(), workstream, milestone));
		return report;
	}

	/** Two items of a list, filled in and joined into one line. */
	private String items(List<String> templates, String workstream, String milestone) {
		return String.join("; ", dice.sample(templates, 2).stream()
				.map(template -> template.formatted(workstream, milestone)).toList()) + ".";
	}

	/** The first milestone planned after the date, or project closure. */
	private static String nextMilestone(Project project, LocalDate date) {
		for (Milestone milestone : project.getMilestones()) {
			if (milestone.getPlannedDate().isAfter(date)) {
				return milestone.getName();
			}
		}
		return "Project closure";
	}

	/**
	 * A KPI measured weekly; its values mostly follow the project's RAG status of the week, smoothed with the week
	 * before.
	 */
	private Kpi kpi(KpiTemplate template, int occurrence, List<LocalDate> weeks, RagStatus[] rags) {
		Kpi kpi = context.create(PMO::createKpi);
		kpi.setName(Vocabulary.numbered(template.name(), occurrence));
		kpi.setUnit(template.unit());
		kpi.setDirection(template.direction());
		kpi.setTarget(template.target());
		kpi.setAmberThreshold(template.amberThreshold());
		kpi.setRedThreshold(template.redThreshold());
		double previous = Double.NaN;
		for (int week = weeks.size() - context.scale().measurementsPerKpi(); week < weeks.size(); week++) {
			RagStatus band = dice.chance(0.6) ? rags[week] : RagStatus.GREEN;
			double drawn = valueIn(template, band);
			double value = Double.isNaN(previous) ? drawn : rounded(template, (previous + drawn) / 2);
			previous = value;
			Measurement measurement = context.create(PMO::createMeasurement);
			measurement.setDate(weeks.get(week));
			measurement.setValue(value);
			if (band != RagStatus.GREEN && dice.chance(0.3)) {
				measurement.setComment(dice.pick(Vocabulary.MEASUREMENT_COMMENTS));
			}
			kpi.getMeasurements().add(measurement);
		}
		return kpi;
	}

	/**
	 * A value in the band of the status: green between the amber threshold and somewhat better than target, amber
	 * between the thresholds, red beyond the red threshold. Works for either direction.
	 */
	private double valueIn(KpiTemplate template, RagStatus band) {
		double amber = template.amberThreshold();
		double red = template.redThreshold();
		double value = switch (band) {
			case GREEN -> dice.between(amber, template.target() + (template.target() - amber) * 0.6);
			case AMBER -> dice.between(red, amber);
			case RED -> dice.between(red + (red - amber), red);
		};
		return rounded(template, Math.clamp(value, template.minimum(), template.maximum()));
	}

	private static double rounded(KpiTemplate template, double value) {
		double scale = Math.pow(10, template.decimals());
		return Math.round(value * scale) / scale;
	}
}
