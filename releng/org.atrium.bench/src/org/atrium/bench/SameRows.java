package org.atrium.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Checks that two databases hold the same rows, so that the store and the baseline are compared on the same work.
 * Columns that hold the time or the transaction of the write are left out.
 */
final class SameRows {

	private static final Set<String> STAMP_COLUMNS = Set.of("CREATED", "MODIFIED", "SEQ", "TX_ID", "AT", "UPDATED");

	private SameRows() {
	}

	/** Rows per table, for tables of the store and its audit log. */
	static TreeMap<String, Long> rowCounts(Path database) throws SQLException {
		TreeMap<String, Long> counts = new TreeMap<>();
		try (Connection connection = Databases.connectForReading(database)) {
			for (String table : tables(connection)) {
				Object count = JdbcReader.select(connection, "SELECT COUNT(*) FROM \"" + table + "\"").get(0)[0];
				counts.put(table, ((Number) count).longValue());
			}
		}
		return counts;
	}

	/** Fails unless both databases have the same tables with the same rows, stamps aside. */
	static void require(Path expected, Path actual) throws SQLException {
		try (Connection left = Databases.connectForReading(expected); Connection right = Databases.connectForReading(actual)) {
			List<String> tables = tables(left);
			if (!tables.equals(tables(right))) {
				throw new IllegalStateException("different tables: " + tables + " and " + tables(right));
			}
			for (String table : tables) {
				List<List<Object>> a = rows(left, table);
				List<List<Object>> b = rows(right, table);
				if (a.size() != b.size()) {
					throw new IllegalStateException(table + ": " + a.size() + " rows and " + b.size() + " rows");
				}
				for (int i = 0; i < a.size(); i++) {
					if (!a.get(i).equals(b.get(i))) {
						throw new IllegalStateException(table + ": row " + a.get(i) + " differs from " + b.get(i));
					}
				}
			}
		}
	}

	private static List<String> tables(Connection connection) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (ResultSet rs = connection.getMetaData().getTables(null, connection.getSchema(), "%",
				new String[] { "TABLE" })) {
			while (rs.next()) {
				tables.add(rs.getString("TABLE_NAME"));
			}
		}
		tables.sort(null);
		return tables;
	}

	/** The table's rows without stamp columns, sorted by all remaining columns. */
	private static List<List<Object>> rows(Connection connection, String table) throws SQLException {
		List<String> columns = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT * FROM \"" + table + "\" WHERE 1 = 0")) {
			ResultSetMetaData meta = rs.getMetaData();
			for (int i = 1; i <= meta.getColumnCount(); i++) {
				if (!STAMP_COLUMNS.contains(meta.getColumnName(i))) {
					columns.add('"' + meta.getColumnName(i) + '"');
				}
			}
		}
		String list = String.join(", ", columns);
		List<List<Object>> rows = new ArrayList<>();
		for (Object[] row : JdbcReader.select(connection, "SELECT " + list + " FROM \"" + table + "\" ORDER BY " + list)) {
			rows.add(Arrays.asList(row));
		}
		return rows;
	}
}
