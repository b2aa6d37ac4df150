package org.atrium.core.store;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A typed predicate over the features of a class. Values are always bound as parameters; a
 * reference is compared by the id of its target (an object or its id string).
 */
public sealed interface Condition {

	enum Operator {
		EQ("="), NE("<>"), LT("<"), LE("<="), GT(">"), GE(">=");

		public final String sql;

		Operator(String sql) {
			this.sql = sql;
		}
	}

	record Compare(EStructuralFeature feature, Operator operator, Object value) implements Condition {
	}

	/** Text matching: {@code text} is literal; the pattern wildcards are added by the kind. */
	record Match(EAttribute feature, String text, MatchKind kind, boolean ignoreCase) implements Condition {
	}

	enum MatchKind { CONTAINS, STARTS_WITH }

	record IsNull(EStructuralFeature feature) implements Condition {
	}

	record In(EStructuralFeature feature, List<?> values) implements Condition {
	}

	/** The object is contained directly in the object with this id. */
	record ChildOf(String parentId) implements Condition {
	}

	/** No other stored object contains the object. */
	record TopLevel() implements Condition {
	}

	/** The object contains, through {@code containment}, at least one object matching all {@code conditions}. */
	record Has(EReference containment, List<Condition> conditions) implements Condition {
	}

	record All(List<Condition> conditions) implements Condition {
	}

	record Any(List<Condition> conditions) implements Condition {
	}

	record Not(Condition condition) implements Condition {
	}

	static Condition eq(EStructuralFeature feature, Object value) {
		return value == null ? new IsNull(feature) : new Compare(feature, Operator.EQ, value);
	}

	static Condition ne(EStructuralFeature feature, Object value) {
		return value == null ? new Not(new IsNull(feature)) : new Compare(feature, Operator.NE, value);
	}

	static Condition lt(EStructuralFeature feature, Object value) {
		return new Compare(feature, Operator.LT, value);
	}

	static Condition le(EStructuralFeature feature, Object value) {
		return new Compare(feature, Operator.LE, value);
	}

	static Condition gt(EStructuralFeature feature, Object value) {
		return new Compare(feature, Operator.GT, value);
	}

	static Condition ge(EStructuralFeature feature, Object value) {
		return new Compare(feature, Operator.GE, value);
	}

	static Condition isNull(EStructuralFeature feature) {
		return new IsNull(feature);
	}

	static Condition in(EStructuralFeature feature, Collection<?> values) {
		return new In(feature, List.copyOf(values));
	}

	static Condition contains(EAttribute feature, String text) {
		return new Match(feature, text, MatchKind.CONTAINS, true);
	}

	static Condition startsWith(EAttribute feature, String text) {
		return new Match(feature, text, MatchKind.STARTS_WITH, false);
	}

	static Condition childOf(EObject parent) {
		return new ChildOf(Ids.of(parent));
	}

	static Condition topLevel() {
		return new TopLevel();
	}

	static Condition has(EReference containment, Condition... conditions) {
		return new Has(containment, List.of(conditions));
	}

	static Condition and(Condition... conditions) {
		return new All(List.of(conditions));
	}

	static Condition or(Condition... conditions) {
		return new Any(List.of(conditions));
	}

	static Condition not(Condition condition) {
		return new Not(condition);
	}
}
