package org.atrium.reporting.ui;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.atrium.core.model.pmo.Kpi;
import org.atrium.core.model.pmo.Measurement;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RagStatus;
import org.atrium.core.model.pmo.ReportPeriod;
import org.atrium.core.store.StoreSession;
import org.atrium.reporting.ReportContent;
import org.atrium.reporting.ReportFigures;
import org.atrium.reporting.ReportGenerator;
import org.atrium.reporting.ReportSnapshots;
import org.atrium.reporting.Reporting;
import org.atrium.reporting.model.reporting.Report;

/**
 * What the portfolio dashboard shows, read in one background job: the portfolio's monthly report as of today (RAG
 * distribution, budgets, SPI and CPI, slipped milestones), the RAG counts of its published reports for the trend,
 * (the weekly ones where there are any), and the monthly averages of its most measured KPIs.
 *
 * @param report     the report as of today
 * @param trend      RAG counts per published report date, oldest first
 * @param kpiMonths  the months of the KPI trend, oldest first
 * @param kpis       per KPI name, its average value in each month (NaN without a measurement)
 */
public record DashboardData(ReportContent report, Map<LocalDate, Map<RagStatus, Integer>> trend,
		List<YearMonth> kpiMonths, Map<String, double[]> kpis) {

	static final int TREND_REPORTS = 12;
	static final int KPI_MONTHS = 6;
	static final int KPI_LINES = 4;

	public static DashboardData read(StoreSession session, Reporting reporting, Portfolio portfolio) {
		LocalDate today = reporting.today();
		Portfolio loaded = session.load(portfolio.eClass(), portfolio.getId());
		ReportContent report = reporting.generate(session, loaded, ReportPeriod.MONTHLY, today);
		List<Report> history = new ArrayList<>(reporting.history(session, loaded));
		if (history.stream().anyMatch(past -> past.getPeriod() == ReportPeriod.WEEKLY)) {
			history.removeIf(past -> past.getPeriod() != ReportPeriod.WEEKLY);
		}
		java.util.Collections.reverse(history);
		Map<LocalDate, Map<RagStatus, Integer>> trend = new LinkedHashMap<>();
		for (Report published : history.subList(Math.max(0, history.size() - TREND_REPORTS), history.size())) {
			session.loadContents(published);
			trend.merge(published.getAsOf(), ReportFigures.ragCounts(ReportSnapshots.read(published)), (a, b) -> b);
		}
		trend.put(today, ReportFigures.ragCounts(report));
		List<YearMonth> months = new ArrayList<>();
		for (int i = KPI_MONTHS - 1; i >= 0; i--) {
			months.add(YearMonth.from(today).minusMonths(i));
		}
		return new DashboardData(report, trend, months, kpiTrends(ReportGenerator.projectsOf(loaded), months));
	}

	/** The most measured KPI names, each with its average per month. */
	static Map<String, double[]> kpiTrends(List<Project> projects, List<YearMonth> months) {
		Map<String, double[]> sums = new HashMap<>();
		Map<String, int[]> counts = new HashMap<>();
		for (Project project : projects) {
			for (Kpi kpi : project.getKpis()) {
				for (Measurement measurement : kpi.getMeasurements()) {
					if (measurement.getDate() == null) {
						continue;
					}
					int month = months.indexOf(YearMonth.from(measurement.getDate()));
					if (month >= 0) {
						sums.computeIfAbsent(kpi.getName(), name -> new double[months.size()])[month] += measurement.getValue();
						counts.computeIfAbsent(kpi.getName(), name -> new int[months.size()])[month]++;
					}
				}
			}
		}
		Map<String, double[]> averages = new LinkedHashMap<>();
		counts.entrySet().stream()
				.sorted((a, b) -> Integer.compare(java.util.Arrays.stream(b.getValue()).sum(),
						java.util.Arrays.stream(a.getValue()).sum()))
				.limit(KPI_LINES).forEach(entry -> {
					double[] average = new double[months.size()];
					for (int m = 0; m < months.size(); m++) {
						average[m] = entry.getValue()[m] == 0 ? Double.NaN : sums.get(entry.getKey())[m] / entry.getValue()[m];
					}
					averages.put(entry.getKey(), average);
				});
		return averages;
	}
}
