package org.atrium.reporting.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.RagStatus;
import org.atrium.core.report.ReportSection;
import org.atrium.core.store.Query;
import org.atrium.reporting.ReportFigures;
import org.atrium.reporting.ReportGenerator;
import org.atrium.reporting.Reporting;
import org.atrium.ui.BackgroundRead;
import org.atrium.ui.EditorOpener;
import org.atrium.ui.Topics;
import org.atrium.ui.WorkbenchStore;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ICustomPaintListener;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ILineSeries.PlotSymbolType;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The portfolio dashboard, on SWTChart: RAG distribution, the RAG trend over the published reports, budget planned,
 * actual and forecast per program, an SPI/CPI scatter with its quadrants, the most slipped milestones and KPI trends.
 * Clicking a program's bars drills down to that program (clicking again shows all); clicking a point of the scatter
 * or a slip bar opens the project. Everything is read in one background job.
 */
public class DashboardPart {

	static final Color RED = new Color(198, 40, 40);
	static final Color AMBER = new Color(230, 145, 0);
	static final Color GREEN = new Color(46, 139, 87);
	static final Color PLANNED = new Color(120, 144, 156);
	static final Color ACTUAL = new Color(30, 100, 170);
	static final Color FORECAST = new Color(150, 90, 170);
	static final Color[] LINES = { new Color(30, 100, 170), new Color(198, 40, 40), new Color(46, 139, 87),
			new Color(150, 90, 170) };
	static final int SLIPS = 10;

	@Inject
	private WorkbenchStore store;
	@Inject
	private Reporting reporting;
	@Inject
	private EditorOpener editors;

	private Combo portfolios;
	private Label status;
	private List<Portfolio> known = List.of();
	private Chart ragChart;
	private Chart trendChart;
	private Chart budgetChart;
	private Chart scatterChart;
	private Chart slipChart;
	private Chart kpiChart;
	private DashboardData data;
	private String program;
	private List<ReportFigures.Performance> points = List.of();
	private List<ReportFigures.Slip> slips = List.of();

