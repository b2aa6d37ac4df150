package org.atrium.ui;

import java.time.LocalDate;

import org.atrium.demo.DemoOffice;
import org.atrium.demo.OfficeScale;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;

/** Fills an empty database with the demo office, in the background. */
final class DemoOfficeJob extends Job {

	private static final long SEED = 42;
	private final WorkbenchStore store;
	private final IEventBroker events;
	private final DemoOffice demo;

	DemoOfficeJob(WorkbenchStore store, IEventBroker events, DemoOffice demo) {
		super("Creating the demo office");
		this.store = store;
		this.events = events;
		this.demo = demo;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Creating the demo office", 10);
		try (StoreSession session = store.openSession()) {
			if (session.count(Query.of(PmoPackage.Literals.PORTFOLIO)) > 0) {
				StartupProbe.demoSkipped();
				return Status.OK_STATUS;
			}
			progress.worked(1);
			demo.create(session, SEED, OfficeScale.DEMO, LocalDate.now(), progress.split(9));
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		}
		events.post(Topics.DATA_CHANGED, "");
		return Status.OK_STATUS;
	}
}
