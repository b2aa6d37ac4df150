package org.atrium.core.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
	 * The hits of every contribution, at most {@code limit} of each kind from each, kind by kind; within a
	 * kind, hits whose label starts with the text come first, then those whose label holds it, each in the
	 * contribution's order. A blank text finds nothing.
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
			Map<String, List<SearchHit>> byKind = new LinkedHashMap<>();
			for (SearchHit hit : found) {
				List<SearchHit> kind = byKind.computeIfAbsent(hit.kind(), k -> new ArrayList<>());
				if (kind.size() < limit) {
					kind.add(hit);
				}
			}
			Comparator<SearchHit> relevance = Comparator.comparingInt(hit -> rank(hit, wanted));
			byKind.values().forEach(kind -> {
				kind.sort(relevance);
				hits.addAll(kind);
			});
		}
		return hits;
	}

	/** Hits whose label starts with the text come first, then those whose label holds it, then the rest. */
	private static int rank(SearchHit hit, String text) {
		String label = hit.label().toLowerCase(Locale.ROOT);
		String wanted = text.toLowerCase(Locale.ROOT);
		return label.startsWith(wanted) ? 0 : label.contains(wanted) ? 1 : 2;
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
