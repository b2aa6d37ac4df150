package org.atrium.meetings.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.meetings.CalendarImportException;
import org.atrium.meetings.MeetingCalendar;
import org.atrium.meetings.MeetingCalendar.ImportResult;
import org.atrium.meetings.MeetingQueries;
import org.atrium.meetings.model.meetings.Attendance;
import org.atrium.meetings.model.meetings.AttendeeRole;
import org.atrium.meetings.model.meetings.Meeting;
import org.atrium.meetings.model.meetings.MeetingSeries;
import org.atrium.meetings.model.meetings.MeetingStatus;
import org.atrium.meetings.model.meetings.MeetingsPackage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Real .ics files: exported series and meetings carry what calendars need, files from Outlook and Google import with
 * attendees matched by e-mail, importing again updates instead of duplicating, and a malformed file saves nothing.
 */
class MeetingCalendarTest extends MeetingTestSupport {

	private final MeetingCalendar calendar = new MeetingCalendar();
	private ModelStore store;

	@BeforeEach
	void officeWithPeople() {
		store = openStore();
		Person ann = person("Ann Lee", "ann");
		Person bob = person("Bob Stone", "bob");
		Project project = project("DIG-001", "Digital onboarding");
		try (StoreSession session = store.openSession("setup")) {
			session.inTransaction(tx -> {
				tx.save(ann);
				tx.save(bob);
				tx.save(portfolioOf(project));
			});
		}
	}

