package org.atrium.demo;

import org.atrium.core.store.Transaction;

/**
 * A plugin's part of the demo office, such as risks for its projects. Register an implementation as an OSGi
 * service; the demo command and the workbench's {@code --demo} call every registered contribution after the office
 * itself, in the transaction that saves it. A contribution that throws adds nothing; the office and the other
 * contributions are saved all the same.
 */
public interface DemoContribution {

	/**
	 * Adds the plugin's demo data for the office; deterministic for a seed. Dates are relative to
	 * {@link Office#today()}, as the office's own are.
	 */
	void contribute(Office office, long seed, Transaction transaction);
}
