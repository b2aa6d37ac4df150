package org.atrium.core;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.atrium.core.model.pmo.Entity;
import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.PmoFactory;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.ReportPeriod;
import org.atrium.core.model.pmo.StatusReport;
import org.atrium.core.model.rules.HealthAssessment;
import org.atrium.core.model.rules.ProjectHealth;
import org.atrium.core.store.Condition;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
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
		LocalDate periodEnd = weekEnding(today);
		// The report's week, and every day since the previous report if that is older: today's milestones count.
		LocalDate weekBefore = periodEnd.minusWeeks(1);
		LocalDate since = previous.map(StatusReport::getPeriodEnd).filter(end -> end.isBefore(weekBefore)).orElse(weekBefore);
		StatusReport report = PmoFactory.eINSTANCE.createStatusReport();
		report.setPeriod(ReportPeriod.WEEKLY);
		report.setPeriodEnd(periodEnd);
		report.setRag(health.rag());
		report.setTrend(ProjectHealth.trend(previous.orElse(null), health.rag()));
		report.setPercentComplete(project.getPercentComplete());
		report.setBudgetActual(project.getBudgetActual());
		report.setBudgetForecast(project.getBudgetForecast());
		report.setAuthor(author);
		report.setSummary(health.reasons().isEmpty() ? "On track: no KPI, schedule or budget concern."
				: "Derived RAG " + health.rag().getLiteral() + ":" + bullets(health.reasons()));
		report.setAccomplishments(milestones(project, m -> m.getActualDate() != null && m.getActualDate().isAfter(since)
				&& !m.getActualDate().isAfter(today), "Achieved:", "No milestone achieved since the last report."));
		report.setNextSteps(milestones(project, m -> m.getActualDate() == null && m.getPlannedDate() != null
				&& !m.getPlannedDate().isAfter(today.plusWeeks(LOOK_AHEAD_WEEKS)), "Coming up:",
				"No milestone due in the next " + LOOK_AHEAD_WEEKS + " weeks."));
		return report;
	}

	/** The Friday that ends the reporting week of a day. */
	public static LocalDate weekEnding(LocalDate day) {
		return day.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
	}

	private static String milestones(Project project, java.util.function.Predicate<Milestone> which, String heading,
			String none) {
		List<Milestone> selected = project.getMilestones().stream().filter(which).toList();
		return selected.isEmpty() ? none
				: heading + bullets(selected.stream().map(m -> m.getName() + " ("
						+ (m.getActualDate() != null ? m.getActualDate() : m.getPlannedDate()) + ")").toList());
	}

	/** One item a line, each after a bullet. */
	private static String bullets(List<String> items) {
		return items.stream().map(item -> "\n\u2022 " + item).collect(Collectors.joining());
	}

	/**
	 * Saves a project in one transaction, unless a published status report in it was changed or removed:
	 * then nothing is written, and the {@link PublishedReportException} names the report. A report is
	 * published once it is stored; a correction is a new report.
	 */
	public void save(StoreSession session, Project project) {
		refuseChangedPublishedReports(session, project);
		session.save(project);
	}

	/** Throws {@link PublishedReportException} if a stored report of the project differs from its stored version. */
	public static void refuseChangedPublishedReports(StoreSession session, Project project) {
		List<StatusReport> published = project.getStatusReports().stream().filter(StatusReporting::isPublished).toList();
		for (StatusReport report : published) {
			if (session.isDirty(report)) {
				throw new PublishedReportException(report, "was changed");
			}
		}
		if (isPublished(project)) {
			long stored = session.count(Query.of(PmoPackage.Literals.STATUS_REPORT).where(Condition.childOf(project)));
			if (stored > published.size()) {
				throw new PublishedReportException(project, stored - published.size());
			}
		}
	}

	/** A report is published once it is stored: it is read-only from then on. */
	public static boolean isPublished(Entity entity) {
		return entity.getVersion() > 0;
	}
}
