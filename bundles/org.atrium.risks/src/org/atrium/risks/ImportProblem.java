package org.atrium.risks;

/**
 * Why a row of an imported risk register cannot be imported.
 *
 * @param row the row as a spreadsheet numbers it: the header is row 1
 * @param column the header of the column at fault, or null when the row as a whole is
 * @param reason what is wrong, e.g. "'9' is not in 1..5"
 */
public record ImportProblem(int row, String column, String reason) {

	/** E.g. "row 7, column probability: '9' is not in 1..5". */
	@Override
	public String toString() {
		return column == null ? "row " + row + ": " + reason : "row " + row + ", column " + column + ": " + reason;
	}
}
