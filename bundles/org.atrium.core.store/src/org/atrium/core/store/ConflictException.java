package org.atrium.core.store;

/**
 * A write was stale: the object changed (or was deleted) in the store since this session read it.
 * Nothing of the failed transaction was written.
 */
public class ConflictException extends StoreException {

	private static final long serialVersionUID = 1L;

	private final String objectId;

	public ConflictException(String message, String objectId) {
		super(message);
		this.objectId = objectId;
	}

	public String objectId() {
		return objectId;
	}
}
