package org.atrium.ui;

/** Event broker topics of the workbench. */
public final class Topics {

	/** Data in the store changed; the value is the id of the changed object, or null for many. */
	public static final String DATA_CHANGED = "atrium/data/changed";
	/** Validation problems of one editor; the value is a {@link Problems} snapshot. */
	public static final String PROBLEMS = "atrium/problems";

	private Topics() {
	}
}
