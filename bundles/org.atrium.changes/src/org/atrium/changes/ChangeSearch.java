package org.atrium.changes;

import java.util.List;

import org.atrium.changes.model.changes.ChangeRequest;
import org.atrium.changes.model.changes.ChangesPackage.Literals;
import org.atrium.core.search.SearchContribution;
import org.atrium.core.search.SearchHit;
import org.atrium.core.store.Condition;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.osgi.service.component.annotations.Component;

/** Change requests by code, title, description or justification, for the workbench's search. */
@Component(service = SearchContribution.class)
public class ChangeSearch implements SearchContribution {

	@Override
	public List<SearchHit> find(String text, StoreSession session, int limit) {
		List<ChangeRequest> requests = session.query(Query.<ChangeRequest>of(Literals.CHANGE_REQUEST)
				.where(Condition.or(Condition.contains(Literals.CHANGE_REQUEST__CODE, text),
						Condition.contains(Literals.CHANGE_REQUEST__TITLE, text),
						Condition.contains(Literals.CHANGE_REQUEST__DESCRIPTION, text),
						Condition.contains(Literals.CHANGE_REQUEST__JUSTIFICATION, text)))
				.orderBy(Literals.CHANGE_REQUEST__CODE).limit(limit));
		return requests.stream().map(request -> new SearchHit("Change request", request.getTitle(),
				request.getCode() + (request.getStatus() == null ? "" : ", " + request.getStatus().getLiteral()),
				Literals.CHANGE_REQUEST, request.getId())).toList();
	}
}
