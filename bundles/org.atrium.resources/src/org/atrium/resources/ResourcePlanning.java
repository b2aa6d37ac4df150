package org.atrium.resources;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.atrium.core.model.pmo.Allocation;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.Condition;
import org.atrium.core.store.Ids;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.resources.model.resources.Absence;
import org.atrium.resources.model.resources.Capacity;
import org.atrium.resources.model.resources.ResourcesPackage.Literals;
import org.osgi.service.component.annotations.Component;

/**
 * Capacity, allocations and utilisation.
 * <ul>
 * <li>A person's capacity in a week is their hours per week ({@value #DEFAULT_WEEKLY_HOURS} without a
 * {@link Capacity}) times the working days they are not absent, over five.</li>
 * <li>An allocation of p% books p% of the person's hours per week, times the working days of the week it covers,
 * over five: absences lower the capacity, not the allocation, so an absent week shows as over-allocated.</li>
 * <li>Utilisation is allocated over capacity; over 100% is over-allocated.</li>
 * </ul>
 */
@Component(service = ResourcePlanning.class)
public class ResourcePlanning {

	public static final int DEFAULT_WEEKLY_HOURS = 40;
	public static final int MAXIMUM_WEEKLY_HOURS = 80;

	/** The heat map of every person (of the department, unless null) for weeks from the Monday of {@code from}. */
	public HeatMap heatMap(StoreSession session, LocalDate from, int weeks, String department) {
		LocalDate monday = Weeks.monday(from);
		Query<Person> people = Query.<Person>of(PmoPackage.Literals.PERSON).orderBy(PmoPackage.Literals.PERSON__NAME);
		if (department != null) {
			people = people.where(Condition.eq(PmoPackage.Literals.PERSON__DEPARTMENT, department));
		}
		return compute(session.query(people), capacities(session), allocations(session, monday, monday.plusWeeks(weeks).minusDays(1)),
				monday, weeks);
	}

	/** Every stored capacity with its absences, by the person's id. */
	public static Map<String, Capacity> capacities(StoreSession session) {
		Map<String, Capacity> result = new HashMap<>();
		for (Capacity capacity : session.<Capacity>query(Query.<Capacity>of(Literals.CAPACITY).withContents())) {
			if (capacity.getPerson() != null) {
				result.put(Ids.of(capacity.getPerson()), capacity);
			}
		}
		return result;
	}

	/** The allocations that share a day with the period. */
	public static List<Allocation> allocations(StoreSession session, LocalDate from, LocalDate to) {
		return session.query(Query.<Allocation>of(PmoPackage.Literals.ALLOCATION).where(Condition.and(
				Condition.or(Condition.isNull(PmoPackage.Literals.ALLOCATION__START),
						Condition.le(PmoPackage.Literals.ALLOCATION__START, to)),
				Condition.or(Condition.isNull(PmoPackage.Literals.ALLOCATION__END),
						Condition.ge(PmoPackage.Literals.ALLOCATION__END, from)))));
	}

	/**
	 * The person's allocations that share a working day with the week of {@code monday}, with their projects read,
	 * so that they can be shown once the session is closed.
	 */
	public List<Allocation> behind(StoreSession session, Person person, LocalDate monday) {
		List<Allocation> behind = allocations(session, Weeks.monday(monday),
				Weeks.monday(monday).plusDays(Weeks.WORKING_DAYS - 1)).stream()
				.filter(a -> a.getPerson() != null && Ids.of(a.getPerson()).equals(Ids.of(person))).toList();
		behind.forEach(allocation -> allocation.getProject().getCode());
		return behind;
	}

	/** The heat map of the people over the weeks, from their capacities and allocations, in memory. */
	public static HeatMap compute(List<Person> people, Map<String, Capacity> capacities,
			Collection<Allocation> allocations, LocalDate monday, int weeks) {
		Map<String, HeatMap.Row> rows = new LinkedHashMap<>();
		Map<String, Double> weeklyHours = new HashMap<>();
		for (Person person : people) {
			String id = Ids.of(person);
			Capacity capacity = capacities.get(id);
			double hours = weeklyHours(capacity);
			weeklyHours.put(id, hours);
			double[] available = new double[weeks];
			for (int week = 0; week < weeks; week++) {
				available[week] = hours * (Weeks.WORKING_DAYS - absentDays(capacity, monday.plusWeeks(week)))
						/ Weeks.WORKING_DAYS;
			}
			rows.put(id, new HeatMap.Row(person, person.getName(), available, new double[weeks]));
		}
		long first = monday.toEpochDay();
		for (Allocation allocation : allocations) {
			if (allocation.getPerson() == null) {
				continue;
			}
			HeatMap.Row row = rows.get(Ids.of(allocation.getPerson()));
			if (row == null) {
				continue;
			}
			double share = weeklyHours.get(Ids.of(allocation.getPerson())) * allocation.getPercentage() / 100.0
					/ Weeks.WORKING_DAYS;
			int from = allocation.getStart() == null ? 0
					: (int) Math.max(0, Math.floorDiv(allocation.getStart().toEpochDay() - first, Weeks.DAYS));
			int to = allocation.getEnd() == null ? weeks - 1
					: (int) Math.min(weeks - 1, Math.floorDiv(allocation.getEnd().toEpochDay() - first, Weeks.DAYS));
			for (int week = from; week <= to; week++) {
				row.allocated()[week] += share
						* Weeks.workingDaysInWeek(monday.plusWeeks(week), allocation.getStart(), allocation.getEnd());
			}
		}
		return new HeatMap(monday, weeks, List.copyOf(rows.values()));
	}

	public static double weeklyHours(Capacity capacity) {
		return capacity == null || capacity.getWeeklyHours() == null ? DEFAULT_WEEKLY_HOURS
				: capacity.getWeeklyHours().doubleValue();
	}

