package org.atrium.risks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.atrium.core.store.StoreSession;
import org.atrium.risks.model.risks.Risk;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.osgi.service.component.annotations.Component;

/**
 * Exports a risk register to CSV and XLSX and imports one from them, with the columns of {@link RiskColumn}.
 * <p>
 * Export writes a header row, then one row per risk: project code, owner login, enumeration literals
 * ("Mitigating"), levels as numbers and the proximity date as YYYY-MM-DD (a date cell in XLSX). A text that a
 * spreadsheet could take for a formula (starting with =, +, -, @, a tab or a carriage return) gets a single quote
 * in front.
 * <p>
 * Import reads the same layout: columns are found by their header (in any order, ignoring case; unknown ones are
 * ignored), blank rows are skipped, enumerations take their literal or name, and a quote put in front by the
 * export is dropped. Every row is checked first; if any is bad, an {@link ImportException} lists every problem
 * with its row, column and reason, and nothing is written. Otherwise all risks are saved in one transaction.
 */
@Component(service = RiskExchange.class)
public class RiskExchange {

	private static final String SHEET_NAME = "Risks";
	private static final String DATE_FORMAT = "yyyy-mm-dd";

	/** Writes the risks as CSV, with a header row; the writer stays open. */
	public void exportCsv(Collection<? extends Risk> risks, Writer out) throws IOException {
		CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(headers()).get());
		for (Risk risk : risks) {
			List<String> record = new ArrayList<>();
			for (RiskColumn column : RiskColumn.values()) {
				Object value = column.valueOf(risk);
				record.add(value instanceof String text ? FormulaGuard.protect(text) : Objects.toString(value, ""));
			}
			printer.printRecord(record);
		}
		printer.flush();
	}

	/** Writes the risks as an XLSX workbook with one sheet, "Risks"; the stream stays open. */
	public void exportXlsx(Collection<? extends Risk> risks, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Atrium", "1.0");
		Worksheet sheet = workbook.newWorksheet(SHEET_NAME);
		RiskColumn[] columns = RiskColumn.values();
		for (int col = 0; col < columns.length; col++) {
			sheet.value(0, col, columns[col].header());
			sheet.style(0, col).bold().set();
		}
		sheet.freezePane(0, 1);
		int row = 1;
		for (Risk risk : risks) {
			for (int col = 0; col < columns.length; col++) {
				switch (columns[col].valueOf(risk)) {
					case String text -> sheet.value(row, col, FormulaGuard.protect(text));
					case Integer number -> sheet.value(row, col, number);
					case LocalDate date -> {
						sheet.value(row, col, date);
						sheet.style(row, col).format(DATE_FORMAT).set();
					}
					case null, default -> {
						// an empty cell
					}
				}
			}
			row++;
		}
		workbook.finish();
	}

	/**
	 * Imports risks from CSV and saves them in one transaction; the reader stays open.
	 *
	 * @return the saved risks, in row order
	 * @throws ImportException if a row is bad; nothing was saved
	 */
	public List<Risk> importCsv(Reader in, StoreSession session) throws IOException, ImportException {
		List<SheetRow> rows = new ArrayList<>();
		CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
		for (CSVRecord record : format.parse(in)) {
			rows.add(new SheetRow(Math.toIntExact(record.getRecordNumber()), record.toList()));
		}
		return new RiskImport(session).save(rows);
	}

	/**
	 * Imports risks from the first sheet of an XLSX workbook and saves them in one transaction.
	 *
	 * @return the saved risks, in row order
	 * @throws ImportException if a row is bad; nothing was saved
	 */
	public List<Risk> importXlsx(InputStream in, StoreSession session) throws IOException, ImportException {
		List<SheetRow> rows = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(in)) {
			Set<Integer> dateColumns = new TreeSet<>();
			for (Row row : workbook.getFirstSheet().read()) {
				List<String> cells = new ArrayList<>();
				for (int index = 0; index < row.getCellCount(); index++) {
					int column = index;
					cells.add(row.getOptionalCell(index).map(cell -> text(cell, dateColumns.contains(column))).orElse(""));
				}
				if (rows.isEmpty()) {
					dateColumns.addAll(dateColumns(cells));
				}
				rows.add(new SheetRow(row.getRowNum(), cells));
			}
		}
		return new RiskImport(session).save(rows);
	}

	private static String[] headers() {
		return Arrays.stream(RiskColumn.values()).map(RiskColumn::header).toArray(String[]::new);
	}

	/** The indexes of the header cells that name a date column. */
	private static List<Integer> dateColumns(List<String> header) {
		List<Integer> indexes = new ArrayList<>();
		for (int index = 0; index < header.size(); index++) {
			if (RiskColumn.byHeader(header.get(index)).filter(RiskColumn::isDate).isPresent()) {
				indexes.add(index);
			}
		}
		return indexes;
	}

	/** A cell as the import reads it: numbers in plain notation, date cells in date columns as YYYY-MM-DD. */
	private static String text(Cell cell, boolean inDateColumn) {
		return switch (cell.getType()) {
			case NUMBER -> inDateColumn ? cell.asDate().toLocalDate().toString()
					: cell.asNumber().stripTrailingZeros().toPlainString();
			case EMPTY -> "";
			default -> cell.getText();
		};
	}
}
