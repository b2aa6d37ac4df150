package org.atrium.ui.handlers;

import org.atrium.ui.editor.ProjectEditorPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;

/** The project editor behind the active part, if it is one. */
final class ActiveEditor {

	private ActiveEditor() {
	}

	static ProjectEditorPart of(MPart part) {
		return part != null && part.getObject() instanceof ProjectEditorPart editor ? editor : null;
	}
}
