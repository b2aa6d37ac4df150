package org.atrium.ui;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What another client committed to the team repository, as {@link Topics#SERVER_CHANGED} carries it.
 *
 * @param objectIds the ids of the objects it created, changed or deleted; empty when there were too many to name
 * @param user      who committed it; null when the connection came back and what others did meanwhile is unknown
 * @param at        when this workbench heard of it
 */
public record ServerChange(List<String> objectIds, String user, Instant at) {

	public ServerChange {
		objectIds = List.copyOf(objectIds);
	}

	/** Anything may have changed while the connection to the repository was lost. */
	public static ServerChange afterReconnect(Instant at) {
		return new ServerChange(List.of(), null, at);
	}

	public boolean isAfterReconnect() {
		return user == null;
	}

	/** Whether the change may concern any of these objects: it names one of them, or names none at all. */
	public boolean concernsAny(Set<String> ids) {
		return objectIds.isEmpty() || objectIds.stream().anyMatch(ids::contains);
	}
}
