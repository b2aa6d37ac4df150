package org.atrium.core.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Tables as XLSX workbooks of one sheet. Text is written as string cells, which spreadsheets never evaluate, so it
 * needs no formula guard; numbers are number cells and dates date cells.
 */
final class XlsxTable {

	private static final String DATE_FORMAT = "yyyy-mm-dd";
	private static final LocalDate SERIAL_EPOCH_1900 = LocalDate.of(1899, 12, 30);
	private static final LocalDate SERIAL_EPOCH_1904 = LocalDate.of(1904, 1, 1);
	/** Serial number of 9999-12-31, the last date spreadsheets show. */
	private static final long LAST_SERIAL = 2_958_465;

	private XlsxTable() {
	}

	static void write(String sheetName, List<String> headers, List<List<Object>> rows, OutputStream out)
			throws IOException {
		Workbook workbook = new Workbook(out, "Atrium", "1.0");
		Worksheet sheet = workbook.newWorksheet(sheetName);
		for (int col = 0; col < headers.size(); col++) {
			sheet.value(0, col, headers.get(col));
			sheet.style(0, col).bold().set();
		}
		sheet.freezePane(0, 1);
		int row = 1;
		for (List<Object> values : rows) {
			for (int col = 0; col < values.size(); col++) {
				switch (values.get(col)) {
					case String text -> sheet.value(row, col, text);
					case BigDecimal decimal -> sheet.value(row, col, decimal.stripTrailingZeros());
					case Number number -> sheet.value(row, col, number);
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
	 * Reads the rows of the first sheet. The zip entries are checked against the limits before the workbook is
	 * parsed. Number cells in columns whose header names a date column become YYYY-MM-DD.
	 */
	static List<SheetRow> read(byte[] bytes, ExchangeLimits limits, Predicate<String> isDateHeader)
			throws ExchangeException {
		checkZip(bytes, limits);
		List<SheetRow> rows = new ArrayList<>();
		List<ExchangeProblem> problems = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes));
				Stream<Row> stream = workbook.getFirstSheet().openStream()) {
			LocalDate epoch = workbook.isDate1904() ? SERIAL_EPOCH_1904 : SERIAL_EPOCH_1900;
			IntPredicate dateColumn = index -> false;
			Iterator<Row> iterator = stream.iterator();
			while (iterator.hasNext()) {
				Row row = iterator.next();
				if (rows.size() >= limits.maxRows() || row.getRowNum() > limits.maxRows()) {
					throw new ExchangeException(List.of(ExchangeProblem.ofFile(
							"the file has more than " + limits.maxRows() + " rows; import it in parts")));
				}
				List<String> cells = new ArrayList<>();
				for (int index = 0; index < row.getCellCount(); index++) {
					Cell cell = row.getCell(index);
					cells.add(cell == null ? "" : text(cell, dateColumn.test(index), epoch));
				}
				if (rows.isEmpty()) {
					List<String> header = List.copyOf(cells);
					dateColumn = index -> index < header.size() && isDateHeader.test(header.get(index));
				}
				Sheets.checkCellLengths(row.getRowNum(), cells, rows, limits, problems);
				rows.add(new SheetRow(row.getRowNum(), cells));
			}
		} catch (IOException | RuntimeException e) {
			throw new ExchangeException(List.of(ExchangeProblem.ofFile(
					"the file is not a readable XLSX workbook (" + e.getMessage() + ")")));
		}
		if (!problems.isEmpty()) {
			throw new ExchangeException(problems);
		}
		return rows;
	}

	/**
	 * Refuses a file that is not a zip, or whose entries expand beyond the limits (a zip bomb). The sizes declared
	 * in the zip's directory are checked first; the entries are then inflated without keeping them, counting, and
	 * stopped at the limit, so a file that lies about its sizes is refused too. The zip is read from a temporary
	 * copy, as its directory is at its end.
	 */
	static void checkZip(byte[] bytes, ExchangeLimits limits) throws ExchangeException {
		if (!ReadableWorkbook.isOOXMLZipHeader(bytes)) {
			throw new ExchangeException(List.of(ExchangeProblem.ofFile(ReadableWorkbook.isOLE2Header(bytes)
					? "the file is an old Excel workbook (.xls); save it as .xlsx"
					: "the file is not an XLSX workbook")));
		}
		long allowance = limits.expansionAllowance(bytes.length);
		long total = 0;
		byte[] buffer = new byte[64 * 1024];
		Path copy = null;
		try {
			copy = Files.createTempFile("atrium-import-", ".xlsx");
			Files.write(copy, bytes);
			try (ZipFile zip = new ZipFile(copy.toFile())) {
				for (ZipEntry entry : Collections.list(zip.entries())) {
					if (entry.getSize() > 0 && total + entry.getSize() > allowance) {
						throw tooLarge(bytes.length, total + entry.getSize(), entry, limits);
					}
				}
				for (ZipEntry entry : Collections.list(zip.entries())) {
					try (InputStream in = zip.getInputStream(entry)) {
						for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
							total += read;
							if (total > allowance) {
								throw tooLarge(bytes.length, total, entry, limits);
							}
						}
					}
				}
			}
		} catch (IOException e) {
			throw new ExchangeException(
					List.of(ExchangeProblem.ofFile("the file is not a readable XLSX workbook (" + e.getMessage() + ")")));
		} finally {
			deleteQuietly(copy);
		}
	}

	private static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			} catch (IOException e) {
				// a temporary copy left behind; the import goes on
			}
		}
	}

	private static ExchangeException tooLarge(long fileBytes, long expanded, ZipEntry entry, ExchangeLimits limits) {
		return new ExchangeException(List.of(ExchangeProblem.ofFile(("the workbook expands to more than %s (%s at %s), "
				+ "beyond the limit of %s or %d times the file's size; it is refused as a possible zip bomb").formatted(
						ExchangeLimits.size(limits.expansionAllowance(fileBytes)), ExchangeLimits.size(expanded),
						entry.getName(), ExchangeLimits.size(limits.maxUncompressedBytes()),
						limits.maxExpansionRatio()))));
	}

	/** A cell as text: number cells as written (1E999999999 stays so), date serials in date columns as YYYY-MM-DD. */
	private static String text(Cell cell, boolean inDateColumn, LocalDate epoch) {
		return switch (cell.getType()) {
			case NUMBER -> inDateColumn ? serialDate(cell.getRawValue(), epoch) : cell.getRawValue();
			case EMPTY -> "";
			case FORMULA, ERROR -> String.valueOf(cell.getRawValue());
			default -> cell.getText();
		};
	}

	private static String serialDate(String raw, LocalDate epoch) {
		try {
			BigDecimal serial = new BigDecimal(raw);
			if (serial.signum() > 0 && serial.compareTo(BigDecimal.valueOf(LAST_SERIAL)) <= 0) {
				return epoch.plusDays(serial.longValue()).toString();
			}
		} catch (NumberFormatException e) {
			// not a serial: the text is reported as not a date
		}
		return raw;
	}
}
