package org.atrium.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import org.atrium.core.Contributions;
import org.atrium.core.store.StoreSession;
import org.atrium.core.store.Transaction;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EObject;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Creates the demo office with the demo data of every installed plugin, in one transaction. */
@Component(service = DemoOffice.class)
public class DemoOffice {

	private final List<DemoContribution> contributions = new CopyOnWriteArrayList<>();

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	public void addContribution(DemoContribution contribution) {
		contributions.add(contribution);
	}

	public void removeContribution(DemoContribution contribution) {
		contributions.remove(contribution);
	}

	/** Generates the office for the seed and saves it with every plugin's demo data. */
	public Office create(StoreSession session, long seed, OfficeScale scale, LocalDate today) {
		return create(session, seed, scale, today, null);
	}

	/**
	 * Generates the office and saves it with every plugin's demo data, reporting each phase as a sub-task
	 * with its counts. Cancelling the monitor before the write leaves the database as it was.
	 */
	public Office create(StoreSession session, long seed, OfficeScale scale, LocalDate today,
			IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Creating the demo office", 100);
		progress.subTask(String.format(Locale.ROOT, "Generating %,d projects with their people, plans and reports",
				scale.projects()));
		Office office = new OfficeGenerator().generate(seed, scale, today, progress.split(50));
		List<DemoContribution> plugins = List.copyOf(contributions);
		session.inTransaction(tx -> {
			progress.subTask("Preparing " + count(office.portfolios().size(), "portfolio", "portfolios") + ", "
					+ count(office.programCount(), "program", "programs") + ", "
					+ count(office.projectCount(), "project", "projects") + ", "
					+ count(office.people().size(), "person", "people") + ", "
					+ count(office.allocations().size(), "allocation", "allocations") + " and "
					+ count(office.timeEntries().size(), "time entry", "time entries"));
			office.people().forEach(tx::save);
			office.portfolios().forEach(tx::save);
			office.allocations().forEach(tx::save);
			office.timeEntries().forEach(tx::save);
			progress.split(10);
			if (!plugins.isEmpty()) {
				progress.subTask("Adding the demo data of " + count(plugins.size(), "plugin", "plugins"));
			}
			SubMonitor pluginWork = progress.split(10).setWorkRemaining(plugins.size());
			for (DemoContribution contribution : plugins) {
				contribute(contribution, office, seed, tx);
				pluginWork.split(1);
			}
			progress.subTask("Writing to the database");
			progress.checkCanceled();
		});
		progress.done();
		return office;
	}

	private static String count(int count, String one, String many) {
		return String.format(Locale.ROOT, "%,d %s", count, count == 1 ? one : many);
	}

	/** Saves the contribution's objects only if it completes, so that a failing plugin adds nothing. */
	private static void contribute(DemoContribution contribution, Office office, long seed, Transaction tx) {
		List<Runnable> writes = new ArrayList<>();
		Transaction staged = new Transaction() {
			@Override
			public void save(EObject object) {
				writes.add(() -> tx.save(object));
			}

			@Override
			public void delete(EObject object) {
				writes.add(() -> tx.delete(object));
			}
		};
		if (Contributions.run(contribution, "the demo office", () -> contribution.contribute(office, seed, staged))) {
			writes.forEach(Runnable::run);
		}
	}
}
