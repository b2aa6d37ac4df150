package org.atrium.changes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.atrium.changes.model.changes.Baseline;
import org.atrium.changes.model.changes.BaselineMilestone;
import org.atrium.changes.model.changes.ChangesFactory;
import org.atrium.changes.model.changes.ChangesPackage.Literals;
import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.Condition;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;

/** Snapshots of a project's plan (dates, budget, milestones) and the variance between two of them. */
public final class Baselines {

	/** One line of a comparison: the value before and after, and the difference (days or an amount). */
	public record Variance(String item, Object before, Object after) {

		/** Days later (positive) or earlier, for dates set on both sides; else null. */
		public Long days() {
			return before instanceof LocalDate from && after instanceof LocalDate to ? ChronoUnit.DAYS.between(from, to)
					: null;
		}

		/** The change of an amount set on both sides; else null. */
		public BigDecimal amount() {
			return before instanceof BigDecimal from && after instanceof BigDecimal to ? to.subtract(from) : null;
		}

		/** Whether the two sides differ. */
		public boolean changed() {
			return before == null ? after != null
					: after == null || (before instanceof BigDecimal b && after instanceof BigDecimal a
							? b.compareTo(a) != 0 : !before.equals(after));
		}
	}

	/** The name under which the current plan is compared. */
	public static final String CURRENT_PLAN = "Current plan";

	private Baselines() {
	}

	/** A new, unsaved baseline of the project's plan as it is in memory; its milestones must be loaded. */
	public static Baseline capture(Project project, String name, String takenBy, Instant taken) {
		Baseline baseline = ChangesFactory.eINSTANCE.createBaseline();
		baseline.setProject(project);
		baseline.setName(name);
		baseline.setTaken(taken);
		baseline.setTakenBy(takenBy);
		baseline.setPlannedStart(project.getPlannedStart());
		baseline.setPlannedEnd(project.getPlannedEnd());
		baseline.setCurrency(project.getCurrency());
		baseline.setBudgetPlanned(project.getBudgetPlanned());
		baseline.setBudgetForecast(project.getBudgetForecast());
		for (Milestone milestone : project.getMilestones()) {
			BaselineMilestone copy = ChangesFactory.eINSTANCE.createBaselineMilestone();
			copy.setMilestoneId(milestone.getId());
			copy.setName(milestone.getName());
			copy.setPlannedDate(milestone.getPlannedDate());
			copy.setGate(milestone.isGate());
			baseline.getMilestones().add(copy);
		}
		return baseline;
	}

	/** The baselines of the project, oldest first: its history of plans. */
	public static List<Baseline> history(Project project, StoreSession session) {
		return session.query(Query.<Baseline>of(Literals.BASELINE)
				.where(Condition.eq(Literals.BASELINE__PROJECT, project)).orderBy(Literals.BASELINE__TAKEN)
				.withContents());
	}

	/**
	 * The variance table from one baseline to another (or to {@link #capture} of the current plan): start, end,
	 * planned budget, forecast cost, then each milestone (matched by id, else by name) in the order of either.
	 */
	public static List<Variance> compare(Baseline before, Baseline after) {
		List<Variance> rows = new ArrayList<>();
		rows.add(new Variance("Planned start", before.getPlannedStart(), after.getPlannedStart()));
		rows.add(new Variance("Planned end", before.getPlannedEnd(), after.getPlannedEnd()));
		rows.add(new Variance("Planned budget", before.getBudgetPlanned(), after.getBudgetPlanned()));
		rows.add(new Variance("Forecast cost", before.getBudgetForecast(), after.getBudgetForecast()));
		Map<String, BaselineMilestone[]> milestones = new LinkedHashMap<>();
		for (BaselineMilestone milestone : before.getMilestones()) {
			milestones.computeIfAbsent(key(milestone), k -> new BaselineMilestone[2])[0] = milestone;
		}
		for (BaselineMilestone milestone : after.getMilestones()) {
			milestones.computeIfAbsent(key(milestone), k -> new BaselineMilestone[2])[1] = milestone;
		}
		for (BaselineMilestone[] pair : milestones.values()) {
			String name = (pair[1] != null ? pair[1] : pair[0]).getName();
			rows.add(new Variance("Milestone '" + name + "'", pair[0] == null ? null : pair[0].getPlannedDate(),
					pair[1] == null ? null : pair[1].getPlannedDate()));
		}
		return rows;
	}

	private static String key(BaselineMilestone milestone) {
		return milestone.getMilestoneId() != null ? milestone.getMilestoneId() : "name:" + milestone.getName();
	}
}
