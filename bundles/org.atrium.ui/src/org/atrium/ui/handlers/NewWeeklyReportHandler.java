package org.atrium.ui.handlers;

import org.atrium.ui.editor.ProjectEditorPart;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

/** Adds a prefilled weekly status report to the project in the active editor. */
public class NewWeeklyReportHandler {

	@CanExecute
	boolean canExecute(@Optional ProjectEditorPart editor) {
		return editor != null && editor.project() != null;
	}

	@Execute
	void execute(@Optional ProjectEditorPart editor) {
		if (canExecute(editor)) {
			editor.newWeeklyReport();
		}
	}
}
