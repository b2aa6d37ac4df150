package org.atrium.core.store.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.store.Condition;
import org.atrium.core.store.Condition.All;
import org.atrium.core.store.Condition.Any;
import org.atrium.core.store.Condition.ChildOf;
import org.atrium.core.store.Condition.Compare;
import org.atrium.core.store.Condition.Has;
import org.atrium.core.store.Condition.In;
import org.atrium.core.store.Condition.IsNull;
import org.atrium.core.store.Condition.Match;
import org.atrium.core.store.Condition.MatchKind;
import org.atrium.core.store.Condition.Not;
import org.atrium.core.store.Condition.TopLevel;
import org.atrium.core.store.Ids;
import org.atrium.core.store.Query;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Turns a {@link Query} into SQL over one class table. Every value becomes a bound parameter. */
final class QueryCompiler {

	/** SQL text with its parameters, each with the kind that binds it. */
	record Compiled(String sql, List<Object> values, List<ValueKind> kinds) {

		void bind(PreparedStatement statement) throws SQLException {
			for (int i = 0; i < values.size(); i++) {
				kinds.get(i).bind(statement, i + 1, values.get(i));
			}
		}
	}

	private final Mapping mapping;
	private final SqlNames sql;
	private final List<Object> values = new ArrayList<>();
	private final List<ValueKind> kinds = new ArrayList<>();
	private int aliases;

	QueryCompiler(Mapping mapping, SqlNames sql) {
		this.mapping = mapping;
		this.sql = sql;
	}

	static Compiled select(Mapping mapping, SqlNames sql, ClassTable table, Query<?> query, boolean count) {
		QueryCompiler compiler = new QueryCompiler(mapping, sql);
		String alias = compiler.alias();
		StringBuilder out = new StringBuilder("SELECT ");
		if (count) {
			out.append("COUNT(*)");
		} else {
			out.append(qualified(table.selectColumns, alias));
		}
		out.append(" FROM ").append(table.quotedName).append(' ').append(alias);
		if (!query.conditions().isEmpty()) {
			out.append(" WHERE ");
			compiler.appendAll(out, table, alias, query.conditions(), " AND ");
		}
		if (!count) {
			if (!query.orders().isEmpty()) {
				out.append(" ORDER BY ");
				String separator = "";
				for (Query.Order order : query.orders()) {
					out.append(separator).append(compiler.column(table, alias, order.attribute()))
							.append(order.ascending() ? " ASC" : " DESC");
					separator = ", ";
				}
			}
			if (query.limit() > 0) {
				out.append(" FETCH FIRST ").append(query.limit()).append(" ROWS ONLY");
			}
		}
		return new Compiled(out.toString(), compiler.values, compiler.kinds);
	}

	private String alias() {
		return "t" + aliases++;
	}

	private static String qualified(String columns, String alias) {
		StringBuilder out = new StringBuilder();
		for (String column : columns.split(", ")) {
			if (out.length() > 0) {
				out.append(", ");
			}
			out.append(alias).append('.').append(column);
		}
		return out.toString();
	}

	private void appendAll(StringBuilder out, ClassTable table, String alias, List<Condition> conditions,
			String joiner) {
		if (conditions.isEmpty()) {
			out.append(joiner.trim().equals("AND") ? "1 = 1" : "1 = 0");
			return;
		}
		String separator = "";
		for (Condition condition : conditions) {
			out.append(separator).append('(');
			append(out, table, alias, condition);
			out.append(')');
			separator = joiner;
		}
	}

