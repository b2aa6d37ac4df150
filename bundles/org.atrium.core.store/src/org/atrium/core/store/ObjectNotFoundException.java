package org.atrium.core.store;

/** No object of the requested class has the requested id. */
public class ObjectNotFoundException extends StoreException {

	private static final long serialVersionUID = 1L;

	public ObjectNotFoundException(String message) {
		super(message);
	}
}
