package org.atrium.risks;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

import org.atrium.core.demo.DemoContribution;
import org.atrium.core.demo.Office;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.StatusReport;
import org.atrium.core.store.Transaction;
import org.osgi.service.component.annotations.Component;

/**
 * The risk registers and RAID logs of the demo office. Every project that is not closed gets 3 to 6 typical risks
 * (vendor delay, key person dependency, data migration quality, regulatory change, budget overrun, ...) owned by
 * its people, with mitigation actions (some overdue), an issue for each risk that occurred, one or two assumptions
 * and up to two dependencies.
 * <p>
 * Deterministic: the same office and seed give the same objects, ids included. Dates are relative to the office's
 * latest status report, which the office generator puts in the week of the day it generates for.
 */
@Component(service = DemoContribution.class)
public class RiskDemo implements DemoContribution {

	/** Mixed into the seed, so that ids differ from the office's own ones drawn from the same seed. */
	private static final long SALT = 0x7269736b73L;

	@Override
	public void contribute(Office office, long seed, Transaction transaction) {
		asOf(office).ifPresent(asOf -> new DemoRiskGenerator(new SplittableRandom(seed ^ SALT), office, asOf)
				.generate(transaction::save));
	}

	/** The day the office's figures are as of: the end of its latest reporting week, or its latest project start. */
	static Optional<LocalDate> asOf(Office office) {
		Optional<LocalDate> latestReport = office.projects().stream()
				.flatMap(project -> project.getStatusReports().stream()).map(StatusReport::getPeriodEnd)
				.filter(Objects::nonNull).max(Comparator.naturalOrder());
		return latestReport.or(() -> office.projects().stream().map(Project::getActualStart).filter(Objects::nonNull)
				.max(Comparator.naturalOrder()));
	}
}
