package org.atrium.changes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.atrium.changes.model.changes.ChangesFactory;
import org.atrium.changes.model.changes.CriterionStatus;
import org.atrium.changes.model.changes.GateCriterion;

/** The checklists of gate reviews, by template name. Every criterion is mandatory unless marked optional. */
public final class GateTemplates {

	public static final String LAUNCH_READINESS = "Launch readiness";
	public static final String DESIGN_APPROVAL = "Design approval";

	private record Item(String name, boolean mandatory) {
	}

	private static final Map<String, List<Item>> TEMPLATES = new LinkedHashMap<>();

	static {
		TEMPLATES.put(LAUNCH_READINESS, List.of(new Item("UAT signed off", true), new Item("Training done", true),
				new Item("Support ready", true), new Item("Rollback plan", true), new Item("Communications", false)));
		TEMPLATES.put(DESIGN_APPROVAL, List.of(new Item("Architecture reviewed", true),
				new Item("Security assessment", true), new Item("Cost estimate confirmed", true),
				new Item("Vendor contracts", false)));
	}

	private GateTemplates() {
	}

	public static List<String> names() {
		return List.copyOf(TEMPLATES.keySet());
	}

	/** New open criteria of the template; an unknown template name is refused, naming the known ones. */
	public static List<GateCriterion> criteria(String template) {
		List<Item> items = TEMPLATES.get(template);
		if (items == null) {
			throw new IllegalArgumentException(
					"No gate template is called '" + template + "'; the templates are " + String.join(", ", names()));
		}
		return items.stream().map(item -> {
			GateCriterion criterion = ChangesFactory.eINSTANCE.createGateCriterion();
			criterion.setName(item.name());
			criterion.setMandatory(item.mandatory());
			criterion.setStatus(CriterionStatus.OPEN);
			return criterion;
		}).toList();
	}
}
