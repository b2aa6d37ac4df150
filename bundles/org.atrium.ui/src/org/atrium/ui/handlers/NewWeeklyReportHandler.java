package org.atrium.ui.handlers;

import org.atrium.core.model.pmo.Project;
import org.atrium.ui.EditorOpener;
import org.atrium.ui.editor.ProjectEditorPart;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;

import jakarta.inject.Named;

/**
 * Adds a prefilled weekly status report to the project in the active editor or, from the portfolio overview or the
 * navigator, to the selected project: its editor opens and the report is added once the project is loaded. Disabled
 * when neither an editor nor a project is at hand, and in the editor of a project where the user may not report.
 */
public class NewWeeklyReportHandler {

	@CanExecute
	boolean canExecute(@Optional ProjectEditorPart editor,
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		return editor != null && editor.project() != null ? editor.mayReportStatus() : selection instanceof Project;
	}

	@Execute
	void execute(@Optional ProjectEditorPart editor, @Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection,
			EditorOpener editors, UISynchronize ui) {
		if (editor != null && editor.project() != null) {
			editor.newWeeklyReport();
		} else if (selection instanceof Project project) {
			MPart part = editors.openProject(project.getId(), project.getCode());
			if (part != null && part.getObject() instanceof ProjectEditorPart opened) {
				opened.loaded().thenRun(() -> ui.asyncExec(opened::newWeeklyReport));
			}
		}
	}
}
