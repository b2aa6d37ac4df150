package org.atrium.ui.handlers;

import org.atrium.ui.editor.EditingContext;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

/** Redoes the last undone edit (Ctrl+Y) of the {@link EditingContext} in the active part, whichever editor put it there. */
public class RedoHandler {

	@CanExecute
	boolean canExecute(@Optional EditingContext<?> editing) {
		return editing != null && editing.commands().canRedo();
	}

	@Execute
	void execute(@Optional EditingContext<?> editing) {
		if (canExecute(editing)) {
			editing.commands().redo();
		}
	}
}
