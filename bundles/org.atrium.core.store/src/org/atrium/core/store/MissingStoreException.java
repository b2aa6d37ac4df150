package org.atrium.core.store;

/** There is no database where the configuration points, and it was not to be created. */
public class MissingStoreException extends StoreException {

	private static final long serialVersionUID = 1L;

	public MissingStoreException(String message) {
		super(message);
	}
}
