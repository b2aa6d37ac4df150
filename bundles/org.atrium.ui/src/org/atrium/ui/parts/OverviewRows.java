package org.atrium.ui.parts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.atrium.core.model.pmo.LifecyclePhase;
import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage.Literals;
import org.atrium.core.model.pmo.Program;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RagStatus;
import org.atrium.core.model.pmo.RoleAssignment;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.store.Condition;
import org.atrium.core.store.Ids;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.eclipse.emf.ecore.EObject;

/** The rows of the portfolio overview, read with a handful of queries however many projects there are. */
public final class OverviewRows {

	/**
	 * One project. Schedule variance is the planned end minus the baseline end in days (late is
	 * positive); budget variance is the forecast over the planned budget in percent.
	 */
	public record Row(String id, String code, String name, String program, RagStatus rag, LifecyclePhase phase,
			String sponsor, String nextMilestone, LocalDate nextMilestoneDate, Long scheduleVarianceDays,
			BigDecimal budgetVariancePercent) {
	}

	private OverviewRows() {
	}

	public static List<Row> read(StoreSession session) {
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
		Map<String, Milestone> next = new HashMap<>();
		for (Milestone milestone : session.query(Query.<Milestone>of(Literals.MILESTONE)
				.where(Condition.isNull(Literals.MILESTONE__ACTUAL_DATE)))) {
			if (milestone.getPlannedDate() == null) {
				continue;
			}
			session.containerId(milestone).ifPresent(project -> next.merge(project, milestone,
					(a, b) -> a.getPlannedDate().isAfter(b.getPlannedDate()) ? b : a));
		}
		List<Row> rows = new ArrayList<>();
		for (Project project : session.query(Query.<Project>of(Literals.PROJECT))) {
			String programId = session.containerId(project).orElse(null);
			Milestone milestone = next.get(project.getId());
			rows.add(new Row(project.getId(), project.getCode(), project.getName(), programNames.getOrDefault(programId, ""),
					project.getRag(), project.getPhase(), sponsors.getOrDefault(project.getId(), ""),
					milestone == null ? "" : milestone.getName(), milestone == null ? null : milestone.getPlannedDate(),
					scheduleVariance(project), budgetVariance(project)));
		}
		return rows;
	}

	static Long scheduleVariance(Project project) {
		if (project.getPlannedEnd() == null || project.getBaselineEnd() == null) {
			return null;
		}
		return ChronoUnit.DAYS.between(project.getBaselineEnd(), project.getPlannedEnd());
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
