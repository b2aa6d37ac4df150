package org.atrium.meetings;

import java.util.ArrayList;
import java.util.List;

import org.atrium.core.model.pmo.Person;
import org.atrium.core.store.StoreSession;
import org.atrium.meetings.MeetingQueries.Occurrence;
import org.atrium.meetings.model.meetings.Attendee;
import org.atrium.meetings.model.meetings.AttendeeRole;
import org.atrium.meetings.model.meetings.Meeting;
import org.atrium.meetings.model.meetings.MeetingStatus;

/**
 * Warns when a required attendee of a meeting is in another meeting at the same time: a warning, not a refusal,
 * since people do choose between two meetings.
 */
public final class DoubleBookings {

	/** One clash: the person, and the other meeting they are in. */
	public record Clash(Person person, Occurrence other) {

		/** E.g. "Ann Lee is also in Meeting 'Steering committee' on 30 Nov 2026, 09:30." */
		public String sentence() {
			return person.getName() + " is also in " + MeetingLabels.of(other.meeting()) + ".";
		}
	}

	private DoubleBookings() {
	}

	/** The required attendees of the meeting who are in another meeting that overlaps it, as stored. */
	public static List<Clash> of(Meeting meeting, StoreSession session) {
		List<Clash> clashes = new ArrayList<>();
		if (meeting.getStart() == null || meeting.getEnd() == null || meeting.getStatus() == MeetingStatus.CANCELLED) {
			return clashes;
		}
		for (Attendee attendee : meeting.getAttendees()) {
			if (attendee.getRole() != AttendeeRole.REQUIRED || attendee.getPerson() == null) {
				continue;
			}
			for (Occurrence other : MeetingQueries.meetingsOf(attendee.getPerson(),
					meeting.getStart().minus(java.time.Duration.ofDays(1)), meeting.getEnd(), session)) {
				Meeting theirs = other.meeting();
				boolean same = theirs == meeting || (theirs.getId() != null && theirs.getId().equals(meeting.getId()));
				if (!same && theirs.getStatus() != MeetingStatus.CANCELLED && theirs.getEnd() != null
						&& theirs.getStart().isBefore(meeting.getEnd()) && meeting.getStart().isBefore(theirs.getEnd())) {
					clashes.add(new Clash(attendee.getPerson(), other));
				}
			}
		}
		return clashes;
	}
}
