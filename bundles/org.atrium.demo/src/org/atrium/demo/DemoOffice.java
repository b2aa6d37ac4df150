package org.atrium.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.atrium.core.Contributions;
import org.atrium.core.store.StoreSession;
import org.atrium.core.store.Transaction;
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
		Office office = new OfficeGenerator().generate(seed, scale, today);
		session.inTransaction(tx -> {
			office.people().forEach(tx::save);
			office.portfolios().forEach(tx::save);
			office.allocations().forEach(tx::save);
			office.timeEntries().forEach(tx::save);
			for (DemoContribution contribution : contributions) {
				contribute(contribution, office, seed, tx);
			}
		});
		return office;
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
