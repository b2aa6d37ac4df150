package org.atrium.core;

import java.util.concurrent.Callable;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The one guard around every call into contributed code (health, navigator, demo, commands,
 * validators, exchange and whatever comes next). A failure is logged with the contributing bundle's
 * name, and the caller carries on with a fallback: one failing plugin never breaks the others.
 */
public final class Contributions {

	/** A contribution's code, which may throw anything. */
	@FunctionalInterface
	public interface Call {
		void run() throws Exception;
	}

	private Contributions() {
	}

	/** The result of the contribution's call, or the fallback when it fails. */
	public static <T> T call(Object contributor, String what, Callable<T> call, T fallback) {
		try {
			T result = call.call();
			return result == null ? fallback : result;
		} catch (Exception | LinkageError | AssertionError failure) {
			report(contributor, what, failure);
			return fallback;
		}
	}

	/** Runs the contribution's code; returns false when it failed (already logged). */
	public static boolean run(Object contributor, String what, Call call) {
		try {
			call.run();
			return true;
		} catch (Exception | LinkageError | AssertionError failure) {
			report(contributor, what, failure);
			return false;
		}
	}

	/** The symbolic name of the bundle that contributed the object, or its class name outside OSGi. */
	public static String bundleName(Object contributor) {
		Bundle bundle = FrameworkUtil.getBundle(contributor.getClass());
		return bundle != null ? bundle.getSymbolicName() : contributor.getClass().getName();
	}

	/** Logs a contribution's failure under the contributing bundle's name. */
	public static void report(Object contributor, String what, Throwable failure) {
		String bundle = bundleName(contributor);
		IStatus status = new Status(IStatus.ERROR, bundle,
				"The plugin " + bundle + " failed in " + what + ": " + failure, failure);
		Bundle core = FrameworkUtil.getBundle(Contributions.class);
		if (core != null) {
			ILog.of(core).log(status);
		} else {
			System.getLogger(Contributions.class.getName()).log(System.Logger.Level.ERROR, status.getMessage(), failure);
		}
	}
}
