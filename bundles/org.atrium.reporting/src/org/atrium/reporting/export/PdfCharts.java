package org.atrium.reporting.export;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.atrium.core.model.pmo.RagStatus;
import org.atrium.reporting.ReportFigures;

/** The report's charts drawn as PDF vector graphics: the RAG distribution and the budget per program. */
final class PdfCharts {

	static final Color RED = new Color(198, 40, 40);
	static final Color AMBER = new Color(230, 145, 0);
	static final Color GREEN = new Color(46, 139, 87);
	static final Color PLANNED = new Color(120, 144, 156);
	static final Color ACTUAL = new Color(30, 100, 170);
	static final Color FORECAST = new Color(150, 90, 170);
	private static final Color AXIS = new Color(90, 90, 90);
	private static final int MAX_BARS = 12;

	private PdfCharts() {
	}

	static Color color(RagStatus rag) {
		return switch (rag) {
		case RED -> RED;
		case AMBER -> AMBER;
		default -> GREEN;
		};
	}

	/** Horizontal bars, one per RAG status, with their counts, in the box whose top left is (x, top). */
	static void ragDistribution(PdfLayout pdf, Map<RagStatus, Integer> counts, float x, float top, float width,
			float height) throws IOException {
		float titleSize = height / 11;
		pdf.write("RAG distribution (projects)", pdf.bold, titleSize, x, top - titleSize);
		int max = Math.max(1, counts.values().stream().mapToInt(Integer::intValue).max().orElse(1));
		float barHeight = (height - titleSize * 2.5f) / 3 - 4;
		float labels = titleSize * 4;
		int i = 0;
		for (RagStatus rag : List.of(RagStatus.RED, RagStatus.AMBER, RagStatus.GREEN)) {
			float bottom = top - titleSize * 2 - (i + 1) * (barHeight + 4);
			int count = counts.getOrDefault(rag, 0);
			float length = (width - labels - titleSize * 3) * count / max;
			pdf.fill(x + labels, bottom, Math.max(length, 1), barHeight, color(rag));
			pdf.write(rag.getLiteral(), pdf.regular, titleSize * 0.9f, x, bottom + barHeight / 2 - titleSize / 3);
			pdf.write(Integer.toString(count), pdf.regular, titleSize * 0.9f, x + labels + length + 4,
					bottom + barHeight / 2 - titleSize / 3);
			i++;
		}
	}

	/** Grouped bars of planned, actual and forecast budget per program (the largest first, at most 12). */
	static void budgets(PdfLayout pdf, List<ReportFigures.Budget> budgets, float x, float top, float width,
			float height) throws IOException {
		float titleSize = height / 11;
		pdf.write("Budget per program: planned, actual, forecast", pdf.bold, titleSize, x, top - titleSize);
		List<ReportFigures.Budget> shown = budgets.stream()
				.sorted((a, b) -> Double.compare(b.planned(), a.planned())).limit(MAX_BARS).toList();
		double max = shown.stream().mapToDouble(b -> Math.max(b.planned(), Math.max(b.actual(), b.forecast()))).max()
				.orElse(1);
		max = max <= 0 ? 1 : max;
		float bottom = top - height + titleSize * 1.6f;
		float barTop = top - titleSize * 3.2f;
		pdf.line(x, bottom, x + width, bottom, AXIS);
		String[] names = { "Planned", "Actual", "Forecast" };
		Color[] colors = { PLANNED, ACTUAL, FORECAST };
		for (int i = 0; i < 3; i++) {
			float legend = x + i * titleSize * 6;
			pdf.fill(legend, top - titleSize * 2.5f, titleSize * 0.7f, titleSize * 0.7f, colors[i]);
			pdf.write(names[i], pdf.regular, titleSize * 0.75f, legend + titleSize, top - titleSize * 2.5f);
		}
		if (shown.isEmpty()) {
			pdf.write("No budget figures.", pdf.regular, titleSize, x, bottom + titleSize);
			return;
		}
		float group = width / shown.size();
		float bar = Math.min(titleSize * 2, (group - 6) / 3);
		for (int i = 0; i < shown.size(); i++) {
			ReportFigures.Budget budget = shown.get(i);
			float left = x + i * group + 3;
			double[] values = { budget.planned(), budget.actual(), budget.forecast() };
			for (int v = 0; v < 3; v++) {
				pdf.fill(left + v * bar, bottom, bar - 1, (float) ((barTop - bottom) * values[v] / max), colors[v]);
			}
			pdf.write(pdf.fit(budget.program(), pdf.regular, titleSize * 0.75f, group - 4), pdf.regular,
					titleSize * 0.75f, left, bottom - titleSize);
		}
	}
}
