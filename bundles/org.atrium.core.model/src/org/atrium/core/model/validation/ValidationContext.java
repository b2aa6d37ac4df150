package org.atrium.core.model.validation;

/**
 * Keys of the context map that a validation pass hands to every registered {@code EValidator}, for rules
 * that look across objects.
 */
public final class ValidationContext {

	/**
	 * The {@code List<EObject>} of topmost objects being validated together: the whole pass sees these trees.
	 * Without it, a rule across objects looks at the objects in the same resource.
	 */
	public static final String ROOTS = "org.atrium.validation.roots";

	private ValidationContext() {
	}
}
