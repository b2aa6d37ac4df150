package org.atrium.risks;

import java.util.List;
import java.util.stream.Collectors;

/** An import was refused because of its problems; nothing was written. */
public class ImportException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient List<ImportProblem> problems;

	public ImportException(List<ImportProblem> problems) {
		super(summary(problems));
		this.problems = List.copyOf(problems);
	}

	/** Every problem found, in row order. */
	public List<ImportProblem> problems() {
		return problems;
	}

	private static String summary(List<ImportProblem> problems) {
		String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
		return "Nothing was imported, the file has " + count + ":\n"
				+ problems.stream().map(ImportProblem::toString).collect(Collectors.joining("\n"));
	}
}
