package org.atrium.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline reads: hand-written SELECT statements over the store's tables that read every column of the rows the
 * store reads, as Java values (dates as {@code LocalDate}, timestamps as {@code Instant}), into plain arrays. Each
 * public read is one short transaction, as each read of the store is.
 */
final class JdbcReader {

	private static final String[] PROJECT_CHILD_TABLES = { "PMO_ROLE_ASSIGNMENT", "PMO_WORKSTREAM", "PMO_MILESTONE",
			"PMO_KPI", "PMO_STATUS_REPORT", "PMO_DOCUMENT_REF" };

	private JdbcReader() {
	}

	/** One project and every row it contains, list rows (document tags) included. */
	static List<Object[]> projectTree(Connection connection, String projectId) throws SQLException {
		List<Object[]> rows = select(connection, "SELECT * FROM \"PMO_PROJECT\" WHERE \"ID\" = ?", projectId);
		for (String table : PROJECT_CHILD_TABLES) {
			rows.addAll(select(connection, "SELECT * FROM \"" + table + "\" WHERE \"PARENT_ID\" = ?", projectId));
		}
		rows.addAll(select(connection, "SELECT m.* FROM \"PMO_MEASUREMENT\" m JOIN \"PMO_KPI\" k ON m.\"PARENT_ID\" = "
				+ "k.\"ID\" WHERE k.\"PARENT_ID\" = ?", projectId));
		rows.addAll(select(connection, "SELECT t.* FROM \"PMO_DOCUMENT_REF__TAGS\" t JOIN \"PMO_DOCUMENT_REF\" d ON "
				+ "t.\"OWNER_ID\" = d.\"ID\" WHERE d.\"PARENT_ID\" = ?", projectId));
		connection.commit();
		return rows;
	}

	/** Every row of the tables. */
	static List<Object[]> tables(Connection connection, String... tables) throws SQLException {
		List<Object[]> rows = new ArrayList<>();
		for (String table : tables) {
			rows.addAll(select(connection, "SELECT * FROM \"" + table + "\""));
		}
		connection.commit();
		return rows;
	}

	/** Projects with a RAG status whose sponsor is the person: the SQL the typed query stands for. */
	static List<Object[]> sponsoredProjects(Connection connection, String rag, String personId) throws SQLException {
		List<Object[]> rows = select(connection, "SELECT p.* FROM \"PMO_PROJECT\" p WHERE p.\"RAG\" = ? AND EXISTS (SELECT 1 FROM "
				+ "\"PMO_ROLE_ASSIGNMENT\" r WHERE r.\"PARENT_ID\" = p.\"ID\" AND r.\"KIND\" = ? AND r.\"PERSON_ID\" = ?)",
				rag, "sponsor", personId);
		connection.commit();
		return rows;
	}

	/** Runs a query with string parameters and reads every column of every row. */
	static List<Object[]> select(Connection connection, String sql, String... parameters) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setString(i + 1, parameters[i]);
			}
			List<Object[]> rows = new ArrayList<>();
			try (ResultSet rs = statement.executeQuery()) {
				int columns = rs.getMetaData().getColumnCount();
				while (rs.next()) {
					Object[] row = new Object[columns];
					for (int column = 0; column < columns; column++) {
						row[column] = javaValue(rs.getObject(column + 1));
					}
					rows.add(row);
				}
			}
			return rows;
		}
	}

	private static Object javaValue(Object jdbcValue) {
		return switch (jdbcValue) {
		case Date date -> date.toLocalDate();
		case Timestamp timestamp -> timestamp.toInstant();
		case null, default -> jdbcValue;
		};
	}
}
