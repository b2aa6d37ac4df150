package org.atrium.reporting.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.atrium.core.exchange.FormulaGuard;
import org.atrium.core.report.ReportSection;
import org.atrium.core.report.ReportSection.Row;
import org.atrium.reporting.ReportContent;
import org.atrium.reporting.ReportFigures;

/**
 * The report as one CSV file (UTF-8): a heading record, then each section as its own block, every record starting
 * with the section's key so that a spreadsheet filters one section out: the column names, then the rows, then the
 * note. Text that a spreadsheet would run as a formula gets a quote in front, as the core's exports do.
 */
final class CsvReportWriter implements ReportWriter {

	@Override
	public void write(ReportContent report, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180);
		csv.printRecord("report", guard(report.title()), report.asOf().toString(), report.rag().getLiteral(),
				report.narrative().published() ? "Published" : "Draft");
		for (String[] part : report.narrative().parts()) {
			csv.printRecord("narrative", part[0], guard(part[1]));
		}
		for (ReportSection section : report.sections()) {
			csv.printRecord(record(section.key(), "section", section.title()));
			csv.printRecord(record(section.key(), "columns", section.columns()));
			for (Row row : section.rows()) {
				csv.printRecord(record(section.key(), "row", row.cells()));
			}
			if (!section.note().isEmpty()) {
				csv.printRecord(record(section.key(), "note", section.note()));
			}
		}
		csv.flush();
	}

	private static List<String> record(String key, String kind, List<String> cells) {
		List<String> record = new ArrayList<>(cells.size() + 2);
		record.add(key);
		record.add(kind);
		cells.forEach(cell -> record.add(guard(cell)));
		return record;
	}

	private static List<String> record(String key, String kind, String text) {
		return record(key, kind, List.of(text));
	}

	private static String guard(String cell) {
		return ReportFigures.isNumber(cell) ? cell : FormulaGuard.protect(cell);
	}
}
