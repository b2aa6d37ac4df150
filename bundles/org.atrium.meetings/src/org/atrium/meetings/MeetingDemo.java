package org.atrium.meetings;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.atrium.core.Governance;
import org.atrium.core.model.pmo.Entity;
import org.atrium.core.model.pmo.LifecyclePhase;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.Program;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.model.pmo.Scope;
import org.atrium.core.store.Transaction;
import org.atrium.demo.DemoContribution;
import org.atrium.demo.Office;
import org.atrium.meetings.model.meetings.ActionItem;
import org.atrium.meetings.model.meetings.ActionStatus;
import org.atrium.meetings.model.meetings.AgendaItem;
import org.atrium.meetings.model.meetings.Attendance;
import org.atrium.meetings.model.meetings.Attendee;
import org.atrium.meetings.model.meetings.Decision;
import org.atrium.meetings.model.meetings.DecisionStatus;
import org.atrium.meetings.model.meetings.Meeting;
import org.atrium.meetings.model.meetings.MeetingSeries;
import org.atrium.meetings.model.meetings.MeetingStatus;
import org.atrium.meetings.model.meetings.MeetingType;
import org.atrium.meetings.model.meetings.MeetingsFactory;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.osgi.service.component.annotations.Component;

/**
 * The meetings of the demo office: a weekly check-in for each active project (up to {@value #PROJECTS}) and a
 * monthly steering committee for each program, with the weeks before today held (attendance, minutes, decisions,
 * actions, some overdue and some decisions still open) and the weeks after planned. Deterministic for a seed, ids
 * included; times are relative to the office's today.
 */
@Component(service = DemoContribution.class)
public class MeetingDemo implements DemoContribution {

	static final int PROJECTS = 8;
	private static final long SALT = 0x6d656574L;
	private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
	private static final String[] MINUTES = { "On track; the team closed the open defects of last week.",
			"Slipping by a week: the vendor's test environment was late. Recovery plan agreed.",
			"No blockers reported. Budget forecast unchanged.",
			"Two risks raised to amber; owners will report mitigation next week.",
			"Scope question parked for the steering committee.", "Demo of the new onboarding flow went well." };
	private static final String[] ACTIONS = { "Update the delivery plan", "Confirm the test environment with the vendor",
			"Circulate the revised budget", "Book the UAT participants", "Draft the change request",
			"Review the data migration checklist", "Prepare the go/no-go criteria" };
	private static final String[] DECISIONS = { "Go ahead with the phased rollout", "Extend UAT by one week",
			"Keep the current vendor for the next release", "Move the data migration to the weekend",
			"Escalate the budget overrun to the sponsor" };

	@Override
	public void contribute(Office office, long seed, Transaction transaction) {
		SplittableRandom random = new SplittableRandom(seed ^ SALT);
		MeetingPlanner planner = new MeetingPlanner(new Governance());
		LocalDate today = office.today();
		List<MeetingSeries> all = new ArrayList<>();
		List<Project> active = office.projects().stream()
				.filter(project -> project.getPhase() != LifecyclePhase.CLOSED).limit(PROJECTS).toList();
		for (Project project : active) {
			Person organizer = first(project, RoleKind.PROJECT_MANAGER, office);
			DayOfWeek day = DayOfWeek.of(1 + random.nextInt(5));
			LocalTime time = LocalTime.of(9 + random.nextInt(6), random.nextBoolean() ? 0 : 30);
			ZonedDateTime first = today.minusWeeks(4).with(TemporalAdjusters.nextOrSame(day)).atTime(time).atZone(ZONE);
			all.add(planner.plan(MeetingType.PROJECT_CHECK_IN, project.getCode() + " weekly check-in", project,
					organizer, first, 45, "FREQ=WEEKLY;BYDAY=" + day.name().substring(0, 2), null));
		}
		for (Program program : office.programs()) {
			if (program.getProjects().stream().noneMatch(active::contains)) {
				continue;
			}
			Person organizer = first(program, RoleKind.SPONSOR, office);
			ZonedDateTime first = today.minusMonths(2).withDayOfMonth(1)
					.with(TemporalAdjusters.firstInMonth(DayOfWeek.THURSDAY)).atTime(14, 0).atZone(ZONE);
			all.add(planner.plan(MeetingType.STEERING_COMMITTEE, program.getName() + " steering committee", program,
					organizer, first, 90, "FREQ=MONTHLY;BYDAY=1TH", null));
		}
		Instant now = today.atTime(12, 0).atZone(ZONE).toInstant();
		for (MeetingSeries series : all) {
			series.setId(new UUID(random.nextLong(), random.nextLong()).toString());
			series.setUid(series.getId() + "@atrium");
			series.setLocation(series.getType() == MeetingType.STEERING_COMMITTEE ? "Board room" : "Teams");
			series.getMeetings().forEach(meeting -> meeting.setLocation(series.getLocation()));
			for (Meeting meeting : series.getMeetings()) {
				if (meeting.getStart().isBefore(now)) {
					hold(series, meeting, random, today);
				}
			}
			identify(series, random);
			for (Meeting meeting : series.getMeetings()) {
				if (!meeting.getStart().isBefore(now)) {
					Occurrences.carryOver(series, meeting);
				}
			}
			identify(series, random);
			transaction.save(series);
		}
	}

