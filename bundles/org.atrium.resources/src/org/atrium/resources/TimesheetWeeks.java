package org.atrium.resources;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.atrium.core.store.Condition;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.resources.model.resources.ResourcesPackage.Literals;
import org.atrium.resources.model.resources.Timesheet;
import org.atrium.resources.model.resources.TimesheetStatus;

/** The submitted, approved and rejected weeks, read in one query, and which of them are locked. */
public final class TimesheetWeeks {

	private TimesheetWeeks() {
	}

	/** The stored timesheet weeks of the keys, by key; keys without one are absent. */
	public static Map<WeekKey, Timesheet> of(StoreSession session, Collection<WeekKey> keys) {
		Set<WeekKey> wanted = keys.stream().filter(key -> key.personId() != null && key.projectId() != null
				&& key.monday() != null).collect(Collectors.toSet());
		Map<WeekKey, Timesheet> found = new HashMap<>();
		if (wanted.isEmpty()) {
			return found;
		}
		Set<Object> people = wanted.stream().map(WeekKey::personId).collect(Collectors.toSet());
		Set<Object> mondays = wanted.stream().map(WeekKey::monday).collect(Collectors.toSet());
		for (Timesheet sheet : session.<Timesheet>query(Query.<Timesheet>of(Literals.TIMESHEET).where(Condition.and(
				Condition.in(Literals.TIMESHEET__PERSON, people), Condition.in(Literals.TIMESHEET__WEEK_START, mondays))))) {
			WeekKey key = WeekKey.of(sheet);
			if (wanted.contains(key)) {
				found.put(key, sheet);
			}
		}
		return found;
	}

	/** Whether time in the week may not change: it waits for a decision, or is approved. */
	public static boolean isLocked(Timesheet sheet) {
		return sheet != null && sheet.getStatus() != TimesheetStatus.REJECTED;
	}

	/** Why time in the week may not change, as a sentence naming the week; null when it may. */
	public static String whyLocked(Timesheet sheet, String who, String project) {
		if (!isLocked(sheet)) {
			return null;
		}
		String week = "The week of " + sheet.getWeekStart() + " of " + who + " on " + project;
		return Objects.equals(sheet.getStatus(), TimesheetStatus.APPROVED)
				? week + " is approved and locked; correct it with a reversing entry."
				: week + " is submitted; it changes only once it is rejected.";
	}
}
