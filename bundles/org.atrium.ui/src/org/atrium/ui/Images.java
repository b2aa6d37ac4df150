package org.atrium.ui;

import java.net.URL;

import org.atrium.core.model.pmo.RagStatus;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;

/** The icons of the bundle, loaded once per display. */
public final class Images {

	private static ImageRegistry registry;

	private Images() {
	}

	public static Image get(String name) {
		if (registry == null) {
			registry = new ImageRegistry(Display.getCurrent());
		}
		Image image = registry.get(name);
		if (image == null) {
			URL url = Images.class.getResource("/icons/" + name + ".png");
			registry.put(name, url == null ? ImageDescriptor.getMissingImageDescriptor() : ImageDescriptor.createFromURL(url));
			image = registry.get(name);
		}
		return image;
	}

	public static Image rag(RagStatus rag) {
		return get(rag == null ? "rag-grey" : "rag-" + rag.getName());
	}
}
