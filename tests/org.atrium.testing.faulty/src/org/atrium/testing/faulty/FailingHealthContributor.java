package org.atrium.testing.faulty;

import java.time.LocalDate;
import java.util.List;

import org.atrium.core.HealthContributor;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.StoreSession;
import org.osgi.service.component.annotations.Component;

/** Health findings that always fail. */
@Component(service = HealthContributor.class)
public class FailingHealthContributor implements HealthContributor {

	@Override
	public List<Finding> findings(Project project, StoreSession session, LocalDate today) {
		throw FaultyPlugin.failure();
	}
}
