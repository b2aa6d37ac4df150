package org.atrium.bench;

import java.util.List;

import org.atrium.core.model.pmo.Entity;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.Program;
import org.atrium.core.store.StoreSession;

/**
 * Imports through a store session, one {@code save} or {@code inTransaction} per transaction of the plan. A saved
 * object is saved with everything it contains, so a portfolio is saved before its programs are added back to it
 * one by one, as an import that builds the tree step by step would do.
 */
record StoreWriter(StoreSession session) implements ImportPlan.Writer {

	@Override
	public void portfolio(Portfolio portfolio) {
		portfolio.getPrograms().clear();
		session.save(portfolio);
	}

	@Override
	public void program(Portfolio portfolio, int position, Program program) {
		portfolio.getPrograms().add(position, program);
		session.save(program);
	}

	@Override
	public void topLevel(List<? extends Entity> objects) {
		session.inTransaction(tx -> objects.forEach(tx::save));
	}
}
