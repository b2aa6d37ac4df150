package org.atrium.reporting.ui;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.Program;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.rules.ProjectHealth;
import org.atrium.core.store.Ids;
import org.atrium.core.store.Query;
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
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The milestone roadmap of a portfolio: one line per active project, grouped by program, on a timeline from three
 * months back to six ahead with today's line. Each milestone shows its baseline date (a hollow grey diamond) joined
 * to its planned or actual date (filled: green on time, amber late, red overdue); gates are larger and outlined.
 * Clicking a project's name opens it; hovering a milestone names it and its dates.
 */
public class RoadmapPart {

	/** One milestone on the roadmap. */
	public record Mark(String name, LocalDate baseline, LocalDate planned, LocalDate actual, boolean gate,
			long slip) {

		LocalDate shown() {
			return actual != null ? actual : planned != null ? planned : baseline;
		}
	}

	/** One project's line. */
	public record Line(String projectId, String code, String name, String program, List<Mark> marks) {
	}

	static final int MONTHS_BACK = 3;
	static final int MONTHS_AHEAD = 6;
	static final int MAX_PROJECTS = 200;
	static final int LABELS = 230;
	static final int ROW = 22;
	static final int TOP = 56;

	@Inject
	private WorkbenchStore store;
	@Inject
	private Reporting reporting;
	@Inject
	private EditorOpener editors;

	private Combo portfolios;
	private Label status;
	private Canvas canvas;
	private ScrolledComposite scrolled;
	private List<Portfolio> known = List.of();
	private List<Line> lines = List.of();
	/** What each drawn row holds: a program's name above its projects, or a project's line. */
	private List<Object> rows = List.of();
	private LocalDate today;

	@PostConstruct
	void create(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		new Label(bar, SWT.NONE).setText("Portfolio:");
		portfolios = new Combo(bar, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().hint(220, SWT.DEFAULT).applyTo(portfolios);
		portfolios.addListener(SWT.Selection, event -> loadPortfolio());
		status = new Label(bar, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		scrolled = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(scrolled);
		canvas = new Canvas(scrolled, SWT.DOUBLE_BUFFERED);
		canvas.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		scrolled.setContent(canvas);
		canvas.addPaintListener(event -> paint(event.gc));
		canvas.addListener(SWT.MouseDown, this::clicked);
		canvas.addListener(SWT.MouseMove, this::hovered);
		today = reporting.today();
		reload();
	}

	public Job reload() {
		return BackgroundRead.start("Loading the portfolios", store, canvas, session -> session.<Portfolio>query(
				Query.<Portfolio>of(PmoPackage.Literals.PORTFOLIO).orderBy(PmoPackage.Literals.SCOPE__NAME)), found -> {
					String selected = portfolios.getText();
					known = found;
					portfolios.setItems(found.stream().map(Portfolio::getName).toArray(String[]::new));
					portfolios.select(Math.max(0, found.stream().map(Portfolio::getName).toList().indexOf(selected)));
					loadPortfolio();
				});
	}

	private Job loadPortfolio() {
		if (portfolios.getSelectionIndex() < 0 || known.isEmpty()) {
			status.setText("No portfolio yet.");
			return null;
		}
		Portfolio portfolio = known.get(portfolios.getSelectionIndex());
		LocalDate asOf = today;
		return BackgroundRead.start("Loading the milestone roadmap", store, canvas,
				session -> lines(session.load(portfolio.eClass(), portfolio.getId()), asOf), this::show);
	}

	/** The lines of the portfolio's active projects, by program and code, at most {@value #MAX_PROJECTS}. */
	static List<Line> lines(Portfolio portfolio, LocalDate asOf) {
		List<Line> lines = new ArrayList<>();
		for (Program program : portfolio.getPrograms()) {
			for (Project project : ReportGenerator.projectsOf(program)) {
				List<Mark> marks = new ArrayList<>();
				for (Milestone milestone : project.getMilestones()) {
					Long slip = ProjectHealth.slipWorkingDays(milestone, asOf);
					marks.add(new Mark(milestone.getName(), milestone.getBaselineDate(), milestone.getPlannedDate(),
							milestone.getActualDate(), milestone.isGate(), slip == null ? 0 : slip));
				}
				lines.add(new Line(Ids.of(project), project.getCode(), project.getName(), program.getName(), marks));
			}
		}
		return lines;
	}

	private void show(List<Line> read) {
		int all = read.size();
		lines = read.size() > MAX_PROJECTS ? read.subList(0, MAX_PROJECTS) : read;
		List<Object> drawn = new ArrayList<>();
		String program = null;
		for (Line line : lines) {
			if (!line.program().equals(program)) {
				program = line.program();
				drawn.add(program);
			}
			drawn.add(line);
		}
		rows = drawn;
		status.setText(all + " active projects" + (all > MAX_PROJECTS ? ", the first " + MAX_PROJECTS + " shown" : "")
				+ ". Hollow grey: baseline. Filled: planned or achieved (green on time, amber late, red overdue). "
				+ "Large: gate.");
		status.getParent().layout(true);
		canvas.setSize(Math.max(scrolled.getClientArea().width, LABELS + 900), TOP + ROW * rows.size() + 30);
		canvas.redraw();
	}

	private LocalDate start() {
		return today.minusMonths(MONTHS_BACK).withDayOfMonth(1);
	}

	private LocalDate end() {
		return today.plusMonths(MONTHS_AHEAD).withDayOfMonth(1);
	}

	private int x(LocalDate date) {
		int width = canvas.getSize().x - LABELS - 20;
		long days = ChronoUnit.DAYS.between(start(), end());
		return LABELS + (int) (width * ChronoUnit.DAYS.between(start(), date) / days);
	}

	private void paint(GC gc) {
		var display = canvas.getDisplay();
		int height = TOP + ROW * rows.size();
		gc.setForeground(display.getSystemColor(SWT.COLOR_GRAY));
		for (LocalDate month = start(); !month.isAfter(end()); month = month.plusMonths(1)) {
			int at = x(month);
			gc.drawLine(at, TOP - 4, at, height);
			gc.setForeground(display.getSystemColor(SWT.COLOR_DARK_GRAY));
			gc.drawText(month.getMonth().toString().substring(0, 3) + " " + month.getYear(), at + 3, TOP - 24, true);
			gc.setForeground(display.getSystemColor(SWT.COLOR_GRAY));
		}
		for (int row = 0; row < rows.size(); row++) {
			int y = TOP + row * ROW;
			if (rows.get(row) instanceof String program) {
				gc.setBackground(new Color(225, 230, 236));
				gc.fillRectangle(0, y, canvas.getSize().x, ROW);
				gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
				gc.setFont(JFaceResources.getBannerFont());
				gc.drawText(program, 4, y + 2, true);
				gc.setFont(canvas.getFont());
				continue;
			}
			Line line = (Line) rows.get(row);
			gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
			gc.setClipping(0, y, LABELS - 8, ROW);
			gc.drawText(line.code() + " " + line.name(), 12, y + 3, true);
			gc.setClipping(LABELS, y, canvas.getSize().x - LABELS, ROW);
			for (Mark mark : line.marks()) {
				draw(gc, mark, y + ROW / 2);
			}
			gc.setClipping((org.eclipse.swt.graphics.Rectangle) null);
		}
		int now = x(today);
		gc.setForeground(DashboardPart.RED);
		gc.setLineWidth(2);
		gc.drawLine(now, TOP - 8, now, height);
		gc.setLineWidth(1);
		gc.drawText("Today " + today, now + 4, TOP - 44, true);
	}

	private void draw(GC gc, Mark mark, int middle) {
		LocalDate shown = mark.shown();
		if (shown == null) {
			return;
		}
		int size = mark.gate() ? 7 : 5;
		if (mark.baseline() != null && !mark.baseline().equals(shown)) {
			int from = x(mark.baseline());
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_GRAY));
			gc.drawLine(from, middle, x(shown), middle);
			gc.drawPolygon(diamond(from, middle, size));
		}
		boolean overdue = mark.actual() == null && shown.isBefore(today);
		Color fill = overdue ? DashboardPart.RED : mark.slip() > 0 ? DashboardPart.AMBER : DashboardPart.GREEN;
		gc.setBackground(fill);
		gc.fillPolygon(diamond(x(shown), middle, size));
		if (mark.gate()) {
			gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
			gc.drawPolygon(diamond(x(shown), middle, size));
		}
	}

