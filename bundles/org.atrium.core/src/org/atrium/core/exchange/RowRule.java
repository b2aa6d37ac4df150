package org.atrium.core.exchange;

/**
 * A check of each imported object beyond its columns and the model's rules, e.g. that every row belongs to one
 * project.
 */
@FunctionalInterface
public interface RowRule<T> {

	/** Why the object of a row may not be imported: the column at fault (or null) and the reason. */
	record Violation(String column, String reason) {
	}

	/** The violation, or null when the object may be imported. */
	Violation check(T object);

	static <T> RowRule<T> none() {
		return object -> null;
	}
}
