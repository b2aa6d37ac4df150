package org.atrium.core.store.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.atrium.core.store.Dialect;
import org.atrium.core.store.Dialect.ColumnType;
import org.atrium.core.store.MigrationContext;
import org.atrium.core.store.NewerSchemaException;
import org.atrium.core.store.ModelContribution;
import org.atrium.core.store.SchemaInfo;
import org.atrium.core.store.SchemaMigration;
import org.atrium.core.store.StoreException;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Creates and upgrades tables per model package. Additive changes (new classes, new attributes) are
 * applied on open; other changes need a {@link SchemaMigration} for each version step.
 */
final class SchemaManager {

	static final String SCHEMA_TABLE = "ATRIUM_SCHEMA";
	static final String AUDIT_TABLE = "ATRIUM_AUDIT";

	private final Dialect dialect;
	private final SqlNames sql;

	SchemaManager(Dialect dialect, SqlNames sql) {
		this.dialect = dialect;
		this.sql = sql;
	}

	/** Creates the schema and audit tables if missing, under the schema lock so that two clients never both do. */
	void ensureSystemTables(Connection connection) throws SQLException {
		dialect.lockSchema(connection);
		if (!tableExists(connection, SCHEMA_TABLE)) {
			execute(connection, "CREATE TABLE " + sql.q(SCHEMA_TABLE) + " (" + sql.q("NS_URI") + " VARCHAR(512) PRIMARY KEY, "
					+ sql.q("PREFIX") + " VARCHAR(128) NOT NULL, " + sql.q("VERSION") + " INTEGER NOT NULL, "
					+ sql.q("UPDATED") + " TIMESTAMP NOT NULL)");
		}
		if (!tableExists(connection, AUDIT_TABLE)) {
			execute(connection, "CREATE TABLE " + sql.q(AUDIT_TABLE) + " (" + sql.q("SEQ")
					+ " BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, " + sql.q("TX_ID") + " VARCHAR(36) NOT NULL, "
					+ sql.q("AT") + " TIMESTAMP NOT NULL, " + sql.q("USER_NAME") + " VARCHAR(128) NOT NULL, "
					+ sql.q("ACTION") + " VARCHAR(8) NOT NULL, " + sql.q("OBJECT_CLASS") + " VARCHAR(256) NOT NULL, "
					+ sql.q("OBJECT_ID") + " VARCHAR(36) NOT NULL, " + sql.q("OBJECT_LABEL") + " VARCHAR(256), "
					+ sql.q("FEATURE") + " VARCHAR(128), " + sql.q("OLD_VALUE") + " VARCHAR(" + AuditWriter.MAX_VALUE
					+ "), " + sql.q("NEW_VALUE") + " VARCHAR(" + AuditWriter.MAX_VALUE + "))");
			execute(connection, "CREATE INDEX " + sql.q("IX_AUDIT_OBJECT") + " ON " + sql.q(AUDIT_TABLE) + " ("
					+ sql.q("OBJECT_ID") + ")");
		}
		connection.commit();
	}