	@Test
	void aSeriesExportsWithRuleExceptionsPeopleZoneUidAndAGrowingSequenceAndImportsBackOnce() throws Exception {
		String exported;
		try (StoreSession session = store.openSession("ann")) {
			Person ann = personByLogin(session, "ann");
			MeetingSeries series = weekly(session.<Project>query(Query.of(org.atrium.core.model.pmo.PmoPackage.Literals.PROJECT)).get(0), ann, session);
			series.getInvitees().add(org.atrium.meetings.Invitees.attendee(personByLogin(session, "bob"), AttendeeRole.OPTIONAL));
			series.getExceptionDates().add(MONDAY_0930.plusWeeks(2).toLocalDate());
			series.getMeetings().get(3).setStatus(MeetingStatus.CANCELLED);
			session.save(series);
			exported = export(series);
			String unfolded = exported.replace("\r\n ", "");
			assertTrue(unfolded.contains("RRULE:FREQ=WEEKLY;BYDAY=MO\r\n"), unfolded);
			assertTrue(unfolded.contains("EXDATE;TZID=Europe/Berlin:20261214T093000,20261221T093000\r\n"), unfolded);
			assertTrue(unfolded.contains("DTSTART;TZID=Europe/Berlin:20261130T093000\r\n"), unfolded);
			assertTrue(unfolded.contains("DTEND;TZID=Europe/Berlin:20261130T101500\r\n"), unfolded);
			assertTrue(unfolded.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n"), unfolded);
			assertTrue(unfolded.contains("ORGANIZER;CN=Ann Lee:mailto:ann@example.com\r\n"), unfolded);
			assertTrue(unfolded.contains("ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Bob Stone:mailto:bob@example.com"),
					unfolded);
			assertTrue(unfolded.contains("UID:" + series.getUid() + "\r\n"), unfolded);
			assertEquals(1, unfolded.split("\r\nDTSTAMP:", -1).length - 1, "one DTSTAMP per event: " + unfolded);
			int before = sequence(exported);

			series.setLocation("Room 4.12");
			session.save(series);
			String again = export(series);
			assertTrue(sequence(again) > before, "SEQUENCE grows with a change: " + before + " then " + sequence(again));
			assertEquals(uid(exported), uid(again), "the UID stays");
		}

		try (StoreSession session = store.openSession("ann")) {
			session.inTransaction(tx -> tx.delete(onlySeries(session)));
		}
		try (StoreSession session = store.openSession("ann")) {
			ImportResult first = calendar.importFrom(stream(exported), "weekly.ics", null, session);
			assertEquals(1, first.created());
			assertEquals(List.of(), first.unknownAttendees());
			ImportResult second = calendar.importFrom(stream(exported), "weekly.ics", null, session);
			assertEquals(0, second.created());
			assertEquals(1, second.unchanged(), second.summary());
		}
		try (StoreSession session = store.openSession("ann")) {
			MeetingSeries series = onlySeries(session);
			assertEquals("Weekly check-in", series.getTitle());
			assertEquals("FREQ=WEEKLY;BYDAY=MO", series.getRecurrence());
			assertEquals("Europe/Berlin", series.getTimeZone());
			assertEquals(List.of(MONDAY_0930.plusWeeks(2).toLocalDate(), MONDAY_0930.plusWeeks(3).toLocalDate()),
					series.getExceptionDates());
			assertEquals("Ann Lee", series.getOrganizer().getName());
			assertEquals(AttendeeRole.OPTIONAL, series.getInvitees().get(0).getRole());
			assertFalse(series.getMeetings().stream().anyMatch(m -> m.getStart().equals(MONDAY_0930.plusWeeks(2).toInstant())));
		}
	}

	@Test
	void oneMeetingExportsWithItsOccurrenceAndAttendance() throws Exception {
		try (StoreSession session = store.openSession("ann")) {
			Person ann = personByLogin(session, "ann");
			MeetingSeries series = weekly(session.<Project>query(Query.of(org.atrium.core.model.pmo.PmoPackage.Literals.PROJECT)).get(0), ann, session);
			Meeting second = series.getMeetings().get(1);
			second.getAttendees().add(org.atrium.meetings.Invitees.attendee(ann, AttendeeRole.REQUIRED));
			second.getAttendees().get(0).setAttendance(Attendance.PRESENT);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			calendar.exportOccurrences(List.of(new MeetingQueries.Occurrence(series, second)), out);
			String text = out.toString(StandardCharsets.UTF_8).replace("\r\n ", "");
			assertTrue(text.contains("RECURRENCE-ID;TZID=Europe/Berlin:20261207T093000\r\n"), text);
			assertTrue(text.contains("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ann Lee:mailto:ann@example.com"), text);
			assertFalse(text.substring(text.indexOf("BEGIN:VEVENT")).contains("RRULE"), "an occurrence has no rule: " + text);
		}
	}

	@Test
	void outlookAndGoogleFilesImportWithAttendeesMatchedByEmailAndUnknownOnesReported() throws Exception {
		try (StoreSession session = store.openSession("ann")) {
			ImportResult outlook = calendar.importFrom(resource("outlook-vendor-check-in.ics"), "outlook.ics", null, session);
			assertEquals(1, outlook.created());
			assertEquals(List.of("vera@vendor.example"), outlook.unknownAttendees());
			assertTrue(outlook.summary().endsWith("no person has the e-mail of vera@vendor.example"), outlook.summary());
			ImportResult google = calendar.importFrom(resource("google-go-no-go.ics"), "google.ics", null, session);
			assertEquals(2, google.created());
		}
		try (StoreSession session = store.openSession("ann")) {
			List<MeetingSeries> all = session.query(Query.<MeetingSeries>of(MeetingsPackage.Literals.MEETING_SERIES)
					.orderBy(MeetingsPackage.Literals.MEETING_SERIES__TITLE).withContents());
			assertEquals(List.of("Go/no-go for release 2", "Training day", "Vendor check-in"),
					all.stream().map(MeetingSeries::getTitle).toList());
			MeetingSeries vendor = all.get(2);
			assertEquals("Europe/Berlin", vendor.getTimeZone(), "Outlook's Windows zone read as its IANA zone");
			assertEquals(ZonedDateTime.of(2026, 12, 1, 10, 30, 0, 0, BERLIN).toInstant(), vendor.getFirstStart());
			assertEquals(30, vendor.getDurationMinutes());
			assertEquals(8, vendor.getMeetings().size(), "10 Tuesdays less 2 exceptions");
			assertEquals(List.of("Ann Lee", "Bob Stone"),
					vendor.getInvitees().stream().map(a -> a.getPerson().getName()).toList());
			assertEquals(AttendeeRole.OPTIONAL, vendor.getInvitees().get(1).getRole());
			assertEquals(2, vendor.getSequence());
			MeetingSeries goNoGo = all.get(0);
			assertEquals(org.atrium.meetings.model.meetings.MeetingType.PROJECT_CHECK_IN, goNoGo.getType());
			assertEquals(1, goNoGo.getMeetings().size());
			assertEquals("Bob Stone", goNoGo.getOrganizer().getName());
			assertEquals(24 * 60, all.get(1).getDurationMinutes(), "an all-day event lasts the day");
		}
	}

	@Test
	void malformedFilesAreRefusedWithAClearMessageAndNothingIsWritten() throws Exception {
		String good = new String(resource("outlook-vendor-check-in.ics").readAllBytes(), StandardCharsets.UTF_8);
		assertRefused(good.replaceAll("DTSTART;TZID=\"W. Europe Standard Time\":20261201T103000\r\n", ""),
				"event 1 'Vendor check-in' (UID 040000008200E00074C5B7101A82E00800000000D0C4C2A3E25CDB01000000000000000010000000F1): DTSTART is missing");
		assertRefused(good.replace("RRULE:FREQ=WEEKLY;COUNT=10;BYDAY=TU", "RRULE:FREQ=SOMETIMES;BYDAY=TU"),
				"(RRULE): Invalid value SOMETIMES for FREQ");
		assertRefused(good.replace("DTSTART;TZID=\"W. Europe Standard Time\"", "DTSTART;TZID=Mars/Olympus"),
				"unknown TZID");
		byte[] huge = new byte[MeetingCalendar.MAX_BYTES + 1];
		Arrays.fill(huge, (byte) 'X');
		try (StoreSession session = store.openSession("ann")) {
			CalendarImportException refused = assertThrows(CalendarImportException.class,
					() -> calendar.importFrom(new ByteArrayInputStream(huge), "huge.ics", null, session));
			assertEquals("huge.ics was not imported, nothing was saved: the file is larger than 20 MB, the most a "
					+ "calendar may have", refused.getMessage());
			assertEquals(0, session.count(Query.of(MeetingsPackage.Literals.MEETING_SERIES)));
		}
	}

	private void assertRefused(String ics, String reason) throws IOException {
		try (StoreSession session = store.openSession("ann")) {
			CalendarImportException refused = assertThrows(CalendarImportException.class,
					() -> calendar.importFrom(stream(ics), "bad.ics", null, session));
			assertTrue(refused.getMessage().startsWith("bad.ics was not imported, nothing was saved: "),
					refused.getMessage());
			assertTrue(refused.getMessage().contains(reason), refused.getMessage());
			assertEquals(0, session.count(Query.of(MeetingsPackage.Literals.MEETING_SERIES)));
		}
	}

	private String export(MeetingSeries series) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		calendar.exportSeries(List.of(series), out);
		return out.toString(StandardCharsets.UTF_8);
	}

	private static int sequence(String ics) {
		Matcher matcher = Pattern.compile("\r\nSEQUENCE:(\\d+)\r\n").matcher(ics);
		assertTrue(matcher.find(), ics);
		return Integer.parseInt(matcher.group(1));
	}

	private static String uid(String ics) {
		Matcher matcher = Pattern.compile("\r\nUID:(\\S+)\r\n").matcher(ics);
		assertTrue(matcher.find(), ics);
		return matcher.group(1);
	}

	private static InputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	private InputStream resource(String name) {
		return getClass().getResourceAsStream(name);
	}
}
