package org.atrium.core.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * The spreadsheet reading and writing of the exchange for tables that are not one class's columns: a report of
 * derived values written as XLSX, and the first rows of a file read as text, e.g. to preview a sheet while the user
 * chooses which of its columns fills which field. Same limits and checks as {@link TableExchange}.
 */
public final class SheetFiles {

	private SheetFiles() {
	}

	/**
	 * Writes one sheet with a bold header row; cells are Strings, Numbers, LocalDates or null. Text is written as
	 * string cells, which spreadsheets never evaluate. The stream stays open.
	 */
	public static void writeXlsx(String sheetName, List<String> headers, List<List<Object>> rows, OutputStream out)
			throws IOException {
		XlsxTable.write(sheetName, headers, rows, out);
	}

	/**
	 * The first rows of a CSV or XLSX file as text, the header row first; XLSX date cells in the columns whose header
	 * {@code isDateHeader} accepts come as ISO dates.
	 *
	 * @param maxRows the most rows returned, the header row included
	 * @throws ExchangeException when the file is too large, not of the format, or malformed
	 */
	public static List<List<String>> rows(InputStream in, TableFormat format, int maxRows,
			java.util.function.Predicate<String> isDateHeader) throws IOException, ExchangeException {
		ExchangeLimits limits = ExchangeLimits.DEFAULT;
		byte[] bytes = Sheets.readBounded(in, limits);
		List<SheetRow> rows = format == TableFormat.CSV ? CsvTable.read(bytes, limits)
				: XlsxTable.read(bytes, limits, isDateHeader);
		return rows.stream().limit(maxRows).map(SheetRow::cells).toList();
	}
}
