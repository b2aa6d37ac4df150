package org.atrium.ui;

import org.atrium.core.model.pmo.PmoPackage;
import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.util.EcoreUtil;

import jakarta.inject.Inject;

/** Opens an editor in the editor area, or brings an open one to the front. */
@Creatable
public class EditorOpener {

	public static final String DESCRIPTOR = "org.atrium.ui.partdescriptor.project";
	public static final String PROJECT_ID = "projectId";
	/** The persisted-state key of the edited object's id, for editors of plugins. */
	public static final String OBJECT_ID = "objectId";

	/** The part stack of the editor area. */
	public static final String EDITOR_STACK = "org.atrium.ui.partstack.editors";

	/**
	 * The persisted-state key of a part descriptor that names the class its editor edits, as the class's URI
	 * ({@code http://atrium.org/risks/1.0#//Risk}); {@link #openObject} finds editors of plugins by it.
	 */
	public static final String EDITS = "org.atrium.ui.edits";

	private final EPartService parts;

	@Inject
	@Optional
	private MApplication application;

	@Inject
	public EditorOpener(EPartService parts) {
		this.parts = parts;
	}

	/**
	 * The stack of the editor area in the window's perspective, whatever is maximised or where the focus is; in a
	 * window without the perspective, its stack of that id.
	 */
	static MUIElement editorArea(MApplication application) {
		MPerspective perspective = WorkbenchLayout.perspective(application);
		if (perspective != null) {
			return WorkbenchLayout.find(perspective, EDITOR_STACK);
		}
		for (MWindow window : application.getChildren()) {
			MUIElement stack = WorkbenchLayout.find(window, EDITOR_STACK);
			if (stack != null) {
				return stack;
			}
		}
		return null;
	}

	/**
	 * Opens the editor of the object's class: the project editor for projects, else the part descriptor whose
	 * {@link #EDITS} names the class. Returns false when no installed editor edits that class.
	 */
	public boolean openObject(EClass type, String id, String label) {
		if (PmoPackage.Literals.PROJECT.isSuperTypeOf(type)) {
			openProject(id, label);
			return true;
		}
		String uri = EcoreUtil.getURI(type).toString();
		if (application != null) {
			for (MPartDescriptor descriptor : application.getDescriptors()) {
				if (uri.equals(descriptor.getPersistedState().get(EDITS))) {
					open(descriptor.getElementId(), OBJECT_ID, id, label);
					return true;
				}
			}
		}
		return false;
	}

	/** Opens the project's editor, or brings it to the front; returns its part. */
	public MPart openProject(String projectId, String label) {
		return open(DESCRIPTOR, PROJECT_ID, projectId, label);
	}

	/** Opens the editor of a part descriptor on the object with this id, or brings it to the front; returns its part. */
	public MPart open(String descriptor, String key, String id, String label) {
		for (MPart part : parts.getParts()) {
			if (descriptor.equals(part.getElementId()) && id.equals(part.getPersistedState().get(key))) {
				parts.showPart(part, PartState.ACTIVATE);
				return part;
			}
		}
		MPart part = parts.createPart(descriptor);
		part.getPersistedState().put(key, id);
		// A closed editor leaves the model, so that nothing of it (such as its dirty state) lingers for Quit.
		part.getTags().add(EPartService.REMOVE_ON_HIDE_TAG);
		part.setLabel(label);
		// Into the editor area, whichever stack holds the part the user opened it from.
		if (application != null && editorArea(application) instanceof MPartStack editors) {
			editors.getChildren().add(part);
		}
		return parts.showPart(part, PartState.ACTIVATE);
	}
}
