package org.atrium.core.store;

import org.eclipse.emf.ecore.EObject;

/** The writes of one {@link StoreSession#inTransaction} call; they commit together or not at all. */
public interface Transaction {

	void save(EObject object);

	void delete(EObject object);
}
