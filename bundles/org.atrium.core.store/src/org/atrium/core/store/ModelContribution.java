package org.atrium.core.store;

import java.util.List;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EPackage;

/**
 * A model package that the store persists. Register one as an OSGi service (or pass it to
 * {@link ModelStoreFactory}); its classes get tables with no hand-written mapping. The package's
 * {@code nsPrefix} names its tables and must be unique.
 */
public interface ModelContribution {

	/** The annotation source for store hints: {@code schemaVersion} on packages, {@code length} and {@code index} on attributes. */
	String STORE_ANNOTATION = "http://atrium.org/store";

	EPackage ePackage();

	/** The schema version of the package; by default its {@code schemaVersion} annotation, else 1. */
	default int schemaVersion() {
		EAnnotation annotation = ePackage().getEAnnotation(STORE_ANNOTATION);
		String value = annotation == null ? null : annotation.getDetails().get("schemaVersion");
		return value == null ? 1 : Integer.parseInt(value);
	}

	/** Steps that take a database from an older schema version to a newer one. */
	default List<SchemaMigration> migrations() {
		return List.of();
	}

	static ModelContribution of(EPackage ePackage) {
		return () -> ePackage;
	}
}
