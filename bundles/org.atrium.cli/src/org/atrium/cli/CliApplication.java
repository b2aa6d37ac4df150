package org.atrium.cli;

import java.nio.file.Path;
import java.util.List;

import org.atrium.cli.AtriumCommandLine.Services;
import org.atrium.core.AuditTrail;
import org.atrium.core.Governance;
import org.atrium.demo.DemoOffice;
import org.atrium.core.ProjectHealthService;
import org.atrium.core.RagRollup;
import org.atrium.core.store.ModelStoreFactory;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The headless Equinox application behind the {@code atrium} launch script. */
public class CliApplication implements IApplication {

	private static final long SERVICE_TIMEOUT_MS = 30_000;

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		BundleContext bundles = FrameworkUtil.getBundle(CliApplication.class).getBundleContext();
		Services services = new Services(service(bundles, ModelStoreFactory.class), service(bundles, Governance.class),
				service(bundles, RagRollup.class), service(bundles, AuditTrail.class),
				service(bundles, ProjectHealthService.class), service(bundles, DemoOffice.class));
		return new AtriumCommandLine(services, System.out, System.err, defaultWorkspace())
				.run(args == null ? List.of() : List.of(args));
	}

	/** {@code -Datrium.workspace}, which the launch script sets, else {@code ~/atrium-workspace}. */
	static Path defaultWorkspace() {
		String configured = System.getProperty("atrium.workspace");
		return configured != null && !configured.isBlank() ? Path.of(configured)
				: Path.of(System.getProperty("user.home"), "atrium-workspace");
	}

	private static <T> T service(BundleContext context, Class<T> type) throws InterruptedException {
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		T service = tracker.waitForService(SERVICE_TIMEOUT_MS);
		if (service == null) {
			throw new IllegalStateException("The service " + type.getName() + " did not start; is the bundle installed?");
		}
		return service;
	}

	@Override
	public void stop() {
		// The command runs to completion; there is nothing to interrupt.
	}
}
