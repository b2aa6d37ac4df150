package org.atrium.core.store;

import java.sql.SQLException;

/**
 * One step of a schema change that is not additive, from {@link #fromVersion()} to the next
 * version. It runs in the same transaction as the version update; additive changes (new classes,
 * new attributes) need no migration.
 */
public interface SchemaMigration {

	int fromVersion();

	void migrate(MigrationContext context) throws SQLException;
}
