package org.atrium.resources;

import org.atrium.core.store.ModelContribution;
import org.atrium.resources.model.resources.ResourcesPackage;
import org.eclipse.emf.ecore.EPackage;
import org.osgi.service.component.annotations.Component;

/** Registers the resource model (timesheet weeks, corrections, capacities and absences) with the store. */
@Component(service = ModelContribution.class)
public class ResourceModelContribution implements ModelContribution {

	@Override
	public EPackage ePackage() {
		return ResourcesPackage.eINSTANCE;
	}
}