	@PostConstruct
	void create(Composite parent) {
		GridLayoutFactory.fillDefaults().numColumns(3).margins(6, 6).applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(bar);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(bar);
		new Label(bar, SWT.NONE).setText("Portfolio:");
		portfolios = new Combo(bar, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().hint(220, SWT.DEFAULT).applyTo(portfolios);
		portfolios.addListener(SWT.Selection, event -> loadPortfolio());
		status = new Label(bar, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		ragChart = chart(parent, "RAG distribution");
		trendChart = chart(parent, "RAG trend over the published reports");
		budgetChart = chart(parent, "Budget per program (click a program to drill down)");
		scatterChart = chart(parent, "SPI / CPI (click a point to open the project)");
		slipChart = chart(parent, "Most slipped milestones, working days");
		kpiChart = chart(parent, "KPI trends, monthly average");
		budgetChart.getPlotArea().getControl().addListener(SWT.MouseDown, this::budgetClicked);
		scatterChart.getPlotArea().getControl().addListener(SWT.MouseDown, this::scatterClicked);
		slipChart.getPlotArea().getControl().addListener(SWT.MouseDown, this::slipClicked);
		scatterChart.getPlotArea().addCustomPaintListener(new Quadrants());
		reload();
	}

	private static Chart chart(Composite parent, String title) {
		Chart chart = new Chart(parent, SWT.NONE);
		chart.getTitle().setText(title);
		chart.getTitle().setFont(parent.getFont());
		GridDataFactory.fillDefaults().grab(true, true).hint(300, 220).applyTo(chart);
		return chart;
	}

	/** Reads the portfolios, then the chosen one's figures. */
	public Job reload() {
		return BackgroundRead.start("Loading the portfolios", store, portfolios, session -> session.<Portfolio>query(
				Query.<Portfolio>of(PmoPackage.Literals.PORTFOLIO).orderBy(PmoPackage.Literals.SCOPE__NAME)), found -> {
					String selected = portfolios.getText();
					known = found;
					portfolios.setItems(found.stream().map(Portfolio::getName).toArray(String[]::new));
					int index = found.stream().map(Portfolio::getName).toList().indexOf(selected);
					portfolios.select(Math.max(0, index));
					loadPortfolio();
				});
	}

	private Job loadPortfolio() {
		if (portfolios.getSelectionIndex() < 0 || known.isEmpty()) {
			status.setText("No portfolio yet.");
			return null;
		}
		Portfolio portfolio = known.get(portfolios.getSelectionIndex());
		status.setText("Loading " + portfolio.getName() + "...");
		return BackgroundRead.start("Loading the portfolio dashboard", store, portfolios,
				session -> DashboardData.read(session, reporting, portfolio), this::show);
	}

	private void show(DashboardData read) {
		data = read;
		program = null;
		showAll();
	}

	private void showAll() {
		var report = data.report();
		status.setText(report.title() + " as of " + report.asOf() + ", RAG " + report.rag().getLiteral()
				+ (program == null ? "" : ".  Program: " + program + " (click it again to show all)"));
		status.getParent().layout(true);
		ragDistribution(ReportFigures.ragCounts(report));
		ragTrend(data.trend());
		budgets(ReportFigures.budgets(report));
		List<String> codes = program == null ? null : codesOf(program);
		points = ReportFigures.performance(report).stream().filter(p -> codes == null || codes.contains(p.project()))
				.toList();
		scatter(points);
		slips = ReportFigures.slips(report).stream().filter(s -> codes == null || codes.contains(s.project()))
				.limit(SLIPS).toList();
		slipBars(slips);
		kpiTrends(data);
	}

	private List<String> codesOf(String programName) {
		ReportSection projects = data.report().section(ReportGenerator.PROJECTS).orElseThrow();
		return projects.rows().stream().filter(row -> row.cells().get(2).equals(programName))
				.map(row -> row.cells().get(0)).toList();
	}

	private static void clear(Chart chart) {
		for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(series.getId());
		}
	}

	private void ragDistribution(Map<RagStatus, Integer> counts) {
		clear(ragChart);
		category(ragChart, new String[] { "Red", "Amber", "Green" });
		RagStatus[] order = { RagStatus.RED, RagStatus.AMBER, RagStatus.GREEN };
		Color[] colors = { RED, AMBER, GREEN };
		for (int i = 0; i < 3; i++) {
			double[] values = new double[3];
			values[i] = counts.get(order[i]);
			IBarSeries<?> bars = (IBarSeries<?>) ragChart.getSeriesSet().createSeries(SeriesType.BAR, order[i].getLiteral());
			bars.setYSeries(values);
			bars.setBarColor(colors[i]);
			bars.enableStack(true);
		}
		ragChart.getLegend().setVisible(false);
		finish(ragChart, "", "Projects");
	}

	private void ragTrend(Map<java.time.LocalDate, Map<RagStatus, Integer>> trend) {
		clear(trendChart);
		category(trendChart, trend.keySet().stream().map(date -> date.toString().substring(5)).toArray(String[]::new));
		RagStatus[] order = { RagStatus.RED, RagStatus.AMBER, RagStatus.GREEN };
		Color[] colors = { RED, AMBER, GREEN };
		for (int i = 0; i < 3; i++) {
			RagStatus rag = order[i];
			ILineSeries<?> line = (ILineSeries<?>) trendChart.getSeriesSet().createSeries(SeriesType.LINE, rag.getLiteral());
			line.setYSeries(trend.values().stream().mapToDouble(counts -> counts.get(rag)).toArray());
			line.setLineColor(colors[i]);
			line.setSymbolColor(colors[i]);
			line.setLineWidth(2);
		}
		finish(trendChart, "Report date", "Projects");
	}

	private void budgets(List<ReportFigures.Budget> budgets) {
		clear(budgetChart);
		category(budgetChart, budgets.stream().map(b -> b.program().equals(program) ? "\u25b6 " + b.program() : b.program())
				.toArray(String[]::new));
		String[] names = { "Planned", "Actual", "Forecast" };
		Color[] colors = { PLANNED, ACTUAL, FORECAST };
		for (int i = 0; i < 3; i++) {
			int which = i;
			IBarSeries<?> bars = (IBarSeries<?>) budgetChart.getSeriesSet().createSeries(SeriesType.BAR, names[i]);
			bars.setYSeries(budgets.stream().mapToDouble(b -> (which == 0 ? b.planned() : which == 1 ? b.actual()
					: b.forecast()) / 1000).toArray());
			bars.setBarColor(colors[i]);
		}
		finish(budgetChart, "", "Thousands");
	}

	private void scatter(List<ReportFigures.Performance> shown) {
		clear(scatterChart);
		ILineSeries<?> series = (ILineSeries<?>) scatterChart.getSeriesSet().createSeries(SeriesType.LINE, "Projects");
		series.setLineStyle(LineStyle.NONE);
		series.setSymbolType(PlotSymbolType.CIRCLE);
		series.setSymbolSize(5);
		series.setXSeries(shown.stream().mapToDouble(ReportFigures.Performance::spi).toArray());
		series.setYSeries(shown.stream().mapToDouble(ReportFigures.Performance::cpi).toArray());
		series.setSymbolColors(shown.stream().map(p -> p.spi() >= 1 && p.cpi() >= 1 ? GREEN
				: p.spi() < 1 && p.cpi() < 1 ? RED : AMBER).toArray(Color[]::new));
		scatterChart.getLegend().setVisible(false);
		scatterChart.getAxisSet().getXAxis(0).getTitle().setText("SPI (schedule)");
		scatterChart.getAxisSet().getYAxis(0).getTitle().setText("CPI (cost)");
		finish(scatterChart, "SPI (schedule)", "CPI (cost)");
		widen(scatterChart.getAxisSet().getXAxis(0));
		widen(scatterChart.getAxisSet().getYAxis(0));
		scatterChart.redraw();
	}

	/** Keeps 1.0 inside the range, so the quadrant lines always show. */
	private static void widen(IAxis axis) {
		var range = axis.getRange();
		axis.setRange(new org.eclipse.swtchart.Range(Math.min(range.lower, 0.7), Math.max(range.upper, 1.3)));
	}

	private void slipBars(List<ReportFigures.Slip> shown) {
		clear(slipChart);
		category(slipChart, shown.stream().map(s -> s.project()).toArray(String[]::new));
		IBarSeries<?> bars = (IBarSeries<?>) slipChart.getSeriesSet().createSeries(SeriesType.BAR, "Slip");
		bars.setYSeries(shown.stream().mapToDouble(ReportFigures.Slip::workingDays).toArray());
		bars.setBarColor(AMBER);
		slipChart.getLegend().setVisible(false);
		finish(slipChart, "", "Working days");
	}

	private void kpiTrends(DashboardData read) {
		clear(kpiChart);
		category(kpiChart, read.kpiMonths().stream().map(Object::toString).toArray(String[]::new));
		int i = 0;
		for (Map.Entry<String, double[]> kpi : read.kpis().entrySet()) {
			ILineSeries<?> line = (ILineSeries<?>) kpiChart.getSeriesSet().createSeries(SeriesType.LINE, kpi.getKey());
			line.setYSeries(filled(kpi.getValue()));
			line.setLineColor(LINES[i % LINES.length]);
			line.setSymbolColor(LINES[i % LINES.length]);
			i++;
		}
		finish(kpiChart, "", "Average value");
	}

	/** Months without a measurement take the value of the month before (or after, at the start). */
	static double[] filled(double[] values) {
		double[] out = values.clone();
		double last = Double.NaN;
		for (int i = 0; i < out.length; i++) {
			if (Double.isNaN(out[i])) {
				out[i] = last;
			} else {
				last = out[i];
			}
		}
		double next = 0;
		for (int i = out.length - 1; i >= 0; i--) {
			if (Double.isNaN(out[i])) {
				out[i] = next;
			} else {
				next = out[i];
			}
		}
		return out;
	}

	/** Categories on the x axis; their names slant when they would not fit side by side. */
	private static void category(Chart chart, String[] categories) {
		IAxis x = chart.getAxisSet().getXAxis(0);
		x.enableCategory(true);
		x.setCategorySeries(categories.length == 0 ? new String[] { "" } : categories);
		int longest = java.util.Arrays.stream(categories).mapToInt(String::length).max().orElse(0);
		x.getTick().setTickLabelAngle(longest * categories.length > 30 ? 45 : 0);
		x.getTitle().setText("");
	}

	private static void finish(Chart chart, String xTitle, String yTitle) {
		Color text = chart.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
		for (IAxis axis : chart.getAxisSet().getAxes()) {
			axis.getTitle().setForeground(text);
			axis.getTick().setForeground(text);
		}
		chart.getTitle().setForeground(chart.getDisplay().getSystemColor(SWT.COLOR_BLACK));
		chart.getAxisSet().getXAxis(0).getTitle().setText(xTitle);
		chart.getAxisSet().getYAxis(0).getTitle().setText(yTitle);
		chart.getAxisSet().adjustRange();
		chart.redraw();
	}

	private void budgetClicked(Event event) {
		if (data == null) {
			return;
		}
		List<ReportFigures.Budget> budgets = ReportFigures.budgets(data.report());
		int index = categoryAt(budgetChart, event.x, budgets.size());
		if (index >= 0) {
			drillDown(budgets.get(index).program());
		}
	}

	/** Shows one program's projects in the scatter and slips, or all again when it is already shown. */
	public void drillDown(String programName) {
		program = programName.equals(program) ? null : programName;
		showAll();
	}

	private static int categoryAt(Chart chart, int x, int count) {
		double value = chart.getAxisSet().getXAxis(0).getDataCoordinate(x);
		int index = (int) Math.round(value);
		return index >= 0 && index < count ? index : -1;
	}

	private void scatterClicked(Event event) {
		ISeries<?>[] series = scatterChart.getSeriesSet().getSeries();
		if (series.length == 0) {
			return;
		}
		for (int i = 0; i < points.size(); i++) {
			Point at = series[0].getPixelCoordinates(i);
			if (Math.abs(at.x - event.x) <= 6 && Math.abs(at.y - event.y) <= 6) {
				openProject(points.get(i).objectId(), points.get(i).project());
				return;
			}
		}
	}

	private void slipClicked(Event event) {
		int index = categoryAt(slipChart, event.x, slips.size());
		if (index >= 0) {
			ReportFigures.Slip slip = slips.get(index);
			ReportSection projects = data.report().section(ReportGenerator.PROJECTS).orElseThrow();
			projects.rows().stream().filter(row -> row.cells().get(0).equals(slip.project())).findFirst()
					.ifPresent(row -> openProject(row.objectId(), slip.project()));
		}
	}

	private void openProject(String id, String code) {
		editors.openProject(id, code);
	}

	/** Lines at SPI 1 and CPI 1, and the quadrants' names. */
	private final class Quadrants implements ICustomPaintListener {
		@Override
		public void paintControl(org.eclipse.swt.events.PaintEvent event) {
			IAxis x = scatterChart.getAxisSet().getXAxis(0);
			IAxis y = scatterChart.getAxisSet().getYAxis(0);
			int atX = x.getPixelCoordinate(1.0);
			int atY = y.getPixelCoordinate(1.0);
			var size = scatterChart.getPlotArea().getSize();
			event.gc.setForeground(event.display.getSystemColor(SWT.COLOR_DARK_GRAY));
			event.gc.setLineStyle(SWT.LINE_DASH);
			event.gc.drawLine(atX, 0, atX, size.y);
			event.gc.drawLine(0, atY, size.x, atY);
			event.gc.setLineStyle(SWT.LINE_SOLID);
			event.gc.drawText("late, over budget", 4, size.y - 18, true);
			String ahead = "ahead, under budget";
			event.gc.drawText(ahead, Math.min(atX + 4, size.x - event.gc.textExtent(ahead).x - 4), 2, true);
		}
	}

	// for tests

	public DashboardData data() {
		return data;
	}

	public String program() {
		return program;
	}

	public Chart budgetChart() {
		return budgetChart;
	}

	public List<ReportFigures.Performance> points() {
		return points;
	}

	public String statusText() {
		return status.getText();
	}

	@Inject
	@Optional
	void dataChanged(@UIEventTopic(Topics.DATA_CHANGED) Object changed) {
		if (portfolios != null && !portfolios.isDisposed() && data != null) {
			loadPortfolio();
		}
	}

}
