package org.atrium.resources.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.TimeEntry;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.resources.ResourceRuleException;
import org.atrium.resources.TimesheetWeek;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules of a week, each with its message, and that a week breaking one saves nothing. */
class TimesheetRulesTest extends ResourceTestSupport {

	private ModelStore store;

	@BeforeEach
	void office() {
		store = openStore();
		saveOffice(store);
	}

	@Test
	void aWeekIsSavedWithTotalsPerLineDayAndWeekAndReadBack() {
		try (StoreSession session = store.openSession("ann")) {
			TimesheetWeek week = timesheets.open(session, personOf(session, "ann"), TODAY);
			TimesheetWeek.Line line = week.line(projectOf(session, "DIG-001"));
			week.set(line, 0, hours("8"));
			week.set(line, 1, hours("7.5"));
			assertEquals(List.of(), timesheets.save(session, week));
		}
		try (StoreSession session = store.openSession("ann")) {
			TimesheetWeek week = timesheets.open(session, personOf(session, "ann"), MONDAY.plusDays(3));
			assertEquals(MONDAY, week.monday());
			assertEquals(1, week.lines().size());
			assertEquals(0, hours("15.5").compareTo(week.lines().get(0).total()));
			assertEquals(0, hours("7.5").compareTo(week.dayTotal(1)));
			assertEquals(0, hours("15.5").compareTo(week.total()));
			week.set(week.lines().get(0), 1, BigDecimal.ZERO);
			timesheets.save(session, week);
			assertEquals(1, session.count(Query.of(PmoPackage.Literals.TIME_ENTRY)), "a day set to zero loses its entry");
		}
	}

	@Test
	void moreThan24HoursADayOverAllProjectsIsRefusedAndNothingIsSaved() {
		try (StoreSession session = store.openSession("ann")) {
			TimesheetWeek other = timesheets.open(session, personOf(session, "ann"), TODAY);
			other.set(other.line(projectOf(session, "DIG-001")), 2, hours("14"));
			other.set(other.line(projectOf(session, "DIG-002")), 2, hours("11"));
			other.set(other.line(projectOf(session, "DIG-001")), 3, hours("8"));
			ResourceRuleException refused = assertThrows(ResourceRuleException.class, () -> timesheets.save(session, other));
			assertTrue(refused.problems().contains("Wednesday 2026-11-25: 25 hours in all; a day has at most 24 hours."),
					refused.problems().toString());
			assertEquals(0, session.count(Query.of(PmoPackage.Literals.TIME_ENTRY)));
		}
	}

	@Test
	void aDayOverTheDailyLimitIsSavedWithAWarning() {
		try (StoreSession session = store.openSession("ann")) {
			TimesheetWeek week = timesheets.open(session, personOf(session, "ann"), TODAY);
			week.set(week.line(projectOf(session, "DIG-001")), 4, hours("11"));
			assertEquals(List.of("Friday 2026-11-27: 11 hours in all, more than the daily limit of 10."),
					timesheets.save(session, week));
			assertEquals(1, session.count(Query.of(PmoPackage.Literals.TIME_ENTRY)));
		}
	}

	@Test
	void closedNotYetStartedAndEndedProjectsAndNegativeHoursAreRefusedWithTheirReasons() {
		try (StoreSession session = store.openSession("ann")) {
			TimesheetWeek week = timesheets.open(session, personOf(session, "ann"), TODAY);
			week.set(week.line(projectOf(session, "OLD-001")), 0, hours("2"));
			week.set(week.line(projectOf(session, "NEW-001")), 1, hours("3"));
			week.set(week.line(projectOf(session, "END-001")), 2, hours("4"));
			week.set(week.line(projectOf(session, "DIG-001")), 3, hours("-1"));
			ResourceRuleException refused = assertThrows(ResourceRuleException.class, () -> timesheets.save(session, week));
			assertEquals(List.of(
					"OLD-001 on Monday 2026-11-23: the project is closed; no time may be booked on it.",
					"NEW-001 on Tuesday 2026-11-24: the project starts on 2027-03-01; no time before it.",
					"END-001 on Wednesday 2026-11-25: the project ended on 2026-10-30; no time after it.",
					"DIG-001 on Thursday 2026-11-26: -1 hours; hours may not be negative."), refused.problems());
			assertEquals(0, session.count(Query.of(PmoPackage.Literals.TIME_ENTRY)));
		}
	}

	@Test
	void copyingLastWeekAddsItsLinesWithoutHours() {
		try (StoreSession session = store.openSession("ann")) {
			TimesheetWeek last = timesheets.open(session, personOf(session, "ann"), MONDAY.minusWeeks(1));
			last.set(last.line(projectOf(session, "DIG-001")), 0, hours("8"));
			last.set(last.line(projectOf(session, "END-001")), 0, BigDecimal.ZERO);
			timesheets.save(session, last);
			TimesheetWeek week = timesheets.open(session, personOf(session, "ann"), TODAY);
			timesheets.copyLastWeek(session, week);
			assertEquals(List.of("DIG-001"), week.lines().stream().map(line -> line.project().getCode()).toList());
			assertEquals(0, week.total().signum());
		}
	}

	@Test
	void someoneElsesTimeIsRefusedByGovernanceAndOwnTimeNeedsNoRoleAtTheProject() {
		try (StoreSession session = store.openSession("bob")) {
			TimesheetWeek annsWeek = timesheets.open(session, personOf(session, "ann"), TODAY);
			annsWeek.set(annsWeek.line(projectOf(session, "DIG-001")), 0, hours("8"));
			Exception refused = assertThrows(RuntimeException.class, () -> timesheets.save(session, annsWeek));
			assertTrue(refused.getMessage().startsWith("Bob Stone may not edit at Project 'CRM Consolidation'"),
					refused.getMessage());
			TimesheetWeek own = timesheets.open(session, personOf(session, "bob"), TODAY);
			own.set(own.line(projectOf(session, "DIG-001")), 0, hours("8"));
			timesheets.save(session, own);
			List<TimeEntry> stored = session.query(Query.of(PmoPackage.Literals.TIME_ENTRY));
			assertEquals(List.of("Bob Stone"), stored.stream().map(e -> e.getPerson().getName()).toList());
		}
	}

	static BigDecimal hours(String text) {
		return new BigDecimal(text);
	}
}
