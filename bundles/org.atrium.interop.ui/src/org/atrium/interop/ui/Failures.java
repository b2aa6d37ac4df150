package org.atrium.interop.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;

/** An unexpected failure of a background step: logged with its stack trace, described in one line for the user. */
final class Failures {

	private Failures() {
	}

	static String describe(Throwable failure) {
		ILog.of(Failures.class).log(Status.error("Import or export failed", failure));
		String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
		return message + " Nothing was written; details are in the log.";
	}
}
