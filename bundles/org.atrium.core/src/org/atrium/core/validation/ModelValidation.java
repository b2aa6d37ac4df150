package org.atrium.core.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.atrium.core.Contributions;
import org.atrium.core.model.validation.ValidationContext;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;

/**
 * Validates model objects of every installed package in one pass: each package registers its rules in
 * {@link EValidator.Registry#INSTANCE}, and every call into a registered validator goes through the
 * {@link Contributions} guard, so a failing validator becomes one error finding instead of a crash.
 */
public final class ModelValidation {

	/** The source of the diagnostics this class adds itself (the summary, a failed validator). */
	public static final String SOURCE = "org.atrium.core";

	/** A registered validator threw; the finding names its bundle. */
	public static final int VALIDATOR_FAILED = 1;

	private ModelValidation() {
	}

	/**
	 * Validates the objects and everything they contain. A root contained in another given root is validated once.
	 *
	 * @return a diagnostic whose children are the findings; {@link Diagnostic#OK} when there are none
	 */
	public static Diagnostic validate(Collection<? extends EObject> roots) {
		GuardedDiagnostician diagnostician = new GuardedDiagnostician();
		List<EObject> topmost = topmost(roots);
		Map<Object, Object> context = diagnostician.createDefaultContext();
		context.put(ValidationContext.ROOTS, topmost);
		BasicDiagnostic result = new BasicDiagnostic(SOURCE, 0, "Validation of " + topmost.size() + " model objects",
				topmost.toArray());
		for (EObject root : topmost) {
			diagnostician.validate(root, result, context);
		}
		return result;
	}

	private static List<EObject> topmost(Collection<? extends EObject> roots) {
		Set<EObject> given = Collections.newSetFromMap(new IdentityHashMap<>());
		given.addAll(roots);
		Set<EObject> added = Collections.newSetFromMap(new IdentityHashMap<>());
		List<EObject> topmost = new ArrayList<>();
		for (EObject root : roots) {
			if (!hasAncestorIn(root, given) && added.add(root)) {
				topmost.add(root);
			}
		}
		return topmost;
	}

	private static boolean hasAncestorIn(EObject object, Set<EObject> candidates) {
		for (EObject container = object.eContainer(); container != null; container = container.eContainer()) {
			if (candidates.contains(container)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * EMF's diagnostician over the global registry, with each call into a package's validator (the one
	 * {@link #doValidate} makes) through the guard. EMF's own catch would record the failure without its bundle and
	 * without logging it.
	 */
	private static final class GuardedDiagnostician extends Diagnostician {

		GuardedDiagnostician() {
			super(EValidator.Registry.INSTANCE);
		}

		@Override
		protected boolean doValidate(EValidator validator, EClass eClass, EObject eObject, DiagnosticChain diagnostics,
				Map<Object, Object> context) {
			boolean[] valid = { true };
			boolean ran = Contributions.run(validator, "validating " + eClass.getName(),
					() -> valid[0] = super.doValidate(validator, eClass, eObject, diagnostics, context));
			if (!ran && diagnostics != null) {
				diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, SOURCE, VALIDATOR_FAILED,
						"The rules of " + Contributions.bundleName(validator) + " could not check this "
								+ eClass.getName() + "; see the log",
						new Object[] { eObject }));
			}
			return ran && valid[0];
		}
	}
}
