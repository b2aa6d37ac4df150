package org.atrium.core.model;

import java.util.Locale;

import org.atrium.core.model.pmo.Allocation;
import org.atrium.core.model.pmo.Measurement;
import org.atrium.core.model.pmo.RoleAssignment;
import org.atrium.core.model.pmo.StatusReport;
import org.atrium.core.model.pmo.TimeEntry;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * What users read for model elements: the label of a class or feature ("% complete", "Planned end") and of an
 * object ("Project 'Apollo' (APL)"). Each package says its labels in its Ecore, with an annotation of source
 * {@link #SOURCE} and the detail {@code label}; an element without one reads as its name in words
 * ({@code plannedEnd} is "Planned end"). Plugins label their own packages the same way.
 */
public final class Labels {

	/** The source of the annotation that holds a label. */
	public static final String SOURCE = "http://atrium.org/label";

	private Labels() {
	}

	/** The label of a class, feature or enumeration, e.g. "% complete" for {@code percentComplete}. */
	public static String of(ENamedElement element) {
		String label = EcoreUtil.getAnnotation(element, SOURCE, "label");
		return label != null && !label.isBlank() ? label : words(element.getName());
	}

	/** The label in a sentence: lower case unless it starts with an abbreviation, e.g. "planned end", "KPIs". */
	public static String inSentence(ENamedElement element) {
		String label = of(element);
		boolean abbreviation = label.length() > 1 && Character.isUpperCase(label.charAt(1));
		return abbreviation ? label : label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1);
	}

	/**
	 * An object as messages, the audit and Properties name it: its class's label, then what identifies it, e.g.
	 * {@code Project 'Apollo' (APL)}, {@code Role assignment Sponsor of 'Ann Lee'}; never its id.
	 */
	public static String of(EObject object) {
		String kind = of(object.eClass());
		return switch (object) {
		case Allocation allocation ->
			kind + " of " + nameOf(allocation.getPerson()) + " to " + nameOf(allocation.getProject());
		case TimeEntry entry ->
			kind + " of " + nameOf(entry.getPerson()) + " for " + nameOf(entry.getProject()) + " on " + entry.getDate();
		case StatusReport report -> kind + " of " + nameOf(report.eContainer()) + " for " + report.getPeriodEnd();
		case Measurement measurement -> kind + " of " + nameOf(measurement.eContainer()) + " on " + measurement.getDate();
		case RoleAssignment assignment -> kind + " " + (assignment.getKind() == null ? "" : assignment.getKind() + " ")
				+ "of " + nameOf(assignment.getPerson());
		default -> named(object, kind);
		};
	}

	/**
	 * The quoted name (or title, or code) of an object, such as {@code 'Apollo'}; "(none)" for null, and the class's
	 * label with "(unnamed)" when it has none.
	 */
	public static String nameOf(EObject object) {
		if (object == null) {
			return "(none)";
		}
		if (object.eIsProxy()) {
			return of(object.eClass()) + " (not loaded)";
		}
		String name = firstText(object, "name", "title", "code", "login");
		return name != null ? "'" + name + "'" : of(object.eClass()) + " (unnamed)";
	}

	/** A name in words with a capital first letter: {@code plannedEnd} is "Planned end", {@code RoleAssignment} "Role assignment". */
	public static String words(String name) {
		if (name == null || name.isEmpty()) {
			return "";
		}
		StringBuilder words = new StringBuilder(name.length() + 4);
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			boolean wordStart = i > 0 && Character.isUpperCase(c)
					&& (Character.isLowerCase(name.charAt(i - 1)) || i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1)));
			if (wordStart) {
				words.append(' ');
				boolean acronym = i + 1 < name.length() && Character.isUpperCase(name.charAt(i + 1));
				words.append(acronym ? c : Character.toLowerCase(c));
			} else {
				words.append(i == 0 ? Character.toUpperCase(c) : c);
			}
		}
		return words.toString();
	}

	private static String named(EObject object, String kind) {
		String name = firstText(object, "name", "title");
		String code = firstText(object, "code");
		if (name == null && code == null) {
			return nameOf(object);
		}
		StringBuilder label = new StringBuilder(kind);
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
