package org.atrium.ui.handlers;

import org.atrium.ui.editor.ProjectEditorPart;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;

import jakarta.inject.Named;

/** Undoes the last edit in the active editor (Ctrl+Z). */
public class UndoHandler {

	@CanExecute
	boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
		ProjectEditorPart editor = ActiveEditor.of(part);
		return editor != null && editor.canUndo();
	}

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part) {
		ActiveEditor.of(part).undo();
	}
}