	private static int absentDays(Capacity capacity, LocalDate monday) {
		if (capacity == null || capacity.getAbsences().isEmpty()) {
			return 0;
		}
		int days = 0;
		LocalDate friday = monday.plusDays(Weeks.WORKING_DAYS - 1);
		for (LocalDate day = monday; !day.isAfter(friday); day = day.plusDays(1)) {
			for (Absence absence : capacity.getAbsences()) {
				if (absence.getStart() != null && !day.isBefore(absence.getStart())
						&& (absence.getEnd() == null || !day.isAfter(absence.getEnd()))) {
					days++;
					break;
				}
			}
		}
		return days;
	}

	/** A department's demand (allocated hours) against its capacity in one quarter. */
	public record Demand(String department, LocalDate quarter, double allocated, double capacity) {

		public double utilisation() {
			return capacity <= 0 ? (allocated > 0 ? Double.POSITIVE_INFINITY : 0) : 100 * allocated / capacity;
		}
	}

	/** Demand against capacity per department for the quarters from the one holding {@code from}. */
	public List<Demand> demand(StoreSession session, LocalDate from, int quarters) {
		LocalDate quarter = from.with(IsoFields.DAY_OF_QUARTER, 1);
		LocalDate end = quarter.plusMonths(3L * quarters);
		LocalDate monday = Weeks.monday(quarter);
		int weeks = (int) Math.ceil((end.toEpochDay() - monday.toEpochDay()) / 7.0);
		HeatMap departments = heatMap(session, monday, weeks, null).byDepartment();
		List<Demand> result = new ArrayList<>();
		for (HeatMap.Row row : departments.rows()) {
			for (int q = 0; q < quarters; q++) {
				LocalDate start = quarter.plusMonths(3L * q);
				LocalDate stop = start.plusMonths(3);
				double allocated = 0;
				double capacity = 0;
				for (int week = 0; week < weeks; week++) {
					LocalDate thursday = departments.week(week).plusDays(3);
					if (!thursday.isBefore(start) && thursday.isBefore(stop)) {
						allocated += row.allocated()[week];
						capacity += row.capacity()[week];
					}
				}
				result.add(new Demand(row.label(), start, allocated, capacity));
			}
		}
		return result;
	}

	/** What is wrong with an allocation, each problem naming the field and the rule; empty when nothing is. */
	public static List<String> check(Allocation allocation) {
		List<String> problems = new ArrayList<>();
		String what = "Allocation" + (allocation.getPerson() == null ? "" : " of " + allocation.getPerson().getName())
				+ (allocation.getProject() == null ? "" : " on " + allocation.getProject().getCode());
		if (allocation.getPerson() == null) {
			problems.add(what + ": person is required.");
		}
		Project project = allocation.getProject();
		if (project == null) {
			problems.add(what + ": project is required.");
		}
		if (allocation.getPercentage() < 1 || allocation.getPercentage() > 100) {
			problems.add(what + ": percentage " + allocation.getPercentage() + " must be from 1 to 100.");
		}
		if (allocation.getStart() == null || allocation.getEnd() == null) {
			problems.add(what + ": start and end are required.");
		} else if (allocation.getEnd().isBefore(allocation.getStart())) {
			problems.add(what + ": end " + allocation.getEnd() + " is before start " + allocation.getStart() + ".");
		}
		return problems;
	}

	/** Saves allocations in one transaction after checking each; throws {@link ResourceRuleException} listing every problem. */
	public void save(StoreSession session, Collection<? extends Allocation> allocations) {
		List<String> problems = allocations.stream().flatMap(a -> check(a).stream()).toList();
		if (!problems.isEmpty()) {
			throw new ResourceRuleException(problems);
		}
		session.inTransaction(tx -> allocations.forEach(tx::save));
	}

	/** What is wrong with a capacity; empty when nothing is. */
	public static List<String> check(Capacity capacity) {
		List<String> problems = new ArrayList<>();
		String who = capacity.getPerson() == null ? "Capacity" : "Capacity of " + capacity.getPerson().getName();
		if (capacity.getPerson() == null) {
			problems.add(who + ": person is required.");
		}
		BigDecimal hours = capacity.getWeeklyHours();
		if (hours == null || hours.signum() < 0 || hours.compareTo(BigDecimal.valueOf(MAXIMUM_WEEKLY_HOURS)) > 0) {
			problems.add(who + ": hours per week must be from 0 to " + MAXIMUM_WEEKLY_HOURS + ".");
		}
		for (Absence absence : capacity.getAbsences()) {
			if (absence.getStart() == null || absence.getEnd() == null) {
				problems.add(who + ": an absence needs a start and an end.");
			} else if (absence.getEnd().isBefore(absence.getStart())) {
				problems.add(who + ": absence end " + absence.getEnd() + " is before its start " + absence.getStart() + ".");
			}
		}
		return problems;
	}

	public void save(StoreSession session, Capacity capacity) {
		List<String> problems = check(capacity);
		if (!problems.isEmpty()) {
			throw new ResourceRuleException(problems);
		}
		session.save(capacity);
	}

	/** A what-if plan over the heat map's people and weeks: edit copies of the allocations, then save or discard. */
	public ScratchPlan plan(StoreSession session, LocalDate from, int weeks, String department) {
		HeatMap map = heatMap(session, from, weeks, department);
		List<Person> people = map.rows().stream().map(HeatMap.Row::person).toList();
		LocalDate monday = map.monday();
		List<Allocation> allocations = allocations(session, monday, monday.plusWeeks(weeks).minusDays(1));
		return new ScratchPlan(people, capacities(session), allocations, monday, weeks, this);
	}
}
