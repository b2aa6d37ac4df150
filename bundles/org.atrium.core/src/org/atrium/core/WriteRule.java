package org.atrium.core;

import java.util.Optional;
import java.util.Set;

import org.atrium.core.model.pmo.Person;
import org.atrium.core.store.StoreSession;
import org.atrium.core.store.Write;
import org.atrium.core.store.WriteCheck;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A plugin's say in what may be written, for records whose rules the roles alone do not describe: a change
 * request's lifecycle and quorum, a meeting its organizer edits, a person's own timesheet, a week locked once
 * approved. Register an implementation as an OSGi service; {@link GovernanceGuard} asks every rule in every
 * transaction of every store, so the rules hold for every writer: an editor, an import, a command or a service.
 * <p>
 * What a rule relies on it reads from {@link WriteCheck#committed()}, never from the objects written, so that no
 * write can allow itself. A rule that fails with anything but a {@link org.atrium.core.store.StoreException} refuses
 * the transaction, logged with its plugin's name, and allows nothing.
 */
public interface WriteRule {

	/**
	 * Refuses the whole transaction by throwing a {@link org.atrium.core.store.StoreException} whose message says why
	 * ({@link AccessDeniedException} for a right, any other for a rule of the data). Called in every transaction,
	 * also while the office is being set up; {@code actor} is the person writing, null when the user names nobody.
	 */
	default void check(WriteCheck check, Person actor) {
	}

	/**
	 * The writes of the transaction that need no role at their scope because the object itself gives the right: the
	 * organizer of a meeting, the owner of a timesheet. Asked once per transaction, only in a governed office; it may
	 * refuse the transaction as {@link #check} does.
	 */
	default Set<Write> allowed(WriteCheck check, Person actor) {
		return Set.of();
	}

	/**
	 * The permission a change of the feature needs in this transaction, where the model's annotation cannot say it
	 * because it depends on the other writes (the plan update an approval brings needs approve, not edit). Empty to
	 * leave it to the annotations.
	 */
	default Optional<Permission> permission(Write write, EStructuralFeature feature, WriteCheck check) {
		return Optional.empty();
	}

	/**
	 * For the UI's question before a write ({@link GovernanceGuard#whyNot}): whether the person may edit the object as
	 * a whole through this rule, read with the session.
	 */
	default boolean allowsEditing(Person actor, EObject object, StoreSession session) {
		return false;
	}
}