	private void append(StringBuilder out, ClassTable table, String alias, Condition condition) {
		switch (condition) {
		case Compare c when c.feature().isMany() -> {
			ListTable list = listOf(table, c.feature());
			String l = alias();
			out.append("EXISTS (SELECT 1 FROM ").append(sql.q(list.name())).append(' ').append(l).append(" WHERE ")
					.append(l).append('.').append(sql.q(Columns.OWNER_ID)).append(" = ").append(alias).append('.')
					.append(sql.q(Columns.ID)).append(" AND ").append(l).append('.').append(sql.q(Columns.VALUE))
					.append(' ').append(c.operator().sql).append(" ?)");
			parameter(list.isReference() ? ValueKind.STRING : list.kind(), c.feature(), c.value());
		}
		case Compare c -> {
			out.append(column(table, alias, c.feature())).append(' ').append(c.operator().sql).append(" ?");
			parameter(kindOf(table, c.feature()), c.feature(), c.value());
		}
		case Match m -> {
			String pattern = escapeLike(m.ignoreCase() ? m.text().toLowerCase(Locale.ROOT) : m.text());
			pattern = m.kind() == MatchKind.CONTAINS ? "%" + pattern + "%" : pattern + "%";
			String column = column(table, alias, m.feature());
			out.append(m.ignoreCase() ? "LOWER(" + column + ")" : column).append(" LIKE ? ESCAPE '\\'");
			values.add(pattern);
			kinds.add(ValueKind.STRING);
		}
		case IsNull n -> out.append(column(table, alias, n.feature())).append(" IS NULL");
		case In in -> {
			if (in.values().isEmpty()) {
				out.append("1 = 0");
				return;
			}
			out.append(column(table, alias, in.feature())).append(" IN (");
			ValueKind kind = kindOf(table, in.feature());
			for (int i = 0; i < in.values().size(); i++) {
				out.append(i == 0 ? "?" : ", ?");
				parameter(kind, in.feature(), in.values().get(i));
			}
			out.append(')');
		}
		case ChildOf child -> {
			out.append(alias).append('.').append(sql.q(Columns.PARENT_ID)).append(" = ?");
			values.add(child.parentId());
			kinds.add(ValueKind.STRING);
		}
		case TopLevel top -> out.append(alias).append('.').append(sql.q(Columns.PARENT_ID)).append(" IS NULL");
		case Has has -> {
			EReference containment = has.containment();
			if (!containment.isContainment() || !table.containments.contains(containment)) {
				throw new IllegalArgumentException(table.eClass.getName() + " does not contain objects through '"
						+ containment.getName() + "'");
			}
			List<ClassTable> childTables = mapping.tablesOf(containment.getEReferenceType());
			out.append('(');
			for (int i = 0; i < childTables.size(); i++) {
				ClassTable child = childTables.get(i);
				String c = alias();
				out.append(i == 0 ? "" : " OR ").append("EXISTS (SELECT 1 FROM ").append(child.quotedName).append(' ')
						.append(c).append(" WHERE ").append(c).append('.').append(sql.q(Columns.PARENT_ID)).append(" = ")
						.append(alias).append('.').append(sql.q(Columns.ID)).append(" AND ").append(c).append('.')
						.append(sql.q(Columns.PARENT_FEATURE)).append(" = ?");
				values.add(containment.getName());
				kinds.add(ValueKind.STRING);
				if (!has.conditions().isEmpty()) {
					out.append(" AND ");
					appendAll(out, child, c, has.conditions(), " AND ");
				}
				out.append(')');
			}
			out.append(')');
		}
		case All all -> appendAll(out, table, alias, all.conditions(), " AND ");
		case Any any -> appendAll(out, table, alias, any.conditions(), " OR ");
		case Not not -> {
			out.append("NOT (");
			append(out, table, alias, not.condition());
			out.append(')');
		}
		}
	}

	private String column(ClassTable table, String alias, EStructuralFeature feature) {
		if (feature == PmoPackage.Literals.ENTITY__ID) {
			return alias + "." + sql.q(Columns.ID);
		}
		FeatureColumn column = table.column(feature);
		if (column == null) {
			throw new IllegalArgumentException(
					table.eClass.getName() + " has no stored single-valued feature '" + feature.getName() + "'");
		}
		return alias + "." + sql.q(column.name());
	}

	private ListTable listOf(ClassTable table, EStructuralFeature feature) {
		ListTable list = table.list(feature);
		if (list == null) {
			throw new IllegalArgumentException(
					table.eClass.getName() + " has no stored many-valued feature '" + feature.getName() + "'");
		}
		return list;
	}

	private static ValueKind kindOf(ClassTable table, EStructuralFeature feature) {
		if (feature == PmoPackage.Literals.ENTITY__ID) {
			return ValueKind.STRING;
		}
		FeatureColumn column = table.column(feature);
		return column == null ? ValueKind.STRING : column.kind();
	}

	private void parameter(ValueKind kind, EStructuralFeature feature, Object value) {
		if (value == null) {
			throw new IllegalArgumentException("compare '" + feature.getName() + "' with null through Condition.isNull");
		}
		Object jdbc;
		if (feature instanceof EReference) {
			jdbc = value instanceof EObject target ? Ids.of(target) : value.toString();
		} else {
			jdbc = kind.toJdbc((EDataType) feature.getEType(), value);
		}
		values.add(jdbc);
		kinds.add(kind);
	}

	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
