package org.atrium.reporting.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.atrium.core.report.ReportSection;
import org.atrium.core.report.ReportSection.Row;
import org.atrium.reporting.ReportContent;
import org.atrium.reporting.ReportFigures;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The report as a workbook, one sheet per section, so that it can feed a Smartsheet or Excel dashboard: a first sheet
 * "Report" with the heading and narrative, then each section with its column names in the first row. Numbers are
 * number cells, everything else text cells. Rows are flushed as they are written.
 */
final class XlsxReportWriter implements ReportWriter {

	static final int MAX_SHEET_NAME = 31;
	private static final int FLUSH_EVERY = 1000;

	@Override
	public void write(ReportContent report, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Atrium", "1.0");
		Set<String> names = new HashSet<>();
		Worksheet cover = workbook.newWorksheet(unique("Report", names));
		int row = 0;
		for (String[] line : List.of(new String[] { "Title", report.title() }, new String[] { "Scope", report.scope() },
				new String[] { "Period", report.period().getLiteral() }, new String[] { "As of", report.asOf().toString() },
				new String[] { "RAG", report.rag().getLiteral() },
				new String[] { "State", report.narrative().published() ? "Published" : "Draft" },
				new String[] { "Author", report.narrative().author() })) {
			cover.value(row, 0, line[0]);
			cover.value(row++, 1, line[1]);
		}
		for (String[] part : report.narrative().parts()) {
			cover.value(row, 0, part[0]);
			cover.value(row++, 1, part[1]);
		}
		cover.finish();
		for (ReportSection section : report.sections()) {
			Worksheet sheet = workbook.newWorksheet(unique(section.title(), names));
			for (int col = 0; col < section.columns().size(); col++) {
				sheet.value(0, col, section.columns().get(col));
				sheet.style(0, col).bold().set();
			}
			int r = 1;
			for (Row values : section.rows()) {
				for (int col = 0; col < values.cells().size(); col++) {
					String cell = values.cells().get(col);
					if (ReportFigures.isNumber(cell)) {
						sheet.value(r, col, new BigDecimal(cell));
					} else if (!cell.isEmpty()) {
						sheet.value(r, col, cell);
					}
				}
				if (++r % FLUSH_EVERY == 0) {
					sheet.flush();
				}
			}
			if (!section.note().isEmpty()) {
				sheet.value(r + 1, 0, section.note());
			}
			sheet.finish();
		}
		workbook.finish();
	}

	/** A sheet name spreadsheets accept: at most 31 characters, none of []:*?/\, unique in the workbook. */
	static String unique(String title, Set<String> taken) {
		String base = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
		base = base.length() > MAX_SHEET_NAME ? base.substring(0, MAX_SHEET_NAME) : base;
		String name = base;
		for (int i = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); i++) {
			String suffix = " " + i;
			name = (base.length() + suffix.length() > MAX_SHEET_NAME ? base.substring(0, MAX_SHEET_NAME - suffix.length())
					: base) + suffix;
		}
		return name;
	}
}
