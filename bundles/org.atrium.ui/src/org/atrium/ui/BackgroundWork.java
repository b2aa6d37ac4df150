package org.atrium.ui;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

/**
 * Store work whose answer the UI needs before it goes on, such as a save that decides whether an
 * editor may close: the work runs in a job while the UI thread keeps dispatching events, so the
 * window stays live and repaints.
 */
public final class BackgroundWork {

	private BackgroundWork() {
	}

	/** Runs the work in a job and returns its result; an exception of the work is thrown here. */
	public static <T> T await(Display display, String name, Supplier<T> work) {
		CompletableFuture<T> result = new CompletableFuture<>();
		Job.create(name, monitor -> {
			try {
				result.complete(work.get());
			} catch (RuntimeException | Error e) {
				result.completeExceptionally(e);
			}
			if (!display.isDisposed()) {
				display.wake();
			}
			return Status.OK_STATUS;
		}).schedule();
		while (!result.isDone()) {
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
		try {
			return result.getNow(null);
		} catch (java.util.concurrent.CompletionException e) {
			if (e.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw (Error) e.getCause();
		}
	}
}
