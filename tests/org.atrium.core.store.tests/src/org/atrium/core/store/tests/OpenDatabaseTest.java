package org.atrium.core.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.store.MissingStoreException;
import org.atrium.core.store.ModelContribution;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.ModelStoreFactory;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreConfig;
import org.atrium.core.store.StoreLockedException;
import org.atrium.core.store.StoreSession;
import org.atrium.core.store.testing.Engine;
import org.atrium.core.store.testing.TestDatabase;
import org.eclipse.core.runtime.FileLocator;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Opening a database that is missing, or in use by another process or client. */
class OpenDatabaseTest extends StoreTestSupport {

	private static final String HOLDER = """
			import java.sql.*;
			public class HoldDatabase {
				public static void main(String[] args) throws Exception {
					Driver driver = (Driver) Class.forName("org.apache.derby.iapi.jdbc.AutoloadedDriver")
							.getDeclaredConstructor().newInstance();
					try (Connection c = driver.connect("jdbc:derby:" + args[0], new java.util.Properties())) {
						System.out.println("holding");
						System.out.flush();
						System.in.read();
					}
				}
			}
			""";

	/** Derby: a folder with no database. PostgreSQL: a database the server does not have, named by a password-free URL. */
	@Test
	void missingDatabaseIsReportedAndNotCreated() throws Exception {
		if (engine == Engine.DERBY) {
			missingFolderIsReportedAndNotCreated();
		} else {
			missingServerDatabaseIsReportedWithoutThePasswordAndNotCreated();
		}
	}

	private void missingFolderIsReportedAndNotCreated() {
		Path missing = workspace.resolve("nothing-here");
		MissingStoreException e = assertThrows(MissingStoreException.class,
				() -> open(StoreConfig.derby(missing, false)));
		assertEquals("There is no Atrium database at " + missing.toAbsolutePath() + ".", e.getMessage());
		assertFalse(Files.exists(missing));
	}

	private void missingServerDatabaseIsReportedWithoutThePasswordAndNotCreated() throws Exception {
		String name = "atrium_missing_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		String url = TestDatabase.SERVER_URL.substring(0, TestDatabase.SERVER_URL.lastIndexOf('/') + 1) + name;
		StoreConfig withPasswordInUrl = new StoreConfig(
				url + "?user=" + TestDatabase.ADMIN + "&password=" + TestDatabase.ADMIN_PASSWORD, null, null, true);

		MissingStoreException e = assertThrows(MissingStoreException.class, () -> open(withPasswordInUrl));

		assertEquals("There is no Atrium database at PostgreSQL " + url + "?user=" + TestDatabase.ADMIN + ".",
				e.getMessage());
		assertFalse(e.getMessage().contains(TestDatabase.ADMIN_PASSWORD), e.getMessage());
		try (Connection admin = TestDatabase.connect(TestDatabase.SERVER_URL, TestDatabase.ADMIN,
				TestDatabase.ADMIN_PASSWORD);
				PreparedStatement statement = admin.prepareStatement("SELECT COUNT(*) FROM pg_database WHERE datname = ?")) {
			statement.setString(1, name);
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				assertEquals(0, rs.getInt(1), "the server has no database " + name);
			}
		}
	}

	/** Derby: one process at a time, and a clear message for the second. PostgreSQL: many clients, one database. */
	@Test
	void aDatabaseInUseElsewhere() throws Exception {
		if (engine == Engine.DERBY) {
			databaseHeldByAnotherProcessIsReportedClearlyAndStaysIntact();
			return;
		}
		ModelStore first = openStore();
		try (StoreSession session = first.openSession("alee")) {
			session.save(portfolio("Kept"));
		}
		try (ModelStore second = open(database().config())) {
			try (StoreSession session = second.openSession("bkhan")) {
				assertEquals(List.of("Kept"), names(session));
				session.save(portfolio("Added"));
			}
			try (StoreSession session = first.openSession("alee")) {
				assertEquals(List.of("Added", "Kept"), names(session));
			}
		}
		try (StoreSession session = first.openSession("alee")) {
			assertEquals(List.of("Added", "Kept"), names(session), "the first client works on after the second left");
		}
	}

	private static List<String> names(StoreSession session) {
		return session.query(Query.<Portfolio>of(P.getPortfolio())).stream().map(Portfolio::getName).sorted().toList();
	}

	private static ModelStore open(StoreConfig config) {
		return ModelStoreFactory.open(config, List.of(ModelContribution.of(PmoPackage.eINSTANCE)));
	}

	private void databaseHeldByAnotherProcessIsReportedClearlyAndStaysIntact() throws Exception {
		Path db = workspace.resolve("db");
		ModelStore store = openStore();
		try (StoreSession session = store.openSession("alee")) {
			session.save(portfolio("Kept"));
		}
		store.close();

		Path source = workspace.resolve("HoldDatabase.java");
		Files.writeString(source, HOLDER);
		String classPath = jarOf("derby") + File.pathSeparator + jarOf("derby.shared");
		Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				classPath, source.toString(), db.toString()).redirectErrorStream(true).start();
		try {
			BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
			assertEquals("holding", out.readLine());
			StoreLockedException e = assertThrows(StoreLockedException.class, () -> ModelStoreFactory
					.open(StoreConfig.derby(db, false), List.of(ModelContribution.of(PmoPackage.eINSTANCE))));
			assertEquals("The database at " + db.toAbsolutePath()
					+ " is in use by another Atrium process; close that process or use another workspace.", e.getMessage());
		} finally {
			holder.getOutputStream().close();
			holder.waitFor();
		}
		ModelStore reopened = ModelStoreFactory.open(StoreConfig.derby(db, false),
				List.of(ModelContribution.of(PmoPackage.eINSTANCE)));
		try (StoreSession session = reopened.openSession("alee")) {
			List<Portfolio> portfolios = session.query(Query.of(P.getPortfolio()));
			assertEquals("Kept", portfolios.get(0).getName());
		} finally {
			reopened.close();
		}
	}

	private static String jarOf(String symbolicName) throws IOException {
		Bundle self = FrameworkUtil.getBundle(OpenDatabaseTest.class);
		for (Bundle bundle : self.getBundleContext().getBundles()) {
			if (symbolicName.equals(bundle.getSymbolicName())) {
				Optional<File> file = FileLocator.getBundleFileLocation(bundle);
				return file.orElseThrow().getAbsolutePath();
			}
		}
		throw new IllegalStateException("bundle " + symbolicName + " is not installed");
	}
}
