package org.atrium.risks;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.search.SearchContribution;
import org.atrium.core.search.SearchHit;
import org.atrium.core.store.Condition;
import org.atrium.core.store.Ids;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.risks.model.risks.Risk;
import org.atrium.risks.model.risks.RisksPackage.Literals;
import org.eclipse.emf.ecore.EObject;
import org.osgi.service.component.annotations.Component;

/** Risks in the global search, by title, description or category; a hit opens the risk editor. */
@Component(service = SearchContribution.class)
public class RiskSearch implements SearchContribution {

	@Override
	public List<SearchHit> find(String text, StoreSession session, int limit) {
		List<Risk> risks = session.query(Query.<Risk>of(Literals.RISK)
				.where(Condition.or(Condition.contains(Literals.RISK__TITLE, text),
						Condition.contains(Literals.RISK__DESCRIPTION, text), Condition.contains(Literals.RISK__CATEGORY, text)))
				.orderBy(Literals.RISK__TITLE).limit(limit));
		Map<String, String> projectCodes = projectCodes(risks, session);
		return risks.stream().map(risk -> {
			String project = projectCodes.getOrDefault(projectId(risk), "");
			String status = risk.getStatus() == null ? "" : risk.getStatus().getLiteral();
			String detail = project.isEmpty() ? status : status.isEmpty() ? project : project + ", " + status;
			return new SearchHit("Risk", risk.getTitle(), detail, Literals.RISK, risk.getId());
		}).sorted(Comparator.comparing(SearchHit::label, String.CASE_INSENSITIVE_ORDER)
				.thenComparing(SearchHit::detail, String.CASE_INSENSITIVE_ORDER)).toList();
	}

	/** The codes of the risks' projects, read with one query. */
	private static Map<String, String> projectCodes(List<Risk> risks, StoreSession session) {
		Set<String> ids = new HashSet<>();
		risks.forEach(risk -> {
			String id = projectId(risk);
			if (id != null) {
				ids.add(id);
			}
		});
		Map<String, String> codes = new HashMap<>();
		if (!ids.isEmpty()) {
			session.query(Query.<Project>of(PmoPackage.Literals.PROJECT)
					.where(Condition.in(PmoPackage.Literals.ENTITY__ID, ids)))
					.forEach(project -> codes.put(project.getId(), project.getCode()));
		}
		return codes;
	}

	private static String projectId(Risk risk) {
		EObject project = (EObject) risk.eGet(Literals.RISK__PROJECT, false);
		return project == null ? null : Ids.of(project);
	}
}
