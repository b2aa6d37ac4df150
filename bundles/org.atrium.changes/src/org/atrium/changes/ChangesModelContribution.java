package org.atrium.changes;

import org.atrium.changes.model.changes.ChangesPackage;
import org.atrium.core.store.ModelContribution;
import org.eclipse.emf.ecore.EPackage;
import org.osgi.service.component.annotations.Component;

/** Registers the change control model (change requests, gate reviews, baselines, approval policies) with the store. */
@Component(service = ModelContribution.class)
public class ChangesModelContribution implements ModelContribution {

	@Override
	public EPackage ePackage() {
		return ChangesPackage.eINSTANCE;
	}
}
