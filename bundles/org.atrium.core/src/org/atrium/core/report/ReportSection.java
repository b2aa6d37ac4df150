package org.atrium.core.report;

import java.util.List;
import java.util.Objects;

/**
 * One section of a status report: a titled table whose cells are text as the reader sees it (dates, amounts and
 * levels already formatted), and a note shown with it, or instead of it when there are no rows.
 *
 * @param key     a stable name, unique in a report, starting with the plugin's name ({@code risks.top})
 * @param title   what the reader sees ("Top risks")
 * @param columns the column headings
 * @param rows    the rows, each with as many cells as there are columns
 * @param note    a line shown with the table, may be empty; say why a section has no rows
 */
public record ReportSection(String key, String title, List<String> columns, List<Row> rows, String note) {

	/**
	 * One row of a section.
	 *
	 * @param cells    the cells' text, nulls shown as empty
	 * @param objectId the stored id of the object the row is about (a project, a risk), for opening it; may be null
	 */
	public record Row(List<String> cells, String objectId) {

		public Row {
			cells = cells.stream().map(cell -> cell == null ? "" : cell).toList();
		}

		public static Row of(String objectId, String... cells) {
			return new Row(java.util.Arrays.asList(cells), objectId);
		}
	}

	public ReportSection {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(title, "title");
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
		note = note == null ? "" : note;
		for (Row row : rows) {
			if (row.cells().size() != columns.size()) {
				throw new IllegalArgumentException("Section " + key + ": a row has " + row.cells().size()
						+ " cells, but the section has " + columns.size() + " columns");
			}
		}
	}
}
