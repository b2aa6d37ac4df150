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

	@Override
	void close();
}
