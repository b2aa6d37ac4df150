package org.atrium.core.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.store.ModelContribution;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.ModelStoreFactory;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreException;
import org.atrium.core.store.StoreSession;
import org.atrium.core.store.WriteGuard;
import org.junit.jupiter.api.Test;

/**
 * What a write guard reads through {@code committed()}: the stored data, read in the write's own transaction,
 * never the values being written, and never writable.
 */
class WriteGuardViewTest extends StoreTestSupport {

	@Test
	void theGuardReadsTheStoredValuesNotTheOnesBeingWritten() {
		List<String> seen = new ArrayList<>();
		String[] id = new String[1];
		WriteGuard recording = check -> {
			if (id[0] != null) {
				seen.add(check.committed().<Portfolio>find(P.getPortfolio(), id[0]).orElseThrow().getName());
			}
		};
		try (ModelStore store = open(recording); StoreSession session = store.openSession("alee")) {
			Portfolio portfolio = portfolio("Before");
			session.save(portfolio);
			id[0] = portfolio.getId();

			portfolio.setName("After");
			session.save(portfolio);
			portfolio.setName("Last");
			session.save(portfolio);

			assertEquals(List.of("Before", "After"), seen);
			try (StoreSession reader = store.openSession("bkhan")) {
				assertEquals("Last", reader.<Portfolio>load(P.getPortfolio(), id[0]).getName());
			}
		}
	}

	@Test
	void theGuardsViewCannotBeWritten() {
		WriteGuard writing = check -> check.committed().save(portfolio("Smuggled"));
		try (ModelStore store = open(writing); StoreSession session = store.openSession("alee")) {
			StoreException refused = assertThrows(StoreException.class, () -> session.save(portfolio("Asked for")));

			assertEquals("The committed data a write rule reads cannot be written.", refused.getMessage());
			assertEquals(0, session.count(Query.of(P.getPortfolio())), "nothing was saved");
		}
	}

	private ModelStore open(WriteGuard guard) {
		return ModelStoreFactory.open(database().config(), List.of(ModelContribution.of(PmoPackage.eINSTANCE)), guard);
	}
}
