package org.atrium.core.search;

import java.util.List;

import org.atrium.core.store.StoreSession;

/**
 * Objects of one plugin (or of the core) that the global search finds. Register an implementation as an
 * OSGi service ({@code @Component(service = SearchContribution.class)}); {@link Search} asks every
 * registered one, each call guarded, in a background job.
 */
public interface SearchContribution {

	/**
	 * The objects whose text matches: {@code text} is trimmed, not blank and matched literally, case
	 * ignored (use {@code Condition.contains}, which binds it as a parameter). At most {@code limit} hits
	 * of each kind; the core leaves out any beyond that.
	 */
	List<SearchHit> find(String text, StoreSession session, int limit);
}
