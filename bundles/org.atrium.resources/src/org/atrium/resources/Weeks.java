package org.atrium.resources;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** Weeks run Monday to Sunday; Monday to Friday are working days. */
public final class Weeks {

	public static final int DAYS = 7;
	public static final int WORKING_DAYS = 5;

	private Weeks() {
	}

	/** The Monday of the date's week. */
	public static LocalDate monday(LocalDate date) {
		return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	public static boolean isWorkingDay(LocalDate date) {
		return date.getDayOfWeek().getValue() <= WORKING_DAYS;
	}

	/** The working days from {@code from} to {@code to}, both included; zero when {@code to} is before {@code from}. */
	public static int workingDays(LocalDate from, LocalDate to) {
		int days = 0;
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				days++;
			}
		}
		return days;
	}

	/** The working days the period {@code start}..{@code end} (either open when null) shares with the week. */
	public static int workingDaysInWeek(LocalDate monday, LocalDate start, LocalDate end) {
		LocalDate friday = monday.plusDays(WORKING_DAYS - 1);
		LocalDate from = start == null || start.isBefore(monday) ? monday : start;
		LocalDate to = end == null || end.isAfter(friday) ? friday : end;
		return workingDays(from, to);
	}
}
