package org.atrium.core;

import org.atrium.core.store.StoreException;

/**
 * A person tried to do what governance does not allow them; nothing was changed. A store exception, since the
 * store refuses such a write wherever it comes from.
 */
public class AccessDeniedException extends StoreException {

	private static final long serialVersionUID = 1L;

	public AccessDeniedException(String message) {
		super(message);
	}
}
