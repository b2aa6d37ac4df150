package org.atrium.core.search;

import java.util.Objects;

import org.eclipse.emf.ecore.EClass;

/**
 * One object the search found.
 *
 * @param kind   what it is, in the user's words ("Project", "Milestone", "Risk")
 * @param label  how the user knows it (a code and a name, a person's name)
 * @param detail where it belongs or what else matched (the project of a milestone, a login)
 * @param type   the class of the object that opens for this hit: the object itself, or its container when
 *               it has no editor of its own (a milestone opens its project)
 * @param id     the id of that object
 */
public record SearchHit(String kind, String label, String detail, EClass type, String id) {

	public SearchHit {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(id, "id");
		label = label == null ? "" : label;
		detail = detail == null ? "" : detail;
	}
}
