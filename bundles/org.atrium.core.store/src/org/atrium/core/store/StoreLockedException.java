package org.atrium.core.store;

/** Another process holds the embedded database. */
public class StoreLockedException extends StoreException {

	private static final long serialVersionUID = 1L;

	public StoreLockedException(String message, Throwable cause) {
		super(message, cause);
	}
}
