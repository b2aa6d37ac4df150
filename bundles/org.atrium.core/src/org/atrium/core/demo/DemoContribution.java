package org.atrium.core.demo;

import org.atrium.core.store.Transaction;

/**
 * A plugin's part of the demo office, such as risks for its projects. Register an implementation as
 * an OSGi service; the demo command and the workbench's {@code --demo} call every registered
 * contribution in the transaction that saves the office, after the office itself.
 */
public interface DemoContribution {

	/** Adds the plugin's demo data for the office; deterministic for a seed. */
	void contribute(Office office, long seed, Transaction transaction);
}
