package org.atrium.core.store;

import java.util.List;

/**
 * Told of changes that other clients commit to a shared store, and of the state of the store's connection. Called
 * on a thread of the store's own; a listener hands the work on (to the UI thread, say) and returns.
 */
public interface StoreChangeListener {

	/**
	 * Another client committed a transaction.
	 *
	 * @param objectIds the ids of the objects it created, changed or deleted; empty when there were too many to name,
	 *                  and then everything should be read again
	 * @param user      who committed it, as the audit log records
	 */
	void changed(List<String> objectIds, String user);

	/** The connection to the server was lost; the store keeps trying to reconnect. */
	default void connectionLost(String message) {
	}

	/** The connection is back after {@link #connectionLost(String)}; changes missed meanwhile are unknown. */
	default void reconnected() {
	}
}
