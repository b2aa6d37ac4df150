package org.atrium.meetings;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import org.atrium.core.Governance;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.Scope;
import org.atrium.core.store.Ids;
import org.atrium.core.store.StoreSession;
import org.atrium.meetings.model.meetings.Meeting;
import org.atrium.meetings.model.meetings.MeetingSeries;
import org.atrium.meetings.model.meetings.MeetingType;
import org.atrium.meetings.model.meetings.MeetingsFactory;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Plans meetings: a new series gets a stable calendar UID, its organizer, the invitees its type takes from the
 * governance of its scope, and its occurrences for the coming {@link #HORIZON}, each with the agenda of its type's
 * template. Nothing is saved here; the caller saves the series in its transaction.
 */
@Component(service = MeetingPlanner.class)
public class MeetingPlanner {

	/** How far ahead occurrences are made when a series is planned. */
	public static final Duration HORIZON = Duration.ofDays(13 * 7);

	private Governance governance;

	public MeetingPlanner() {
	}

	/** For use outside OSGi. */
	public MeetingPlanner(Governance governance) {
		this.governance = governance;
	}

	@Reference
	void setGovernance(Governance governance) {
		this.governance = governance;
	}

	/** A new series with its invitees and occurrences; {@code rrule} may be null for a meeting held once. */
	public MeetingSeries plan(MeetingType type, String title, Scope scope, Person organizer, ZonedDateTime firstStart,
			int durationMinutes, String rrule, StoreSession session) {
		MeetingSeries series = MeetingsFactory.eINSTANCE.createMeetingSeries();
		series.setId(Ids.newId());
		series.setUid(series.getId() + "@atrium");
		series.setType(type);
		series.setTitle(title);
		series.setScope(scope);
		series.setOrganizer(organizer);
		series.setTimeZone(firstStart.getZone().getId());
		series.setFirstStart(firstStart.toInstant());
		series.setDurationMinutes(durationMinutes);
		series.setRecurrence(rrule);
		series.getInvitees().addAll(Invitees.attendees(new Invitees(governance).of(type, scope)));
		extend(series, firstStart.toInstant().plus(HORIZON), session);
		return series;
	}

	/** Adds the occurrences up to {@code until} the series does not hold yet; returns them. */
	public List<Meeting> extend(MeetingSeries series, Instant until, StoreSession session) {
		return Occurrences.extend(series, until, MeetingTemplates.agenda(series.getType(), session));
	}
}
