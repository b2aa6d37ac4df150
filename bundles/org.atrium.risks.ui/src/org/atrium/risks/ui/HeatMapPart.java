package org.atrium.risks.ui;

import java.util.List;

import org.atrium.risks.RiskBand;
import org.atrium.risks.RiskMatrix;
import org.atrium.risks.RiskRating;
import org.atrium.risks.RiskScoring;
import org.atrium.risks.ui.RiskRows.Cell;
import org.atrium.risks.ui.RiskRows.Row;
import org.atrium.ui.BackgroundRead;
import org.atrium.ui.WorkbenchStore;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The 5×5 heat map of active risks: probability upwards, impact to the right, coloured by band, with
 * the number of risks in each cell, for the inherent or the residual rating. Clicking a cell filters
 * the register to that cell; clicking it again clears the filter.
 */
public class HeatMapPart {

	private static final int AXIS = 28;

	@Inject
	private WorkbenchStore store;
	@Inject
	private HeatMapSelection picked;

	private final RiskScoring scoring = new RiskScoring();
	private final int[][] inherent = new int[RiskMatrix.LEVELS + 1][RiskMatrix.LEVELS + 1];
	private final int[][] residual = new int[RiskMatrix.LEVELS + 1][RiskMatrix.LEVELS + 1];
	private Canvas canvas;
	private Button residualMode;
	private Cell selected;
	private Font countFont;

	@PostConstruct
	void create(Composite parent) {
		GridLayoutFactory.fillDefaults().numColumns(2).margins(6, 6).applyTo(parent);
		Button inherentMode = new Button(parent, SWT.RADIO);
		inherentMode.setText("Inherent (before responses)");
		residualMode = new Button(parent, SWT.RADIO);
		residualMode.setText("Residual (after responses)");
		residualMode.setSelection(true);
		inherentMode.addListener(SWT.Selection, e -> modeChanged());
		residualMode.addListener(SWT.Selection, e -> modeChanged());
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(360, 150).applyTo(canvas);
		FontData data = canvas.getFont().getFontData()[0];
		countFont = new Font(canvas.getDisplay(), data.getName(), data.getHeight() + 3, SWT.BOLD);
		canvas.addPaintListener(e -> paint(e.gc));
		canvas.addListener(SWT.MouseDown, this::clicked);
		reload();
	}

	@PreDestroy
	void dispose() {
		if (countFont != null) {
			countFont.dispose();
		}
	}

	/** Counts the active risks per cell in a background job. */
	public Job reload() {
		return BackgroundRead.start("Loading the risk heat map", store, canvas, session -> RiskRows.read(session, scoring),
				this::show);
	}

	private void show(List<Row> rows) {
		if (canvas.isDisposed()) {
			return;
		}
		for (int p = 0; p <= RiskMatrix.LEVELS; p++) {
			java.util.Arrays.fill(inherent[p], 0);
			java.util.Arrays.fill(residual[p], 0);
		}
		for (Row row : rows) {
			if (row.active()) {
				count(inherent, row.inherent());
				count(residual, row.residual());
			}
		}
		canvas.redraw();
	}

	private static void count(int[][] cells, RiskRating rating) {
		if (rating != null) {
			cells[rating.probability()][rating.impact()]++;
		}
	}

	@Inject
	@Optional
	void dataChanged(@UIEventTopic(org.atrium.ui.Topics.DATA_CHANGED) Object changed) {
		if (canvas != null && !canvas.isDisposed()) {
			reload();
		}
	}

	/** How many active risks a cell holds. */
	public int count(int probability, int impact, boolean residualRating) {
		return (residualRating ? residual : inherent)[probability][impact];
	}

	public Canvas canvas() {
		return canvas;
	}

	/** The cell at a point of the canvas, or null outside the grid. */
	public Cell cellAt(Point point) {
		Rectangle grid = grid();
		if (!grid.contains(point)) {
			return null;
		}
		int impact = 1 + (point.x - grid.x) * RiskMatrix.LEVELS / grid.width;
		int probability = RiskMatrix.LEVELS - (point.y - grid.y) * RiskMatrix.LEVELS / grid.height;
		return new Cell(probability, impact, residualMode.getSelection());
	}

	/** The centre of a cell on the canvas. */
	public Point centre(int probability, int impact) {
		Rectangle grid = grid();
		int width = grid.width / RiskMatrix.LEVELS;
		int height = grid.height / RiskMatrix.LEVELS;
		return new Point(grid.x + (impact - 1) * width + width / 2, grid.y + (RiskMatrix.LEVELS - probability) * height + height / 2);
	}

	private void clicked(Event event) {
		Cell cell = cellAt(new Point(event.x, event.y));
		if (cell == null) {
			return;
		}
		selected = cell.equals(selected) ? null : cell;
		picked.pick(selected);
		canvas.redraw();
	}

	private void modeChanged() {
		if (selected != null) {
			selected = null;
			picked.pick(null);
		}
		canvas.redraw();
	}

	/** The grid fills the canvas but for the axis labels; cells may be wider than high. */
	private Rectangle grid() {
		Rectangle area = canvas.getClientArea();
		int width = Math.max(0, Math.min(area.width - AXIS - 100, 5 * 120));
		int height = Math.max(0, area.height - AXIS - 8);
		return new Rectangle(AXIS, 4, width, height);
	}

	private void paint(GC gc) {
		Rectangle grid = grid();
		int width = grid.width / RiskMatrix.LEVELS;
		int height = grid.height / RiskMatrix.LEVELS;
		int[][] counts = residualMode.getSelection() ? residual : inherent;
		RiskMatrix matrix = scoring.matrix();
		for (int p = 1; p <= RiskMatrix.LEVELS; p++) {
			for (int i = 1; i <= RiskMatrix.LEVELS; i++) {
				int x = grid.x + (i - 1) * width;
				int y = grid.y + (RiskMatrix.LEVELS - p) * height;
				RiskBand band = matrix.band(p, i);
				Color fill = new Color(gc.getDevice(), RiskImages.colour(band));
				gc.setBackground(fill);
				gc.fillRectangle(x, y, width, height);
				gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
				gc.drawRectangle(x, y, width, height);
				boolean isSelected = selected != null && selected.probability() == p && selected.impact() == i;
				if (isSelected) {
					gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
					gc.setLineWidth(3);
					gc.drawRectangle(x + 2, y + 2, width - 4, height - 4);
					gc.setLineWidth(1);
				}
				if (counts[p][i] > 0) {
					gc.setFont(countFont);
					String text = String.valueOf(counts[p][i]);
					Point extent = gc.textExtent(text);
					gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_BLACK));
					gc.drawText(text, x + (width - extent.x) / 2, y + (height - extent.y) / 2, true);
					gc.setFont(canvas.getFont());
				}
				fill.dispose();
			}
		}
		gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_DARK_GRAY));
		for (int level = 1; level <= RiskMatrix.LEVELS; level++) {
			gc.drawText(String.valueOf(level), grid.x + (level - 1) * width + width / 2 - 3, grid.y + grid.height + 4, true);
			gc.drawText(String.valueOf(level), grid.x - 14, grid.y + (RiskMatrix.LEVELS - level) * height + height / 2 - 7, true);
		}
		gc.drawText("Impact \u2192", grid.x + grid.width + 8, grid.y + grid.height + 4, true);
		gc.drawText("Probability", grid.x + grid.width + 8, grid.y, true);
	}
}
