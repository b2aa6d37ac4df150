package org.atrium.core.store;

/**
 * Which audit entries to read, newest first.
 *
 * @param objectId only entries of this object, or null for all
 * @param user     only entries by this user, or null for all
 * @param limit    at most this many entries
 */
public record AuditQuery(String objectId, String user, int limit) {

	public AuditQuery {
		if (limit <= 0) {
			throw new IllegalArgumentException("limit must be positive, was " + limit);
		}
	}

	public static AuditQuery recent(int limit) {
		return new AuditQuery(null, null, limit);
	}

	public static AuditQuery ofObject(String objectId, int limit) {
		return new AuditQuery(objectId, null, limit);
	}
}
