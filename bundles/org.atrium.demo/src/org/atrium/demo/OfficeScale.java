package org.atrium.demo;

/**
 * How much data {@link OfficeGenerator} produces.
 *
 * @param portfolios number of portfolios
 * @param programs number of programs, spread round-robin over the portfolios
 * @param projects number of projects, spread round-robin over the programs
 * @param people number of people on staff (at least 4: executives, project managers, business and technology staff)
 * @param milestonesPerProject milestones of every project
 * @param kpisPerProject KPIs of every project
 * @param measurementsPerKpi weekly measurements of every KPI
 * @param statusReportWeeks weekly status reports of every project
 * @param timeEntries timesheet entries in total
 * @param fullGovernance whether every role is staffed (sponsors, owners, steering committees, leads, stakeholders,
 *        approvers); otherwise each project only has its sponsor
 */
public record OfficeScale(int portfolios, int programs, int projects, int people, int milestonesPerProject,
		int kpisPerProject, int measurementsPerKpi, int statusReportWeeks, int timeEntries, boolean fullGovernance) {

	/** A realistic office to show and try Atrium with. */
	public static final OfficeScale DEMO = new OfficeScale(3, 9, 40, 60, 8, 3, 8, 8, 4_000, true);

	/** A large office for volume tests: one sponsor per project and no other roles. */
	public static final OfficeScale LARGE = new OfficeScale(5, 50, 10_000, 2_000, 20, 5, 26, 26, 500_000, false);

	/** The minimum staff: one person of each kind. */
	static final int MINIMUM_PEOPLE = 4;

	public OfficeScale {
		requireAtLeast("portfolios", portfolios, 1);
		requireAtLeast("programs", programs, portfolios);
		requireAtLeast("projects", projects, 1);
		requireAtLeast("people", people, MINIMUM_PEOPLE);
		requireAtLeast("milestonesPerProject", milestonesPerProject, 0);
		requireAtLeast("kpisPerProject", kpisPerProject, 0);
		requireAtLeast("measurementsPerKpi", measurementsPerKpi, 0);
		requireAtLeast("statusReportWeeks", statusReportWeeks, 0);
		requireAtLeast("timeEntries", timeEntries, 0);
	}

	/** The number of weeks of history behind the latest report: the longer of the report and measurement series. */
	int historyWeeks() {
		return Math.max(statusReportWeeks, measurementsPerKpi);
	}

	private static void requireAtLeast(String name, int value, int minimum) {
		if (value < minimum) {
			throw new IllegalArgumentException(name + " must be at least " + minimum + " but is " + value);
		}
	}
}
