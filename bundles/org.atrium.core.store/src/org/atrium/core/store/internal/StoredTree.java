package org.atrium.core.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.atrium.core.model.Labels;
import org.atrium.core.store.RejectedValueException;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * An object and everything it contains, as stored: the rows found by following the parent columns down from the
 * root. Deleting the object deletes them all, and only if no row outside the tree refers to one of them, through a
 * reference column or a reference list. A reference never dangles: the delete is refused with the referring
 * objects named.
 */
final class StoredTree {

	/** How many referring objects a refusal names; the rest are counted. */
	static final int NAMED_REFERRERS = 10;

	private static final String[] LABEL_FEATURES = { "name", "title", "code", "description" };

	private final DefaultModelStore store;
	private final Map<ClassTable, List<String>> rows = new LinkedHashMap<>();
	private final Set<String> ids = new HashSet<>();

	private StoredTree(DefaultModelStore store) {
		this.store = store;
	}

	/** Reads the tree under the root row. */
	static StoredTree read(DefaultModelStore store, Connection connection, ClassTable table, String rootId)
			throws SQLException {
		StoredTree tree = new StoredTree(store);
		tree.add(table, List.of(rootId));
		tree.readContents(connection, table, List.of(rootId));
		return tree;
	}

	private void add(ClassTable table, List<String> found) {
		rows.computeIfAbsent(table, t -> new ArrayList<>()).addAll(found);
		ids.addAll(found);
	}

	private void readContents(Connection connection, ClassTable table, List<String> parents) throws SQLException {
		var sql = store.sql;
		for (List<String> chunk : DefaultSession.chunks(parents)) {
			for (EReference containment : table.containments) {
				for (ClassTable child : store.mapping.tablesOf(containment.getEReferenceType())) {
					List<String> children = strings(connection, "SELECT " + sql.q(Columns.ID) + " FROM " + child.quotedName
							+ " WHERE " + sql.q(Columns.PARENT_ID) + " IN (" + DefaultSession.placeholders(chunk.size()) + ")",
							chunk);
					if (!children.isEmpty()) {
						add(child, children);
						readContents(connection, child, children);
					}
				}
			}
		}
	}

	/** The ids of every row in the tree. */
	Set<String> ids() {
		return ids;
	}

	/**
	 * Refuses the delete when rows outside the deleted rows refer into this tree.
	 *
	 * @param rootLabel how the message names the deleted object
	 * @param deleted the ids of every row the transaction deletes, this tree's included
	 */
	void refuseIfReferenced(Connection connection, String rootLabel, Set<String> deleted) throws SQLException {
		Set<EClass> classes = new HashSet<>();
		rows.keySet().forEach(table -> classes.add(table.eClass));
		List<String> inside = List.copyOf(ids);
		List<String> referrers = new ArrayList<>();
		int count = 0;
		var sql = store.sql;
		for (ClassTable table : store.mapping.tables()) {
			FeatureColumn label = labelColumn(table);
			for (FeatureColumn column : table.features) {
				if (!column.isReference() || !refersToAny(column.reference(), classes)) {
					continue;
				}
				for (List<String> chunk : DefaultSession.chunks(inside)) {
					String select = "SELECT " + sql.q(Columns.ID) + (label == null ? "" : ", " + sql.q(label.name()))
							+ " FROM " + table.quotedName + " WHERE " + sql.q(column.name()) + " IN ("
							+ DefaultSession.placeholders(chunk.size()) + ")";
					count += collectOutside(connection, select, chunk, deleted, table, column.feature(), referrers);
				}
			}
			for (ListTable list : table.lists) {
				if (!list.isReference() || !refersToAny((EReference) list.feature(), classes)) {
					continue;
				}
				for (List<String> chunk : DefaultSession.chunks(inside)) {
					String select = "SELECT l." + sql.q(Columns.OWNER_ID) + (label == null ? "" : ", o." + sql.q(label.name()))
							+ " FROM " + sql.q(list.name()) + " l JOIN " + table.quotedName + " o ON o." + sql.q(Columns.ID)
							+ " = l." + sql.q(Columns.OWNER_ID) + " WHERE l." + sql.q(Columns.VALUE) + " IN ("
							+ DefaultSession.placeholders(chunk.size()) + ")";
					count += collectOutside(connection, select, chunk, deleted, table, list.feature(), referrers);
				}
			}
		}
		if (count > 0) {
			throw new RejectedValueException(rootLabel + " cannot be deleted: " + count
					+ (count == 1 ? " object still refers" : " objects still refer") + " to it or to what it contains: "
					+ String.join("; ", referrers) + (count > referrers.size() ? "; and " + (count - referrers.size())
							+ " more" : "")
					+ ". Change or delete them first. Nothing was deleted.");
		}
	}

	private static int collectOutside(Connection connection, String select, List<String> chunk, Set<String> deleted,
			ClassTable table, EStructuralFeature feature, List<String> referrers) throws SQLException {
		int count = 0;
		try (PreparedStatement statement = connection.prepareStatement(select)) {
			WriteUnit.bindAll(statement, chunk);
			try (ResultSet rs = statement.executeQuery()) {
				boolean labelled = rs.getMetaData().getColumnCount() > 1;
				while (rs.next()) {
					String id = rs.getString(1);
					if (deleted.contains(id)) {
						continue;
					}
					count++;
					if (referrers.size() < NAMED_REFERRERS) {
						String name = labelled ? rs.getString(2) : null;
						referrers.add(Labels.of(table.eClass) + (name != null ? " '" + name + "'" : " " + id) + " through '"
								+ Labels.inSentence(feature) + "'");
					}
				}
			}
		}
		return count;
	}

	/** Deletes every row of the tree and the list rows they own. */
	void delete(Connection connection) throws SQLException {
		var sql = store.sql;
		for (Map.Entry<ClassTable, List<String>> entry : rows.entrySet()) {
			ClassTable table = entry.getKey();
			for (List<String> chunk : DefaultSession.chunks(entry.getValue())) {
				String in = " IN (" + DefaultSession.placeholders(chunk.size()) + ")";
				for (ListTable list : table.lists) {
					WriteUnit.execute(connection, "DELETE FROM " + sql.q(list.name()) + " WHERE " + sql.q(Columns.OWNER_ID) + in, chunk);
				}
				WriteUnit.execute(connection, "DELETE FROM " + table.quotedName + " WHERE " + sql.q(Columns.ID) + in, chunk);
			}
		}
	}

	private static boolean refersToAny(EReference reference, Set<EClass> classes) {
		return classes.stream().anyMatch(type -> reference.getEReferenceType().isSuperTypeOf(type));
	}

	private static FeatureColumn labelColumn(ClassTable table) {
		for (String name : LABEL_FEATURES) {
			FeatureColumn column = table.column(table.eClass.getEStructuralFeature(name));
			if (column != null && !column.isReference()) {
				return column;
			}
		}
		return null;
	}

	private static List<String> strings(Connection connection, String select, List<String> parameters)
			throws SQLException {
		List<String> values = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement(select)) {
			WriteUnit.bindAll(statement, parameters);
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					values.add(rs.getString(1));
				}
			}
		}
		return values;
	}
}