	/** A meeting that took place: attendance, minutes, a decision or two, and actions. */
	private static void hold(MeetingSeries series, Meeting meeting, SplittableRandom random, LocalDate today) {
		meeting.setStatus(MeetingStatus.HELD);
		for (Attendee attendee : meeting.getAttendees()) {
			int roll = random.nextInt(10);
			attendee.setAttendance(roll < 7 ? Attendance.PRESENT : roll < 9 ? Attendance.EXCUSED : Attendance.ABSENT);
		}
		for (AgendaItem item : meeting.getAgendaItems()) {
			item.setMinutesAllotted(5 + 5 * random.nextInt(4));
			item.setMinutes(MINUTES[random.nextInt(MINUTES.length)]);
		}
		LocalDate held = LocalDate.ofInstant(meeting.getStart(), ZONE);
		List<Person> people = new ArrayList<>();
		meeting.getAttendees().forEach(attendee -> people.add(attendee.getPerson()));
		if (series.getOrganizer() != null) {
			people.add(series.getOrganizer());
		}
		if (random.nextInt(3) == 0 || series.getType() == MeetingType.STEERING_COMMITTEE) {
			Decision decision = MeetingsFactory.eINSTANCE.createDecision();
			decision.setText(DECISIONS[random.nextInt(DECISIONS.length)]);
			decision.setDecidedBy(people.isEmpty() ? null : people.get(random.nextInt(people.size())));
			decision.setDecidedOn(held);
			decision.setProject(series.getScope() instanceof Project project ? project : null);
			decision.setStatus(random.nextInt(4) == 0 ? DecisionStatus.UNDECIDED : DecisionStatus.DECIDED);
			meeting.getDecisions().add(decision);
		}
		for (int i = random.nextInt(3); i > 0; i--) {
			ActionItem action = MeetingsFactory.eINSTANCE.createActionItem();
			action.setTitle(ACTIONS[random.nextInt(ACTIONS.length)]);
			action.setOwner(people.isEmpty() ? null : people.get(random.nextInt(people.size())));
			action.setDueDate(held.plusDays(7 + random.nextInt(14)));
			boolean due = action.getDueDate().isBefore(today);
			action.setStatus(due ? (random.nextInt(3) == 0 ? ActionStatus.OPEN : ActionStatus.DONE)
					: random.nextBoolean() ? ActionStatus.IN_PROGRESS : ActionStatus.OPEN);
			meeting.getActions().add(action);
		}
	}

	/** Ids from the seed for whatever in the series has none yet, so that a demo office is the same every time. */
	private static void identify(MeetingSeries series, SplittableRandom random) {
		for (TreeIterator<EObject> contents = series.eAllContents(); contents.hasNext();) {
			if (contents.next() instanceof Entity entity && entity.getId() == null) {
				entity.setId(new UUID(random.nextLong(), random.nextLong()).toString());
			}
		}
	}

	private static Person first(Scope scope, RoleKind kind, Office office) {
		List<Person> holders = new Governance().holders(scope, kind);
		return holders.isEmpty() ? office.people().get(0) : holders.get(0);
	}
}
