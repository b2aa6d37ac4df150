package org.atrium.core;

/** A person tried to do what governance does not allow them; nothing was changed. */
public class AccessDeniedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public AccessDeniedException(String message) {
		super(message);
	}
}
