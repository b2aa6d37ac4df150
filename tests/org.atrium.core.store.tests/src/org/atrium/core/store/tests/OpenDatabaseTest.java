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
import java.util.List;
import java.util.Optional;

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
import org.eclipse.core.runtime.FileLocator;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Opening a database that is missing, or held by another process. */
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

	@Test
	void missingDatabaseIsReportedAndNotCreated() {
		Path missing = workspace.resolve("nothing-here");
		MissingStoreException e = assertThrows(MissingStoreException.class, () -> ModelStoreFactory
				.open(StoreConfig.derby(missing, false), List.of(ModelContribution.of(PmoPackage.eINSTANCE))));
		assertEquals("There is no Atrium database at " + missing.toAbsolutePath() + ".", e.getMessage());
		assertFalse(Files.exists(missing));
	}

	@Test
	void databaseHeldByAnotherProcessIsReportedClearlyAndStaysIntact() throws Exception {
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
