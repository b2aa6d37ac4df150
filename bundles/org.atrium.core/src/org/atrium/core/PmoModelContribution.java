package org.atrium.core;

import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.store.ModelContribution;
import org.eclipse.emf.ecore.EPackage;
import org.osgi.service.component.annotations.Component;

/** Registers the core PMO model with the store. */
@Component(service = ModelContribution.class)
public class PmoModelContribution implements ModelContribution {

	@Override
	public EPackage ePackage() {
		return PmoPackage.eINSTANCE;
	}
}
