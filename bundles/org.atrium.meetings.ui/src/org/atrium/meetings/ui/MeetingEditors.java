package org.atrium.meetings.ui;

import org.atrium.meetings.MeetingLabels;
import org.atrium.meetings.MeetingQueries.Occurrence;
import org.atrium.ui.EditorOpener;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;

/** Opens a meeting: its series in the meeting editor, on the occurrence. */
final class MeetingEditors {

	private MeetingEditors() {
	}

	static MPart open(EditorOpener editors, Occurrence occurrence) {
		MPart part = editors.open(MeetingEditorPart.DESCRIPTOR, EditorOpener.OBJECT_ID, occurrence.series().getId(),
				MeetingLabels.title(occurrence.series()));
		if (part != null && part.getObject() instanceof MeetingEditorPart editor) {
			editor.select(occurrence.meeting().getId());
		}
		return part;
	}
}
