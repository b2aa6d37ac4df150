package org.atrium.reporting;

import org.atrium.core.store.StoreException;

/** A report cannot be made or published as asked; nothing was written. The message names the field and the rule. */
public class ReportingException extends StoreException {

	private static final long serialVersionUID = 1L;

	public ReportingException(String message) {
		super(message);
	}
}
