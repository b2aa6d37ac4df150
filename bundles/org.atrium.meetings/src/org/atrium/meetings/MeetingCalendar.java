package org.atrium.meetings;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Scope;
import org.atrium.core.store.Condition;
import org.atrium.core.store.Ids;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.meetings.MeetingQueries.Occurrence;
import org.atrium.meetings.model.meetings.Attendance;
import org.atrium.meetings.model.meetings.Attendee;
import org.atrium.meetings.model.meetings.AttendeeRole;
import org.atrium.meetings.model.meetings.Meeting;
import org.atrium.meetings.model.meetings.MeetingSeries;
import org.atrium.meetings.model.meetings.MeetingStatus;
import org.atrium.meetings.model.meetings.MeetingType;
import org.atrium.meetings.model.meetings.MeetingsFactory;
import org.atrium.meetings.model.meetings.MeetingsPackage.Literals;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Meetings as RFC 5545 calendars (.ics), with ical4j.
 * <p>
 * Export: a series is one VEVENT with its RRULE and EXDATEs (cancelled occurrences are exceptions too), ORGANIZER,
 * an ATTENDEE per invitee with ROLE and PARTSTAT, the VTIMEZONE of its zone, its stable UID and a SEQUENCE that
 * grows with each stored change (ical4j stamps each event's DTSTAMP). One meeting, or "my meetings", are VEVENTs
 * of their own: the series' UID with the occurrence's RECURRENCE-ID when the series recurs, and each attendee's
 * attendance as PARTSTAT.
 * <p>
 * Import: files as Outlook, Google Calendar and Thunderbird write them (their own VTIMEZONEs, UTC or floating times,
 * all-day events). A VEVENT updates the series with its UID, else creates one; attendees and the organizer are
 * matched to people by e-mail and the unknown ones reported. Every event is checked before anything is written: a
 * file over {@value #MAX_BYTES} bytes, an event without DTSTART, a bad RRULE or an unknown TZID refuses the whole
 * file, and nothing is saved.
 */
public final class MeetingCalendar {

	/** The largest file imported: 20 MB, as the core's tabular import. */
	public static final int MAX_BYTES = 20 * 1024 * 1024;

	private static final String PRODUCT = "-//Atrium//Meeting management//EN";

	/** What an import did. */
	public record ImportResult(int created, int updated, int unchanged, List<String> unknownAttendees) {

		/** E.g. "2 series created, 1 updated; unknown attendees: x@example.com". */
		public String summary() {
			return created + (created == 1 ? " series" : " series") + " created, " + updated + " updated, " + unchanged
					+ " unchanged" + (unknownAttendees.isEmpty() ? ""
							: "; no person has the e-mail of " + String.join(", ", unknownAttendees));
		}
	}

	static {
		Ical4jLogging.quiet();
	}

	private static final Properties WINDOWS_ZONES = windowsZones();

	private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

	// ------------------------------------------------------------------ export

	/** Writes the series, each with its recurrence, as one calendar. */
	public void exportSeries(List<MeetingSeries> series, OutputStream out) throws IOException {
		Calendar calendar = calendar();
		Set<String> zonesAdded = new LinkedHashSet<>();
		for (MeetingSeries one : series) {
			addZone(calendar, one, zonesAdded);
			calendar.add(seriesEvent(one));
		}
		write(calendar, out);
	}

	/** Writes occurrences (one meeting, or "my meetings") as events of their own, with attendance. */
	public void exportOccurrences(List<Occurrence> occurrences, OutputStream out) throws IOException {
		Calendar calendar = calendar();
		Set<String> zonesAdded = new LinkedHashSet<>();
		for (Occurrence occurrence : occurrences) {
			addZone(calendar, occurrence.series(), zonesAdded);
			calendar.add(occurrenceEvent(occurrence.series(), occurrence.meeting()));
		}
		write(calendar, out);
	}

	private static Calendar calendar() {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId(PRODUCT));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		return calendar;
	}

	private void addZone(Calendar calendar, MeetingSeries series, Set<String> added) {
		String zone = Occurrences.zone(series).getId();
		if (added.add(zone)) {
			net.fortuna.ical4j.model.TimeZone timeZone = zones.getTimeZone(zone);
			if (timeZone != null) {
				calendar.add(timeZone.getVTimeZone());
			}
		}
	}

	/** Writes the calendar; the caller's stream stays open (ical4j closes the writer it is given). */
	private static void write(Calendar calendar, OutputStream out) throws IOException {
		OutputStream kept = new FilterOutputStream(out) {
			@Override
			public void write(byte[] bytes, int offset, int length) throws IOException {
				out.write(bytes, offset, length);
			}

			@Override
			public void close() throws IOException {
				flush();
			}
		};
		Writer writer = new BufferedWriter(new OutputStreamWriter(kept, StandardCharsets.UTF_8), 64 * 1024);
		new CalendarOutputter(false).output(calendar, writer);
	}

	private static VEvent seriesEvent(MeetingSeries series) {
		ZoneId zone = Occurrences.zone(series);
		ZonedDateTime start = series.getFirstStart().atZone(zone);
		VEvent event = new VEvent(start, start.plusMinutes(series.getDurationMinutes()), MeetingLabels.title(series));
		describe(event, series, sequence(series));
		if (series.getRecurrence() != null && !series.getRecurrence().isBlank()) {
			event.add(new RRule<>(Occurrences.rule(series.getRecurrence())));
			List<ZonedDateTime> exceptions = new ArrayList<>();
			for (LocalDate date : series.getExceptionDates()) {
				exceptions.add(date.atTime(start.toLocalTime()).atZone(zone));
			}
			for (Meeting meeting : series.getMeetings()) {
				if (meeting.getStatus() == MeetingStatus.CANCELLED && meeting.getStart() != null) {
					ZonedDateTime cancelled = meeting.getStart().atZone(zone);
					if (!series.getExceptionDates().contains(cancelled.toLocalDate())) {
						exceptions.add(cancelled);
					}
				}
			}
			if (!exceptions.isEmpty()) {
				ExDate<ZonedDateTime> exDate = new ExDate<>(new DateList<>(exceptions));
				exDate.add(new TzId(zone.getId()));
				event.add(exDate);
			}
		}
		location(event, series.getLocation(), series.getOnlineLink());
		for (Attendee invitee : series.getInvitees()) {
			attendee(invitee).ifPresent(event::add);
		}
		return event;
	}

	private static VEvent occurrenceEvent(MeetingSeries series, Meeting meeting) {
		ZoneId zone = Occurrences.zone(series);
		ZonedDateTime start = meeting.getStart().atZone(zone);
		ZonedDateTime end = (meeting.getEnd() != null ? meeting.getEnd() : meeting.getStart()).atZone(zone);
		VEvent event = new VEvent(start, end, MeetingLabels.title(series));
		describe(event, series, sequence(series) + meeting.getVersion());
		if (series.getRecurrence() != null && !series.getRecurrence().isBlank()) {
			event.add(new RecurrenceId<>(start));
		}
		if (meeting.getStatus() == MeetingStatus.CANCELLED) {
			event.add(new Status(Status.VALUE_CANCELLED));
		}
		location(event, meeting.getLocation(), meeting.getOnlineLink());
		for (Attendee attendee : meeting.getAttendees()) {
			attendee(attendee).ifPresent(event::add);
		}
		return event;
	}

	/** The SEQUENCE: the one last imported, raised by every stored change since. */
	static int sequence(MeetingSeries series) {
		return series.getSequence() + series.getVersion();
	}

	private static void describe(VEvent event, MeetingSeries series, int sequence) {
		event.add(new Uid(uid(series)));
		event.add(new Sequence(sequence));
		if (series.getType() != null) {
			event.add(new Categories(series.getType().getLiteral()));
		}
		Person organizer = series.getOrganizer();
		if (organizer != null && hasEmail(organizer)) {
			Organizer property = new Organizer(mailto(organizer));
			property.add(new Cn(organizer.getName()));
			event.add(property);
		}
	}

	/** The series' calendar UID; a series without one is given one from its id. */
	static String uid(MeetingSeries series) {
		if (series.getUid() == null || series.getUid().isBlank()) {
			series.setUid((series.getId() != null ? series.getId() : Ids.newId()) + "@atrium");
		}
		return series.getUid();
	}

	private static void location(VEvent event, String location, String link) {
		if (location != null && !location.isBlank()) {
			event.add(new Location(location));
		}
		if (link != null && !link.isBlank()) {
			try {
				event.add(new Url(URI.create(link)));
			} catch (IllegalArgumentException e) {
				// not a URI: the link stays in Atrium only
			}
		}
	}

	private static Optional<net.fortuna.ical4j.model.property.Attendee> attendee(Attendee attendee) {
		Person person = attendee.getPerson();
		if (person == null || !hasEmail(person)) {
			return Optional.empty();
		}
		net.fortuna.ical4j.model.property.Attendee property = new net.fortuna.ical4j.model.property.Attendee(
				mailto(person));
		property.add(attendee.getRole() == AttendeeRole.OPTIONAL ? Role.OPT_PARTICIPANT : Role.REQ_PARTICIPANT);
		property.add(switch (attendee.getAttendance() == null ? Attendance.UNRECORDED : attendee.getAttendance()) {
		case PRESENT -> PartStat.ACCEPTED;
		case ABSENT, EXCUSED -> PartStat.DECLINED;
		default -> PartStat.NEEDS_ACTION;
		});
		property.add(new Cn(person.getName()));
		return Optional.of(property);
	}

	private static boolean hasEmail(Person person) {
		return person.getEmail() != null && person.getEmail().contains("@");
	}

	private static URI mailto(Person person) {
		return URI.create("mailto:" + person.getEmail().trim());
	}

	// ------------------------------------------------------------------ import

	/**
	 * Reads a calendar and saves its events as series in one transaction: updated where the UID is known, created
	 * otherwise, in the scope given (may be null). Refuses the whole file, saving nothing, on any problem.
	 */
	public ImportResult importFrom(InputStream in, String name, Scope scope, StoreSession session)
			throws CalendarImportException, IOException {
		byte[] bytes = in.readNBytes(MAX_BYTES + 1);
		if (bytes.length > MAX_BYTES) {
			throw new CalendarImportException(name,
					List.of("the file is larger than " + MAX_BYTES / (1024 * 1024) + " MB, the most a calendar may have"));
		}
		Calendar calendar = parse(bytes, name);
		List<String> problems = new ArrayList<>();
		Map<String, List<VEvent>> byUid = new LinkedHashMap<>();
		int index = 0;
		for (VEvent event : calendar.<VEvent>getComponents("VEVENT")) {
			index++;
			String uid = text(event, Property.UID).orElse(null);
			if (uid == null || uid.isBlank()) {
				problems.add(eventName(event, index) + ": UID is missing");
				continue;
			}
			byUid.computeIfAbsent(uid, key -> new ArrayList<>()).add(event);
		}
		Map<String, Person> people = peopleByEmail(session);
		Set<String> unknown = new LinkedHashSet<>();
		List<ParsedSeries> parsed = new ArrayList<>();
		index = 0;
		for (Map.Entry<String, List<VEvent>> entry : byUid.entrySet()) {
			index++;
			try {
				parsed.add(parseSeries(entry.getKey(), entry.getValue(), index, people, unknown));
			} catch (IllegalArgumentException e) {
				problems.add(e.getMessage());
			}
		}
		if (!problems.isEmpty()) {
			throw new CalendarImportException(name, problems);
		}
		Map<String, MeetingSeries> existing = new HashMap<>();
		List<String> uids = List.copyOf(byUid.keySet());
		for (int i = 0; i < uids.size(); i += 500) {
			for (MeetingSeries series : session.<MeetingSeries>query(Query.<MeetingSeries>of(Literals.MEETING_SERIES)
					.where(Condition.in(Literals.MEETING_SERIES__UID, uids.subList(i, Math.min(uids.size(), i + 500))))
					.withContents())) {
				existing.put(series.getUid(), series);
			}
		}
		int[] counts = new int[3];
		List<MeetingSeries> changed = new ArrayList<>();
		for (ParsedSeries one : parsed) {
			MeetingSeries series = existing.get(one.uid());
			if (series == null) {
				series = MeetingsFactory.eINSTANCE.createMeetingSeries();
				series.setUid(one.uid());
				series.setScope(scope);
				series.setType(one.type() != null ? one.type() : MeetingType.PROJECT_CHECK_IN);
				one.apply(series);
				counts[0]++;
				changed.add(series);
			} else if (one.apply(series)) {
				counts[1]++;
				changed.add(series);
			} else {
				counts[2]++;
			}
		}
		session.inTransaction(tx -> changed.forEach(tx::save));
		return new ImportResult(counts[0], counts[1], counts[2], List.copyOf(unknown));
	}

	private Calendar parse(byte[] bytes, String name) throws CalendarImportException, IOException {
		try {
			CalendarBuilder builder = new CalendarBuilder(zones);
			return builder.build(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
		} catch (ParserException e) {
			throw new CalendarImportException(name,
					List.of("line " + e.getLineNo() + property(bytes, e.getLineNo()) + ": " + reason(e)));
		} catch (DateTimeException | IllegalArgumentException e) {
			throw new CalendarImportException(name, List.of(reason(e)));
		}
	}

	/** The name of the property on the unfolded line, as " (RRULE)", or nothing. */
	private static String property(byte[] bytes, int lineNo) {
		String[] lines = new String(bytes, StandardCharsets.UTF_8).replaceAll("\r?\n[ \t]", "").split("\r?\n");
		if (lineNo < 1 || lineNo > lines.length) {
			return "";
		}
		String name = lines[lineNo - 1].split("[:;]", 2)[0].trim();
		return name.isEmpty() || name.length() > 40 ? "" : " (" + name + ")";
	}

	private static String reason(Throwable e) {
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
		if (cause instanceof java.time.zone.ZoneRulesException) {
			return "unknown TZID: " + message;
		}
		return message;
	}

	/** One series as the file describes it: its main event and the changed or cancelled occurrences. */
	private record ParsedSeries(String uid, String title, MeetingType type, ZonedDateTime start, int minutes,
			String rrule, List<LocalDate> exceptions, String location, String link, int sequence, Person organizer,
			List<Attendee> invitees, Map<Instant, ZonedDateTime[]> moved, Set<Instant> cancelled) {

		/** Copies what the file says into the series; whether anything changed. */
		boolean apply(MeetingSeries series) {
			boolean changed = set(series, Literals.MEETING_SERIES__TITLE, title)
					| set(series, Literals.MEETING_SERIES__TIME_ZONE, start.getZone().getId())
					| set(series, Literals.MEETING_SERIES__FIRST_START, start.toInstant())
					| set(series, Literals.MEETING_SERIES__DURATION_MINUTES, minutes)
					| set(series, Literals.MEETING_SERIES__RECURRENCE, rrule)
					| set(series, Literals.MEETING_SERIES__LOCATION, location)
					| set(series, Literals.MEETING_SERIES__ONLINE_LINK, link)
					| set(series, Literals.MEETING_SERIES__ORGANIZER, organizer);
			if (sequence > MeetingCalendar.sequence(series)) {
				// what is exported next (the stored sequence plus the version) does not fall behind the file's
				series.setSequence(sequence - series.getVersion());
				changed = true;
			}
			if (!series.getExceptionDates().equals(exceptions)) {
				series.getExceptionDates().clear();
				series.getExceptionDates().addAll(exceptions);
				changed = true;
			}
			changed |= MeetingCalendar.sameInvitees(series, invitees);
			if (!changed && !series.getMeetings().isEmpty()) {
				return applyOverrides(series);
			}
			Instant until = start.toInstant().plus(MeetingPlanner.HORIZON);
			if (Instant.now().plus(MeetingPlanner.HORIZON).isAfter(until)) {
				until = Instant.now().plus(MeetingPlanner.HORIZON);
			}
			Occurrences.extend(series, until, MeetingTemplates.defaults(series.getType()));
			applyOverrides(series);
			return true;
		}

		/** Moves and cancels the occurrences the file changed; whether it changed any. */
		private boolean applyOverrides(MeetingSeries series) {
			boolean changed = false;
			for (Meeting meeting : series.getMeetings()) {
				ZonedDateTime[] to = moved.get(meeting.getStart());
				if (to != null) {
					meeting.setStart(to[0].toInstant());
					meeting.setEnd(to[1].toInstant());
					changed = true;
				}
				if (cancelled.contains(meeting.getStart()) && meeting.getStatus() != MeetingStatus.CANCELLED) {
					meeting.setStatus(MeetingStatus.CANCELLED);
					changed = true;
				}
			}
			return changed;
		}

		private static boolean set(MeetingSeries series, org.eclipse.emf.ecore.EStructuralFeature feature, Object value) {
			Object old = series.eGet(feature);
			boolean same = old == null ? value == null
					: old instanceof Person p && value instanceof Person q ? MeetingQueries.same(p, q) : old.equals(value);
			if (!same) {
				series.eSet(feature, value);
			}
			return !same;
		}
	}

	/** Replaces the series' invitees when the people or roles differ; whether they did. */
	static boolean sameInvitees(MeetingSeries series, List<Attendee> invitees) {
		List<String> now = series.getInvitees().stream().map(a -> Ids.of(a.getPerson()) + a.getRole()).toList();
		List<String> next = invitees.stream().map(a -> Ids.of(a.getPerson()) + a.getRole()).toList();
		if (now.equals(next)) {
			return false;
		}
		series.getInvitees().clear();
		series.getInvitees().addAll(invitees);
		return true;
	}

	private ParsedSeries parseSeries(String uid, List<VEvent> events, int index, Map<String, Person> people,
			Set<String> unknown) {
		VEvent main = events.stream().filter(e -> e.getProperty(Property.RECURRENCE_ID).isEmpty()).findFirst()
				.orElse(events.get(0));
		String name = eventName(main, index);
		ZonedDateTime start = start(main, Property.DTSTART, name)
				.orElseThrow(() -> new IllegalArgumentException(name + ": DTSTART is missing"));
		ZonedDateTime end = start(main, Property.DTEND, name).orElse(null);
		int minutes = end != null ? (int) Duration.between(start, end).toMinutes()
				: main.<net.fortuna.ical4j.model.property.Duration>getProperty(Property.DURATION)
						.map(d -> (int) Duration.from(d.getDuration()).toMinutes()).orElse(60);
		if (minutes <= 0) {
			minutes = isAllDay(main) ? 24 * 60 : 60;
		}
		String rrule = text(main, Property.RRULE).orElse(null);
		if (rrule != null) {
			try {
				Occurrences.rule(rrule);
			} catch (IllegalArgumentException e) {
				throw new IllegalArgumentException(name + ": " + e.getMessage());
			}
		}
		List<LocalDate> exceptions = new ArrayList<>();
		for (Property exDate : main.getProperties(Property.EXDATE)) {
			for (String value : exDate.getValue().split(",")) {
				exceptions.add(LocalDate.parse(value.substring(0, 8), java.time.format.DateTimeFormatter.BASIC_ISO_DATE));
			}
		}
		Person organizer = main.<Organizer>getProperty(Property.ORGANIZER)
				.map(o -> person(o.getValue(), people, unknown)).orElse(null);
		List<Attendee> invitees = new ArrayList<>();
		Set<String> invited = new LinkedHashSet<>();
		for (net.fortuna.ical4j.model.property.Attendee property : main
				.<net.fortuna.ical4j.model.property.Attendee>getProperties(Property.ATTENDEE)) {
			Person person = person(property.getValue(), people, unknown);
			if (person != null && invited.add(person.getId())) {
				boolean optional = property.<Role>getParameter(Parameter.ROLE)
						.filter(role -> role.getValue().equalsIgnoreCase(Role.OPT_PARTICIPANT.getValue())
								|| role.getValue().equalsIgnoreCase(Role.NON_PARTICIPANT.getValue()))
						.isPresent();
				invitees.add(Invitees.attendee(person, optional ? AttendeeRole.OPTIONAL : AttendeeRole.REQUIRED));
			}
		}
		Map<Instant, ZonedDateTime[]> moved = new HashMap<>();
		Set<Instant> cancelled = new LinkedHashSet<>();
		for (VEvent override : events) {
			if (override == main) {
				continue;
			}
			String overrideName = eventName(override, index);
			ZonedDateTime original = start(override, Property.RECURRENCE_ID, overrideName)
					.orElseThrow(() -> new IllegalArgumentException(overrideName + ": RECURRENCE-ID is missing"));
			if (text(override, Property.STATUS).filter(Status.VALUE_CANCELLED::equalsIgnoreCase).isPresent()) {
				cancelled.add(original.toInstant());
			} else {
				ZonedDateTime newStart = start(override, Property.DTSTART, overrideName).orElse(original);
				ZonedDateTime newEnd = start(override, Property.DTEND, overrideName).orElse(newStart.plusMinutes(minutes));
				moved.put(original.toInstant(), new ZonedDateTime[] { newStart, newEnd });
			}
		}
		String title = text(main, Property.SUMMARY).orElse("(untitled)");
		if (title.length() > 255) {
			title = title.substring(0, 255);
		}
		int sequence = text(main, Property.SEQUENCE).map(s -> {
			try {
				return Integer.parseInt(s.trim());
			} catch (NumberFormatException e) {
				return 0;
			}
		}).orElse(0);
		return new ParsedSeries(uid, title, type(main), start, minutes, rrule, exceptions,
				text(main, Property.LOCATION).orElse(null), text(main, Property.URL).orElse(null), sequence, organizer,
				invitees, moved, cancelled);
	}

	private static MeetingType type(VEvent event) {
		for (Property categories : event.getProperties(Property.CATEGORIES)) {
			for (String category : categories.getValue().split(",")) {
				for (MeetingType type : MeetingType.VALUES) {
					if (type.getLiteral().equalsIgnoreCase(category.trim())) {
						return type;
					}
				}
			}
		}
		return null;
	}

	/** A date-time property as a zoned time: its TZID's zone, UTC, or the system zone for floating times. */
	private static Optional<ZonedDateTime> start(VEvent event, String property, String name) {
		Optional<Property> found = event.getProperty(property);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		try {
			Temporal value = ((net.fortuna.ical4j.model.property.DateProperty<?>) found.get()).getDate();
			return Optional.of(zoned(value, found.get()));
		} catch (DateTimeException | IllegalArgumentException | ClassCastException e) {
			Optional<String> tzid = found.get().<TzId>getParameter(Parameter.TZID).map(TzId::getValue);
			throw new IllegalArgumentException(name + ": " + property
					+ (tzid.isPresent() ? " has the unknown TZID '" + tzid.get() + "'" : " is not a date: " + reason(e)));
		}
	}

	private static ZonedDateTime zoned(Temporal value, Property property) {
		ZonedDateTime time = switch (value) {
		case ZonedDateTime zoned -> zoned;
		case OffsetDateTime offset -> offset.toZonedDateTime();
		case Instant instant -> instant.atZone(ZoneOffset.UTC);
		case LocalDateTime local -> local.atZone(ZoneId.systemDefault());
		case LocalDate date -> date.atStartOfDay(ZoneId.systemDefault());
		default -> throw new IllegalArgumentException("unsupported date " + value);
		};
		Optional<String> tzid = property.<TzId>getParameter(Parameter.TZID).map(TzId::getValue);
		ZoneId zone = time.getZone();
		if (zone.getId().startsWith("ical4j")) {
			ZonedDateTime fromFile = time;
			zone = tzid.flatMap(MeetingCalendar::iana).orElseGet(() -> fromFile.getOffset());
			time = time.withZoneSameInstant(zone);
		}
		if (tzid.isPresent() && iana(tzid.get()).isEmpty() && !time.getZone().getId().startsWith("ical4j")
				&& zone.equals(ZoneOffset.UTC) && !(value instanceof Instant)) {
			throw new DateTimeException("unknown TZID " + tzid.get());
		}
		return time;
	}

	/** The IANA zone a TZID names: itself, or the zone of a Windows name as Outlook writes them. */
	static Optional<ZoneId> iana(String id) {
		String name = id.replace("\"", "").trim();
		try {
			return Optional.of(ZoneId.of(WINDOWS_ZONES.getProperty(name, name)));
		} catch (DateTimeException e) {
			return Optional.empty();
		}
	}

	private static Properties windowsZones() {
		Properties zones = new Properties();
		try (InputStream in = MeetingCalendar.class.getResourceAsStream("windows-zones.properties")) {
			zones.load(in);
		} catch (IOException | NullPointerException e) {
			throw new IllegalStateException("The bundle lacks its table of Windows time zones", e);
		}
		return zones;
	}

	private static boolean isAllDay(VEvent event) {
		return event.getProperty(Property.DTSTART)
				.flatMap(p -> p.<Parameter>getParameter(Parameter.VALUE)).filter(v -> v.getValue().equals("DATE"))
				.isPresent();
	}

	private static Optional<String> text(VEvent event, String property) {
		return event.getProperty(property).map(Property::getValue).filter(value -> !value.isBlank());
	}

	private static String eventName(VEvent event, int index) {
		return "event " + index + text(event, Property.SUMMARY).map(s -> " '" + s + "'").orElse("")
				+ text(event, Property.UID).map(u -> " (UID " + u + ")").orElse("");
	}

	private static Person person(String address, Map<String, Person> people, Set<String> unknown) {
		String email = address.replaceFirst("(?i)^mailto:", "").trim().toLowerCase(Locale.ROOT);
		Person person = people.get(email);
		if (person == null && !email.isEmpty()) {
			unknown.add(email);
		}
		return person;
	}

	private static Map<String, Person> peopleByEmail(StoreSession session) {
		Map<String, Person> people = new HashMap<>();
		for (Person person : session.<Person>query(Query.<Person>of(PmoPackage.Literals.PERSON)
				.where(Condition.ne(PmoPackage.Literals.PERSON__EMAIL, null)))) {
			people.putIfAbsent(person.getEmail().trim().toLowerCase(Locale.ROOT), person);
		}
		return people;
	}
}
