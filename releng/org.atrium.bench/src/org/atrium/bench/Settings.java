package org.atrium.bench;

import org.atrium.bench.Runner.Plan;
import org.atrium.demo.OfficeScale;

/**
 * How much the benchmarks do. The default run measures a tenth of the LARGE office and fits in ten minutes on two
 * cores; the full run measures the LARGE office itself and takes about 25 minutes, most of it in the two bulk inserts
 * of 2.9 million rows.
 *
 * @param scaleName         the name of {@code scale} in the results
 * @param scale             the office of figures 1 to 5
 * @param memoryScaleName   the name of {@code memoryScale}
 * @param memoryScale       the office loaded in figure 6
 * @param bulkInsert        runs of figure 1
 * @param projectInsert     runs of the insert of figure 2
 * @param projectLoad       runs of the load of figure 2
 * @param reads             runs of the loads and queries of figures 3 and 4
 * @param rollup            runs of figure 5
 * @param memory            runs of figure 6
 * @param startup           runs of figure 7
 * @param projectLoads      projects loaded one by one per run of figure 3
 * @param sponsorQueries    queries per run of figure 4
 * @param concurrentUpdates updates each client commits per run of figure 16
 */
record Settings(String scaleName, OfficeScale scale, String memoryScaleName, OfficeScale memoryScale, Plan bulkInsert,
		Plan projectInsert, Plan projectLoad, Plan reads, Plan rollup, Plan memory, Plan startup, int projectLoads,
		int sponsorQueries, int concurrentUpdates) {

	/** A hundredth of {@link OfficeScale#LARGE}. */
	private static final OfficeScale HUNDREDTH = new OfficeScale(5, 5, 100, 20, 20, 5, 26, 26, 5_000, false);

	/** One run of each bulk insert: each takes minutes; the demo office check before them warms up. */
	static Settings full() {
		return new Settings("LARGE", OfficeScale.LARGE, "LARGE / 10", Offices.TENTH, new Plan(0, 1), new Plan(0, 1),
				new Plan(1, 3), new Plan(5, 7), new Plan(5, 7), new Plan(1, 3), new Plan(1, 5), 100, 50, 250);
	}

	static Settings quick() {
		return new Settings("LARGE / 10", Offices.TENTH, "LARGE / 100", HUNDREDTH, new Plan(0, 2), new Plan(0, 2),
				new Plan(1, 3), new Plan(5, 7), new Plan(5, 7), new Plan(1, 3), new Plan(1, 3), 100, 30, 100);
	}
}