	private static int[] diamond(int x, int y, int size) {
		return new int[] { x, y - size, x + size, y, x, y + size, x - size, y };
	}

	/** The project line at a height of the canvas, or null on a program's row or outside. */
	private Line lineAt(int y) {
		int row = (y - TOP) / ROW;
		return y >= TOP && row < rows.size() && rows.get(row) instanceof Line line ? line : null;
	}

	/** The height of the middle of a project's row. */
	public int middleOf(Line line) {
		return TOP + rows.indexOf(line) * ROW + ROW / 2;
	}

	private void clicked(Event event) {
		Line line = lineAt(event.y);
		if (event.x < LABELS && line != null) {
			editors.openProject(line.projectId(), line.code());
		}
	}

	private void hovered(Event event) {
		Line line = lineAt(event.y);
		String tip = null;
		if (line != null) {
			for (Mark mark : line.marks()) {
				if (mark.shown() != null && Math.abs(x(mark.shown()) - event.x) <= 6) {
					tip = (mark.gate() ? "Gate " : "") + mark.name() + ": baseline " + mark.baseline() + ", planned "
							+ mark.planned() + (mark.actual() == null ? "" : ", achieved " + mark.actual())
							+ (mark.slip() > 0 ? ", " + mark.slip() + " working days late" : "");
				}
			}
		}
		if (!java.util.Objects.equals(tip, canvas.getToolTipText())) {
			canvas.setToolTipText(tip);
		}
	}

	public List<Line> lines() {
		return lines;
	}

	public Canvas canvas() {
		return canvas;
	}

	@Inject
	@Optional
	void dataChanged(@UIEventTopic(Topics.DATA_CHANGED) Object changed) {
		if (canvas != null && !canvas.isDisposed() && !known.isEmpty()) {
			loadPortfolio();
		}
	}
}
