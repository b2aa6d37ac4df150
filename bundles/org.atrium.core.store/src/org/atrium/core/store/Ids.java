package org.atrium.core.store;

import java.util.UUID;

import org.atrium.core.model.pmo.PmoPackage;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;

/** Object ids: UUID strings, also readable from a not yet resolved reference. */
public final class Ids {

	private Ids() {
	}

	public static String newId() {
		return UUID.randomUUID().toString();
	}

	/** The id of an entity, or of the target of an unresolved reference (a proxy). */
	public static String of(EObject object) {
		if (object.eIsProxy()) {
			URI uri = ((InternalEObject) object).eProxyURI();
			String fragment = uri.fragment();
			return fragment.substring(fragment.lastIndexOf(':') + 1);
		}
		if (PmoPackage.Literals.ENTITY.isSuperTypeOf(object.eClass())) {
			return (String) object.eGet(PmoPackage.Literals.ENTITY__ID);
		}
		throw new IllegalArgumentException(object.eClass().getName() + " is not an Entity and has no id");
	}
}
