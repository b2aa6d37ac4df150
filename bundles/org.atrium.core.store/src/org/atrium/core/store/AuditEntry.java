package org.atrium.core.store;

import java.time.Instant;

/**
 * One change recorded by a commit. {@code feature}, {@code oldValue} and {@code newValue} are null
 * for creations and deletions.
 */
public record AuditEntry(long sequence, String transactionId, Instant at, String user, Action action,
		String objectClass, String objectId, String objectLabel, String feature, String oldValue, String newValue) {

	public enum Action { CREATE, UPDATE, DELETE }
}
