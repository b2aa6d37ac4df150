package org.atrium.interop;

import org.atrium.core.store.ModelContribution;
import org.atrium.interop.model.interop.InteropPackage;
import org.eclipse.emf.ecore.EPackage;
import org.osgi.service.component.annotations.Component;

/** Registers the interop model (links to elements of other tools' files, saved sheet mappings) with the store. */
@Component(service = ModelContribution.class)
public class InteropModelContribution implements ModelContribution {

	@Override
	public EPackage ePackage() {
		return InteropPackage.eINSTANCE;
	}
}
