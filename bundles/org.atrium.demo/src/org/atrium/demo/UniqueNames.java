package org.atrium.demo;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/** Hands out names that are unique among those it handed out before, varying a taken name by an occurrence number. */
final class UniqueNames {

	private final Set<String> taken = new HashSet<>();
	private final Map<String, Integer> lastOccurrence = new HashMap<>();
	private final BiFunction<String, Integer, String> variant;

	/** @param variant makes the n-th variant (n ≥ 2) of a base name */
	UniqueNames(BiFunction<String, Integer, String> variant) {
		this.variant = variant;
	}

	/** Variants like "akumar2", for logins and mail addresses. */
	static UniqueNames numbered() {
		return new UniqueNames((base, occurrence) -> base + occurrence);
	}

	/** Variants like "CRM Migration (Nordics)", for the names of portfolios, programs and projects. */
	static UniqueNames qualified() {
		return new UniqueNames((base, occurrence) -> base + " (" + Vocabulary.qualifier(occurrence) + ")");
	}

	String claim(String base) {
		String name = base;
		int occurrence = lastOccurrence.getOrDefault(base, 1);
		while (!taken.add(name)) {
			occurrence++;
			name = variant.apply(base, occurrence);
		}
		lastOccurrence.put(base, occurrence);
		return name;
	}
}
