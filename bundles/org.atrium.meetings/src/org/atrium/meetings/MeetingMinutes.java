package org.atrium.meetings;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.atrium.core.model.Formats;
import org.atrium.core.model.pmo.Person;
import org.atrium.meetings.model.meetings.ActionItem;
import org.atrium.meetings.model.meetings.AgendaItem;
import org.atrium.meetings.model.meetings.Attendance;
import org.atrium.meetings.model.meetings.Attendee;
import org.atrium.meetings.model.meetings.Decision;
import org.atrium.meetings.model.meetings.Meeting;
import org.atrium.meetings.model.meetings.MeetingSeries;
import org.eclipse.emf.common.util.Enumerator;

/**
 * The minutes of one meeting as a PDF (PDFBox): the meeting, its attendees and their attendance, the agenda with
 * the minutes of each item, the decisions, and the actions with their owners and due dates.
 */
public final class MeetingMinutes {

	private static final float[] ATTENDEE_COLUMNS = { 3, 2, 2 };
	private static final float[] DECISION_COLUMNS = { 5, 2, 2, 2 };
	private static final float[] ACTION_COLUMNS = { 5, 2, 2, 2 };

	private MeetingMinutes() {
	}

	/** Writes the meeting's minutes; the meeting must be in its series. */
	public static void write(Meeting meeting, OutputStream out) throws IOException {
		MeetingSeries series = MeetingRule.seriesOf(meeting);
		try (PDDocument document = new PDDocument()) {
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle("Minutes: " + MeetingLabels.title(series));
			info.setCreator("Atrium");
			try (PdfPages pages = new PdfPages(document)) {
				pages.title("Minutes: " + MeetingLabels.title(series));
				pages.paragraph(details(series, meeting), PdfPages.REGULAR, 10);

				pages.heading("Attendees");
				pages.row(ATTENDEE_COLUMNS, true, "Person", "Role", "Attendance");
				for (Attendee attendee : meeting.getAttendees()) {
					pages.row(ATTENDEE_COLUMNS, false, name(attendee.getPerson()), literal(attendee.getRole()),
							literal(attendee.getAttendance() == null ? Attendance.UNRECORDED : attendee.getAttendance()));
				}

				pages.heading("Agenda and minutes");
				int number = 0;
				for (AgendaItem item : meeting.getAgendaItems()) {
					number++;
					String presenter = item.getPresenter() == null ? "" : ", " + item.getPresenter().getName();
					String allotted = item.getMinutesAllotted() > 0 ? " (" + item.getMinutesAllotted() + " min)" : "";
					pages.paragraph(number + ". " + text(item.getTitle()) + presenter + allotted, PdfPages.BOLD, 10);
					pages.paragraph(item.getMinutes() == null || item.getMinutes().isBlank() ? "No minutes."
							: item.getMinutes(), PdfPages.REGULAR, 10);
				}

				pages.heading("Decisions");
				pages.row(DECISION_COLUMNS, true, "Decision", "Decided by", "On", "Status");
				for (Decision decision : meeting.getDecisions()) {
					pages.row(DECISION_COLUMNS, false, text(decision.getText()), name(decision.getDecidedBy()),
							Formats.date(decision.getDecidedOn()), literal(decision.getStatus()));
				}

				pages.heading("Actions");
				pages.row(ACTION_COLUMNS, true, "Action", "Owner", "Due", "Status");
				for (ActionItem action : meeting.getActions()) {
					pages.row(ACTION_COLUMNS, false, text(action.getTitle()), name(action.getOwner()),
							Formats.date(action.getDueDate()), literal(action.getStatus()));
				}
			}
			document.save(out);
		}
	}

	private static String details(MeetingSeries series, Meeting meeting) {
		StringBuilder text = new StringBuilder();
		text.append(series.getType() == null ? "Meeting" : series.getType().getLiteral()).append(", ")
				.append(MeetingLabels.when(meeting));
		if (meeting.getLocation() != null && !meeting.getLocation().isBlank()) {
			text.append(", ").append(meeting.getLocation());
		}
		if (series.getOrganizer() != null) {
			text.append(". Organizer: ").append(series.getOrganizer().getName());
		}
		text.append(". Status: ").append(literal(meeting.getStatus())).append('.');
		return text.toString();
	}

	private static String name(Person person) {
		return person == null || person.getName() == null ? "" : person.getName();
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	private static String literal(Enumerator value) {
		return value == null ? "" : value.getLiteral();
	}
}
