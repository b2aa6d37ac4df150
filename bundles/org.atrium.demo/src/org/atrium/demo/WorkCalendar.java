package org.atrium.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Working days and reporting weeks (which end on Fridays). */
final class WorkCalendar {

	private final int historyWeeks;
	private final Map<LocalDate, List<LocalDate>> weeksByLastFriday = new HashMap<>();

	/** @param historyWeeks how many report weeks {@link #weeksEndingOn(LocalDate)} returns */
	WorkCalendar(int historyWeeks) {
		this.historyWeeks = historyWeeks;
	}

	/**
	 * The Fridays of the report weeks up to the week of {@code date}, oldest first. Lists are shared between
	 * callers, so projects reporting on the same weeks refer to the same date objects.
	 */
	List<LocalDate> weeksEndingOn(LocalDate date) {
		return weeksByLastFriday.computeIfAbsent(lastFriday(date), lastFriday -> {
			List<LocalDate> fridays = new ArrayList<>(historyWeeks);
			for (int weeksBack = historyWeeks - 1; weeksBack >= 0; weeksBack--) {
				fridays.add(lastFriday.minusWeeks(weeksBack));
			}
			return List.copyOf(fridays);
		});
	}

	static LocalDate lastFriday(LocalDate date) {
		return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
	}

	/** The date itself on working days, the Friday before on weekends; never later, and never out of order. */
	static LocalDate workday(LocalDate date) {
		return switch (date.getDayOfWeek()) {
			case SATURDAY -> date.minusDays(1);
			case SUNDAY -> date.minusDays(2);
			default -> date;
		};
	}

	static boolean isWorkday(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
	}

	static long daysBetween(LocalDate from, LocalDate to) {
		return ChronoUnit.DAYS.between(from, to);
	}

	static LocalDate latest(LocalDate first, LocalDate second) {
		return first.isAfter(second) ? first : second;
	}

	static LocalDate earliest(LocalDate first, LocalDate second) {
		return first.isBefore(second) ? first : second;
	}
}
