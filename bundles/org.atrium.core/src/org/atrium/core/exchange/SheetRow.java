package org.atrium.core.exchange;

import java.util.List;

/**
 * One row of an imported file, as text.
 *
 * @param number the row's number as a spreadsheet shows it: the header is row 1
 * @param cells the cell texts from the first column on
 */
record SheetRow(int number, List<String> cells) {

	SheetRow {
		cells = List.copyOf(cells);
	}

	/** The text of a cell, or an empty text beyond the last cell. */
	String cell(int index) {
		return index >= 0 && index < cells.size() ? cells.get(index) : "";
	}

	boolean isBlank() {
		return cells.stream().allMatch(String::isBlank);
	}
}
