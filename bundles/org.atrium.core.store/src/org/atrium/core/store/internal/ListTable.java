package org.atrium.core.store.internal;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A many-valued attribute or non-containment reference, stored as ordered rows
 * (OWNER_ID, POSITION, VALUE[, TARGET_CLASS]).
 */
record ListTable(EStructuralFeature feature, String name, ValueKind kind, int length, boolean polymorphic) {

	boolean isReference() {
		return feature instanceof EReference;
	}
}
