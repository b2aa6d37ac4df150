package org.atrium.core.exchange;

import java.util.List;
import java.util.stream.Collectors;

/** An import was refused because of its problems; nothing was written. */
public class ExchangeException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient List<ExchangeProblem> problems;

	public ExchangeException(List<ExchangeProblem> problems) {
		super(summary(problems));
		this.problems = List.copyOf(problems);
	}

	/** Every problem found, in row order. */
	public List<ExchangeProblem> problems() {
		return problems;
	}

	private static String summary(List<ExchangeProblem> problems) {
		String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
		return "Nothing was imported, the file has " + count + ":\n"
				+ problems.stream().map(ExchangeProblem::toString).collect(Collectors.joining("\n"));
	}
}
