package org.atrium.core.store.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.store.ModelContribution;
import org.atrium.core.store.StoreException;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The tables of the registered model packages: every concrete class that extends Entity gets one.
 * Derived from Ecore metadata alone.
 */
final class Mapping {

	static final int DEFAULT_TEXT_LENGTH = 1000;

	private final SqlNames sql;
	private final Map<String, EPackage> packagesByPrefix = new LinkedHashMap<>();
	private final Map<EClass, ClassTable> tables = new LinkedHashMap<>();
	private final Map<String, ClassTable> tablesByKey = new LinkedHashMap<>();

	Mapping(SqlNames sql) {
		this.sql = sql;
	}

	/** Adds a package; returns its tables. */
	synchronized List<ClassTable> register(EPackage ePackage) {
		String prefix = prefix(ePackage);
		EPackage other = packagesByPrefix.get(prefix);
		if (other != null && other != ePackage) {
			throw new StoreException("Model packages " + other.getNsURI() + " and " + ePackage.getNsURI()
					+ " share the nsPrefix '" + prefix + "'; each package needs its own prefix for its tables.");
		}
		List<ClassTable> added = new ArrayList<>();
		for (EClassifier classifier : ePackage.getEClassifiers()) {
			if (classifier instanceof EClass eClass && isMapped(eClass) && !tables.containsKey(eClass)) {
				added.add(checkNames(build(prefix, eClass)));
			}
		}
		packagesByPrefix.put(prefix, ePackage);
		for (ClassTable table : added) {
			tables.put(table.eClass, table);
			tablesByKey.put(table.key, table);
		}
		return added;
	}

	/** Takes a package out again, as if it had never been registered. */
	synchronized void unregister(EPackage ePackage) {
		if (packagesByPrefix.remove(prefix(ePackage), ePackage)) {
			tables.values().removeIf(table -> table.eClass.getEPackage() == ePackage);
			tablesByKey.values().removeIf(table -> table.eClass.getEPackage() == ePackage);
		}
	}

	/** Refuses a table whose names the database would cut or reject. */
	private ClassTable checkNames(ClassTable table) {
		List<String> names = new ArrayList<>(List.of(table.name));
		table.features.forEach(column -> {
			names.add(column.name());
			if (column.classColumn() != null) {
				names.add(column.classColumn());
			}
		});
		table.lists.forEach(list -> names.add(list.name()));
		int max = sql.dialect().maxIdentifierLength();
		for (String name : names) {
			if (name.length() > max) {
				throw new StoreException("The name " + name + " (" + name.length() + " characters), derived from "
						+ table.eClass.getEPackage().getNsURI() + " " + table.eClass.getName() + ", is longer than the "
						+ max + " characters " + sql.dialect().name() + " allows; shorten the class or feature name, or "
						+ "the package's nsPrefix. Nothing was registered.");
			}
		}
		return table;
	}

	static String prefix(EPackage ePackage) {
		String prefix = ePackage.getNsPrefix();
		return prefix == null || prefix.isBlank() ? ePackage.getName() : prefix;
	}

	static boolean isMapped(EClass eClass) {
		return !eClass.isAbstract() && !eClass.isInterface()
				&& PmoPackage.Literals.ENTITY.isSuperTypeOf(eClass);
	}

	synchronized ClassTable table(EClass eClass) {
		ClassTable table = tables.get(eClass);
		if (table == null) {
			throw new StoreException(eClass.getName() + " (" + eClass.getEPackage().getNsURI()
					+ ") is not persisted: its package is not registered with the store, or it is not a concrete Entity.");
		}
		return table;
	}

	synchronized ClassTable tableByKey(String key) {
		ClassTable table = tablesByKey.get(key);
		if (table == null) {
			throw new StoreException("The stored class '" + key + "' belongs to a model package that is not installed.");
		}
		return table;
	}

