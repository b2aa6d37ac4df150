package org.atrium.resources;

import java.time.LocalDate;

import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.TimeEntry;
import org.atrium.core.store.Ids;
import org.atrium.resources.model.resources.Timesheet;

/** One person's week on one project, by ids: what a {@link Timesheet} approves and locks. */
public record WeekKey(String personId, String projectId, LocalDate monday) {

	public static WeekKey of(Person person, Project project, LocalDate day) {
		return new WeekKey(person == null ? null : Ids.of(person), project == null ? null : Ids.of(project),
				day == null ? null : Weeks.monday(day));
	}

	public static WeekKey of(TimeEntry entry) {
		return of(entry.getPerson(), entry.getProject(), entry.getDate());
	}

	public static WeekKey of(Timesheet sheet) {
		return of(sheet.getPerson(), sheet.getProject(), sheet.getWeekStart());
	}
}
