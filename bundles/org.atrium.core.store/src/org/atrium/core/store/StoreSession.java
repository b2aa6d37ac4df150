package org.atrium.core.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.atrium.core.model.pmo.PmoPackage;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * A unit of work over the store. It keeps one instance per object id, remembers what was loaded so
 * that a save writes only what changed, and detects stale writes. Not thread-safe.
 */
public interface StoreSession extends AutoCloseable {

	String user();

	/** Loads an object with everything it contains. */
	<T extends EObject> T load(EClass type, String id);

	<T extends EObject> Optional<T> find(EClass type, String id);

	/** Runs a query. Results are shallow unless the query asks for contents. */
	<T extends EObject> List<T> query(Query<T> query);

	long count(Query<?> query);

	/**
	 * Every stored object that no other object contains, with everything it contains: all the data of every
	 * package registered with the store.
	 */
	default List<EObject> roots() {
		return query(Query.<EObject>of(PmoPackage.Literals.ENTITY).where(Condition.topLevel()).withContents());
	}

	/** Loads the contained objects of a shallow object (one loaded by a query). */
	void loadContents(EObject object);

	/** Whether the object's contained objects are in memory: it was loaded with them, or is not stored yet. */
	boolean hasContents(EObject object);

	/** Discards local changes of an object and its contents, and reads them again. */
	void refresh(EObject object);

	/** The id of the object's container in the store, also for shallow objects. */
	Optional<String> containerId(EObject object);

	/** Saves objects with their contents in one transaction: all or nothing. */
	void save(EObject... objects);

	/** Deletes an object with its contents in one transaction. */
	void delete(EObject object);

	/** Runs several saves and deletes in one transaction. */
	void inTransaction(Consumer<Transaction> work);

	/** Whether the object has changes that are not saved. */
	boolean isDirty(EObject object);

	@Override
	void close();

	/** The session an object was read into or saved by, while that session is open. */
	static Optional<StoreSession> of(EObject object) {
		return Optional.ofNullable(org.atrium.core.store.internal.DefaultSession.owning(object));
	}
}
