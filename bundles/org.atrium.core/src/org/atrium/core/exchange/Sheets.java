package org.atrium.core.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** What CSV and XLSX reading share: the file size and cell length limits. */
final class Sheets {

	private Sheets() {
	}

	/** Reads the whole file, refusing it as soon as it is larger than the limit. */
	static byte[] readBounded(InputStream in, ExchangeLimits limits) throws IOException, ExchangeException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
			total += read;
			if (total > limits.maxFileBytes()) {
				throw new ExchangeException(List.of(ExchangeProblem.ofFile("the file is larger than "
						+ ExchangeLimits.size(limits.maxFileBytes()) + ", the most that can be imported")));
			}
			bytes.write(buffer, 0, read);
		}
		return bytes.toByteArray();
	}

	/** Adds a problem for each cell longer than the limit; columns are named by the header row, if read. */
	static void checkCellLengths(int row, List<String> cells, List<SheetRow> read, ExchangeLimits limits,
			List<ExchangeProblem> problems) {
		for (int index = 0; index < cells.size(); index++) {
			int length = cells.get(index).length();
			if (length > limits.maxCellLength()) {
				String header = read.isEmpty() ? "" : read.get(0).cell(index).strip();
				String column = header.isEmpty() || header.length() > 100 ? "number " + (index + 1) : header;
				problems.add(new ExchangeProblem(row, column, "a cell of " + length
						+ " characters is longer than " + limits.maxCellLength() + ", the most any cell may hold"));
			}
		}
	}
}
