package org.atrium.testing.faulty;

import java.util.List;
import java.util.Map;

import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.StoreSession;
import org.atrium.ui.navigator.NavigatorContribution;
import org.eclipse.swt.graphics.Image;
import org.osgi.service.component.annotations.Component;

/** Navigator children, labels, icons and editors that always fail. */
@Component(service = NavigatorContribution.class)
public class FailingNavigatorContribution implements NavigatorContribution {

	@Override
	public Map<Project, List<?>> children(List<Project> projects, StoreSession session) {
		throw FaultyPlugin.failure();
	}

	@Override
	public String label(Object element) {
		throw FaultyPlugin.failure();
	}

	@Override
	public Image image(Object element) {
		throw FaultyPlugin.failure();
	}

	@Override
	public String editor(Object element) {
		throw FaultyPlugin.failure();
	}
}
