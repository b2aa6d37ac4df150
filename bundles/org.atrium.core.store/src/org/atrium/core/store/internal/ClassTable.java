package org.atrium.core.store.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The table of one concrete class. Its columns are ID, PARENT_ID, PARENT_FEATURE, POSITION, then
 * {@link #features} in order.
 */
final class ClassTable {

	/** Columns before the feature columns in every row. */
	static final int FIXED_COLUMNS = 4;

	final EClass eClass;
	final String key;
	final String name;
	final List<FeatureColumn> features;
	final List<ListTable> lists;
	final List<EReference> containments;
	final String insertSql;
	final String selectColumns;
	final String quotedName;

	ClassTable(EClass eClass, String key, String name, List<FeatureColumn> features, List<ListTable> lists,
			List<EReference> containments, SqlNames sql) {
		this.eClass = eClass;
		this.key = key;
		this.name = name;
		this.features = List.copyOf(features);
		this.lists = List.copyOf(lists);
		this.containments = List.copyOf(containments);
		this.quotedName = sql.q(name);
		StringBuilder columns = new StringBuilder();
		columns.append(sql.q(Columns.ID)).append(", ").append(sql.q(Columns.PARENT_ID)).append(", ")
				.append(sql.q(Columns.PARENT_FEATURE)).append(", ").append(sql.q(Columns.POSITION));
		int count = FIXED_COLUMNS;
		for (FeatureColumn column : features) {
			columns.append(", ").append(sql.q(column.name()));
			if (column.classColumn() != null) {
				columns.append(", ").append(sql.q(column.classColumn()));
			}
			count += column.width();
		}
		this.selectColumns = columns.toString();
		this.insertSql = "INSERT INTO " + quotedName + " (" + selectColumns + ") VALUES ("
				+ java.util.stream.IntStream.range(0, count).mapToObj(i -> "?").collect(Collectors.joining(", "))
				+ ")";
	}

	FeatureColumn column(EStructuralFeature feature) {
		for (FeatureColumn column : features) {
			if (column.feature() == feature) {
				return column;
			}
		}
		return null;
	}

	ListTable list(EStructuralFeature feature) {
		for (ListTable list : lists) {
			if (list.feature() == feature) {
				return list;
			}
		}
		return null;
	}

	/** The 1-based result column of a feature column in a row read with {@link #selectColumns}. */
	int resultIndex(FeatureColumn column) {
		int index = FIXED_COLUMNS + 1;
		for (FeatureColumn c : features) {
			if (c == column) {
				return index;
			}
			index += c.width();
		}
		throw new IllegalArgumentException(column.name() + " is not a column of " + name);
	}

	@Override
	public String toString() {
		return name;
	}
}
