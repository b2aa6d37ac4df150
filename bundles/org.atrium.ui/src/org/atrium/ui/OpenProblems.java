package org.atrium.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.emf.common.util.Diagnostic;

import jakarta.inject.Singleton;

/**
 * The validation problems of every open editor, kept for the Problems part, which may be created after the
 * editors reported them (it is rendered only when its tab is first shown).
 */
@Creatable
@Singleton
public class OpenProblems {

	/** One problem and the editor that found it. */
	public record Row(String source, Diagnostic problem) {
	}

	private final Map<String, List<Diagnostic>> bySource = new LinkedHashMap<>();

	/** Replaces what the editor reported before; an empty list clears it. */
	public synchronized void report(Problems problems) {
		if (problems.problems().isEmpty()) {
			bySource.remove(problems.source());
		} else {
			bySource.put(problems.source(), List.copyOf(problems.problems()));
		}
	}

	public synchronized List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		bySource.forEach((source, list) -> list.forEach(d -> rows.add(new Row(source, d))));
		return rows;
	}
}
