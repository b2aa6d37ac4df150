package org.atrium.resources;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.atrium.core.Governance;
import org.atrium.core.GovernanceGuard;
import org.atrium.core.Permissions;
import org.atrium.core.model.pmo.LifecyclePhase;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoFactory;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.TimeEntry;
import org.atrium.core.store.Condition;
import org.atrium.core.store.Ids;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.resources.model.resources.Correction;
import org.atrium.resources.model.resources.ResourcesFactory;
import org.atrium.resources.model.resources.ResourcesPackage.Literals;
import org.atrium.resources.model.resources.Timesheet;
import org.atrium.resources.model.resources.TimesheetStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Timesheets: a person's week, its rules, submission, approval and corrections. The rules, each with a message
 * that names the day or the project:
 * <ul>
 * <li>no more than {@value #MAXIMUM_DAY} hours a day, over all projects; a warning above the daily limit
 * (property {@code dailyLimit}, 10 hours unless configured);</li>
 * <li>no time on a closed project, before the project starts (its actual start, else its planned start) or after
 * it ended (its actual end);</li>
 * <li>no negative hours; only a correction reverses time, with a new entry.</li>
 * </ul>
 * Who may write what is decided where the data is written, by {@link TimesheetWriteRule}.
 */
@Component(service = Timesheets.class, configurationPid = "org.atrium.resources.timesheets")
public class Timesheets {

	public static final int MAXIMUM_DAY = 24;
	public static final BigDecimal DEFAULT_DAILY_LIMIT = BigDecimal.TEN;

	private static final BigDecimal MAXIMUM = BigDecimal.valueOf(MAXIMUM_DAY);

	private BigDecimal dailyLimit = DEFAULT_DAILY_LIMIT;
	private Permissions permissions;
	private Governance governance;

	public Timesheets() {
	}

	/** For use outside OSGi. */
	public Timesheets(BigDecimal dailyLimit, Permissions permissions, Governance governance) {
		this.dailyLimit = dailyLimit;
		this.permissions = permissions;
		this.governance = governance;
	}

	@Reference
	void setPermissions(Permissions permissions) {
		this.permissions = permissions;
	}

	@Reference
	void setGovernance(Governance governance) {
		this.governance = governance;
	}

	@Activate
	void activate(Map<String, Object> properties) {
		Object limit = properties.get("dailyLimit");
		if (limit != null) {
			dailyLimit = new BigDecimal(limit.toString().trim());
		}
	}

	public BigDecimal dailyLimit() {
		return dailyLimit;
	}

	/** The person's week that holds the day, with a line per project they booked on. */
	public TimesheetWeek open(StoreSession session, Person person, LocalDate day) {
		TimesheetWeek week = new TimesheetWeek(person, Weeks.monday(day));
		for (TimeEntry entry : entries(session, person, week.monday(), week.monday().plusDays(Weeks.DAYS - 1))) {
			week.line(entry.getProject()).add(entry, (int) (entry.getDate().toEpochDay() - week.monday().toEpochDay()));
		}
		List<WeekKey> keys = week.lines().stream().map(line -> WeekKey.of(person, line.project(), week.monday())).toList();
		Map<WeekKey, Timesheet> sheets = TimesheetWeeks.of(session, keys);
		for (TimesheetWeek.Line line : week.lines()) {
			line.sheet(sheets.get(WeekKey.of(person, line.project(), week.monday())));
		}
		return week;
	}

	/** The person's entries from one day to another, both included, by date. */
	public static List<TimeEntry> entries(StoreSession session, Person person, LocalDate from, LocalDate to) {
		return session.query(Query.<TimeEntry>of(PmoPackage.Literals.TIME_ENTRY)
				.where(Condition.and(Condition.eq(PmoPackage.Literals.TIME_ENTRY__PERSON, person),
						Condition.ge(PmoPackage.Literals.TIME_ENTRY__DATE, from),
						Condition.le(PmoPackage.Literals.TIME_ENTRY__DATE, to)))
				.orderBy(PmoPackage.Literals.TIME_ENTRY__DATE));
	}

	/**
	 * The week as stored now, read with the session, with the days changed in {@code edited} (a week read by another
	 * session, as a form keeps it) set again: what {@link #save} writes from a form.
	 */
	public TimesheetWeek reopen(StoreSession session, TimesheetWeek edited) {
		Person person = session.<Person>find(PmoPackage.Literals.PERSON, Ids.of(edited.person())).orElseThrow(
				() -> new ResourceRuleException(List.of(edited.person().getName() + " is no longer one of the office's people.")));
		TimesheetWeek fresh = open(session, person, edited.monday());
		for (TimesheetWeek.Line line : edited.lines()) {
			Project project = session.<Project>find(PmoPackage.Literals.PROJECT, Ids.of(line.project())).orElseThrow(
					() -> new ResourceRuleException(List.of("The project " + line.project().getCode() + " was deleted.")));
			TimesheetWeek.Line target = fresh.line(project);
			for (int day = 0; day < Weeks.DAYS; day++) {
				if (!isStored(line, day)) {
					fresh.set(target, day, line.hours(day));
				}
			}
		}
		return fresh;
	}

	/** Whether the week has days changed since it was read. */
	public static boolean isChanged(TimesheetWeek week) {
		for (TimesheetWeek.Line line : week.lines()) {
			for (int day = 0; day < Weeks.DAYS; day++) {
				if (!isStored(line, day)) {
					return true;
				}
			}
		}
		return false;
	}

	/** The projects a person is allocated to during the week, by code: the lines the timesheet offers to add. */
	public static List<Project> allocatedProjects(StoreSession session, Person person, LocalDate monday) {
		Map<String, Project> projects = new java.util.TreeMap<>();
		for (org.atrium.core.model.pmo.Allocation allocation : session.<org.atrium.core.model.pmo.Allocation>query(
				Query.<org.atrium.core.model.pmo.Allocation>of(PmoPackage.Literals.ALLOCATION)
						.where(Condition.eq(PmoPackage.Literals.ALLOCATION__PERSON, person)))) {
			Project project = allocation.getProject();
			if (project != null && project.getPhase() != LifecyclePhase.CLOSED
					&& Weeks.workingDaysInWeek(monday, allocation.getStart(), allocation.getEnd()) > 0) {
				projects.put(project.getCode(), project);
			}
		}
		return List.copyOf(projects.values());
	}

	/** Adds the lines of the week before (its projects, without hours) that the week lacks. */
	public void copyLastWeek(StoreSession session, TimesheetWeek week) {
		LocalDate monday = week.monday().minusWeeks(1);
		for (TimeEntry entry : entries(session, week.person(), monday, monday.plusDays(Weeks.DAYS - 1))) {
			week.line(entry.getProject());
		}
	}

	/** The result of checking a week: errors block the save, warnings do not. */
	public record Check(List<String> errors, List<String> warnings) {
	}

	/** Checks the days and lines that changed against what is stored. */
	public Check check(TimesheetWeek week) {
		List<String> errors = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		for (int day = 0; day < Weeks.DAYS; day++) {
			boolean changed = false;
			for (TimesheetWeek.Line line : week.lines()) {
				if (!isStored(line, day)) {
					changed = true;
					if (line.isLocked()) {
						errors.add(TimesheetWeeks.whyLocked(line.sheet(), week.person().getName(), line.project().getCode()));
					}
					entryProblem(line.project(), week.day(day), line.hours(day)).ifPresent(errors::add);
				}
			}
			BigDecimal total = week.dayTotal(day);
			if (changed && total.compareTo(MAXIMUM) > 0) {
				errors.add(dayName(week.day(day)) + ": " + total.stripTrailingZeros().toPlainString()
						+ " hours in all; a day has at most " + MAXIMUM_DAY + " hours.");
			} else if (changed && total.compareTo(dailyLimit) > 0) {
				warnings.add(dayName(week.day(day)) + ": " + total.stripTrailingZeros().toPlainString()
						+ " hours in all, more than the daily limit of " + dailyLimit.toPlainString() + ".");
			}
		}
		return new Check(errors.stream().distinct().toList(), warnings);
	}

	/** Why hours may not be booked on the project that day; empty when they may. */
	public static Optional<String> entryProblem(Project project, LocalDate date, BigDecimal hours) {
		String where = project.getCode() + " on " + dayName(date);
		if (hours.signum() < 0) {
			return Optional.of(where + ": " + hours.stripTrailingZeros().toPlainString()
					+ " hours; hours may not be negative.");
		}
		if (hours.signum() == 0) {
			return Optional.empty();
		}
		if (hours.compareTo(MAXIMUM) > 0) {
			return Optional.of(where + ": " + hours.stripTrailingZeros().toPlainString() + " hours; a day has at most "
					+ MAXIMUM_DAY + " hours.");
		}
		if (project.getPhase() == LifecyclePhase.CLOSED) {
			return Optional.of(where + ": the project is closed; no time may be booked on it.");
		}
		LocalDate start = project.getActualStart() != null ? project.getActualStart() : project.getPlannedStart();
		if (start != null && date.isBefore(start)) {
			return Optional.of(where + ": the project starts on " + start + "; no time before it.");
		}
		if (project.getActualEnd() != null && date.isAfter(project.getActualEnd())) {
			return Optional.of(where + ": the project ended on " + project.getActualEnd() + "; no time after it.");
		}
		return Optional.empty();
	}

	static String dayName(LocalDate date) {
		return date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date;
	}

	private static boolean isStored(TimesheetWeek.Line line, int day) {
		BigDecimal stored = line.entries(day).stream().map(e -> e.getHours() == null ? BigDecimal.ZERO : e.getHours())
				.reduce(BigDecimal.ZERO, BigDecimal::add);
		return stored.compareTo(line.hours(day)) == 0;
	}

	/**
	 * Saves the week's changed days in one transaction and returns the warnings; throws
	 * {@link ResourceRuleException} listing every problem, and then saves nothing.
	 */
	public List<String> save(StoreSession session, TimesheetWeek week) {
		Check check = check(week);
		if (!check.errors().isEmpty()) {
			throw new ResourceRuleException(check.errors());
		}
		session.inTransaction(tx -> {
			for (TimesheetWeek.Line line : week.lines()) {
				for (int day = 0; day < Weeks.DAYS; day++) {
					if (isStored(line, day)) {
						continue;
					}
					List<TimeEntry> entries = line.entries(day);
					BigDecimal hours = line.hours(day);
					if (entries.isEmpty()) {
						TimeEntry entry = PmoFactory.eINSTANCE.createTimeEntry();
						entry.setPerson(week.person());
						entry.setProject(line.project());
						entry.setDate(week.day(day));
						entry.setHours(hours);
						tx.save(entry);
						continue;
					}
					for (TimeEntry extra : entries.subList(1, entries.size())) {
						tx.delete(extra);
					}
					if (hours.signum() == 0) {
						tx.delete(entries.get(0));
					} else {
						entries.get(0).setHours(hours);
						tx.save(entries.get(0));
					}
				}
			}
		});
		return check.warnings();
	}

	/**
	 * Submits the person's week on every project with time in it that is not submitted or approved yet; returns the
	 * submitted weeks.
	 */
	public List<Timesheet> submit(StoreSession session, Person person, LocalDate day) {
		TimesheetWeek week = open(session, person, day);
		List<Timesheet> submitted = new ArrayList<>();
		Instant now = Instant.now();
		for (TimesheetWeek.Line line : week.lines()) {
			if (line.isLocked() || line.total().signum() == 0) {
				continue;
			}
			Timesheet sheet = line.sheet() != null ? line.sheet() : ResourcesFactory.eINSTANCE.createTimesheet();
			sheet.setPerson(person);
			sheet.setProject(line.project());
			sheet.setWeekStart(week.monday());
			sheet.setHours(line.total());
			sheet.setStatus(TimesheetStatus.SUBMITTED);
			sheet.setSubmitted(now);
			submitted.add(sheet);
		}
		if (submitted.isEmpty()) {
			throw new ResourceRuleException(List.of("The week of " + week.monday() + " of " + person.getName()
					+ " has no time to submit: every line is empty, submitted or approved."));
		}
		session.inTransaction(tx -> submitted.forEach(tx::save));
		return submitted;
	}

	/** Submitted weeks that the person may approve or reject, oldest first. */
	public List<Timesheet> awaiting(StoreSession session, Person approver) {
		List<Timesheet> result = new ArrayList<>();
		Map<String, Boolean> mayByProjectAndOwner = new HashMap<>();
		for (Timesheet sheet : session.<Timesheet>query(Query.<Timesheet>of(Literals.TIMESHEET)
				.where(Condition.eq(Literals.TIMESHEET__STATUS, TimesheetStatus.SUBMITTED))
				.orderBy(Literals.TIMESHEET__WEEK_START))) {
			String key = Ids.of(sheet.getProject()) + "/" + Ids.of(sheet.getPerson());
			if (mayByProjectAndOwner.computeIfAbsent(key, k -> approvers().whyNot(approver, sheet.getPerson(),
					sheet.getProject()).isEmpty())) {
				result.add(sheet);
			}
		}
		return result;
	}

	/** Why the session's user may not decide on the week; empty when they may. */
	public Optional<String> whyNotDecide(StoreSession session, Timesheet sheet) {
		return approvers().whyNot(GovernanceGuard.person(session, session.user()).orElse(null), sheet.getPerson(),
				sheet.getProject());
	}

	/**
	 * Approves or rejects submitted weeks in one transaction, as the session's user; a rejection needs a comment.
	 * Throws {@link ResourceRuleException} when a week is not submitted; the write guard refuses those who may not.
	 */
	public void decide(StoreSession session, List<Timesheet> sheets, boolean approve, String comment) {
		String text = comment == null ? "" : comment.strip();
		List<String> problems = new ArrayList<>();
		if (!approve && text.isEmpty()) {
			problems.add("Comment: a rejected week needs a comment that says what to change.");
		}
		for (Timesheet sheet : sheets) {
			if (sheet.getStatus() != TimesheetStatus.SUBMITTED) {
				problems.add("The week of " + sheet.getWeekStart() + " of " + sheet.getPerson().getName() + " on "
						+ sheet.getProject().getCode() + " is " + sheet.getStatus().getLiteral().toLowerCase(Locale.ROOT)
						+ ", not submitted.");
			}
		}
		if (!problems.isEmpty()) {
			throw new ResourceRuleException(problems);
		}
		Person actor = GovernanceGuard.person(session, session.user()).orElse(null);
		Instant now = Instant.now();
		for (Timesheet sheet : sheets) {
			sheet.setStatus(approve ? TimesheetStatus.APPROVED : TimesheetStatus.REJECTED);
			sheet.setDecidedBy(actor);
			sheet.setDecided(now);
			sheet.setComment(text.isEmpty() ? null : text);
		}
		session.inTransaction(tx -> sheets.forEach(tx::save));
	}

	/**
	 * Corrects an entry of an approved week: a new entry reverses it, another one (unless {@code hours} is null or
	 * zero) books the corrected hours, and a {@link Correction} records both with the reason, in one transaction.
	 */
	public Correction correct(StoreSession session, TimeEntry original, BigDecimal hours, String reason) {
		List<String> problems = new ArrayList<>();
		if (reason == null || reason.isBlank()) {
			problems.add("Reason: a correction needs a reason.");
		}
		Timesheet sheet = TimesheetWeeks.of(session, List.of(WeekKey.of(original))).get(WeekKey.of(original));
		if (sheet == null || sheet.getStatus() != TimesheetStatus.APPROVED) {
			problems.add("The entry of " + original.getDate() + " is not in an approved week; change it in the timesheet.");
		}
		if (hours != null) {
			entryProblem(original.getProject(), original.getDate(), hours).ifPresent(problems::add);
		}
		if (!problems.isEmpty()) {
			throw new ResourceRuleException(problems);
		}
		TimeEntry reversal = copy(original, original.getHours().negate(), "Reverses: " + describe(original));
		TimeEntry replacement = hours == null || hours.signum() == 0 ? null
				: copy(original, hours, "Corrects: " + describe(original));
		Correction correction = ResourcesFactory.eINSTANCE.createCorrection();
		correction.setProject(original.getProject());
		correction.setOriginal(original);
		correction.setReversal(reversal);
		correction.setReplacement(replacement);
		correction.setReason(reason.strip());
		session.inTransaction(tx -> {
			tx.save(reversal);
			if (replacement != null) {
				tx.save(replacement);
			}
			tx.save(correction);
		});
		return correction;
	}

	private static TimeEntry copy(TimeEntry original, BigDecimal hours, String description) {
		TimeEntry entry = PmoFactory.eINSTANCE.createTimeEntry();
		entry.setPerson(original.getPerson());
		entry.setProject(original.getProject());
		entry.setDate(original.getDate());
		entry.setHours(hours);
		entry.setDescription(description);
		return entry;
	}

	private static String describe(TimeEntry entry) {
		return entry.getHours().stripTrailingZeros().toPlainString() + " hours on " + entry.getDate()
				+ (entry.getDescription() == null ? "" : " (" + entry.getDescription() + ")");
	}

	private TimesheetApprovers approvers() {
		return new TimesheetApprovers(permissions, governance);
	}
}