	List<SchemaInfo> recorded(Connection connection) throws SQLException {
		List<SchemaInfo> result = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT " + sql.q("NS_URI") + ", " + sql.q("PREFIX") + ", "
						+ sql.q("VERSION") + " FROM " + sql.q(SCHEMA_TABLE) + " ORDER BY " + sql.q("NS_URI"))) {
			while (rs.next()) {
				result.add(new SchemaInfo(rs.getString(1), rs.getString(2), rs.getInt(3)));
			}
		}
		return result;
	}

	/**
	 * Brings the tables of one package up to its schema version, in one transaction. The stored version is read
	 * under the schema lock: of two clients that start at once, one upgrades and the other finds it done.
	 */
	void upgrade(Connection connection, ModelContribution contribution, Mapping mapping) throws SQLException {
		String nsUri = contribution.ePackage().getNsURI();
		int target = contribution.schemaVersion();
		try {
			dialect.lockSchema(connection);
			Integer stored = storedVersion(connection, nsUri);
			dialect.beforeSchemaChange(connection);
			if (stored != null && stored > target) {
				throw new NewerSchemaException("The database holds " + nsUri + " at schema version " + stored
						+ ", but this installation knows only version " + target
						+ ". Install the newer plugin, or use another database.");
			}
			if (stored != null && stored < target) {
				migrate(connection, contribution, mapping, stored, target);
			}
			for (ClassTable table : mapping.tablesOf(contribution.ePackage())) {
				syncTable(connection, table);
			}
			if (stored == null || stored != target) { // a read-only login opens a current database without writing
				recordVersion(connection, nsUri, Mapping.prefix(contribution.ePackage()), target, stored == null);
			}
			connection.commit();
		} catch (SQLException | RuntimeException e) {
			connection.rollback();
			throw e;
		}
	}

	private void migrate(Connection connection, ModelContribution contribution, Mapping mapping, int from, int to)
			throws SQLException {
		Map<Integer, SchemaMigration> steps = new HashMap<>();
		for (SchemaMigration step : contribution.migrations()) {
			steps.put(step.fromVersion(), step);
		}
		MigrationContext context = new MigrationContext() {
			@Override
			public Connection connection() {
				return connection;
			}

			@Override
			public Dialect dialect() {
				return dialect;
			}

			@Override
			public String table(EClass eClass) {
				return mapping.table(eClass).name;
			}

			@Override
			public String column(EStructuralFeature feature) {
				return Columns.column(feature);
			}
		};
		for (int version = from; version < to; version++) {
			SchemaMigration step = steps.get(version);
			if (step == null) {
				throw new StoreException("The database holds " + contribution.ePackage().getNsURI() + " at schema version "
						+ from + ", and the installed plugin needs version " + to + ", but it has no migration step from "
						+ "version " + version + ". Nothing was changed; install a plugin version that can migrate.");
			}
			step.migrate(context);
		}
	}

	private void syncTable(Connection connection, ClassTable table) throws SQLException {
		if (!tableExists(connection, table.name)) {
			StringBuilder ddl = new StringBuilder("CREATE TABLE ").append(table.quotedName).append(" (")
					.append(sql.q(Columns.ID)).append(" VARCHAR(36) NOT NULL PRIMARY KEY, ")
					.append(sql.q(Columns.PARENT_ID)).append(" VARCHAR(36), ")
					.append(sql.q(Columns.PARENT_FEATURE)).append(" VARCHAR(128), ")
					.append(sql.q(Columns.POSITION)).append(" INTEGER");
			for (FeatureColumn column : table.features) {
				ddl.append(", ").append(sql.q(column.name())).append(' ').append(type(column));
				if (column.classColumn() != null) {
					ddl.append(", ").append(sql.q(column.classColumn())).append(" VARCHAR(256)");
				}
			}
			execute(connection, ddl.append(')').toString());
			createIndex(connection, table.name, Columns.PARENT_ID);
			for (FeatureColumn column : table.features) {
				if (Mapping.isIndexed(column.feature())) {
					createIndex(connection, table.name, column.name());
				}
			}
		} else {
			Map<String, Integer> existing = columns(connection, table.name);
			for (FeatureColumn column : table.features) {
				Integer jdbcType = existing.get(column.name());
				if (jdbcType == null) {
					execute(connection, "ALTER TABLE " + table.quotedName + " ADD COLUMN " + sql.q(column.name()) + " "
							+ type(column));
					if (Mapping.isIndexed(column.feature())) {
						createIndex(connection, table.name, column.name());
					}
				} else if (!compatible(column.kind().columnType, jdbcType)) {
					throw new StoreException("Column " + column.name() + " of " + table.name
							+ " has another type in the database than " + table.eClass.getName() + "."
							+ column.feature().getName() + " in the model; a schema migration step is needed.");
				}
				if (column.classColumn() != null && !existing.containsKey(column.classColumn())) {
					execute(connection, "ALTER TABLE " + table.quotedName + " ADD COLUMN " + sql.q(column.classColumn())
							+ " VARCHAR(256)");
				}
			}
		}
		for (ListTable list : table.lists) {
			if (!tableExists(connection, list.name())) {
				String valueType = list.isReference() ? "VARCHAR(36)" : dialect.sqlType(list.kind().columnType, list.length());
				execute(connection, "CREATE TABLE " + sql.q(list.name()) + " (" + sql.q(Columns.OWNER_ID)
						+ " VARCHAR(36) NOT NULL, " + sql.q(Columns.POSITION) + " INTEGER NOT NULL, " + sql.q(Columns.VALUE)
						+ " " + valueType + (list.polymorphic() ? ", " + sql.q(Columns.TARGET_CLASS) + " VARCHAR(256)" : "")
						+ ", PRIMARY KEY (" + sql.q(Columns.OWNER_ID) + ", " + sql.q(Columns.POSITION) + "))");
			}
		}
	}

	private String type(FeatureColumn column) {
		return dialect.sqlType(column.kind().columnType, column.length());
	}

	private static boolean compatible(ColumnType type, int jdbcType) {
		return switch (type) {
		case VARCHAR -> jdbcType == Types.VARCHAR || jdbcType == Types.LONGVARCHAR || jdbcType == Types.CLOB;
		case INTEGER -> jdbcType == Types.INTEGER || jdbcType == Types.SMALLINT;
		case BIGINT -> jdbcType == Types.BIGINT;
		case DOUBLE, REAL -> jdbcType == Types.DOUBLE || jdbcType == Types.REAL || jdbcType == Types.FLOAT;
		case BOOLEAN -> jdbcType == Types.BOOLEAN || jdbcType == Types.BIT;
		case DECIMAL -> jdbcType == Types.DECIMAL || jdbcType == Types.NUMERIC;
		case DATE -> jdbcType == Types.DATE;
		case TIMESTAMP -> jdbcType == Types.TIMESTAMP || jdbcType == Types.TIMESTAMP_WITH_TIMEZONE;
		};
	}

	private void createIndex(Connection connection, String table, String column) throws SQLException {
		String name = "IX_" + Integer.toHexString((table + "." + column).hashCode()).toUpperCase() + "_" + column;
		execute(connection, "CREATE INDEX " + sql.q(name.length() > dialect.maxIdentifierLength() ? name.substring(0, dialect.maxIdentifierLength()) : name) + " ON "
				+ sql.q(table) + " (" + sql.q(column) + ")");
	}

	private Integer storedVersion(Connection connection, String nsUri) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(
				"SELECT " + sql.q("VERSION") + " FROM " + sql.q(SCHEMA_TABLE) + " WHERE " + sql.q("NS_URI") + " = ?")) {
			statement.setString(1, nsUri);
			try (ResultSet rs = statement.executeQuery()) {
				return rs.next() ? rs.getInt(1) : null;
			}
		}
	}

	private void recordVersion(Connection connection, String nsUri, String prefix, int version, boolean insert)
			throws SQLException {
		String statementSql = insert
				? "INSERT INTO " + sql.q(SCHEMA_TABLE) + " (" + sql.q("VERSION") + ", " + sql.q("UPDATED") + ", "
						+ sql.q("PREFIX") + ", " + sql.q("NS_URI") + ") VALUES (?, ?, ?, ?)"
				: "UPDATE " + sql.q(SCHEMA_TABLE) + " SET " + sql.q("VERSION") + " = ?, " + sql.q("UPDATED") + " = ?, "
						+ sql.q("PREFIX") + " = ? WHERE " + sql.q("NS_URI") + " = ?";
		try (PreparedStatement statement = connection.prepareStatement(statementSql)) {
			statement.setInt(1, version);
			statement.setTimestamp(2, Timestamp.from(Instant.now()), ValueKind.utc());
			statement.setString(3, prefix);
			statement.setString(4, nsUri);
			statement.executeUpdate();
		}
	}

	static boolean tableExists(Connection connection, String table) throws SQLException {
		DatabaseMetaData meta = connection.getMetaData();
		try (ResultSet rs = meta.getTables(null, connection.getSchema(), table, new String[] { "TABLE" })) {
			return rs.next();
		}
	}

	static Map<String, Integer> columns(Connection connection, String table) throws SQLException {
		Map<String, Integer> result = new HashMap<>();
		try (ResultSet rs = connection.getMetaData().getColumns(null, connection.getSchema(), table, null)) {
			while (rs.next()) {
				result.put(rs.getString("COLUMN_NAME"), rs.getInt("DATA_TYPE"));
			}
		}
		return result;
	}


	private static void execute(Connection connection, String ddl) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(ddl);
		}
	}
}
