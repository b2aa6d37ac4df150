package org.atrium.core.store.internal;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;

import org.atrium.core.store.Dialect;
import org.atrium.core.store.StoreConfig;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/** Apache Derby, embedded. Inside OSGi its driver is taken from the {@code derby} bundle. */
public final class DerbyDialect implements Dialect {

	private static final String DRIVER = "org.apache.derby.iapi.jdbc.AutoloadedDriver";
	private Driver driver;

	@Override
	public String name() {
		return "Derby";
	}

	@Override
	public Connection connect(StoreConfig config) throws SQLException {
		Properties properties = new Properties();
		if (config.user() != null) {
			properties.setProperty("user", config.user());
			properties.setProperty("password", config.password() == null ? "" : config.password());
		}
		if (config.create()) {
			try {
				java.nio.file.Files.createDirectories(config.derbyDirectory().toAbsolutePath().getParent());
			} catch (java.io.IOException e) {
				throw new SQLException("Cannot create the folder of " + config.derbyDirectory() + ": " + e.getMessage(), e);
			}
		}
		if (System.getProperty("derby.stream.error.file") == null) {
			// Derby's log goes beside the database, not into the working directory.
			System.setProperty("derby.stream.error.file",
					config.derbyDirectory().resolveSibling("derby.log").toString());
		}
		String url = config.jdbcUrl() + (config.create() ? ";create=true" : "");
		Connection connection = driver().connect(url, properties);
		connection.setAutoCommit(false);
		return connection;
	}

	@Override
	public void shutdown(StoreConfig config) {
		try {
			driver().connect(config.jdbcUrl() + ";shutdown=true", new Properties()).close();
		} catch (SQLException expected) {
			// Derby reports a clean shutdown as SQLState 08006.
		}
	}

	@Override
	public String sqlType(ColumnType type, int length) {
		return switch (type) {
		case VARCHAR -> "VARCHAR(" + length + ")";
		case INTEGER -> "INTEGER";
		case BIGINT -> "BIGINT";
		case DOUBLE -> "DOUBLE";
		case REAL -> "REAL";
		case BOOLEAN -> "BOOLEAN";
		case DECIMAL -> "DECIMAL(31,6)";
		case DATE -> "DATE";
		case TIMESTAMP -> "TIMESTAMP";
		};
	}

	@Override
	public boolean isLockedByAnotherProcess(SQLException e) {
		return hasState(e, "XSDB6");
	}

	@Override
	public boolean isMissingDatabase(SQLException e) {
		return hasState(e, "XJ004");
	}

	/** A deadlock (40001) or a lock wait that timed out (40XL1). */
	@Override
	public boolean isConcurrentWriteRefused(SQLException e) {
		return hasState(e, "40001") || hasState(e, "40XL1");
	}

	/** An exclusive lock on the schema table, once it exists: clients of one embedded database share its engine. */
	@Override
	public void lockSchema(Connection connection) throws SQLException {
		if (SchemaManager.tableExists(connection, SchemaManager.SCHEMA_TABLE)) {
			try (java.sql.Statement statement = connection.createStatement()) {
				statement.execute("LOCK TABLE " + quote(SchemaManager.SCHEMA_TABLE) + " IN EXCLUSIVE MODE");
			}
		}
	}

	@Override
	public int maxVarcharLength() {
		return 32672;
	}

	private static boolean hasState(Throwable e, String sqlState) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof SQLException sql) {
				for (SQLException next = sql; next != null; next = next.getNextException()) {
					if (sqlState.equals(next.getSQLState())) {
						return true;
					}
				}
			}
		}
		return false;
	}

	private synchronized Driver driver() throws SQLException {
		if (driver == null) {
			try {
				driver = (Driver) driverClass().getDeclaredConstructor().newInstance();
			} catch (ReflectiveOperationException | LinkageError e) {
				throw new SQLException("The Apache Derby driver is not available: " + e, e);
			}
		}
		return driver;
	}

	private static Class<?> driverClass() throws ClassNotFoundException {
		BundleContext context = bundleContext();
		if (context != null) {
			for (Bundle bundle : context.getBundles()) {
				if ("derby".equals(bundle.getSymbolicName())) {
					return bundle.loadClass(DRIVER);
				}
			}
			throw new ClassNotFoundException("the bundle 'derby' is not installed");
		}
		return Class.forName(DRIVER);
	}

	private static BundleContext bundleContext() {
		try {
			Bundle bundle = FrameworkUtil.getBundle(DerbyDialect.class);
			return bundle == null ? null : bundle.getBundleContext();
		} catch (NoClassDefFoundError notInOsgi) {
			return null;
		}
	}

	@Override
	public int maxIdentifierLength() {
		return 128;
	}
}
