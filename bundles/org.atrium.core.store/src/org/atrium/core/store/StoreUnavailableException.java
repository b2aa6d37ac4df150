package org.atrium.core.store;

/** The database server cannot be reached: it is down, or the connection to it was lost. */
public class StoreUnavailableException extends StoreException {

	private static final long serialVersionUID = 1L;

	public StoreUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}
}
