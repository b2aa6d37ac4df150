package org.atrium.core.exchange;

/**
 * Why a file, or one of its rows or cells, cannot be imported.
 *
 * @param row the row as a spreadsheet numbers it (the header is row 1), or 0 when the file as a whole is at fault
 * @param column the header of the column at fault, or null when the row or file as a whole is
 * @param reason what is wrong, e.g. "'9' is not a whole number"
 */
public record ExchangeProblem(int row, String column, String reason) {

	/** A problem of the file as a whole. */
	public static ExchangeProblem ofFile(String reason) {
		return new ExchangeProblem(0, null, reason);
	}

	/** E.g. "row 7, column probability: 'high' is not a whole number", or just the reason for the file. */
	@Override
	public String toString() {
		if (row <= 0) {
			return reason;
		}
		return column == null ? "row " + row + ": " + reason : "row " + row + ", column " + column + ": " + reason;
	}
}
