package org.atrium.core;

import java.util.Optional;

import org.atrium.core.store.Write;
import org.atrium.core.store.WriteCheck;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A plugin's rule on what may be written, registered as a service and checked by {@link GovernanceGuard} in every
 * transaction of every store, after the permissions and also while the office is not yet governed. Rules that
 * depend on the data (a lifecycle, a quorum, a self-approval) thus hold for every writer: an editor, an import, a
 * command or another service.
 */
public interface WriteRule {

	/** Throws a {@link org.atrium.core.store.StoreException} that says why, to refuse every write of the transaction. */
	void check(WriteCheck check);

	/**
	 * The permission a change of the feature needs in this transaction, where the model's annotation cannot say it
	 * because it depends on the other writes (the plan update that an approval brings needs approve, not edit).
	 * Empty to leave it to the annotations.
	 */
	default Optional<Permission> permission(Write write, EStructuralFeature feature, WriteCheck check) {
		return Optional.empty();
	}
}
