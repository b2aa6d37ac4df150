package org.atrium.changes;

import org.atrium.core.store.StoreException;

/** A write breaks a rule of change control (lifecycle, quorum, gate checklist); nothing was saved. */
public class ChangeRuleException extends StoreException {

	private static final long serialVersionUID = 1L;

	public ChangeRuleException(String message) {
		super(message);
	}
}
