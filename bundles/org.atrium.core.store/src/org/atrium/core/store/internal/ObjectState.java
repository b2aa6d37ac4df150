package org.atrium.core.store.internal;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EReference;

/**
 * What a session knows of an object as it is in the store: its row identity, version, place in its
 * container, and the values last read or written, so that a save writes only what changed.
 */
final class ObjectState {

	final ClassTable table;
	final String id;
	int version;
	String parentId;
	String parentFeature;
	int position;
	/** Values of {@link ClassTable#features}: attribute values, or target ids for references. */
	Object[] values;
	/** Values of {@link ClassTable#lists}. */
	List<?>[] lists;
	/** Ids of contained objects per containment, or null while the contents are not loaded. */
	Map<EReference, List<String>> children;

	ObjectState(ClassTable table, String id) {
		this.table = table;
		this.id = id;
	}

	boolean contentsLoaded() {
		return children != null;
	}
}
