package org.atrium.resources.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.atrium.core.model.pmo.Allocation;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.Condition;
import org.atrium.core.store.Ids;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.ui.navigator.NavigatorContribution;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.Image;
import org.osgi.service.component.annotations.Component;

/** Who is allocated to each project from today on, under the project in the navigator, read in one query. */
@Component(service = NavigatorContribution.class)
public class AllocationNavigatorContribution implements NavigatorContribution {

	@Override
	public Map<Project, List<?>> children(List<Project> projects, StoreSession session) {
		Map<String, Project> byId = new HashMap<>();
		projects.forEach(project -> byId.put(Ids.of(project), project));
		Map<Project, List<?>> children = new LinkedHashMap<>();
		for (Allocation allocation : session.<Allocation>query(Query.<Allocation>of(PmoPackage.Literals.ALLOCATION)
				.where(Condition.or(Condition.isNull(PmoPackage.Literals.ALLOCATION__END),
						Condition.ge(PmoPackage.Literals.ALLOCATION__END, LocalDate.now())))
				.orderBy(PmoPackage.Literals.ALLOCATION__START))) {
			EObject target = (EObject) allocation.eGet(PmoPackage.Literals.ALLOCATION__PROJECT, false);
			Project project = target == null ? null : byId.get(Ids.of(target));
			if (project != null) {
				@SuppressWarnings("unchecked")
				List<Object> list = (List<Object>) children.computeIfAbsent(project, p -> new ArrayList<>());
				list.add(allocation);
			}
		}
		return children;
	}

	@Override
	public String label(Object element) {
		Allocation allocation = (Allocation) element;
		return "Allocated: " + (allocation.getPerson() == null ? "nobody" : allocation.getPerson().getName()) + " "
				+ allocation.getPercentage() + "%" + (allocation.getEnd() == null ? "" : " to " + allocation.getEnd());
	}

	@Override
	public Image image(Object element) {
		return null;
	}
}
