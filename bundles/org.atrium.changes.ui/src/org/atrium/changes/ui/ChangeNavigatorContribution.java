package org.atrium.changes.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.atrium.changes.model.changes.ChangeRequest;
import org.atrium.changes.model.changes.ChangesPackage.Literals;
import org.atrium.changes.model.changes.GateReview;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.Ids;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.ui.navigator.NavigatorContribution;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.swt.graphics.Image;
import org.osgi.service.component.annotations.Component;

/** Under each project in the navigator: its change requests by code, then its gate reviews. */
@Component(service = NavigatorContribution.class)
public class ChangeNavigatorContribution implements NavigatorContribution {

	@Override
	public Map<Project, List<?>> children(List<Project> projects, StoreSession session) {
		Map<String, Project> byId = new HashMap<>();
		projects.forEach(p -> byId.put(p.getId(), p));
		Map<Project, List<?>> children = new LinkedHashMap<>();
		add(children, byId, session.query(Query.<ChangeRequest>of(Literals.CHANGE_REQUEST)
				.orderBy(Literals.CHANGE_REQUEST__CODE)), Literals.CHANGE_REQUEST__PROJECT);
		add(children, byId, session.query(Query.<GateReview>of(Literals.GATE_REVIEW)), Literals.GATE_REVIEW__PROJECT);
		return children;
	}

	private static void add(Map<Project, List<?>> children, Map<String, Project> byId, List<? extends EObject> objects,
			EReference projectReference) {
		for (EObject object : objects) {
			EObject target = (EObject) object.eGet(projectReference, false);
			Project project = target == null ? null : byId.get(Ids.of(target));
			if (project != null) {
				@SuppressWarnings("unchecked")
				List<Object> list = (List<Object>) children.computeIfAbsent(project, p -> new ArrayList<>());
				list.add(object);
			}
		}
	}

	@Override
	public String label(Object element) {
		if (element instanceof ChangeRequest request) {
			return request.getCode() + ": " + request.getTitle() + "  (" + request.getStatus().getLiteral() + ")";
		}
		GateReview review = (GateReview) element;
		return "Gate: " + review.getMilestone().getName() + "  (" + review.getDecision().getLiteral() + ")";
	}

	@Override
	public String editor(Object element) {
		return element instanceof ChangeRequest ? ChangeLogPart.EDITOR : GateReviewEditorPart.EDITOR;
	}

	@Override
	public Image image(Object element) {
		return null;
	}
}
