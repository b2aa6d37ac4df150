package org.atrium.core.store.internal;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;

import org.atrium.core.store.Dialect;
import org.atrium.core.store.StoreConfig;

/** PostgreSQL, for teams that share one repository. The JDBC driver must be on the class path. */
public final class PostgresDialect implements Dialect {

	/** The advisory lock key of schema changes: "ATRIUMSC" in ASCII. */
	static final long SCHEMA_LOCK_KEY = 0x41545249554D5343L;

	@Override
	public String name() {
		return "PostgreSQL";
	}

	@Override
	public Connection connect(StoreConfig config) throws SQLException {
		Driver driver = driver();
		java.util.Properties properties = new java.util.Properties();
		if (config.user() != null) {
			properties.setProperty("user", config.user());
		}
		if (config.password() != null) {
			properties.setProperty("password", config.password());
		}
		properties.setProperty("ApplicationName", "Atrium");
		Connection connection = driver.connect(config.jdbcUrl(), properties);
		connection.setAutoCommit(false);
		return connection;
	}

	private static Driver driver() throws SQLException {
		try {
			return new org.postgresql.Driver();
		} catch (NoClassDefFoundError e) {
			throw new SQLException("The PostgreSQL JDBC driver (bundle org.postgresql.jdbc) is not installed.", e);
		}
	}

	@Override
	public void shutdown(StoreConfig config) {
		// A server database holds no lock for this process.
	}

	@Override
	public String sqlType(ColumnType type, int length) {
		return switch (type) {
		case VARCHAR -> "VARCHAR(" + length + ")";
		case INTEGER -> "INTEGER";
		case BIGINT -> "BIGINT";
		case DOUBLE -> "DOUBLE PRECISION";
		case REAL -> "REAL";
		case BOOLEAN -> "BOOLEAN";
		case DECIMAL -> "NUMERIC(31,6)";
		case DATE -> "DATE";
		case TIMESTAMP -> "TIMESTAMP";
		};
	}

	@Override
	public boolean isLockedByAnotherProcess(SQLException e) {
		return false;
	}

	@Override
	public boolean isMissingDatabase(SQLException e) {
		return "3D000".equals(e.getSQLState());
	}

	@Override
	public boolean isLoginRefused(SQLException e) {
		return "28P01".equals(e.getSQLState()) || "28000".equals(e.getSQLState());
	}

	/** Connection exceptions (class 08) and a server shutting down or ending the session (57P01 to 57P03). */
	@Override
	public boolean isServerUnreachable(SQLException e) {
		String state = e.getSQLState();
		return state != null && (state.startsWith("08") || state.startsWith("57P0"));
	}

	/** A serialization failure (40001) or a deadlock (40P01). */
	@Override
	public boolean isConcurrentWriteRefused(SQLException e) {
		return "40001".equals(e.getSQLState()) || "40P01".equals(e.getSQLState());
	}

	/** A transaction-level advisory lock, released at commit or rollback; every Atrium client uses the same key. */
	@Override
	public void lockSchema(Connection connection) throws SQLException {
		try (java.sql.PreparedStatement statement = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
			statement.setLong(1, SCHEMA_LOCK_KEY);
			statement.executeQuery().close();
		}
	}

	@Override
	public int maxVarcharLength() {
		return 10_485_760;
	}

	@Override
	public int maxIdentifierLength() {
		return 63;
	}

	@Override
	public void beforeSchemaChange(Connection connection) throws SQLException {
		TeamSchema.actAsStaff(connection);
	}

	/** SQLState 42501, insufficient_privilege, also when it ends a batch. */
	@Override
	public boolean isPermissionDenied(SQLException e) {
		for (SQLException cause = e; cause != null; cause = cause.getNextException()) {
			if ("42501".equals(cause.getSQLState())) {
				return true;
			}
		}
		return false;
	}
}
