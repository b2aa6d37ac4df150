package org.atrium.cli;

import java.nio.file.Path;
import java.util.List;

import org.atrium.core.store.ModelStoreFactory;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The headless Equinox application behind the {@code atrium} launch script. Its result is the process exit code:
 * 0, 1 or 2, and never an exception, which Equinox would turn into a silent exit code 13.
 */
public class CliApplication implements IApplication {

	private static final long SERVICE_TIMEOUT_MS = 30_000;

	@Override
	public Object start(IApplicationContext context) {
		try {
			String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
			BundleContext bundles = FrameworkUtil.getBundle(CliApplication.class).getBundleContext();
			AtriumCommandLine commandLine = new AtriumCommandLine(service(bundles, InstalledCommands.class),
					service(bundles, ModelStoreFactory.class), System.out, System.err, defaultWorkspace());
			return commandLine.run(args == null ? List.of() : List.of(args));
		} catch (Exception | Error e) {
			AtriumCommandLine.unexpected(System.err, null, e, () -> AtriumCommandLine.log("starting atrium", e));
			return AtriumCommandLine.FAILED;
		}
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
