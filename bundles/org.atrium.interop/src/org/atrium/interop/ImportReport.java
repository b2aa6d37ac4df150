package org.atrium.interop;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an import will do, shown before anything is written: each element of the file with what it becomes in the
 * office, created or updated (and which fields), unchanged, or not mapped and why.
 */
public final class ImportReport {

	/** What happens to one element of the file. */
	public enum Action {
		CREATE("Create"), UPDATE("Update"), UNCHANGED("Unchanged"), NOT_MAPPED("Not mapped");

		private final String label;

		Action(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/**
	 * One line of the report.
	 *
	 * @param action what happens
	 * @param kind what the element becomes, or is in the file when not mapped: "Workstream", "Milestone", "Resource"
	 * @param name the element's name
	 * @param detail the changed fields, or why it is not mapped; empty otherwise
	 */
	public record Line(Action action, String kind, String name, String detail) {
	}

	private final List<Line> lines = new ArrayList<>();

	void add(Action action, String kind, String name, String detail) {
		lines.add(new Line(action, kind, name == null ? "" : name, detail == null ? "" : detail));
	}

	public List<Line> lines() {
		return List.copyOf(lines);
	}

	public long count(Action action) {
		return lines.stream().filter(line -> line.action() == action).count();
	}

	/** Whether the import would write anything. */
	public boolean hasChanges() {
		return count(Action.CREATE) + count(Action.UPDATE) > 0;
	}

	/** "3 to create, 1 to update, 12 unchanged, 2 not mapped". */
	public String summary() {
		return String.format(Locale.ROOT, "%d to create, %d to update, %d unchanged, %d not mapped",
				count(Action.CREATE), count(Action.UPDATE), count(Action.UNCHANGED), count(Action.NOT_MAPPED));
	}

	/** The report as lines of text, for the command line. */
	public List<String> asText() {
		return lines.stream().map(line -> String.format(Locale.ROOT, "%-10s  %-10s  %s%s", line.action().label(),
				line.kind(), line.name(), line.detail().isEmpty() ? "" : "  (" + line.detail() + ")")).toList();
	}
}
