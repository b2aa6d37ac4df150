package org.atrium.ui.handlers;

import org.atrium.ui.EditorOpener;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import jakarta.inject.Named;

/**
 * Closes the active editor (Ctrl+W) as its tab's close button does: a dirty editor first asks Save, Don't save or
 * Cancel. Only closeable parts in the editor area are editors; the portfolio overview stays.
 */
public class CloseEditorHandler {

	@CanExecute
	boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
		return isEditor(part);
	}

	@Execute
	void execute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part, EPartService parts) {
		if (isEditor(part) && parts.savePart(part, true)) {
			parts.hidePart(part);
		}
	}

	/** A part the user may close in the editor area. */
	public static boolean isEditor(MPart part) {
		return part != null && part.isCloseable() && part.isToBeRendered() && part.getParent() != null
				&& EditorOpener.EDITOR_STACK.equals(part.getParent().getElementId());
	}
}
