package org.atrium.core.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.atrium.core.Contributions;
import org.atrium.core.store.StoreSession;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The global search: asks every installed {@link SearchContribution} (the core's and the plugins') for the
 * objects that match a text. A contribution that fails is logged with its plugin's name and left out.
 */
@Component(service = Search.class)
public class Search {

	/** The longest text searched for. */
	public static final int MAX_TEXT = 100;

	/** Hits of each kind unless the caller asks for another number. */
	public static final int DEFAULT_LIMIT = 50;

	private final List<SearchContribution> contributions = new CopyOnWriteArrayList<>();

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	public void addContribution(SearchContribution contribution) {
		contributions.add(contribution);
	}

	public void removeContribution(SearchContribution contribution) {
		contributions.remove(contribution);
	}

	/**
	 * The hits of every contribution, at most {@code limit} of each kind from each, in the order the
	 * contributions return them. A blank text finds nothing.
	 *
	 * @throws IllegalArgumentException if the text is longer than {@link #MAX_TEXT} characters or holds
	 *                                  a control character
	 */
	public List<SearchHit> find(String text, StoreSession session, int limit) {
		String wanted = checked(text);
		if (wanted.isEmpty()) {
			return List.of();
		}
		if (limit < 1) {
			throw new IllegalArgumentException("The number of hits must be at least 1, was " + limit + ".");
		}
		List<SearchHit> hits = new ArrayList<>();
		for (SearchContribution contribution : contributions) {
			List<SearchHit> found = Contributions.call(contribution, "the search for '" + wanted + "'",
					() -> contribution.find(wanted, session, limit), List.of());
			Map<String, Integer> perKind = new HashMap<>();
			for (SearchHit hit : found) {
				if (perKind.merge(hit.kind(), 1, Integer::sum) <= limit) {
					hits.add(hit);
				}
			}
		}
		return hits;
	}

	/** The text trimmed; refused with a message that names the rule. */
	static String checked(String text) {
		String trimmed = text == null ? "" : text.strip();
		if (trimmed.length() > MAX_TEXT) {
			throw new IllegalArgumentException(
					"The search text must be at most " + MAX_TEXT + " characters; it has " + trimmed.length() + ".");
		}
		if (trimmed.chars().anyMatch(Character::isISOControl)) {
			throw new IllegalArgumentException("The search text must not contain control characters.");
		}
		return trimmed;
	}
}
