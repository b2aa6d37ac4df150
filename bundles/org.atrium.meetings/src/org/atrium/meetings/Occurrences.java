package org.atrium.meetings;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.atrium.core.store.Ids;
import org.atrium.meetings.model.meetings.ActionItem;
import org.atrium.meetings.model.meetings.ActionStatus;
import org.atrium.meetings.model.meetings.AgendaItem;
import org.atrium.meetings.model.meetings.Attendee;
import org.atrium.meetings.model.meetings.Meeting;
import org.atrium.meetings.model.meetings.MeetingSeries;
import org.atrium.meetings.model.meetings.MeetingStatus;
import org.atrium.meetings.model.meetings.MeetingsFactory;
import org.atrium.meetings.model.meetings.MeetingsPackage;
import org.eclipse.emf.ecore.util.EcoreUtil;

import net.fortuna.ical4j.model.Recur;

/**
 * The occurrences of a series, from its first start, time zone, RFC 5545 recurrence and exception dates, and the
 * meetings made for them: each with the series' invitees, the agenda of its type, and the open actions of the
 * meetings before it carried over into its agenda.
 */
public final class Occurrences {

	static {
		Ical4jLogging.quiet();
	}

	/** The most occurrences one call makes, so that an endless rule cannot fill the database. */
	public static final int LIMIT = 1000;

	private Occurrences() {
	}

	/** The series' time zone; a missing or unknown one is refused, naming it. */
	public static ZoneId zone(MeetingSeries series) {
		String id = series.getTimeZone();
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException(MeetingLabels.of(series) + " has no time zone");
		}
		try {
			return ZoneId.of(id);
		} catch (DateTimeException e) {
			throw new IllegalArgumentException(MeetingLabels.of(series) + ": time zone '" + id + "' is unknown");
		}
	}

	/** The recurrence rule, e.g. {@code FREQ=WEEKLY;BYDAY=MO}; a bad one is refused with ical4j's reason. */
	public static Recur<ZonedDateTime> rule(String rrule) {
		String text = rrule.startsWith("RRULE:") ? rrule.substring(6) : rrule;
		try {
			return new Recur<>(text);
		} catch (RuntimeException e) {
			throw new IllegalArgumentException("recurrence '" + rrule + "' is not an RFC 5545 RRULE: " + e.getMessage());
		}
	}

	/** The starts of the occurrences before {@code until}, in order, without the exception dates; at most LIMIT. */
	public static List<ZonedDateTime> starts(MeetingSeries series, Instant until) {
		if (series.getFirstStart() == null) {
			throw new IllegalArgumentException(MeetingLabels.of(series) + " has no first start");
		}
		ZonedDateTime first = series.getFirstStart().atZone(zone(series));
		List<ZonedDateTime> starts = new ArrayList<>();
		if (series.getRecurrence() == null || series.getRecurrence().isBlank()) {
			if (first.toInstant().isBefore(until)) {
				starts.add(first);
			}
			return starts;
		}
		ZonedDateTime end = until.atZone(first.getZone());
		for (ZonedDateTime start : rule(series.getRecurrence()).getDates(first, first, end)) {
			if (starts.size() == LIMIT) {
				break;
			}
			if (!series.getExceptionDates().contains(start.toLocalDate()) && start.toInstant().isBefore(until)) {
				starts.add(start);
			}
		}
		return starts;
	}

	/**
	 * Adds a meeting for every occurrence before {@code until} that the series does not hold yet, with the agenda
	 * given; returns the new meetings, in order.
	 */
	public static List<Meeting> extend(MeetingSeries series, Instant until, List<String> agenda) {
		Set<Instant> held = new HashSet<>();
		series.getMeetings().forEach(meeting -> held.add(meeting.getStart()));
		Duration length = Duration.ofMinutes(Math.max(series.getDurationMinutes(), 0));
		List<Meeting> added = new ArrayList<>();
		for (ZonedDateTime start : starts(series, until)) {
			if (held.contains(start.toInstant())) {
				continue;
			}
			Meeting meeting = MeetingsFactory.eINSTANCE.createMeeting();
			meeting.setStart(start.toInstant());
			meeting.setEnd(start.plus(length).toInstant());
			meeting.setLocation(series.getLocation());
			meeting.setOnlineLink(series.getOnlineLink());
			meeting.setStatus(MeetingStatus.PLANNED);
			for (Attendee invitee : series.getInvitees()) {
				meeting.getAttendees().add(EcoreUtil.copy(invitee));
			}
			meeting.getAttendees().forEach(attendee -> attendee.setId(null));
			for (String title : agenda) {
				meeting.getAgendaItems().add(item(title));
			}
			series.getMeetings().add(meeting);
			added.add(meeting);
		}
		series.getMeetings().sort(Comparator.comparing(Meeting::getStart, Comparator.nullsLast(Comparator.naturalOrder())));
		for (Meeting meeting : added) {
			carryOver(series, meeting);
		}
		return added;
	}

	/** The actions raised in the series' meetings before this one that are still open or in progress. */
	public static List<ActionItem> openActionsBefore(MeetingSeries series, Meeting meeting) {
		List<ActionItem> open = new ArrayList<>();
		for (Meeting earlier : series.getMeetings()) {
			if (earlier != meeting && earlier.getStart() != null && meeting.getStart() != null
					&& earlier.getStart().isBefore(meeting.getStart())) {
				earlier.getActions().stream().filter(Occurrences::isOpen).forEach(open::add);
			}
		}
		return open;
	}

	/**
	 * Puts each open action of the earlier meetings on the meeting's agenda, once: an item "Open action: title"
	 * about the action (its id), presented by its owner. Returns the items added.
	 */
	public static List<AgendaItem> carryOver(MeetingSeries series, Meeting meeting) {
		Set<String> onAgenda = new HashSet<>();
		meeting.getAgendaItems().forEach(item -> onAgenda.add(item.getSubjectId()));
		List<AgendaItem> added = new ArrayList<>();
		for (ActionItem action : openActionsBefore(series, meeting)) {
			if (action.getId() == null) {
				action.setId(Ids.newId());
			}
			if (onAgenda.add(action.getId())) {
				AgendaItem item = item("Open action: " + action.getTitle());
				item.setPresenter(action.getOwner());
				item.setSubjectId(action.getId());
				item.setSubjectClass(EcoreUtil.getURI(MeetingsPackage.Literals.ACTION_ITEM).toString());
				meeting.getAgendaItems().add(item);
				added.add(item);
			}
		}
		return added;
	}

	public static boolean isOpen(ActionItem action) {
		return action.getStatus() == ActionStatus.OPEN || action.getStatus() == ActionStatus.IN_PROGRESS;
	}

	private static AgendaItem item(String title) {
		AgendaItem item = MeetingsFactory.eINSTANCE.createAgendaItem();
		item.setTitle(title);
		return item;
	}
}
