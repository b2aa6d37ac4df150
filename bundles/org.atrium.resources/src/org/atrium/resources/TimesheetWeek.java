package org.atrium.resources;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.TimeEntry;
import org.atrium.core.store.Ids;
import org.atrium.resources.model.resources.Timesheet;

/**
 * One person's week as the timesheet shows it: a line per project, the hours of each day, with totals per line,
 * per day and for the week. Edits stay in memory until {@link Timesheets#save} writes them.
 */
public final class TimesheetWeek {

	/** A project's line: the hours of each day (Monday first), the entries behind them, and the week's approval. */
	public static final class Line {
		private final Project project;
		private final BigDecimal[] hours = new BigDecimal[Weeks.DAYS];
		private final List<List<TimeEntry>> entries = new ArrayList<>();
		private Timesheet sheet;

		Line(Project project) {
			this.project = project;
			Arrays.fill(hours, BigDecimal.ZERO);
			for (int day = 0; day < Weeks.DAYS; day++) {
				entries.add(new ArrayList<>());
			}
		}

		public Project project() {
			return project;
		}

		public BigDecimal hours(int day) {
			return hours[day];
		}

		public BigDecimal total() {
			return Arrays.stream(hours).reduce(BigDecimal.ZERO, BigDecimal::add);
		}

		/** The stored entries of a day, in the order they were read. */
		public List<TimeEntry> entries(int day) {
			return Collections.unmodifiableList(entries.get(day));
		}

		/** The submitted, approved or rejected week of this line; null when not submitted. */
		public Timesheet sheet() {
			return sheet;
		}

		public boolean isLocked() {
			return TimesheetWeeks.isLocked(sheet);
		}

		void add(TimeEntry entry, int day) {
			entries.get(day).add(entry);
			hours[day] = hours[day].add(entry.getHours() == null ? BigDecimal.ZERO : entry.getHours());
		}

		void sheet(Timesheet sheet) {
			this.sheet = sheet;
		}
	}

	private final Person person;
	private final LocalDate monday;
	private final List<Line> lines = new ArrayList<>();

	TimesheetWeek(Person person, LocalDate monday) {
		this.person = Objects.requireNonNull(person, "person");
		this.monday = Weeks.monday(monday);
	}

	public Person person() {
		return person;
	}

	public LocalDate monday() {
		return monday;
	}

	public LocalDate day(int day) {
		return monday.plusDays(day);
	}

	public List<Line> lines() {
		return Collections.unmodifiableList(lines);
	}

	/** The project's line, added empty if the week has none. */
	public Line line(Project project) {
		for (Line line : lines) {
			if (Ids.of(line.project).equals(Ids.of(project))) {
				return line;
			}
		}
		Line line = new Line(project);
		lines.add(line);
		return line;
	}

	/** Sets a day's hours on a line; the change is saved by {@link Timesheets#save}. */
	public void set(Line line, int day, BigDecimal hours) {
		Objects.checkIndex(day, Weeks.DAYS);
		line.hours[day] = hours == null ? BigDecimal.ZERO : hours;
	}

	public BigDecimal dayTotal(int day) {
		return lines.stream().map(line -> line.hours[day]).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public BigDecimal total() {
		return lines.stream().map(Line::total).reduce(BigDecimal.ZERO, BigDecimal::add);
	}
}
