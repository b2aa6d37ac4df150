package org.atrium.meetings.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.Project;
import org.atrium.meetings.Invitees;
import org.atrium.meetings.MeetingMinutes;
import org.atrium.meetings.model.meetings.ActionStatus;
import org.atrium.meetings.model.meetings.Attendance;
import org.atrium.meetings.model.meetings.AttendeeRole;
import org.atrium.meetings.model.meetings.Decision;
import org.atrium.meetings.model.meetings.DecisionStatus;
import org.atrium.meetings.model.meetings.Meeting;
import org.atrium.meetings.model.meetings.MeetingSeries;
import org.atrium.meetings.model.meetings.MeetingStatus;
import org.atrium.meetings.model.meetings.MeetingType;
import org.junit.jupiter.api.Test;

/** The PDF minutes of a meeting, read back with PDFBox: attendance, agenda with minutes, decisions and actions. */
class MeetingMinutesTest extends MeetingTestSupport {

	@Test
	void theMinutesHoldAttendanceAgendaDecisionsAndActionsAndLongTextWrapsOntoMorePages() throws Exception {
		Project project = project("DIG-001", "Digital onboarding");
		Person ann = person("Ann Lee", "ann");
		Person bob = person("Bob Stone", "bob");
		MeetingSeries series = planner().plan(MeetingType.STEERING_COMMITTEE, "Digital steering committee", project,
				ann, MONDAY_0930, 90, null, null);
		Meeting meeting = series.getMeetings().get(0);
		meeting.setStatus(MeetingStatus.HELD);
		meeting.getAttendees().add(Invitees.attendee(ann, AttendeeRole.REQUIRED));
		meeting.getAttendees().add(Invitees.attendee(bob, AttendeeRole.OPTIONAL));
		meeting.getAttendees().get(0).setAttendance(Attendance.PRESENT);
		meeting.getAttendees().get(1).setAttendance(Attendance.EXCUSED);
		meeting.getAgendaItems().get(0).setMinutes("All three projects are green; the portal moves to UAT.");
		meeting.getAgendaItems().get(1).setMinutes("Vendor risk é raised to amber — owner Bob. "
				+ "Long minutes follow. ".repeat(400) + "Ωmega end.");
		Decision decision = MEETINGS.createDecision();
		decision.setText("Extend UAT by one week");
		decision.setDecidedBy(ann);
		decision.setDecidedOn(TODAY);
		decision.setStatus(DecisionStatus.DECIDED);
		meeting.getDecisions().add(decision);
		action(meeting, "Circulate the revised budget", bob, TODAY.plusDays(7), ActionStatus.OPEN);

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		MeetingMinutes.write(meeting, out);

		try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
			assertTrue(pdf.getNumberOfPages() >= 2, "long minutes go on to another page");
			assertEquals("Minutes: Digital steering committee", pdf.getDocumentInformation().getTitle());
			String text = new PDFTextStripper().getText(pdf).replace("\r\n", "\n");
			for (String expected : List.of("Minutes: Digital steering committee", "Steering committee, ",
					"Organizer: Ann Lee", "Attendees", "Ann Lee Required Present", "Bob Stone Optional Excused",
					"1. Status by project", "All three projects are green; the portal moves to UAT.",
					"Vendor risk é raised to amber", "?mega end.", "Decisions", "Extend UAT by one week Ann Lee",
					"Decided", "Actions", "Circulate the revised budget Bob Stone", "Open")) {
				assertTrue(text.contains(expected), "'" + expected + "' in:\n" + text);
			}
			assertTrue(text.lines().filter(line -> line.startsWith("Steering committee, ")).noneMatch(l -> l.contains("?")),
					"the time's no-break space prints as a space: " + text);
		}
	}
}
