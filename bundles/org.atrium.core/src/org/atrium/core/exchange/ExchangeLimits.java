package org.atrium.core.exchange;

/**
 * What an import accepts, so that no file can exhaust memory: checked before a file is parsed, or while it is read.
 *
 * @param maxFileBytes the largest file, in bytes
 * @param maxRows the most rows, the header included
 * @param maxCellLength the longest cell text, in characters, whatever the column
 * @param maxUncompressedBytes the most bytes the entries of an XLSX file may expand to, together
 * @param maxExpansionRatio how many times its own size an XLSX file may expand to, once it expands beyond a
 *        megabyte
 */
public record ExchangeLimits(long maxFileBytes, int maxRows, int maxCellLength, long maxUncompressedBytes,
		int maxExpansionRatio) {

	private static final long MEGABYTE = 1024 * 1024;

	/** 20 MB, 100,000 rows, 32,767 characters a cell (as in spreadsheets), 256 MB and 100 times expanded. */
	public static final ExchangeLimits DEFAULT = new ExchangeLimits(20 * MEGABYTE, 100_000, 32_767, 256 * MEGABYTE,
			100);

	public ExchangeLimits {
		if (maxFileBytes < 1 || maxRows < 1 || maxCellLength < 1 || maxUncompressedBytes < 1 || maxExpansionRatio < 1) {
			throw new IllegalArgumentException("every limit must be at least 1");
		}
	}

	/** The most bytes an XLSX file of this size may expand to. */
	long expansionAllowance(long fileBytes) {
		return Math.min(maxUncompressedBytes, Math.max(MEGABYTE, fileBytes * maxExpansionRatio));
	}

	/** E.g. "20 MB" or "512 bytes". */
	static String size(long bytes) {
		return bytes >= MEGABYTE && bytes % MEGABYTE == 0 ? bytes / MEGABYTE + " MB"
				: bytes >= MEGABYTE ? String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (double) MEGABYTE)
						: bytes + " bytes";
	}
}
