package org.atrium.core.store;

import java.sql.Connection;
import java.sql.SQLException;

/** What differs between database engines. Everything else in the store is plain SQL with parameters. */
public interface Dialect {

	enum ColumnType { VARCHAR, INTEGER, BIGINT, DOUBLE, REAL, BOOLEAN, DECIMAL, DATE, TIMESTAMP }

	String name();

	/** Opens a connection with auto-commit off. */
	Connection connect(StoreConfig config) throws SQLException;

	/** Releases engine resources, such as the lock an embedded database holds. */
	void shutdown(StoreConfig config);

	String sqlType(ColumnType type, int length);

	/** The identifier as a delimited identifier: in double quotes, an embedded quote doubled. */
	default String quote(String identifier) {
		return '"' + identifier.replace("\"", "\"\"") + '"';
	}

	/** The longest table or column name the engine keeps. */
	int maxIdentifierLength();

	/** Whether the error says that another process holds the database. */
	boolean isLockedByAnotherProcess(SQLException e);

	/** Whether the error says that the database does not exist. */
	boolean isMissingDatabase(SQLException e);

	/** Whether the error says that the server refused the login: a wrong password or an unknown login. */
	default boolean isLoginRefused(SQLException e) {
		return false;
	}

	/** Whether the error says that the server cannot be reached, or the connection to it broke. */
	default boolean isServerUnreachable(SQLException e) {
		return false;
	}

	/** The longest string a VARCHAR column holds. */
	int maxVarcharLength();

	/**
	 * Whether the server refused a transaction because another one ran at the same time: a serialization failure,
	 * a deadlock or a lock wait that timed out. Nothing of it was written, and the same work may succeed again.
	 */
	default boolean isConcurrentWriteRefused(SQLException e) {
		return false;
	}

	/**
	 * Takes the lock that serializes schema changes among all clients of the database, until the transaction ends;
	 * a no-op where the engine has no such lock.
	 */
	default void lockSchema(Connection connection) throws SQLException {
	}

	/**
	 * Called in the transaction that creates or alters tables, before the first change: on a team repository the
	 * tables belong to a role of their own, and the change runs as that role.
	 */
	default void beforeSchemaChange(Connection connection) throws SQLException {
	}

	/** Whether the error says that the login lacks the privilege for the statement. */
	default boolean isPermissionDenied(SQLException e) {
		return false;
	}
}
