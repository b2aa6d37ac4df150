package org.atrium.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Saves the part whose context is active, if it has changes (Ctrl+S): any editor, through its {@code @Persist}. */
public class SaveHandler {

	@CanExecute
	boolean canExecute(@Optional MPart part) {
		return part != null && part.isDirty();
	}

	@Execute
	void execute(@Optional MPart part, EPartService parts) {
		if (canExecute(part)) {
			parts.savePart(part, false);
		}
	}
}
