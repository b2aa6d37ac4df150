package org.atrium.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.Scope;
import org.atrium.core.store.Condition;
import org.atrium.core.store.Ids;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.meetings.model.meetings.ActionItem;
import org.atrium.meetings.model.meetings.Attendee;
import org.atrium.meetings.model.meetings.Decision;
import org.atrium.meetings.model.meetings.DecisionStatus;
import org.atrium.meetings.model.meetings.Meeting;
import org.atrium.meetings.model.meetings.MeetingSeries;
import org.atrium.meetings.model.meetings.MeetingsPackage.Literals;

/** The reads the plugin's services and parts share: a scope's meetings, a person's meetings and actions, decisions. */
public final class MeetingQueries {

	/** A meeting with its series, for lists across series. */
	public record Occurrence(MeetingSeries series, Meeting meeting) {
	}

	/** An action with the meeting it was raised in. */
	public record RaisedAction(MeetingSeries series, Meeting meeting, ActionItem action) {
	}

	/** A decision with the meeting it was taken in. */
	public record RecordedDecision(MeetingSeries series, Meeting meeting, Decision decision) {
	}

	private MeetingQueries() {
	}

	/** The series of a scope, loaded with their occurrences. */
	public static List<MeetingSeries> seriesOf(Scope scope, StoreSession session) {
		return session.query(Query.<MeetingSeries>of(Literals.MEETING_SERIES)
				.where(Condition.eq(Literals.MEETING_SERIES__SCOPE, scope)).orderBy(Literals.MEETING_SERIES__TITLE)
				.withContents());
	}

	/** Every series, loaded with their occurrences. */
	public static List<MeetingSeries> allSeries(StoreSession session) {
		return session.query(Query.<MeetingSeries>of(Literals.MEETING_SERIES).orderBy(Literals.MEETING_SERIES__TITLE)
				.withContents());
	}

	/** The series a person organizes or attends an occurrence of. */
	public static List<MeetingSeries> seriesOfPerson(Person person, StoreSession session) {
		return session.query(Query.<MeetingSeries>of(Literals.MEETING_SERIES)
				.where(Condition.or(Condition.eq(Literals.MEETING_SERIES__ORGANIZER, person),
						Condition.has(Literals.MEETING_SERIES__INVITEES, Condition.eq(Literals.ATTENDEE__PERSON, person)),
						Condition.has(Literals.MEETING_SERIES__MEETINGS, Condition.has(Literals.MEETING__ATTENDEES,
								Condition.eq(Literals.ATTENDEE__PERSON, person)))))
				.orderBy(Literals.MEETING_SERIES__TITLE).withContents());
	}

	/** "My meetings": the occurrences in [from, to) the person organizes or attends, by start. */
	public static List<Occurrence> meetingsOf(Person person, Instant from, Instant to, StoreSession session) {
		List<Occurrence> found = new ArrayList<>();
		for (MeetingSeries series : seriesOfPerson(person, session)) {
			for (Meeting meeting : series.getMeetings()) {
				if (within(meeting, from, to) && (same(series.getOrganizer(), person) || attends(meeting, person))) {
					found.add(new Occurrence(series, meeting));
				}
			}
		}
		found.sort(Comparator.comparing(o -> o.meeting().getStart()));
		return found;
	}

	/** The occurrences of the series in [from, to), by start. */
	public static List<Occurrence> occurrences(List<MeetingSeries> series, Instant from, Instant to) {
		List<Occurrence> found = new ArrayList<>();
		for (MeetingSeries one : series) {
			for (Meeting meeting : one.getMeetings()) {
				if (within(meeting, from, to)) {
					found.add(new Occurrence(one, meeting));
				}
			}
		}
		found.sort(Comparator.comparing(o -> o.meeting().getStart()));
		return found;
	}

