package org.atrium.core.store;

import java.sql.Connection;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;

/** What a {@link SchemaMigration} may use: the open connection and the names of mapped tables and columns. */
public interface MigrationContext {

	Connection connection();

	Dialect dialect();

	String table(EClass eClass);

	String column(EStructuralFeature feature);
}
