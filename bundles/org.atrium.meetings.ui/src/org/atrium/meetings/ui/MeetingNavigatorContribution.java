package org.atrium.meetings.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.Ids;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.meetings.MeetingLabels;
import org.atrium.meetings.model.meetings.MeetingSeries;
import org.atrium.meetings.model.meetings.MeetingsPackage.Literals;
import org.atrium.ui.navigator.NavigatorContribution;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.Image;
import org.osgi.service.component.annotations.Component;

/** The meeting series of each project, under the project in the navigator, by title. */
@Component(service = NavigatorContribution.class)
public class MeetingNavigatorContribution implements NavigatorContribution {

	@Override
	public Map<Project, List<?>> children(List<Project> projects, StoreSession session) {
		Map<String, Project> byId = new HashMap<>();
		projects.forEach(p -> byId.put(p.getId(), p));
		Map<Project, List<?>> children = new LinkedHashMap<>();
		for (MeetingSeries series : session.<MeetingSeries>query(Query.<MeetingSeries>of(Literals.MEETING_SERIES)
				.orderBy(Literals.MEETING_SERIES__TITLE))) {
			EObject scope = (EObject) series.eGet(Literals.MEETING_SERIES__SCOPE, false);
			Project project = scope == null ? null : byId.get(Ids.of(scope));
			if (project != null) {
				@SuppressWarnings("unchecked")
				List<Object> list = (List<Object>) children.computeIfAbsent(project, p -> new ArrayList<>());
				list.add(series);
			}
		}
		return children;
	}

	@Override
	public String label(Object element) {
		MeetingSeries series = (MeetingSeries) element;
		return "Meeting: " + MeetingLabels.title(series)
				+ (series.getType() == null ? "" : "  (" + series.getType().getLiteral() + ")");
	}

	@Override
	public String editor(Object element) {
		return MeetingEditorPart.DESCRIPTOR;
	}

	@Override
	public Image image(Object element) {
		return null;
	}
}
