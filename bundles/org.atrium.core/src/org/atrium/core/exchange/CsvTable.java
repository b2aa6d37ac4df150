package org.atrium.core.exchange;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** Tables as CSV in UTF-8: a header row, then one row per object. */
final class CsvTable {

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private CsvTable() {
	}

	/** Writes the rows; text that a spreadsheet could run as a formula gets a quote in front. */
	static void write(List<String> headers, List<List<Object>> rows, Writer out) throws IOException {
		CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(headers.toArray(String[]::new)).get());
		for (List<Object> row : rows) {
			List<String> record = new ArrayList<>(row.size());
			for (Object value : row) {
				record.add(switch (value) {
					case null -> "";
					case String text -> FormulaGuard.protect(text);
					case BigDecimal decimal -> decimal.stripTrailingZeros().toPlainString();
					case LocalDate date -> date.toString();
					default -> value.toString();
				});
			}
			printer.printRecord(record);
		}
		printer.flush();
	}

	/**
	 * Reads the rows of a UTF-8 file, comma or semicolon separated (as the header row shows).
	 *
	 * @throws ExchangeException for bytes that are not UTF-8, malformed quoting, too many rows or too long cells
	 */
	static List<SheetRow> read(byte[] bytes, ExchangeLimits limits) throws ExchangeException {
		String text = decode(bytes);
		if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
			text = text.substring(1);
		}
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(false).get();
		List<SheetRow> rows = new ArrayList<>();
		List<ExchangeProblem> problems = new ArrayList<>();
		try {
			Iterator<CSVRecord> records = format.parse(new StringReader(text)).iterator();
			while (records.hasNext()) {
				CSVRecord record = records.next();
				int number = Math.toIntExact(record.getRecordNumber());
				if (number > limits.maxRows()) {
					throw new ExchangeException(List.of(ExchangeProblem.ofFile(
							"the file has more than " + limits.maxRows() + " rows; import it in parts")));
				}
				List<String> cells = record.toList();
				Sheets.checkCellLengths(number, cells, rows, limits, problems);
				rows.add(new SheetRow(number, cells));
			}
		} catch (IOException | UncheckedIOException | IllegalStateException e) {
			problems.add(new ExchangeProblem(rows.size() + 1, null,
					"the CSV is malformed: a quoted value is not closed, or text follows its closing quote ("
							+ reason(e) + ")"));
		}
		if (!problems.isEmpty()) {
			throw new ExchangeException(problems);
		}
		return rows;
	}

	/** The text, or a problem naming the row (line) and the byte offset of the first byte that is not UTF-8. */
	private static String decode(byte[] bytes) throws ExchangeException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length + 1);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			int offset = in.position();
			int line = 1;
			for (int i = 0; i < offset; i++) {
				if (bytes[i] == '\n') {
					line++;
				}
			}
			throw new ExchangeException(List.of(new ExchangeProblem(line, null,
					"byte offset %d (0x%02X) is not UTF-8; save the file as CSV in UTF-8".formatted(offset,
							bytes[offset] & 0xFF))));
		}
		decoder.flush(out);
		return out.flip().toString();
	}

	/** A semicolon when the header row has semicolons and no commas (spreadsheets in many locales), else a comma. */
	private static char delimiter(String text) {
		int end = text.indexOf('\n');
		String header = end < 0 ? text : text.substring(0, end);
		return header.indexOf(',') < 0 && header.indexOf(';') >= 0 ? ';' : ',';
	}

	private static String reason(Exception e) {
		Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
		return String.valueOf(cause.getMessage());
	}
}
