package org.atrium.core.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.atrium.core.store.AuditEntry;
import org.atrium.core.store.AuditEntry.Action;
import org.atrium.core.store.AuditQuery;

/** Appends audit entries within a transaction, and reads them back. */
final class AuditWriter {

	static final int MAX_VALUE = 4000;
	private static final int MAX_LABEL = 256;

	private final SqlNames sql;
	private final String insertSql;

	AuditWriter(SqlNames sql) {
		this.sql = sql;
		this.insertSql = "INSERT INTO " + sql.q(SchemaManager.AUDIT_TABLE) + " (" + sql.q("TX_ID") + ", " + sql.q("AT")
				+ ", " + sql.q("USER_NAME") + ", " + sql.q("ACTION") + ", " + sql.q("OBJECT_CLASS") + ", "
				+ sql.q("OBJECT_ID") + ", " + sql.q("OBJECT_LABEL") + ", " + sql.q("FEATURE") + ", " + sql.q("OLD_VALUE")
				+ ", " + sql.q("NEW_VALUE") + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
	}

	/** The entries of one transaction, written in one batch at commit. */
	final class Batch {
		private final String transactionId;
		private final String user;
		private final Timestamp at;
		private final List<Object[]> rows = new ArrayList<>();

		Batch(String transactionId, String user, Instant at) {
			this.transactionId = transactionId;
			this.user = user;
			this.at = Timestamp.from(at);
		}

		void add(Action action, ClassTable table, String objectId, String label, String feature, String oldValue,
				String newValue) {
			rows.add(new Object[] { action.name(), table.key, objectId, clip(label, MAX_LABEL), feature,
					clip(oldValue, MAX_VALUE), clip(newValue, MAX_VALUE) });
		}

		void write(Connection connection) throws SQLException {
			if (rows.isEmpty()) {
				return;
			}
			try (PreparedStatement statement = connection.prepareStatement(insertSql)) {
				for (Object[] row : rows) {
					statement.setString(1, transactionId);
					statement.setTimestamp(2, at, ValueKind.utc());
					statement.setString(3, user);
					for (int i = 0; i < row.length; i++) {
						statement.setString(4 + i, (String) row[i]);
					}
					statement.addBatch();
				}
				statement.executeBatch();
			}
		}
	}

	List<AuditEntry> read(Connection connection, AuditQuery query) throws SQLException {
		StringBuilder select = new StringBuilder("SELECT ").append(sql.q("SEQ")).append(", ").append(sql.q("TX_ID"))
				.append(", ").append(sql.q("AT")).append(", ").append(sql.q("USER_NAME")).append(", ")
				.append(sql.q("ACTION")).append(", ").append(sql.q("OBJECT_CLASS")).append(", ")
				.append(sql.q("OBJECT_ID")).append(", ").append(sql.q("OBJECT_LABEL")).append(", ")
				.append(sql.q("FEATURE")).append(", ").append(sql.q("OLD_VALUE")).append(", ")
				.append(sql.q("NEW_VALUE")).append(" FROM ").append(sql.q(SchemaManager.AUDIT_TABLE)).append(" WHERE 1 = 1");
		List<String> parameters = new ArrayList<>();
		if (query.objectId() != null) {
			select.append(" AND ").append(sql.q("OBJECT_ID")).append(" = ?");
			parameters.add(query.objectId());
		}
		if (query.user() != null) {
			select.append(" AND ").append(sql.q("USER_NAME")).append(" = ?");
			parameters.add(query.user());
		}
		select.append(" ORDER BY ").append(sql.q("SEQ")).append(" DESC FETCH FIRST ").append(query.limit())
				.append(" ROWS ONLY");
		List<AuditEntry> result = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement(select.toString())) {
			for (int i = 0; i < parameters.size(); i++) {
				statement.setString(i + 1, parameters.get(i));
			}
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					result.add(new AuditEntry(rs.getLong(1), rs.getString(2), rs.getTimestamp(3, ValueKind.utc()).toInstant(),
							rs.getString(4), Action.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7),
							rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11)));
				}
			}
		}
		return result;
	}

	private static String clip(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "\u2026";
	}
}
