package org.atrium.core.store;

/** The database holds a package at a newer schema version than this installation knows. */
public class NewerSchemaException extends StoreException {

	private static final long serialVersionUID = 1L;

	public NewerSchemaException(String message) {
		super(message);
	}
}
