package org.atrium.ui;

import java.time.LocalDate;

import org.atrium.core.demo.Office;
import org.atrium.core.demo.OfficeGenerator;
import org.atrium.core.demo.OfficeScale;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;

/** Fills an empty database with the demo office, in the background. */
final class DemoOfficeJob extends Job {

	private static final long SEED = 42;
	private final WorkbenchStore store;
	private final IEventBroker events;

	DemoOfficeJob(WorkbenchStore store, IEventBroker events) {
		super("Creating the demo office");
		this.store = store;
		this.events = events;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Creating the demo office", 3);
		try (StoreSession session = store.openSession()) {
			if (session.count(Query.of(PmoPackage.Literals.PORTFOLIO)) > 0) {
				StartupProbe.demoSkipped();
				return Status.OK_STATUS;
			}
			progress.subTask("Generating portfolios, programs and projects");
			Office office = new OfficeGenerator().generate(SEED, OfficeScale.DEMO, LocalDate.now());
			progress.worked(1);
			progress.subTask("Saving");
			session.inTransaction(tx -> {
				office.people().forEach(tx::save);
				office.portfolios().forEach(tx::save);
				office.allocations().forEach(tx::save);
				office.timeEntries().forEach(tx::save);
			});
			progress.worked(2);
		}
		events.post(Topics.DATA_CHANGED, "");
		return Status.OK_STATUS;
	}
}
