package org.atrium.core.store;

import java.sql.SQLException;

/**
 * One step of a schema change, from {@link #fromVersion()} to the next version. It runs in the same transaction
 * as the version update. Additive changes (new classes, new attributes) are applied by the store and need no
 * schema version of their own; a package that raises its version anyway declares the step {@link #additive(int)}.
 * Every step from the stored version to the package's is required: a missing one is an error, never skipped.
 */
public interface SchemaMigration {

	int fromVersion();

	void migrate(MigrationContext context) throws SQLException;

	/** A step whose changes are all additive, which the store applies by itself. */
	static SchemaMigration additive(int fromVersion) {
		return new SchemaMigration() {
			@Override
			public int fromVersion() {
				return fromVersion;
			}

			@Override
			public void migrate(MigrationContext context) {
				// New tables and columns are added after the steps.
			}
		};
	}
}
