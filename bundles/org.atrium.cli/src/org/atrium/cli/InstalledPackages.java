package org.atrium.cli;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.atrium.core.store.ModelContribution;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The model packages of every installed plugin, for the commands that set up or fill a team repository. */
@Component(service = InstalledPackages.class)
public class InstalledPackages {

	private final List<ModelContribution> contributions = new CopyOnWriteArrayList<>();

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addContribution(ModelContribution contribution) {
		contributions.add(contribution);
	}

	void removeContribution(ModelContribution contribution) {
		contributions.remove(contribution);
	}

	/** The packages installed now. */
	public List<ModelContribution> now() {
		return List.copyOf(contributions);
	}
}
