package org.atrium.ui.parts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.atrium.core.model.pmo.Kpi;
import org.atrium.core.model.pmo.LifecyclePhase;
import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage.Literals;
import org.atrium.core.model.pmo.Program;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RagStatus;
import org.atrium.core.model.pmo.RoleAssignment;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.model.rules.HealthAssessment;
import org.atrium.core.model.rules.ProjectHealth;
import org.atrium.core.store.Condition;
import org.atrium.core.store.Ids;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.eclipse.emf.ecore.EObject;

/** The rows of the portfolio overview, read with a handful of queries however many projects there are. */
public final class OverviewRows {

	/**
	 * One project. {@code rag} is the status its manager reported, {@code derivedRag} the one the health rules work
	 * out (with the reasons). Slip is the planned end against the baseline end in working days, the unit the health
	 * rules count milestone slip in (late is positive); budget variance is the forecast over the planned budget in
	 * percent. The next milestone is the open one planned first; it is overdue when that date has passed.
	 */
	public record Row(String id, String code, String name, String program, RagStatus rag, RagStatus derivedRag,
			List<String> reasons, LifecyclePhase phase, String sponsor, String nextMilestone, LocalDate nextMilestoneDate,
			long nextMilestoneOverdueDays, Long slipWorkingDays, BigDecimal budgetVariancePercent, BigDecimal forecast,
			String currency, Project project) {

		/** Whether the reported and the derived RAG differ. */
		public boolean ragDisagrees() {
			return rag != null && derivedRag != null && rag != derivedRag;
		}

		public boolean nextMilestoneOverdue() {
			return nextMilestoneOverdueDays > 0;
		}
	}

	private OverviewRows() {
	}

	/** Reads the rows with the core health rules only. */
	public static List<Row> read(StoreSession session) {
		ProjectHealth rules = ProjectHealth.withDefaults();
		return read(session, LocalDate.now(), (project, today) -> rules.assess(project, today));
	}

	/**
	 * Reads every project with what the overview shows. {@code health} rates each project, given with its milestones
	 * and KPIs (measurements included); it runs in the reading job.
	 */
	public static List<Row> read(StoreSession session, LocalDate today,
			BiFunction<Project, LocalDate, HealthAssessment> health) {
		Map<String, String> programNames = new HashMap<>();
		for (Program program : session.query(Query.<Program>of(Literals.PROGRAM))) {
			programNames.put(program.getId(), program.getName());
		}
		Map<String, String> personNames = new HashMap<>();
		for (Person person : session.query(Query.<Person>of(Literals.PERSON))) {
			personNames.put(person.getId(), person.getName());
		}
		Map<String, String> sponsors = new HashMap<>();
		for (RoleAssignment sponsor : session.query(Query.<RoleAssignment>of(Literals.ROLE_ASSIGNMENT)
				.where(Condition.eq(Literals.ROLE_ASSIGNMENT__KIND, RoleKind.SPONSOR)))) {
			// The person is read by id from the names above, without resolving each reference.
			EObject target = (EObject) sponsor.eGet(Literals.ROLE_ASSIGNMENT__PERSON, false);
			String person = target == null ? "" : personNames.getOrDefault(Ids.of(target), "");
			session.containerId(sponsor).ifPresent(scope -> sponsors.putIfAbsent(scope, person));
		}
		Map<String, List<Milestone>> milestones = new HashMap<>();
		for (Milestone milestone : session.query(Query.<Milestone>of(Literals.MILESTONE))) {
			session.containerId(milestone)
					.ifPresent(project -> milestones.computeIfAbsent(project, k -> new ArrayList<>()).add(milestone));
		}
		Map<String, List<Kpi>> kpis = new HashMap<>();
		for (Kpi kpi : session.query(Query.<Kpi>of(Literals.KPI).withContents())) {
			session.containerId(kpi).ifPresent(project -> kpis.computeIfAbsent(project, k -> new ArrayList<>()).add(kpi));
		}
		List<Row> rows = new ArrayList<>();
		for (Project project : session.query(Query.<Project>of(Literals.PROJECT))) {
			String programId = session.containerId(project).orElse(null);
			// The shallow project gets its milestones and KPIs for the health rules; it is never saved.
			project.getMilestones().addAll(milestones.getOrDefault(project.getId(), List.of()));
			project.getKpis().addAll(kpis.getOrDefault(project.getId(), List.of()));
			Milestone next = next(project.getMilestones());
			HealthAssessment assessed = health.apply(project, today);
			rows.add(new Row(project.getId(), project.getCode(), project.getName(), programNames.getOrDefault(programId, ""),
					project.getRag(), assessed.rag(), assessed.reasons(), project.getPhase(),
					sponsors.getOrDefault(project.getId(), ""), next == null ? "" : next.getName(),
					next == null ? null : next.getPlannedDate(),
					next != null && ProjectHealth.isOverdue(next, today)
							? ProjectHealth.workingDays(next.getPlannedDate(), today) : 0,
					slip(project), budgetVariance(project), project.getBudgetForecast(), project.getCurrency(), project));
		}
		return rows;
	}

	/** The open milestone planned first. */
	private static Milestone next(List<Milestone> milestones) {
		Milestone next = null;
		for (Milestone milestone : milestones) {
			if (milestone.getActualDate() == null && milestone.getPlannedDate() != null
					&& (next == null || milestone.getPlannedDate().isBefore(next.getPlannedDate()))) {
				next = milestone;
			}
		}
		return next;
	}

	static Long slip(Project project) {
		if (project.getPlannedEnd() == null || project.getBaselineEnd() == null) {
			return null;
		}
		return ProjectHealth.workingDays(project.getBaselineEnd(), project.getPlannedEnd());
	}

	static BigDecimal budgetVariance(Project project) {
		BigDecimal planned = project.getBudgetPlanned();
		BigDecimal forecast = project.getBudgetForecast();
		if (planned == null || forecast == null || planned.signum() == 0) {
			return null;
		}
		return forecast.subtract(planned).multiply(BigDecimal.valueOf(100)).divide(planned, 1, RoundingMode.HALF_UP);
	}
}
