package org.atrium.ui.handlers;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ISaveHandler;

/** Quits after asking to save the open editors that have changes (Save, Don't save, Cancel). */
public class QuitHandler {

	@Execute
	void execute(IWorkbench workbench, EPartService parts, @Optional ISaveHandler saveHandler) {
		if (saveOpenEditors(parts, saveHandler)) {
			workbench.close();
		}
	}

	/**
	 * Asks about the dirty parts that are open (shown with their contents), and saves those the user picks; false
	 * when the user cancelled or a save was refused. A part that is not rendered has no editor to save, so it is
	 * never offered.
	 */
	static boolean saveOpenEditors(EPartService parts, ISaveHandler saveHandler) {
		List<MPart> dirty = openDirtyParts(parts);
		if (dirty.isEmpty()) {
			return true;
		}
		if (saveHandler == null) {
			return parts.saveAll(true);
		}
		return saveHandler.saveParts(dirty, true);
	}

	/** The parts with unsaved changes whose editor is open. */
	public static List<MPart> openDirtyParts(EPartService parts) {
		return parts.getDirtyParts().stream().filter(part -> part.getObject() != null && part.getContext() != null).toList();
	}
}
