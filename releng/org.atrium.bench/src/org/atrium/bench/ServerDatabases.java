package org.atrium.bench;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.store.ModelContribution;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.ModelStoreFactory;
import org.atrium.core.store.StoreConfig;

/**
 * Fresh databases on the PostgreSQL server the tests use ({@code releng/postgres.sh start}, or the server named by
 * ATRIUM_TEST_POSTGRES_URL, _USER and _PASSWORD); every database made here is dropped again.
 */
final class ServerDatabases implements AutoCloseable {

	static final String SERVER_URL = setting("ATRIUM_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:55432/postgres");
	static final String ADMIN = setting("ATRIUM_TEST_POSTGRES_USER", "atrium_admin");
	static final String ADMIN_PASSWORD = setting("ATRIUM_TEST_POSTGRES_PASSWORD", "atrium-admin-secret");

	private final String prefix = "atrium_bench_" + UUID.randomUUID().toString().substring(0, 8) + "_";
	private final List<String> live = new ArrayList<>();
	private int created;

	/** Fails with what to do when the server cannot be reached. */
	ServerDatabases() {
		try (Connection connection = connect(SERVER_URL)) {
			connection.rollback();
		} catch (SQLException e) {
			throw new IllegalStateException("The PostgreSQL server at " + StoreConfig.withoutPassword(SERVER_URL)
					+ " cannot be used (" + e.getMessage() + "). Start it with: releng/postgres.sh start", e);
		}
	}

	/** The URL of a new, empty database. */
	String fresh() throws SQLException {
		String name = prefix + created++;
		administer("CREATE DATABASE " + name);
		live.add(name);
		return SERVER_URL.substring(0, SERVER_URL.lastIndexOf('/') + 1) + name;
	}

	/** A new database holding the store's tables. */
	String freshWithSchema() throws SQLException {
		String url = fresh();
		openStore(url).close();
		return url;
	}

	static ModelStore openStore(String url) {
		return ModelStoreFactory.open(StoreConfig.jdbc(url, ADMIN, ADMIN_PASSWORD),
				List.of(ModelContribution.of(PmoPackage.eINSTANCE)));
	}

	/** A plain JDBC connection, auto-commit off, as the store uses. */
	static Connection connect(String url) throws SQLException {
		Connection connection = DriverManager.getConnection(url, ADMIN, ADMIN_PASSWORD);
		connection.setAutoCommit(false);
		return connection;
	}

	/** Drops a database made here, ending any session still on it; null does nothing. */
	void drop(String url) throws SQLException {
		if (url == null) {
			return;
		}
		String name = url.substring(url.lastIndexOf('/') + 1);
		if (live.remove(name)) {
			administer("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
		}
	}

	/** The number of rows of every table of the database. */
	static Map<String, Long> rowCounts(String url) throws SQLException {
		Map<String, Long> counts = new TreeMap<>();
		try (Connection connection = connect(url)) {
			DatabaseMetaData meta = connection.getMetaData();
			List<String> tables = new ArrayList<>();
			try (ResultSet rs = meta.getTables(null, "public", "%", new String[] { "TABLE" })) {
				while (rs.next()) {
					tables.add(rs.getString("TABLE_NAME"));
				}
			}
			try (Statement statement = connection.createStatement()) {
				for (String table : tables) {
					try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
						rs.next();
						counts.put(table, rs.getLong(1));
					}
				}
			}
			connection.rollback();
		}
		return counts;
	}

	@Override
	public void close() throws SQLException {
		for (String name : List.copyOf(live)) {
			administer("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
			live.remove(name);
		}
	}

	private static void administer(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(SERVER_URL, ADMIN, ADMIN_PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static String setting(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}
}
