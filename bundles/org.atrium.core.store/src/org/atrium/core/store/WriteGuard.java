package org.atrium.core.store;

/**
 * Decides whether the writes of a transaction may be made. The store calls its guard in every transaction, after
 * the writes are collected and before anything is written; a guard refuses by throwing, and then nothing is
 * written and nothing is audited. Stores opened in OSGi use the guard registered as a service (the core's
 * governance); {@link #NONE} is for the store's own tests and benchmarks.
 */
@FunctionalInterface
public interface WriteGuard {

	WriteGuard NONE = check -> {
	};

	/** Throws a {@link RuntimeException} that says why, to refuse every write of the transaction. */
	void check(WriteCheck check);
}
