package org.atrium.risks;

import org.atrium.core.store.ModelContribution;
import org.atrium.risks.model.risks.RisksPackage;
import org.eclipse.emf.ecore.EPackage;
import org.osgi.service.component.annotations.Component;

/** Registers the risk model (risks, mitigation actions and the RAID log) with the store. */
@Component(service = ModelContribution.class)
public class RiskModelContribution implements ModelContribution {

	@Override
	public EPackage ePackage() {
		return RisksPackage.eINSTANCE;
	}
}
