package org.atrium.meetings;

import java.util.List;

/** A calendar file refused as a whole: every problem found, and nothing was written. */
public class CalendarImportException extends Exception {

	private static final long serialVersionUID = 1L;

	private final List<String> problems;

	public CalendarImportException(String file, List<String> problems) {
		super(file + " was not imported, nothing was saved: " + String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	/** One sentence per problem, such as "event 'Weekly check-in' (UID abc): DTSTART is missing". */
	public List<String> problems() {
		return problems;
	}
}
