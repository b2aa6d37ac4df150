package org.atrium.reporting;

import org.atrium.core.store.ModelContribution;
import org.atrium.reporting.model.reporting.ReportingPackage;
import org.eclipse.emf.ecore.EPackage;
import org.osgi.service.component.annotations.Component;

/** Registers the reporting model with the store: reports and their frozen sections get tables of their own. */
@Component(service = ModelContribution.class)
public class ReportingModelContribution implements ModelContribution {

	@Override
	public EPackage ePackage() {
		return ReportingPackage.eINSTANCE;
	}
}
