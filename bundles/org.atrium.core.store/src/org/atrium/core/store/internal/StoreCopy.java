package org.atrium.core.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.atrium.core.store.ModelContribution;
import org.atrium.core.store.StoreConfig;
import org.atrium.core.store.StoreException;
import org.atrium.core.store.TeamRepository.Copied;
import org.atrium.core.store.TeamRepository.TableCount;
import org.atrium.core.store.WriteGuard;

/**
 * Copies one database into an empty PostgreSQL team repository in one transaction, table by table through the
 * store's mapping: the rows of every installed package as they are stored, the audit log with its sequence numbers,
 * users and times. Tables of packages this installation does not have are counted and left out.
 */
public final class StoreCopy {

	private static final int BATCH = 500;

	private StoreCopy() {
	}

	public static Copied copy(StoreConfig sourceConfig, StoreConfig targetConfig, List<ModelContribution> contributions) {
		if (!(DefaultModelStore.dialectFor(targetConfig) instanceof PostgresDialect)) {
			throw new StoreException("Copy into a team repository, a jdbc:postgresql: URL; " + targetConfig.displayUrl()
					+ " is not one.");
		}
		try (DefaultModelStore source = DefaultModelStore.open(sourceConfig, contributions, WriteGuard.NONE);
				DefaultModelStore target = DefaultModelStore.open(targetConfig, contributions, WriteGuard.NONE)) {
			if (target.signedInPerson().isPresent()) {
				throw new StoreException("Copy into " + target.description() + " as its administrator: the login '"
						+ targetConfig.user() + "' works as " + target.signedInPerson().get()
						+ ", and every entry of the copied audit history would carry that name. Nothing was copied.");
			}
			Set<String> mapped = new TreeSet<>();
			for (ModelContribution contribution : contributions) {
				for (ClassTable table : source.mapping.tablesOf(contribution.ePackage())) {
					mapped.add(table.name);
					table.lists.forEach(list -> mapped.add(list.name()));
				}
			}
			Connection from = source.borrow();
			Connection to = target.borrow();
			try {
				Copied copied = copy(from, to, source, target, mapped, contributions);
				from.commit();
				if (copied.saved()) {
					to.commit();
				} else {
					to.rollback();
				}
				source.release(from);
				target.release(to);
				return copied;
			} catch (SQLException | RuntimeException e) {
				DefaultModelStore.rollbackQuietly(from);
				DefaultModelStore.rollbackQuietly(to);
				source.release(from);
				target.release(to);
				if (e instanceof StoreException stored) {
					throw stored;
				}
				throw new StoreException("Nothing was copied into " + target.description() + ": " + e.getMessage(), e);
			}
		}
	}

	private static Copied copy(Connection from, Connection to, DefaultModelStore source, DefaultModelStore target,
			Set<String> mapped, List<ModelContribution> contributions) throws SQLException {
		requireEmpty(to, target);
		List<TableCount> tables = new ArrayList<>();
		List<TableCount> skipped = new ArrayList<>();
		for (String table : tables(from)) {
			if (table.equals(SchemaManager.SCHEMA_TABLE) || table.equals(TeamIdentity.USERS_TABLE)) {
				continue;
			}
			if (table.equals(SchemaManager.AUDIT_TABLE) || mapped.contains(table)) {
				long rows = count(from, source.sql, table);
				long written = copyTable(from, to, source.sql, table);
				tables.add(new TableCount(table, rows, written, count(to, target.sql, table)));
			} else {
				skipped.add(new TableCount(table, count(from, source.sql, table), 0, 0));
			}
		}
		tables.add(schemaVersions(from, to, source, target, contributions));
		resetAuditSequence(to, target.sql);
		return new Copied(tables, skipped, tables.stream().allMatch(TableCount::matches));
	}

	/** Refuses a database that is no team repository, or one with any row outside its schema versions and logins. */
	private static void requireEmpty(Connection to, DefaultModelStore target) throws SQLException {
		if (!SchemaManager.tableExists(to, TeamIdentity.USERS_TABLE)) {
			throw new StoreException(target.description() + " is not a team repository yet: run 'atrium server init' on "
					+ "it first. Nothing was copied.");
		}
		long rows = 0;
		int tables = 0;
		for (String table : tables(to)) {
			if (table.equals(SchemaManager.SCHEMA_TABLE) || table.equals(TeamIdentity.USERS_TABLE)) {
				continue;
			}
			long count = count(to, target.sql, table);
			if (count > 0) {
				rows += count;
				tables++;
			}
		}
		if (rows > 0) {
			throw new StoreException("The team repository " + target.description() + " already holds data: " + rows
					+ " rows in " + tables + " tables; copy only into an empty team repository. Nothing was copied.");
		}
	}

