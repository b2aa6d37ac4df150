package org.atrium.testing.faulty;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;

/**
 * A plugin whose every contribution to a core seam throws. The bundle has no activation policy, so it stays
 * resolved and contributes nothing until a test {@link #start()}s it; {@link #stop()} takes its services away
 * again. Tests use it to show that one failing plugin never breaks the others, and that contributions arriving
 * and leaving at run time are picked up.
 */
public final class FaultyPlugin {

	public static final String SYMBOLIC_NAME = "org.atrium.testing.faulty";

	/** The message of every exception a faulty contribution throws. */
	public static final String FAILURE = "deliberate failure of a test contribution";

	private FaultyPlugin() {
	}

	public static void start() throws BundleException {
		bundle().start(Bundle.START_TRANSIENT);
	}

	public static void stop() throws BundleException {
		bundle().stop(Bundle.STOP_TRANSIENT);
	}

	private static Bundle bundle() {
		return FrameworkUtil.getBundle(FaultyPlugin.class);
	}

	/** The exception every faulty contribution throws. */
	public static IllegalStateException failure() {
		return new IllegalStateException(FAILURE);
	}
}
