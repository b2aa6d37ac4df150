package org.atrium.meetings;

import java.util.List;

import org.atrium.core.search.SearchContribution;
import org.atrium.core.search.SearchHit;
import org.atrium.core.store.Condition;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.meetings.model.meetings.MeetingSeries;
import org.atrium.meetings.model.meetings.MeetingsPackage.Literals;
import org.osgi.service.component.annotations.Component;

/** Meeting series in the global search, by title or location; a hit opens the meeting editor. */
@Component(service = SearchContribution.class)
public class MeetingSearch implements SearchContribution {

	@Override
	public List<SearchHit> find(String text, StoreSession session, int limit) {
		List<MeetingSeries> series = session.query(Query.<MeetingSeries>of(Literals.MEETING_SERIES)
				.where(Condition.or(Condition.contains(Literals.MEETING_SERIES__TITLE, text),
						Condition.contains(Literals.MEETING_SERIES__LOCATION, text)))
				.orderBy(Literals.MEETING_SERIES__TITLE).limit(limit));
		return series.stream().map(one -> new SearchHit("Meeting", MeetingLabels.title(one),
				one.getType() == null ? "" : one.getType().getLiteral(), Literals.MEETING_SERIES, one.getId())).toList();
	}
}
