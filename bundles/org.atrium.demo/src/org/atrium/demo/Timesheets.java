package org.atrium.demo;

import static org.atrium.demo.GenerationContext.PMO;
import static org.atrium.demo.WorkCalendar.daysBetween;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.atrium.core.model.pmo.Allocation;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.TimeEntry;
import org.atrium.core.model.pmo.Workstream;

/**
 * Timesheet entries over the last report weeks. People book on the projects they are allocated to, on working
 * days, roughly in proportion to their allocation, and rarely more than ten hours a day.
 */
final class Timesheets {

	private static final int HALF_HOURS_PER_WORKING_DAY = 16;
	private static final int MAXIMUM_HALF_HOURS_PER_DAY = 20;
	private static final int ATTEMPTS = 10;
	private static final BigDecimal[] HOURS = new BigDecimal[HALF_HOURS_PER_WORKING_DAY + 1];

	static {
		Arrays.setAll(HOURS, halfHours -> BigDecimal.valueOf(5L * halfHours, 1));
	}

	/** An allocation's working days within the booking period. */
	private record Bookable(Allocation allocation, int memberIndex, ProjectProfile profile, LocalDate from,
			LocalDate to) {
	}

	private final GenerationContext context;
	private final Dice dice;
	private final LocalDate firstDay;
	private final Map<Person, Integer> memberIndexes = new IdentityHashMap<>();
	private final Map<Project, ProjectProfile> profiles = new IdentityHashMap<>();
	/** Half hours booked per member and day since {@link #firstDay}; a member's row is made on first use. */
	private final short[][] halfHoursBooked;
	private final Map<String, String> descriptions = new HashMap<>();

	Timesheets(GenerationContext context, Staff staff, List<ProjectPlan> plans) {
		this.context = context;
		this.dice = context.dice();
		this.firstDay = context.today().minusWeeks(Math.max(1, context.scale().statusReportWeeks())).plusDays(1);
		staff.members().forEach(member -> memberIndexes.put(member.person(), member.index()));
		plans.forEach(plan -> profiles.put(plan.project(), plan.profile()));
		halfHoursBooked = new short[staff.members().size()][];
	}

	/**
	 * The scale's number of entries, sorted by date; none if nobody is allocated during the booking period.
	 */
	List<TimeEntry> book(List<Allocation> allocations) {
		List<Bookable> bookables = new ArrayList<>();
		for (Allocation allocation : allocations) {
			LocalDate from = WorkCalendar.latest(allocation.getStart(), firstDay);
			LocalDate to = WorkCalendar.earliest(allocation.getEnd(), context.today());
			if (hasWorkday(from, to)) {
				bookables.add(new Bookable(allocation, memberIndexes.get(allocation.getPerson()),
						profiles.get(allocation.getProject()), from, to));
			}
		}
		if (bookables.isEmpty()) {
			return List.of();
		}
		long[] cumulativeWeights = new long[bookables.size()];
		long totalWeight = 0;
		for (int index = 0; index < bookables.size(); index++) {
			Bookable bookable = bookables.get(index);
			totalWeight += bookable.allocation().getPercentage() * (daysBetween(bookable.from(), bookable.to()) + 1);
			cumulativeWeights[index] = totalWeight;
		}

		int count = context.scale().timeEntries();
		List<TimeEntry> entries = new ArrayList<>(count);
		for (int entry = 0; entry < count; entry++) {
			entries.add(entry(bookables, cumulativeWeights, totalWeight));
		}
		entries.sort(Comparator.comparing(TimeEntry::getDate));
		return entries;
	}

	/** An entry on a free working day of a weighted random allocation; after a few full days, on the last one. */
	private TimeEntry entry(List<Bookable> bookables, long[] cumulativeWeights, long totalWeight) {
		for (int attempt = 1;; attempt++) {
			int found = Arrays.binarySearch(cumulativeWeights, dice.below(totalWeight) + 1);
			Bookable bookable = bookables.get(found >= 0 ? found : -found - 1);
			LocalDate date = workdayBetween(bookable.from(), bookable.to());
			short[] booked = bookedBy(bookable.memberIndex());
			int day = (int) daysBetween(firstDay, date);
			int free = MAXIMUM_HALF_HOURS_PER_DAY - booked[day];
			if (free > 0 || attempt >= ATTEMPTS) {
				int halfHours = Math.clamp(Math.min(wantedHalfHours(bookable), free), 1, HALF_HOURS_PER_WORKING_DAY);
				booked[day] += (short) halfHours;
				return timeEntry(bookable, date, halfHours);
			}
		}
	}

	/** About the allocated share of a working day, at least half an hour and at most eight hours. */
	private int wantedHalfHours(Bookable bookable) {
		double share = bookable.allocation().getPercentage() / 100.0 * HALF_HOURS_PER_WORKING_DAY;
		return Math.clamp(Math.round(share * dice.between(0.5, 1.5)), 1, HALF_HOURS_PER_WORKING_DAY);
	}

	private TimeEntry timeEntry(Bookable bookable, LocalDate date, int halfHours) {
		Project project = bookable.allocation().getProject();
		TimeEntry entry = context.create(PMO::createTimeEntry);
		entry.setPerson(bookable.allocation().getPerson());
		entry.setProject(project);
		entry.setDate(date);
		entry.setHours(HOURS[halfHours]);
		String activity = dice.pick(Vocabulary.textsOf(bookable.profile().phaseAt(date)).activities());
		List<Workstream> workstreams = project.getWorkstreams();
		String description = workstreams.isEmpty() || dice.chance(0.5) ? activity
				: activity + " – " + dice.pick(workstreams).getName();
		entry.setDescription(descriptions.computeIfAbsent(description, text -> text));
		return entry;
	}

	/**
	 * A random working day in a period that has one: a weekend draw moves to the Friday before, or, at the start of
	 * the period, to the Monday after.
	 */
	private LocalDate workdayBetween(LocalDate from, LocalDate to) {
		LocalDate date = from.plusDays(dice.below(daysBetween(from, to) + 1));
		LocalDate friday = WorkCalendar.workday(date);
		return friday.isBefore(from) ? date.with(TemporalAdjusters.next(DayOfWeek.MONDAY)) : friday;
	}

	private static boolean hasWorkday(LocalDate from, LocalDate to) {
		for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
			if (WorkCalendar.isWorkday(date)) {
				return true;
			}
		}
		return false;
	}

	private short[] bookedBy(int memberIndex) {
		short[] booked = halfHoursBooked[memberIndex];
		if (booked == null) {
			booked = new short[(int) daysBetween(firstDay, context.today()) + 1];
			halfHoursBooked[memberIndex] = booked;
		}
		return booked;
	}
}
