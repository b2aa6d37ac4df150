package org.atrium.risks.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.Ids;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.risks.RiskScoring;
import org.atrium.risks.model.risks.Risk;
import org.atrium.risks.model.risks.RisksPackage;
import org.atrium.ui.navigator.NavigatorContribution;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.Image;
import org.osgi.service.component.annotations.Component;

/** The risks of each project, under the project in the navigator, most serious first. */
@Component(service = NavigatorContribution.class)
public class RiskNavigatorContribution implements NavigatorContribution {

	private final RiskScoring scoring = new RiskScoring();

	@Override
	public Map<Project, List<?>> children(List<Project> projects, StoreSession session) {
		Map<String, Project> byId = new HashMap<>();
		projects.forEach(p -> byId.put(p.getId(), p));
		Map<Project, List<?>> children = new LinkedHashMap<>();
		for (Risk risk : session.query(Query.<Risk>of(RisksPackage.Literals.RISK).orderBy(RisksPackage.Literals.RISK__TITLE))) {
			EObject target = (EObject) risk.eGet(RisksPackage.Literals.RISK__PROJECT, false);
			Project project = target == null ? null : byId.get(Ids.of(target));
			if (project != null) {
				@SuppressWarnings("unchecked")
				List<Object> list = (List<Object>) children.computeIfAbsent(project, p -> new ArrayList<>());
				list.add(risk);
			}
		}
		return children;
	}

	@Override
	public String label(Object element) {
		Risk risk = (Risk) element;
		return "Risk: " + risk.getTitle() + scoring.residual(risk).map(r -> "  (" + r.band().label() + ", " + r.score() + ")").orElse("");
	}

	@Override
	public String editor(Object element) {
		return RiskRegisterPart.EDITOR;
	}

	@Override
	public Image image(Object element) {
		return scoring.residual((Risk) element).map(r -> RiskImages.band(r.band())).orElse(null);
	}
}
