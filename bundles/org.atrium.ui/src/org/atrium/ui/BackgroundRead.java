package org.atrium.ui;

import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

import org.atrium.core.store.StoreException;
import org.atrium.core.store.StoreSession;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * Reads from the store in a background job with a session of its own, then shows the result on the
 * UI thread, unless the control is gone by then. A read that fails because the window (and with it
 * the store) closed meanwhile is dropped quietly; any other failure is reported by the job.
 */
public final class BackgroundRead {

	private BackgroundRead() {
	}

	public static <T> Job start(String name, WorkbenchStore store, Control control, Function<StoreSession, T> read,
			Consumer<T> show) {
		return reporting(name, store, control, (session, monitor) -> {
			monitor.beginTask(name, IProgressMonitor.UNKNOWN);
			return read.apply(session);
		}, show);
	}

	/**
	 * As {@link #start}, for a read that reports its steps and work to the monitor (the progress area shows
	 * them) and may stop when it is cancelled (with {@code OperationCanceledException}: nothing is shown).
	 */
	public static <T> Job reporting(String name, WorkbenchStore store, Control control,
			BiFunction<StoreSession, IProgressMonitor, T> read, Consumer<T> show) {
		Display display = control.getDisplay();
		Job job = Job.create(name, monitor -> {
			T result;
			try (StoreSession session = store.openSession()) {
				result = read.apply(session, monitor);
			} catch (OperationCanceledException e) {
				return Status.CANCEL_STATUS;
			} catch (StoreException e) {
				if (display.isDisposed() || store.isClosed()) {
					return Status.OK_STATUS;
				}
				throw e;
			}
			monitor.done();
			if (!display.isDisposed()) {
				display.asyncExec(() -> {
					if (!control.isDisposed()) {
						show.accept(result);
					}
				});
			}
			return Status.OK_STATUS;
		});
		job.schedule();
		return job;
	}
}
