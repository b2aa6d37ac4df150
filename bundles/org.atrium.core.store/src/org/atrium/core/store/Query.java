package org.atrium.core.store;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * A query over one class (and its subclasses): conditions joined by AND, an order, a limit.
 * Immutable; each method returns a new query.
 */
public final class Query<T extends EObject> {

	public record Order(EAttribute attribute, boolean ascending) {
	}

	private final EClass type;
	private final List<Condition> conditions;
	private final List<Order> orders;
	private final int limit;
	private final boolean withContents;

	private Query(EClass type, List<Condition> conditions, List<Order> orders, int limit, boolean withContents) {
		this.type = type;
		this.conditions = List.copyOf(conditions);
		this.orders = List.copyOf(orders);
		this.limit = limit;
		this.withContents = withContents;
	}

	public static <T extends EObject> Query<T> of(EClass type) {
		return new Query<>(type, List.of(), List.of(), 0, false);
	}

	public Query<T> where(Condition condition) {
		List<Condition> more = new ArrayList<>(conditions);
		more.add(condition);
		return new Query<>(type, more, orders, limit, withContents);
	}

	public Query<T> orderBy(EAttribute attribute) {
		return orderBy(attribute, true);
	}

	public Query<T> orderBy(EAttribute attribute, boolean ascending) {
		List<Order> more = new ArrayList<>(orders);
		more.add(new Order(attribute, ascending));
		return new Query<>(type, conditions, more, limit, withContents);
	}

	/** At most {@code max} results; 0 means no limit. */
	public Query<T> limit(int max) {
		if (max < 0) {
			throw new IllegalArgumentException("limit must not be negative, was " + max);
		}
		return new Query<>(type, conditions, orders, max, withContents);
	}

	/** Load each result with everything it contains. */
	public Query<T> withContents() {
		return new Query<>(type, conditions, orders, limit, true);
	}

	public EClass type() {
		return type;
	}

	public List<Condition> conditions() {
		return conditions;
	}

	public List<Order> orders() {
		return orders;
	}

	public int limit() {
		return limit;
	}

	public boolean isWithContents() {
		return withContents;
	}
}
