package org.atrium.core.model.validation;

import org.atrium.core.model.pmo.Allocation;
import org.atrium.core.model.pmo.Entity;
import org.atrium.core.model.pmo.Measurement;
import org.atrium.core.model.pmo.RoleAssignment;
import org.atrium.core.model.pmo.StatusReport;
import org.atrium.core.model.pmo.TimeEntry;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Names model objects in messages: the class, then the name, title or code, e.g. {@code Project 'Apollo' (APL)}. */
final class ObjectLabels {

	private ObjectLabels() {
	}

	/** A label naming the class and the object. */
	static String of(EObject object) {
		String className = object.eClass().getName();
		return switch (object) {
			case Allocation allocation ->
				className + " of " + shortName(allocation.getPerson()) + " to " + shortName(allocation.getProject());
			case TimeEntry entry -> className + " of " + shortName(entry.getPerson()) + " for "
					+ shortName(entry.getProject()) + " on " + entry.getDate();
			case StatusReport report ->
				className + " of " + shortName(report.eContainer()) + " for " + report.getPeriodEnd();
			case Measurement measurement ->
				className + " of " + shortName(measurement.eContainer()) + " on " + measurement.getDate();
			case RoleAssignment assignment ->
				className + " " + assignment.getKind() + " of " + shortName(assignment.getPerson());
			default -> named(object);
		};
	}

	/** The quoted name (or title, or code) of an object, or its class and id when it has none. */
	static String shortName(EObject object) {
		if (object == null) {
			return "(none)";
		}
		String name = firstText(object, "name", "title", "code");
		if (name != null) {
			return "'" + name + "'";
		}
		String id = object instanceof Entity entity ? entity.getId() : null;
		return object.eClass().getName() + (id == null ? " (unnamed)" : " #" + id);
	}

	private static String named(EObject object) {
		String name = firstText(object, "name", "title");
		String code = firstText(object, "code");
		if (name == null && code == null) {
			return shortName(object);
		}
		StringBuilder label = new StringBuilder(object.eClass().getName());
		if (name != null) {
			label.append(" '").append(name).append('\'');
		}
		if (code != null) {
			label.append(name == null ? " '" + code + "'" : " (" + code + ")");
		}
		return label.toString();
	}

	private static String firstText(EObject object, String... attributeNames) {
		for (String attributeName : attributeNames) {
			EStructuralFeature feature = object.eClass().getEStructuralFeature(attributeName);
			if (feature instanceof EAttribute && !feature.isMany()
					&& object.eGet(feature) instanceof String text && !text.isBlank()) {
				return text;
			}
		}
		return null;
	}
}
