package org.atrium.core.store;

/** The server refused the login: a wrong password, or a login it does not know. */
public class StoreLoginException extends StoreException {

	private static final long serialVersionUID = 1L;

	public StoreLoginException(String message, Throwable cause) {
		super(message, cause);
	}
}
