package org.atrium.core.exchange;

import java.util.List;

/**
 * What an import saved.
 *
 * @param created the objects of the rows without an id, in row order
 * @param updated the objects of rows with an id whose values changed, in row order
 * @param unchanged how many rows named an object whose values were the same already
 */
public record ImportResult<T>(List<T> created, List<T> updated, int unchanged) {

	public ImportResult {
		created = List.copyOf(created);
		updated = List.copyOf(updated);
	}

	/** E.g. "2 created, 1 updated, 141 unchanged". */
	public String summary() {
		return created.size() + " created, " + updated.size() + " updated, " + unchanged + " unchanged";
	}
}
