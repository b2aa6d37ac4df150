package org.atrium.meetings;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.atrium.core.model.Labels;
import org.atrium.meetings.model.meetings.Meeting;
import org.atrium.meetings.model.meetings.MeetingSeries;
import org.eclipse.emf.ecore.EObject;

/** Meetings as messages name them: "Meeting 'Weekly check-in' on 30 Nov 2026, 09:30"; never an id. */
public final class MeetingLabels {

	private MeetingLabels() {
	}

	public static String of(EObject object) {
		if (object instanceof Meeting meeting) {
			MeetingSeries series = MeetingRule.seriesOf(meeting);
			String title = series == null || series.getTitle() == null ? "" : " '" + series.getTitle() + "'";
			return "Meeting" + title + (meeting.getStart() == null ? "" : " on " + when(meeting));
		}
		return Labels.of(object);
	}

	/** The meeting's start in the user's time zone and format, e.g. "30 Nov 2026, 09:30". */
	public static String when(Meeting meeting) {
		return meeting.getStart() == null ? ""
				: DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
						.withLocale(Locale.getDefault()).withZone(ZoneId.systemDefault()).format(meeting.getStart());
	}

	/** The series' title, or "(untitled)". */
	public static String title(MeetingSeries series) {
		return series == null || series.getTitle() == null || series.getTitle().isBlank() ? "(untitled)"
				: series.getTitle();
	}
}
