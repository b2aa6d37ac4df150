package org.atrium.core.store;

/** A team repository's login that is not mapped to a person of the office. */
public class UnmappedLoginException extends StoreException {

	private static final long serialVersionUID = 1L;

	public UnmappedLoginException(String message) {
		super(message);
	}
}
