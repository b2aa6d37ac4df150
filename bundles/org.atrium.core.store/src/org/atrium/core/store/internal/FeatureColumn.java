package org.atrium.core.store.internal;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A single-valued feature stored in the class table. An attribute is one column; a reference is
 * the target's id, plus the target's class where the reference type has subclasses.
 */
record FeatureColumn(EStructuralFeature feature, String name, ValueKind kind, int length, String classColumn,
		boolean system) {

	boolean isReference() {
		return feature instanceof EReference;
	}

	EAttribute attribute() {
		return (EAttribute) feature;
	}

	EReference reference() {
		return (EReference) feature;
	}

	int width() {
		return classColumn == null ? 1 : 2;
	}
}
