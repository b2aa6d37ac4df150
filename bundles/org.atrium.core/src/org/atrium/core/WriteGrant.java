package org.atrium.core;

import org.atrium.core.model.pmo.Person;
import org.atrium.core.store.StoreSession;
import org.atrium.core.store.Write;
import org.atrium.core.store.WriteCheck;
import org.eclipse.emf.ecore.EObject;

/**
 * A right a plugin's model gives through the object itself, beyond the roles at its scope: the organizer of a
 * meeting edits it, the presenter of an agenda item writes its minutes. Register an implementation as an OSGi
 * service; {@link GovernanceGuard} allows a write that a grant allows without asking for roles. A grant must read
 * what it relies on from {@link WriteCheck#committed()}, never from the objects written, so that no write can grant
 * itself; a grant that throws allows nothing.
 */
@FunctionalInterface
public interface WriteGrant {

	/** Whether the person (null for a login no person has) may make the write whatever their roles. */
	boolean allows(Person actor, Write write, WriteCheck check);

	/**
	 * For the UI's question before a write ({@link GovernanceGuard#whyNot}): whether the person may edit the object
	 * as a whole through it, read with the session.
	 */
	default boolean allowsEditing(Person actor, EObject object, StoreSession session) {
		return false;
	}
}
