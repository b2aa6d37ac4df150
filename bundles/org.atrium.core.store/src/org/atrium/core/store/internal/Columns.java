package org.atrium.core.store.internal;

import java.util.Locale;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Names of tables and columns, derived from Ecore names. */
final class Columns {

	static final String ID = "ID";
	static final String PARENT_ID = "PARENT_ID";
	static final String PARENT_FEATURE = "PARENT_FEATURE";
	static final String POSITION = "POSITION";
	static final String OWNER_ID = "OWNER_ID";
	static final String VALUE = "VALUE";
	static final String TARGET_CLASS = "TARGET_CLASS";

	private Columns() {
	}

	static String table(String prefix, EClass eClass) {
		return snake(prefix) + "_" + snake(eClass.getName());
	}

	static String column(EStructuralFeature feature) {
		return feature instanceof EReference ? snake(feature.getName()) + "_ID" : snake(feature.getName());
	}

	static String classColumn(EReference reference) {
		return snake(reference.getName()) + "_CLASS";
	}

	static String listTable(String classTable, EStructuralFeature feature) {
		return classTable + "__" + snake(feature.getName());
	}

	/** {@code plannedStart} becomes {@code PLANNED_START}. */
	static String snake(String name) {
		StringBuilder out = new StringBuilder(name.length() + 4);
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(name.charAt(i - 1))) {
				out.append('_');
			}
			out.append(c);
		}
		return out.toString().toUpperCase(Locale.ROOT);
	}

	static boolean isStored(EStructuralFeature feature) {
		if (feature.isTransient() || feature.isDerived() || feature.isVolatile()) {
			return false;
		}
		if (feature instanceof EReference reference) {
			return !reference.isContainer();
		}
		return feature instanceof EAttribute;
	}
}
