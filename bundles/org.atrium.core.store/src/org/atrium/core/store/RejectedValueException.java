package org.atrium.core.store;

/** A value cannot be stored as it is, for example a text longer than its column. Nothing was written. */
public class RejectedValueException extends StoreException {

	private static final long serialVersionUID = 1L;

	public RejectedValueException(String message) {
		super(message);
	}
}
