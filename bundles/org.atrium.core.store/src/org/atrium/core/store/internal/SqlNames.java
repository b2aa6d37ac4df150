package org.atrium.core.store.internal;

import org.atrium.core.store.Dialect;

/** Quotes identifiers the dialect's way. */
record SqlNames(Dialect dialect) {

	String q(String identifier) {
		return dialect.quote(identifier);
	}
}
