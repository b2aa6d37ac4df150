package org.atrium.ui;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

import jakarta.inject.Inject;

/** Opens the project editor, or brings an open one to the front. */
@Creatable
public class EditorOpener {

	public static final String DESCRIPTOR = "org.atrium.ui.partdescriptor.project";
	public static final String PROJECT_ID = "projectId";

	private final EPartService parts;

	@Inject
	public EditorOpener(EPartService parts) {
		this.parts = parts;
	}

	public void openProject(String projectId, String label) {
		for (MPart part : parts.getParts()) {
			if (DESCRIPTOR.equals(part.getElementId()) && projectId.equals(part.getPersistedState().get(PROJECT_ID))) {
				parts.showPart(part, PartState.ACTIVATE);
				return;
			}
		}
		MPart part = parts.createPart(DESCRIPTOR);
		part.getPersistedState().put(PROJECT_ID, projectId);
		part.setLabel(label);
		parts.showPart(part, PartState.ACTIVATE);
	}
}
