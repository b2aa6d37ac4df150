package org.atrium.ui.navigator;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The {@link NavigatorContribution}s installed right now. Plugins that start or stop while the
 * workbench runs are picked up, and the navigator is told so that it reloads.
 */
@Component(service = NavigatorContributions.class, immediate = true)
public class NavigatorContributions {

	private final List<NavigatorContribution> contributions = new CopyOnWriteArrayList<>();
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	public void addContribution(NavigatorContribution contribution) {
		contributions.add(contribution);
		changed();
	}

	public void removeContribution(NavigatorContribution contribution) {
		contributions.remove(contribution);
		changed();
	}

	public List<NavigatorContribution> all() {
		return List.copyOf(contributions);
	}

	/** Calls the listener, on whichever thread started or stopped a plugin, after each change. */
	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	private void changed() {
		listeners.forEach(Runnable::run);
	}
}