	/** The columns both tables have, in the target's order; every value is bound as a parameter. */
	private static long copyTable(Connection from, Connection to, SqlNames sql, String table) throws SQLException {
		Map<String, Integer> sourceColumns = SchemaManager.columns(from, table);
		Map<String, Integer> columns = new LinkedHashMap<>();
		SchemaManager.columns(to, table).forEach((name, type) -> {
			if (sourceColumns.containsKey(name)) {
				columns.put(name, type);
			}
		});
		List<String> names = new ArrayList<>(columns.keySet());
		List<Integer> types = names.stream().map(columns::get).toList();
		String list = String.join(", ", names.stream().map(sql::q).toList());
		String insert = "INSERT INTO " + sql.q(table) + " (" + list + ")"
				+ (table.equals(SchemaManager.AUDIT_TABLE) ? " OVERRIDING SYSTEM VALUE" : "") + " VALUES ("
				+ String.join(", ", names.stream().map(n -> "?").toList()) + ")";
		Calendar utc = ValueKind.utc();
		long written = 0;
		try (Statement select = from.createStatement();
				ResultSet rs = select.executeQuery("SELECT " + list + " FROM " + sql.q(table));
				PreparedStatement statement = to.prepareStatement(insert)) {
			int pending = 0;
			while (rs.next()) {
				for (int i = 1; i <= names.size(); i++) {
					int type = types.get(i - 1);
					if (type == Types.TIMESTAMP || type == Types.TIMESTAMP_WITH_TIMEZONE) {
						Timestamp value = rs.getTimestamp(i, utc);
						if (value == null) {
							statement.setNull(i, Types.TIMESTAMP);
						} else {
							statement.setTimestamp(i, value, utc);
						}
					} else {
						Object value = rs.getObject(i);
						if (value == null) {
							statement.setNull(i, type);
						} else {
							statement.setObject(i, value);
						}
					}
				}
				statement.addBatch();
				if (++pending == BATCH) {
					written += sum(statement.executeBatch());
					pending = 0;
				}
			}
			if (pending > 0) {
				written += sum(statement.executeBatch());
			}
		}
		return written;
	}

	/** The versions of the installed packages, which opening the repository recorded, against the source's. */
	private static TableCount schemaVersions(Connection from, Connection to, DefaultModelStore source,
			DefaultModelStore target, List<ModelContribution> contributions) throws SQLException {
		Map<String, Integer> sourceVersions = versions(from, source);
		Map<String, Integer> targetVersions = versions(to, target);
		long installed = 0;
		long same = 0;
		for (ModelContribution contribution : contributions) {
			String nsUri = contribution.ePackage().getNsURI();
			if (sourceVersions.containsKey(nsUri)) {
				installed++;
				if (sourceVersions.get(nsUri).equals(targetVersions.get(nsUri))) {
					same++;
				}
			}
		}
		long recorded = contributions.stream().filter(c -> sourceVersions.containsKey(c.ePackage().getNsURI())
				&& targetVersions.containsKey(c.ePackage().getNsURI())).count();
		return new TableCount(SchemaManager.SCHEMA_TABLE, installed, same, recorded);
	}

	private static Map<String, Integer> versions(Connection connection, DefaultModelStore store) throws SQLException {
		Map<String, Integer> versions = new LinkedHashMap<>();
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("SELECT "
				+ store.sql.q("NS_URI") + ", " + store.sql.q("VERSION") + " FROM " + store.sql.q(SchemaManager.SCHEMA_TABLE))) {
			while (rs.next()) {
				versions.put(rs.getString(1), rs.getInt(2));
			}
		}
		return versions;
	}

	/** The next audit entry follows the copied ones. */
	private static void resetAuditSequence(Connection to, SqlNames sql) throws SQLException {
		try (PreparedStatement statement = to.prepareStatement("SELECT setval(pg_get_serial_sequence(?, 'SEQ'), "
				+ "(SELECT COALESCE(MAX(" + sql.q("SEQ") + "), 0) + 1 FROM " + sql.q(SchemaManager.AUDIT_TABLE) + "), false)")) {
			statement.setString(1, sql.q(SchemaManager.AUDIT_TABLE));
			statement.executeQuery().close();
		}
	}

	private static List<String> tables(Connection connection) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (ResultSet rs = connection.getMetaData().getTables(null, connection.getSchema(), "%", new String[] { "TABLE" })) {
			while (rs.next()) {
				tables.add(rs.getString("TABLE_NAME"));
			}
		}
		tables.sort(null);
		return tables;
	}

	private static long count(Connection connection, SqlNames sql, String table) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + sql.q(table))) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static long sum(int[] counts) {
		long sum = 0;
		for (int count : counts) {
			sum += count == Statement.SUCCESS_NO_INFO ? 1 : Math.max(count, 0);
		}
		return sum;
	}
}
