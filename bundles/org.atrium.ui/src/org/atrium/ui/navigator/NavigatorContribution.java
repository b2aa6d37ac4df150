package org.atrium.ui.navigator;

import java.util.List;
import java.util.Map;

import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.StoreSession;
import org.eclipse.swt.graphics.Image;

/**
 * A plugin's children under projects in the navigator. Register an implementation as an OSGi
 * service (for example with {@code @Component(service = NavigatorContribution.class)}); the
 * navigator asks every registered contribution when it loads, in a background job.
 */
public interface NavigatorContribution {

	/** The children of each project that has any, read with the given session. */
	Map<Project, List<?>> children(List<Project> projects, StoreSession session);

	/** The label of an element this contribution returned. */
	String label(Object element);

	/** The icon of an element this contribution returned, or null. */
	Image image(Object element);

	/**
	 * The id of the part descriptor that edits an element, opened on double-click with the
	 * element's id in the part's persisted state under {@link org.atrium.ui.EditorOpener#OBJECT_ID}; null for none.
	 */
	default String editor(Object element) {
		return null;
	}
}
