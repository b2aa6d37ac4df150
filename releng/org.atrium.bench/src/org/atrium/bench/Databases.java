package org.atrium.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.store.ModelContribution;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.ModelStoreFactory;
import org.atrium.core.store.StoreConfig;

/** Fresh embedded Derby databases in one temporary folder, which is deleted at the end. */
final class Databases implements AutoCloseable {

	private final Path root;
	private int created;

	Databases() throws IOException {
		root = Files.createTempDirectory("atrium-bench-");
		if (System.getProperty("derby.stream.error.file") == null) {
			System.setProperty("derby.stream.error.file", root.resolve("derby.log").toString());
		}
	}

	/** A database directory that does not exist yet. */
	Path fresh() {
		return root.resolve("db" + created++);
	}

	/** Opens the store on a database, creating the database and its tables if needed. */
	static ModelStore openStore(Path database) {
		return ModelStoreFactory.open(StoreConfig.derby(database, true),
				List.of(ModelContribution.of(PmoPackage.eINSTANCE)));
	}

	/** A fresh database holding the store's tables, shut down again. */
	Path freshWithSchema() {
		Path database = fresh();
		openStore(database).close();
		return database;
	}

	/** A plain JDBC connection, auto-commit off, as the store uses. */
	static Connection connect(Path database) throws SQLException {
		Connection connection = DriverManager.getConnection(url(database));
		connection.setAutoCommit(false);
		return connection;
	}

	/** A plain JDBC connection with auto-commit on, for checks. */
	static Connection connectForReading(Path database) throws SQLException {
		return DriverManager.getConnection(url(database));
	}

	/** Shuts the database down so that its directory can be deleted. */
	static void shutdown(Path database) {
		try {
			DriverManager.getConnection(url(database) + ";shutdown=true").close();
		} catch (SQLException expected) {
			// Derby reports a clean shutdown, and a database that is not booted, as an exception.
		}
	}

	/** Shuts a database down and deletes it. */
	static void delete(Path database) {
		shutdown(database);
		deleteTree(database);
	}

	@Override
	public void close() {
		deleteTree(root);
	}

	private static String url(Path database) {
		return "jdbc:derby:" + database.toAbsolutePath();
	}

	private static void deleteTree(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