	/** The tables of {@code type} and of all its mapped subclasses. */
	synchronized List<ClassTable> tablesOf(EClass type) {
		List<ClassTable> result = new ArrayList<>();
		for (ClassTable table : tables.values()) {
			if (type == table.eClass || type.isSuperTypeOf(table.eClass)) {
				result.add(table);
			}
		}
		if (result.isEmpty()) {
			table(type);
		}
		return result;
	}

	synchronized List<ClassTable> tablesOf(EPackage ePackage) {
		return tables.values().stream().filter(t -> t.eClass.getEPackage() == ePackage).toList();
	}

	synchronized Collection<ClassTable> tables() {
		return List.copyOf(tables.values());
	}

	synchronized boolean isRegistered(EPackage ePackage) {
		return packagesByPrefix.get(prefix(ePackage)) == ePackage;
	}

	private ClassTable build(String prefix, EClass eClass) {
		String name = Columns.table(prefix, eClass);
		List<FeatureColumn> features = new ArrayList<>();
		List<ListTable> lists = new ArrayList<>();
		List<EReference> containments = new ArrayList<>();
		for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
			if (!Columns.isStored(feature) || feature == PmoPackage.Literals.ENTITY__ID) {
				continue;
			}
			if (feature instanceof EReference reference && reference.isContainment()) {
				if (!PmoPackage.Literals.ENTITY.isSuperTypeOf(reference.getEReferenceType())) {
					throw new StoreException(eClass.getName() + "." + reference.getName() + " contains "
							+ reference.getEReferenceType().getName() + ", which is not an Entity.");
				}
				containments.add(reference);
			} else if (feature.isMany()) {
				lists.add(new ListTable(feature, Columns.listTable(name, feature), kindOf(feature), length(feature),
						feature instanceof EReference r && isPolymorphic(r.getEReferenceType())));
			} else if (feature instanceof EReference reference) {
				features.add(new FeatureColumn(reference, Columns.column(reference), ValueKind.STRING, 36,
						isPolymorphic(reference.getEReferenceType()) ? Columns.classColumn(reference) : null, false));
			} else {
				EAttribute attribute = (EAttribute) feature;
				features.add(new FeatureColumn(attribute, Columns.column(attribute), kindOf(attribute),
						length(attribute), null, isSystem(attribute)));
			}
		}
		return new ClassTable(eClass, prefix + ":" + eClass.getName(), name, features, lists, containments, sql);
	}

	static boolean isSystem(EStructuralFeature feature) {
		return feature == PmoPackage.Literals.ENTITY__VERSION || feature == PmoPackage.Literals.ENTITY__CREATED
				|| feature == PmoPackage.Literals.ENTITY__MODIFIED;
	}

	private static ValueKind kindOf(EStructuralFeature feature) {
		return feature instanceof EAttribute attribute ? ValueKind.of(attribute.getEAttributeType()) : ValueKind.STRING;
	}

	private static boolean isPolymorphic(EClass type) {
		if (type.isAbstract() || type.isInterface()) {
			return true;
		}
		// A concrete type may still have subclasses in this or another package.
		return !type.getEPackage().getEClassifiers().stream()
				.filter(c -> c instanceof EClass sub && sub != type && type.isSuperTypeOf(sub)).toList().isEmpty();
	}

	private static int length(EStructuralFeature feature) {
		if (feature instanceof EReference) {
			return 36;
		}
		EAnnotation annotation = feature.getEAnnotation(ModelContribution.STORE_ANNOTATION);
		String length = annotation == null ? null : annotation.getDetails().get("length");
		return length == null ? DEFAULT_TEXT_LENGTH : Integer.parseInt(length);
	}

	static boolean isIndexed(EStructuralFeature feature) {
		EAnnotation annotation = feature.getEAnnotation(ModelContribution.STORE_ANNOTATION);
		return feature instanceof EReference
				|| (annotation != null && "true".equals(annotation.getDetails().get("index")));
	}
}
