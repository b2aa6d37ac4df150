package org.atrium.ui.handlers;

import java.util.List;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ISaveHandler;

/**
 * Closes every editor (Ctrl+Shift+W), after one question about those with changes; Cancel, or a refused save,
 * closes none.
 */
public class CloseAllEditorsHandler {

	@CanExecute
	boolean canExecute(EPartService parts) {
		return !editors(parts).isEmpty();
	}

	@Execute
	void execute(EPartService parts, @Optional ISaveHandler saveHandler) {
		closeAll(parts, saveHandler);
	}

	/** Closes every editor after asking about those with changes; returns false if the user kept them open. */
	public static boolean closeAll(EPartService parts, ISaveHandler saveHandler) {
		List<MPart> editors = editors(parts);
		List<MPart> dirty = editors.stream().filter(MPart::isDirty).toList();
		boolean saved = dirty.isEmpty() || (saveHandler == null ? dirty.stream().allMatch(p -> parts.savePart(p, true))
				: saveHandler.saveParts(dirty, true));
		if (saved) {
			editors.forEach(parts::hidePart);
		}
		return saved;
	}

	private static List<MPart> editors(EPartService parts) {
		return parts.getParts().stream().filter(CloseEditorHandler::isEditor).toList();
	}
}
