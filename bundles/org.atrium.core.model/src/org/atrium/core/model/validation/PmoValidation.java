package org.atrium.core.model.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.atrium.core.model.pmo.Allocation;
import org.atrium.core.model.pmo.PmoPackage;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;

/**
 * Validates PMO model objects with {@link PmoValidator}, independently of the global validator registry.
 * Other packages' objects get EMF's structural checks only.
 */
public final class PmoValidation {

	private PmoValidation() {
	}

	/**
	 * Validates the given objects and everything they contain. Over-allocation is checked among all
	 * allocations found in these trees. A root contained in another given root is validated only once.
	 *
	 * @return a diagnostic whose children are the findings; {@link Diagnostic#OK} when there are none
	 */
	public static Diagnostic validate(Collection<? extends EObject> roots) {
		EValidator.Registry registry = new EValidatorRegistryImpl();
		registry.put(PmoPackage.eINSTANCE, new PmoValidator());
		Diagnostician diagnostician = new Diagnostician(registry);
		List<EObject> topmost = topmost(roots);
		Map<Object, Object> context = diagnostician.createDefaultContext();
		context.put(PmoValidator.ALLOCATIONS, allocationsIn(topmost));
		BasicDiagnostic result = new BasicDiagnostic(PmoValidator.SOURCE, 0,
				"Validation of " + topmost.size() + " model objects", topmost.toArray());
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

	private static List<Allocation> allocationsIn(List<EObject> roots) {
		List<Allocation> allocations = new ArrayList<>();
		for (EObject root : roots) {
			if (root instanceof Allocation allocation) {
				allocations.add(allocation);
			}
			for (TreeIterator<EObject> contents = root.eAllContents(); contents.hasNext();) {
				if (contents.next() instanceof Allocation allocation) {
					allocations.add(allocation);
				}
			}
		}
		return allocations;
	}
}
