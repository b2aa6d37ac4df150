package org.atrium.core.store;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

/** The writes of one transaction as a {@link WriteGuard} sees them, and the data as it was before them. */
public interface WriteCheck {

	/** Who writes, as the session was opened. */
	String user();

	List<Write> writes();

	/** Whether the object is written for the first time in this transaction. */
	boolean isNew(EObject object);

	/** The id of the object's container: in memory, else as stored; empty for a top-level object. */
	Optional<String> containerId(EObject object);

	/** A session reading the data as committed before this transaction; the store closes it after the check. */
	StoreSession committed();
}
