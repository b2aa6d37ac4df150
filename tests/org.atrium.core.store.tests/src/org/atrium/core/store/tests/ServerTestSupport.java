package org.atrium.core.store.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.store.ModelContribution;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.ModelStoreFactory;
import org.atrium.core.store.testing.Engine;
import org.atrium.core.store.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * For what only a server does (live updates, lost connections): a database of its own on the PostgreSQL test
 * server, and clients of it. Every wait for an event has this generous timeout; times are printed, never asserted.
 */
abstract class ServerTestSupport {

	static final long PATIENCE_S = 30;

	@TempDir
	Path workspace;

	TestDatabase database;
	private final List<ModelStore> opened = new ArrayList<>();

	@BeforeEach
	void createDatabase() {
		database = TestDatabase.create(Engine.POSTGRESQL, workspace);
	}

	/** A client of the test's database: a store with connections of its own, closed after the test. */
	ModelStore open() {
		ModelStore store = ModelStoreFactory.open(database.config(), List.of(ModelContribution.of(PmoPackage.eINSTANCE)));
		opened.add(store);
		return store;
	}

	@AfterEach
	void closeStoresAndDropDatabase() {
		opened.forEach(ModelStore::close);
		database.close();
	}
}
