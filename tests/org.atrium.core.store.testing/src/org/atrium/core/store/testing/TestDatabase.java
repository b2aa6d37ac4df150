package org.atrium.core.store.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;

import org.atrium.core.store.StoreConfig;
import org.atrium.core.store.internal.DerbyDialect;

/**
 * A fresh, empty database for one test: an embedded Derby folder, or a database of its own on the PostgreSQL test
 * server that {@code releng/postgres.sh start} runs. Closing it drops the PostgreSQL database.
 */
public final class TestDatabase implements AutoCloseable {

	/** The server's maintenance database, where test databases are created and dropped. */
	public static final String SERVER_URL = setting("ATRIUM_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:55432/postgres");
	public static final String ADMIN = setting("ATRIUM_TEST_POSTGRES_USER", "atrium_admin");
	public static final String ADMIN_PASSWORD = setting("ATRIUM_TEST_POSTGRES_PASSWORD", "atrium-admin-secret");

	private final Engine engine;
	private final String url;
	private final String name;

	private TestDatabase(Engine engine, String url, String name) {
		this.engine = engine;
		this.url = url;
		this.name = name;
	}

	/** A new database of the engine; a Derby one lives in {@code folder}. */
	public static TestDatabase create(Engine engine, Path folder) {
		if (engine == Engine.DERBY) {
			return new TestDatabase(engine, StoreConfig.derby(folder.resolve("db"), true).jdbcUrl(), null);
		}
		String name = "atrium_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		try (Connection admin = connect(SERVER_URL, ADMIN, ADMIN_PASSWORD); Statement statement = admin.createStatement()) {
			admin.setAutoCommit(true);
			statement.execute("CREATE DATABASE " + name);
		} catch (SQLException e) {
			throw new IllegalStateException("The PostgreSQL test server at " + SERVER_URL + " cannot be used ("
					+ e.getMessage() + "). Start it with: releng/postgres.sh start", e);
		}
		return new TestDatabase(engine, SERVER_URL.substring(0, SERVER_URL.lastIndexOf('/') + 1) + name, name);
	}

	public Engine engine() {
		return engine;
	}

	/** The database's JDBC URL, without credentials. */
	public String url() {
		return url;
	}

	/** The database's name on the server; null for Derby. */
	public String name() {
		return name;
	}

	/** The configuration the store opens it with: the server's administrator for PostgreSQL. */
	public StoreConfig config() {
		return engine == Engine.DERBY ? new StoreConfig(url, null, null, true) : StoreConfig.jdbc(url, ADMIN, ADMIN_PASSWORD);
	}

	/** The configuration of another login on the same database. */
	public StoreConfig config(String login, String password) {
		return StoreConfig.jdbc(url, login, password);
	}

	/** A plain JDBC connection to the database as its administrator, auto-commit on. */
	public Connection connect() throws SQLException {
		Connection connection = engine == Engine.DERBY ? new DerbyDialect().connect(config())
				: connect(url, ADMIN, ADMIN_PASSWORD);
		connection.setAutoCommit(true);
		return connection;
	}

	/** A plain JDBC connection to the server as the given login; auto-commit on. */
	public static Connection connect(String url, String user, String password) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", user);
		properties.setProperty("password", password);
		return new org.postgresql.Driver().connect(url, properties);
	}

	/** Drops the PostgreSQL database, ending any session still on it. */
	@Override
	public void close() {
		if (name == null) {
			return;
		}
		try (Connection admin = connect(SERVER_URL, ADMIN, ADMIN_PASSWORD); Statement statement = admin.createStatement()) {
			admin.setAutoCommit(true);
			statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
		} catch (SQLException e) {
			throw new IllegalStateException("Cannot drop the test database " + name + ": " + e.getMessage(), e);
		}
	}

	private static String setting(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}
}
