package org.atrium.risks;

import java.util.SplittableRandom;

import org.atrium.demo.DemoContribution;
import org.atrium.demo.Office;
import org.atrium.core.store.Transaction;
import org.osgi.service.component.annotations.Component;

/**
 * The risk registers and RAID logs of the demo office. Every project that is not closed gets 3 to 6 typical risks
 * (vendor delay, key person dependency, data migration quality, regulatory change, budget overrun, ...) owned by
 * its people, with mitigation actions (some overdue), an issue for each risk that occurred, one or two assumptions
 * and up to two dependencies.
 * <p>
 * Deterministic: the same office and seed give the same objects, ids included. Dates are relative to the office's
 * {@link Office#today() today}.
 */
@Component(service = DemoContribution.class)
public class RiskDemo implements DemoContribution {

	/** Mixed into the seed, so that ids differ from the office's own ones drawn from the same seed. */
	private static final long SALT = 0x7269736b73L;

	@Override
	public void contribute(Office office, long seed, Transaction transaction) {
		new DemoRiskGenerator(new SplittableRandom(seed ^ SALT), office, office.today()).generate(transaction::save);
	}
}
