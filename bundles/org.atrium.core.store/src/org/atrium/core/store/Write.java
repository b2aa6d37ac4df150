package org.atrium.core.store;

import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One object written by a transaction.
 *
 * @param kind      created, changed or deleted
 * @param object    the object as written (as it was read, for a delete)
 * @param features  the features whose values changed; for a new object those that are set; containments whose
 *                  members or order changed count as changed features of the container
 * @param movedFrom the id of the container the object left, or null when it did not move
 */
public record Write(Kind kind, EObject object, Set<EStructuralFeature> features, String movedFrom) {

	public enum Kind {
		CREATE, UPDATE, DELETE
	}
}
