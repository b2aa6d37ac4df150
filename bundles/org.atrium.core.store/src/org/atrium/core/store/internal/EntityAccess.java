package org.atrium.core.store.internal;

import java.time.Instant;

import org.atrium.core.model.pmo.PmoPackage;
import org.eclipse.emf.ecore.EObject;

/** The Entity features of any object, generated or dynamic, read and written reflectively. */
record EntityAccess(EObject object) {

	String getId() {
		return (String) object.eGet(PmoPackage.Literals.ENTITY__ID);
	}

	void setId(String id) {
		object.eSet(PmoPackage.Literals.ENTITY__ID, id);
	}

	int getVersion() {
		return (Integer) object.eGet(PmoPackage.Literals.ENTITY__VERSION);
	}

	void setVersion(int version) {
		object.eSet(PmoPackage.Literals.ENTITY__VERSION, version);
	}

	Instant getModified() {
		return (Instant) object.eGet(PmoPackage.Literals.ENTITY__MODIFIED);
	}

	void setModified(Instant modified) {
		object.eSet(PmoPackage.Literals.ENTITY__MODIFIED, modified);
	}

	Instant getCreated() {
		return (Instant) object.eGet(PmoPackage.Literals.ENTITY__CREATED);
	}

	void setCreated(Instant created) {
		object.eSet(PmoPackage.Literals.ENTITY__CREATED, created);
	}
}
