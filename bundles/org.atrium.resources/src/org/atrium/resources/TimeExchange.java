package org.atrium.resources;

import static org.atrium.core.model.pmo.PmoPackage.Literals.PERSON__LOGIN;
import static org.atrium.core.model.pmo.PmoPackage.Literals.PROJECT__CODE;
import static org.atrium.core.model.pmo.PmoPackage.Literals.TIME_ENTRY;
import static org.atrium.core.model.pmo.PmoPackage.Literals.TIME_ENTRY__DATE;
import static org.atrium.core.model.pmo.PmoPackage.Literals.TIME_ENTRY__DESCRIPTION;
import static org.atrium.core.model.pmo.PmoPackage.Literals.TIME_ENTRY__HOURS;
import static org.atrium.core.model.pmo.PmoPackage.Literals.TIME_ENTRY__PERSON;
import static org.atrium.core.model.pmo.PmoPackage.Literals.TIME_ENTRY__PROJECT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.atrium.core.exchange.Column;
import org.atrium.core.exchange.RowRule;
import org.atrium.core.exchange.TableExchange;
import org.atrium.core.model.pmo.TimeEntry;
import org.atrium.core.store.Condition;
import org.atrium.core.store.Ids;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.resources.model.resources.ResourcesPackage.Literals;
import org.atrium.resources.model.resources.Timesheet;

/**
 * Time entries as a table for CSV and XLSX exchange, on the core's {@link TableExchange} (ids, versions, limits,
 * all or nothing). An import is checked row by row by {@link #rule}: the period, the timesheet rules, the day
 * totals and locked weeks; the write guard then decides who may write whose time.
 */
public final class TimeExchange {

	public static final List<Column> COLUMNS = List.of(
			Column.reference("person login", TIME_ENTRY__PERSON, PERSON__LOGIN).required(),
			Column.reference("project code", TIME_ENTRY__PROJECT, PROJECT__CODE).required(),
			Column.date("date", TIME_ENTRY__DATE).required(),
			Column.decimal("hours", TIME_ENTRY__HOURS).required(),
			Column.text("description", TIME_ENTRY__DESCRIPTION));

	public static final TableExchange<TimeEntry> TABLE = new TableExchange<>(TIME_ENTRY, "Time", COLUMNS);

	private TimeExchange() {
	}

	/** Every entry from one day to another, both included, by date. */
	public static List<TimeEntry> entries(StoreSession session, LocalDate from, LocalDate to) {
		return session.query(Query.<TimeEntry>of(TIME_ENTRY)
				.where(Condition.and(Condition.ge(TIME_ENTRY__DATE, from), Condition.le(TIME_ENTRY__DATE, to)))
				.orderBy(TIME_ENTRY__DATE));
	}

	/** The checks of imported rows, for entries dated from one day to another. */
	public static RowRule<TimeEntry> rule(StoreSession session, LocalDate from, LocalDate to) {
		Map<String, BigDecimal> storedHours = new HashMap<>();
		Map<String, BigDecimal> dayTotals = new HashMap<>();
		for (TimeEntry entry : session.<TimeEntry>query(Query.<TimeEntry>of(TIME_ENTRY).where(Condition.and(
				Condition.ge(TIME_ENTRY__DATE, from.minusDays(Weeks.DAYS)), Condition.le(TIME_ENTRY__DATE, to.plusDays(Weeks.DAYS)))))) {
			BigDecimal hours = entry.getHours() == null ? BigDecimal.ZERO : entry.getHours();
			storedHours.put(Ids.of(entry), hours);
			dayTotals.merge(dayKey(entry), hours, BigDecimal::add);
		}
		Map<WeekKey, Timesheet> sheets = new HashMap<>();
		for (Timesheet sheet : session.<Timesheet>query(Query.<Timesheet>of(Literals.TIMESHEET).where(Condition.and(
				Condition.ge(Literals.TIMESHEET__WEEK_START, Weeks.monday(from)), Condition.le(Literals.TIMESHEET__WEEK_START, to))))) {
			sheets.put(WeekKey.of(sheet), sheet);
		}
		return entry -> {
			if (entry.getDate() == null || entry.getHours() == null || entry.getProject() == null
					|| entry.getPerson() == null) {
				return null;
			}
			if (entry.getDate().isBefore(from) || entry.getDate().isAfter(to)) {
				return new RowRule.Violation("date", entry.getDate() + " is outside the period " + from + " to " + to);
			}
			BigDecimal hours = entry.getHours();
			var problem = Timesheets.entryProblem(entry.getProject(), entry.getDate(), hours);
			if (problem.isPresent()) {
				return new RowRule.Violation("hours", problem.get());
			}
			Timesheet sheet = sheets.get(WeekKey.of(entry));
			if (TimesheetWeeks.isLocked(sheet)) {
				return new RowRule.Violation("date", TimesheetWeeks.whyLocked(sheet, entry.getPerson().getName(),
						entry.getProject().getCode()));
			}
			String id = Ids.of(entry);
			BigDecimal before = id == null ? BigDecimal.ZERO : storedHours.getOrDefault(id, BigDecimal.ZERO);
			if (id != null) {
				storedHours.put(id, hours);
			}
			BigDecimal total = dayTotals.merge(dayKey(entry), hours.subtract(before), BigDecimal::add);
			if (total.compareTo(BigDecimal.valueOf(Timesheets.MAXIMUM_DAY)) > 0) {
				return new RowRule.Violation("hours", entry.getPerson().getLogin() + " has "
						+ total.stripTrailingZeros().toPlainString() + " hours on " + Timesheets.dayName(entry.getDate())
						+ "; a day has at most " + Timesheets.MAXIMUM_DAY + " hours");
			}
			return null;
		};
	}

	private static String dayKey(TimeEntry entry) {
		return (entry.getPerson() == null ? "" : Ids.of(entry.getPerson())) + "/" + entry.getDate();
	}
}
