package org.atrium.core;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.model.pmo.PmoFactory;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.ReportPeriod;
import org.atrium.core.model.pmo.StatusReport;
import org.atrium.core.model.rules.HealthAssessment;
import org.atrium.core.model.rules.ProjectHealth;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Prepares weekly status reports from the project's current data: the derived RAG and trend, the
 * progress and budget figures, what was achieved since the last report and what comes next.
 * Only people allowed to report status on the project may prepare one.
 */
@Component(service = StatusReporting.class)
public class StatusReporting {

	static final int LOOK_AHEAD_WEEKS = 4;

	private Permissions permissions;

	public StatusReporting() {
	}

	/** For use outside OSGi. */
	public StatusReporting(Permissions permissions) {
		this.permissions = permissions;
	}

	@Reference
	void setPermissions(Permissions permissions) {
		this.permissions = permissions;
	}

	/**
	 * A new weekly report for the week of {@code today} (ending on its Friday), not yet added to the
	 * project. Throws {@link AccessDeniedException} if the author may not report status here.
	 */
	public StatusReport prepareWeekly(Project project, Person author, LocalDate today) {
		permissions.check(author, Permission.REPORT_STATUS, project);
		HealthAssessment health = ProjectHealth.withDefaults().assess(project, today);
		Optional<StatusReport> previous = project.getStatusReports().stream()
				.max(Comparator.comparing(StatusReport::getPeriodEnd, Comparator.nullsFirst(Comparator.naturalOrder())));
		LocalDate since = previous.map(StatusReport::getPeriodEnd).orElse(today.minusWeeks(1));
		StatusReport report = PmoFactory.eINSTANCE.createStatusReport();
		report.setPeriod(ReportPeriod.WEEKLY);
		report.setPeriodEnd(weekEnding(today));
		report.setRag(health.rag());
		report.setTrend(ProjectHealth.trend(previous.orElse(null), health.rag()));
		report.setPercentComplete(project.getPercentComplete());
		report.setBudgetActual(project.getBudgetActual());
		report.setBudgetForecast(project.getBudgetForecast());
		report.setAuthor(author);
		report.setSummary(health.reasons().isEmpty() ? "On track: no KPI, schedule or budget concern."
				: String.join(" ", health.reasons()));
		report.setAccomplishments(milestones(project, m -> m.getActualDate() != null && m.getActualDate().isAfter(since)
				&& !m.getActualDate().isAfter(today), "Achieved: ", "No milestone achieved since the last report."));
		report.setNextSteps(milestones(project, m -> m.getActualDate() == null && m.getPlannedDate() != null
				&& !m.getPlannedDate().isAfter(today.plusWeeks(LOOK_AHEAD_WEEKS)), "Coming up: ",
				"No milestone due in the next " + LOOK_AHEAD_WEEKS + " weeks."));
		return report;
	}

	/** The Friday that ends the reporting week of a day. */
	public static LocalDate weekEnding(LocalDate day) {
		return day.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
	}

	private static String milestones(Project project, java.util.function.Predicate<Milestone> which, String prefix,
			String none) {
		List<Milestone> selected = project.getMilestones().stream().filter(which).toList();
		return selected.isEmpty() ? none
				: prefix + selected.stream().map(m -> m.getName() + " (" + (m.getActualDate() != null ? m.getActualDate()
						: m.getPlannedDate()) + ")").collect(Collectors.joining(", ")) + ".";
	}
}
