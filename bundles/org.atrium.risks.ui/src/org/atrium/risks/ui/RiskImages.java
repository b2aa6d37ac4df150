package org.atrium.risks.ui;

import java.net.URL;

import org.atrium.risks.RiskBand;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/** Icons and colours of risk bands. */
final class RiskImages {

	private static ImageRegistry registry;

	private RiskImages() {
	}

	static Image band(RiskBand band) {
		if (registry == null) {
			registry = new ImageRegistry(Display.getCurrent());
		}
		String name = "risk-" + band.name().toLowerCase();
		if (registry.get(name) == null) {
			URL url = RiskImages.class.getResource("/icons/" + name + ".png");
			registry.put(name, ImageDescriptor.createFromURL(url));
		}
		return registry.get(name);
	}

	/** The cell colour of a band in the heat map. */
	static RGB colour(RiskBand band) {
		return switch (band) {
		case LOW -> new RGB(0x9f, 0xd8, 0xa9);
		case MEDIUM -> new RGB(0xf5, 0xe0, 0x86);
		case HIGH -> new RGB(0xf4, 0xb0, 0x6e);
		case CRITICAL -> new RGB(0xe8, 0x7f, 0x7b);
		};
	}
}
