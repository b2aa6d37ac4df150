package org.atrium.core.store;

import java.util.List;

/**
 * A database holding the objects of every registered model package. Work happens in sessions;
 * each read or write is a short transaction of its own.
 */
public interface ModelStore extends AutoCloseable {

	/** Opens a session whose changes are audited as made by {@code user}. */
	StoreSession openSession(String user);

	/** Where the data lives, for status lines and messages, e.g. "Derby /home/ann/atrium/db". */
	String description();

	/** The model packages this store maps, with their schema versions. */
	List<SchemaInfo> schema();

	/** The most recent audit entries first. */
	List<AuditEntry> auditLog(AuditQuery query);

	/**
	 * The office login of the person the database itself signed in, for a team repository where each person has
	 * a database login of their own; empty for an embedded database, where the client says who works.
	 */
	default java.util.Optional<String> signedInPerson() {
		return java.util.Optional.empty();
	}

	/** Listens to changes committed by other clients of a shared store; an embedded store has none to tell. */
	default void addChangeListener(StoreChangeListener listener) {
	}

	default void removeChangeListener(StoreChangeListener listener) {
	}

	@Override
	void close();
}
