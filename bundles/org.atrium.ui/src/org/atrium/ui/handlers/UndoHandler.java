package org.atrium.ui.handlers;

import org.atrium.ui.editor.EditingContext;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

/** Undoes the last edit (Ctrl+Z) of the {@link EditingContext} in the active part, whichever editor put it there. */
public class UndoHandler {

	@CanExecute
	boolean canExecute(@Optional EditingContext<?> editing) {
		return editing != null && editing.commands().canUndo();
	}

	@Execute
	void execute(@Optional EditingContext<?> editing) {
		if (canExecute(editing)) {
			editing.commands().undo();
		}
	}
}
