package org.atrium.testing.faulty;

import java.util.List;

import org.atrium.core.search.SearchContribution;
import org.atrium.core.search.SearchHit;
import org.atrium.core.store.StoreSession;
import org.osgi.service.component.annotations.Component;

/** Search hits that always fail. */
@Component(service = SearchContribution.class)
public class FailingSearchContribution implements SearchContribution {

	@Override
	public List<SearchHit> find(String text, StoreSession session, int limit) {
		throw FaultyPlugin.failure();
	}
}
