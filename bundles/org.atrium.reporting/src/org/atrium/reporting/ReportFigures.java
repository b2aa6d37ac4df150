package org.atrium.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.atrium.core.model.pmo.RagStatus;
import org.atrium.core.report.ReportSection.Row;

/** The numbers a report's charts show, read from its sections, so that a frozen report charts as it was. */
public final class ReportFigures {

	/** A program's budget. */
	public record Budget(String program, double planned, double actual, double forecast, String objectId) {
	}

	/** A project's schedule and cost performance. */
	public record Performance(String project, double spi, double cpi, String objectId) {
	}

	/** A slipped milestone. */
	public record Slip(String project, String milestone, long workingDays, String objectId) {
	}

	private ReportFigures() {
	}

	/** How many projects are red, amber and green. */
	public static Map<RagStatus, Integer> ragCounts(ReportContent report) {
		Map<RagStatus, Integer> counts = new EnumMap<>(RagStatus.class);
		for (RagStatus rag : RagStatus.values()) {
			counts.put(rag, 0);
		}
		report.section(ReportGenerator.PROJECTS).ifPresent(section -> section.rows().forEach(row -> {
			RagStatus rag = RagStatus.get(row.cells().get(ReportGenerator.PROJECT_RAG_COLUMN));
			if (rag != null) {
				counts.merge(rag, 1, Integer::sum);
			}
		}));
		return counts;
	}

	/** Planned, actual and forecast budget per program; per project in a project's report. */
	public static List<Budget> budgets(ReportContent report) {
		List<Budget> budgets = new ArrayList<>();
		report.section(ReportGenerator.PROGRAM_BUDGETS).ifPresentOrElse(
				section -> section.rows().forEach(row -> budgets.add(new Budget(row.cells().get(0), number(row, 1),
						number(row, 2), number(row, 3), row.objectId()))),
				() -> report.section(ReportGenerator.BUDGET).ifPresent(section -> section.rows().forEach(row -> budgets
						.add(new Budget(row.cells().get(0), number(row, 2), number(row, 3), number(row, 4), row.objectId())))));
		return budgets;
	}

	/** SPI and CPI of every project that has both. */
	public static List<Performance> performance(ReportContent report) {
		List<Performance> points = new ArrayList<>();
		report.section(ReportGenerator.EVM).ifPresent(section -> section.rows().forEach(row -> {
			if (!row.cells().get(4).isEmpty() && !row.cells().get(5).isEmpty()) {
				points.add(new Performance(row.cells().get(0), number(row, 4), number(row, 5), row.objectId()));
			}
		}));
		return points;
	}

	/** The slipped milestones, most slipped first. */
	public static List<Slip> slips(ReportContent report) {
		List<Slip> slips = new ArrayList<>();
		report.section(ReportGenerator.SLIPPED).ifPresent(section -> section.rows().forEach(row -> slips.add(
				new Slip(row.cells().get(0), row.cells().get(1), (long) number(row, 6), row.objectId()))));
		slips.sort((a, b) -> Long.compare(b.workingDays(), a.workingDays()));
		return slips;
	}

	/** Whether a cell holds a plain decimal number, as the generator writes amounts, indices and counts. */
	public static boolean isNumber(String cell) {
		return cell != null && cell.matches("-?\\d{1,18}(\\.\\d{1,12})?");
	}

	private static double number(Row row, int column) {
		String cell = row.cells().get(column);
		return isNumber(cell) ? new BigDecimal(cell).doubleValue() : 0;
	}
}