	/** "My actions": the open actions the person owns, across all projects, the earliest due first. */
	public static List<RaisedAction> actionsOf(Person person, StoreSession session) {
		List<RaisedAction> found = new ArrayList<>();
		for (MeetingSeries series : session.<MeetingSeries>query(Query.<MeetingSeries>of(Literals.MEETING_SERIES)
				.where(Condition.has(Literals.MEETING_SERIES__MEETINGS, Condition.has(Literals.MEETING__ACTIONS,
						Condition.eq(Literals.ACTION_ITEM__OWNER, person))))
				.withContents())) {
			for (Meeting meeting : series.getMeetings()) {
				for (ActionItem action : meeting.getActions()) {
					if (same(action.getOwner(), person) && Occurrences.isOpen(action)) {
						found.add(new RaisedAction(series, meeting, action));
					}
				}
			}
		}
		found.sort(Comparator.comparing((RaisedAction r) -> r.action().getDueDate(),
				Comparator.nullsLast(Comparator.naturalOrder())));
		return found;
	}

	/** The open actions of the series that were due before today. */
	public static List<RaisedAction> overdueActions(List<MeetingSeries> series, LocalDate today) {
		List<RaisedAction> found = new ArrayList<>();
		for (MeetingSeries one : series) {
			for (Meeting meeting : one.getMeetings()) {
				for (ActionItem action : meeting.getActions()) {
					if (Occurrences.isOpen(action) && action.getDueDate() != null && action.getDueDate().isBefore(today)) {
						found.add(new RaisedAction(one, meeting, action));
					}
				}
			}
		}
		found.sort(Comparator.comparing(r -> r.action().getDueDate()));
		return found;
	}

	/** The decision register: every decision of the series, the latest meeting first. */
	public static List<RecordedDecision> decisions(List<MeetingSeries> series) {
		List<RecordedDecision> found = new ArrayList<>();
		for (MeetingSeries one : series) {
			for (Meeting meeting : one.getMeetings()) {
				for (Decision decision : meeting.getDecisions()) {
					found.add(new RecordedDecision(one, meeting, decision));
				}
			}
		}
		found.sort(Comparator.comparing((RecordedDecision r) -> r.meeting().getStart(),
				Comparator.nullsLast(Comparator.reverseOrder())));
		return found;
	}

	/** The series that hold a decision about the project, or belong to it. */
	public static List<MeetingSeries> seriesAbout(Project project, StoreSession session) {
		return session.query(Query.<MeetingSeries>of(Literals.MEETING_SERIES)
				.where(Condition.or(Condition.eq(Literals.MEETING_SERIES__SCOPE, project),
						Condition.has(Literals.MEETING_SERIES__MEETINGS, Condition.has(Literals.MEETING__DECISIONS,
								Condition.eq(Literals.DECISION__PROJECT, project)))))
				.withContents());
	}

	/** Whether the series belongs to the project. */
	public static boolean sameScope(MeetingSeries series, Project project) {
		Object scope = series.eGet(Literals.MEETING_SERIES__SCOPE, false);
		return scope instanceof Scope s && Ids.of(s) != null && Ids.of(s).equals(Ids.of(project));
	}

	/** Whether the decision is about the project: named by it, or else taken in one of the project's meetings. */
	public static boolean concerns(RecordedDecision recorded, Project project) {
		Object named = recorded.decision().eGet(Literals.DECISION__PROJECT, false);
		if (named instanceof Project p) {
			return Ids.of(p) != null && Ids.of(p).equals(Ids.of(project));
		}
		return sameScope(recorded.series(), project);
	}

	/** Whether the decision is still to be taken. */
	public static boolean isUndecided(Decision decision) {
		return decision.getStatus() == null || decision.getStatus() == DecisionStatus.UNDECIDED;
	}

	static boolean within(Meeting meeting, Instant from, Instant to) {
		return meeting.getStart() != null && !meeting.getStart().isBefore(from) && meeting.getStart().isBefore(to);
	}

	public static boolean attends(Meeting meeting, Person person) {
		for (Attendee attendee : meeting.getAttendees()) {
			if (same(attendee.getPerson(), person)) {
				return true;
			}
		}
		return false;
	}

	public static boolean same(Person a, Person b) {
		return a != null && b != null && (a == b || (Ids.of(a) != null && Ids.of(a).equals(Ids.of(b))));
	}
}
