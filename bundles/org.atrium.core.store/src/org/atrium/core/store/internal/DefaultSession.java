package org.atrium.core.store.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.atrium.core.model.Labels;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.store.Condition;
import org.atrium.core.store.Ids;
import org.atrium.core.store.ObjectNotFoundException;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreException;
import org.atrium.core.store.StoreSession;
import org.atrium.core.store.Transaction;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/** A session: identity map, load and save state, and the reading side of the store. */
public final class DefaultSession implements StoreSession {

	/**
	 * Largest IN list sent in one statement. Derby tests every row it reads against the whole list, and with 500
	 * ids it chose table scans: loading the contents of 1,000 projects took three times as long as with 100.
	 */
	static final int CHUNK = 100;
	private static final List<?>[] NO_LISTS = {};

	/** A child read from the store, with its table and its place among its siblings. */
	private record Placed(EObject object, ClassTable table, int position) {
	}

	/** The children read for one parent, and the parent's id as the session holds it. */
	private record Family(String parentId, List<Placed> children) {
	}

	private static final Comparator<Placed> BY_POSITION = Comparator.comparingInt(Placed::position);

	final DefaultModelStore store;
	private final String user;
	final StoreResource resource;
	final Map<String, EObject> byId = new HashMap<>();
	final Map<EObject, ObjectState> states = new IdentityHashMap<>();
	private final Map<String, EObject> proxies = new HashMap<>();
	/** The values of the row last read per table: an equal value in the next row is shared, not held twice. */
	private final Map<ClassTable, Object[]> lastRead = new HashMap<>();
	private boolean closed;

	/** The connection of the write transaction this session reads in, or null to read in transactions of its own. */
	private final Connection pinned;

	DefaultSession(DefaultModelStore store, String user) {
		this(store, user, null);
	}

	/**
	 * A session that reads through {@code pinned}, inside the transaction that holds it, and never commits: the
	 * write guard's view of the committed data as the write itself sees it.
	 */
	DefaultSession(DefaultModelStore store, String user, Connection pinned) {
		this.store = store;
		this.user = user;
		this.pinned = pinned;
		ResourceSet resourceSet = new ResourceSetImpl();
		this.resource = new StoreResource(this);
		resourceSet.getResources().add(resource);
	}

	@Override
	public String user() {
		return user;
	}

	// ---- reading

	@Override
	public <T extends EObject> T load(EClass type, String id) {
		checkOpen();
		Optional<T> found = byId.containsKey(id) ? find(type, id)
				: query(Query.<T>of(type).where(Condition.eq(PmoPackage.Literals.ENTITY__ID, id)).withContents()).stream()
						.findFirst();
		if (found.isEmpty()) {
			throw new ObjectNotFoundException("There is no " + type.getName() + " with id " + id + ".");
		}
		T object = found.get();
		if (!states.get(object).contentsLoaded()) {
			loadContents(object);
		}
		return object;
	}

	@Override
	public <T extends EObject> Optional<T> find(EClass type, String id) {
		checkOpen();
		EObject known = byId.get(id);
		if (known != null) {
			if (!type.isInstance(known)) {
				return Optional.empty();
			}
			@SuppressWarnings("unchecked")
			T result = (T) known;
			return Optional.of(result);
		}
		List<T> found = query(Query.<T>of(type).where(Condition.eq(PmoPackage.Literals.ENTITY__ID, id)));
		return found.stream().findFirst();
	}

	@Override
	public <T extends EObject> List<T> query(Query<T> query) {
		checkOpen();
		List<ClassTable> tables = store.mapping.tablesOf(query.type());
		return read(connection -> {
			List<EObject> results = new ArrayList<>();
			for (ClassTable table : tables) {
				QueryCompiler.Compiled compiled = QueryCompiler.select(store.mapping, store.sql, table, query, false);
				try (PreparedStatement statement = connection.prepareStatement(compiled.sql())) {
					compiled.bind(statement);
					results.addAll(readRows(connection, table, statement));
				}
			}
			if (tables.size() > 1) {
				sortAndLimit(results, query);
			}
			if (query.isWithContents()) {
				loadChildren(connection, results);
			}
			@SuppressWarnings("unchecked")
			List<T> typed = (List<T>) results;
			return typed;
		});
	}

	@Override
	public long count(Query<?> query) {
		checkOpen();
		return read(connection -> {
			long total = 0;
			for (ClassTable table : store.mapping.tablesOf(query.type())) {
				QueryCompiler.Compiled compiled = QueryCompiler.select(store.mapping, store.sql, table, query, true);
				try (PreparedStatement statement = connection.prepareStatement(compiled.sql())) {
					compiled.bind(statement);
					try (ResultSet rs = statement.executeQuery()) {
						rs.next();
						total += rs.getLong(1);
					}
				}
			}
			return total;
		});
	}

	private static void sortAndLimit(List<EObject> results, Query<?> query) {
		if (!query.orders().isEmpty()) {
			Comparator<EObject> order = null;
			for (Query.Order o : query.orders()) {
				Comparator<EObject> next = Comparator.comparing(e -> comparable(e, o.attribute()),
						Comparator.nullsFirst(Comparator.naturalOrder()));
				next = o.ascending() ? next : next.reversed();
				order = order == null ? next : order.thenComparing(next);
			}
			results.sort(order);
		}
		if (query.limit() > 0 && results.size() > query.limit()) {
			results.subList(query.limit(), results.size()).clear();
		}
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Comparable<Object> comparable(EObject object, EAttribute attribute) {
		Object value = object.eGet(attribute);
		return value instanceof Comparable c ? c : value == null ? null : (Comparable) value.toString();
	}

	@Override
	public void loadContents(EObject object) {
		checkOpen();
		state(object);
		read(connection -> {
			loadChildren(connection, List.of(object));
			return null;
		});
	}

	@Override
	public boolean hasContents(EObject object) {
		ObjectState state = states.get(object);
		return state == null || state.contentsLoaded();
	}

	/** The open session whose resource holds the object, or null. */
	public static DefaultSession owning(EObject object) {
		EObject root = EcoreUtil.getRootContainer(object);
		if (root.eResource() instanceof StoreResource resource && !resource.session().closed) {
			return resource.session();
		}
		return null;
	}

	@Override
	public Optional<String> containerId(EObject object) {
		ObjectState state = states.get(object);
		if (object.eContainer() != null) {
			return Optional.of(Ids.of(object.eContainer()));
		}
		return Optional.ofNullable(state == null ? null : state.parentId);
	}

	@Override
	public void refresh(EObject object) {
		checkOpen();
		ObjectState state = state(object);
		boolean deep = state.contentsLoaded();
		read(connection -> {
			ClassTable table = state.table;
			try (PreparedStatement statement = connection.prepareStatement("SELECT " + table.selectColumns + " FROM "
					+ table.quotedName + " WHERE " + store.sql.q(Columns.ID) + " = ?")) {
				statement.setString(1, state.id);
				try (ResultSet rs = statement.executeQuery()) {
					if (!rs.next()) {
						throw new ObjectNotFoundException(label(object) + " was deleted by another user.");
					}
					forgetContents(object);
					apply(table, rs, object);
				}
			}
			readLists(connection, table, List.of(object));
			if (deep) {
				loadChildren(connection, List.of(object));
			}
			return null;
		});
	}

	private void forgetContents(EObject object) {
		ObjectState state = states.get(object);
		for (EReference containment : state.table.containments) {
			@SuppressWarnings("unchecked")
			EList<EObject> children = (EList<EObject>) object.eGet(containment);
			for (EObject child : List.copyOf(children)) {
				forget(child);
			}
			children.clear();
		}
		state.children = null;
	}

	/** Drops an object and its contents from the session. */
	void forget(EObject object) {
		for (var it = object.eAllContents(); it.hasNext();) {
			EObject child = it.next();
			ObjectState state = states.remove(child);
			if (state != null) {
				byId.remove(state.id);
			}
		}
		ObjectState state = states.remove(object);
		if (state != null) {
			byId.remove(state.id);
		}
	}

	/** Reads rows into objects; an object already in the session is returned as it is. */
	private List<EObject> readRows(Connection connection, ClassTable table, PreparedStatement statement)
			throws SQLException {
		List<EObject> result = new ArrayList<>();
		List<EObject> fresh = new ArrayList<>();
		try (ResultSet rs = statement.executeQuery()) {
			while (rs.next()) {
				EObject known = byId.get(rs.getString(1));
				if (known != null) {
					result.add(known);
					continue;
				}
				EObject object = EcoreUtil.create(table.eClass);
				apply(table, rs, object);
				((InternalEList<EObject>) resource.getContents()).addUnique(object);
				result.add(object);
				fresh.add(object);
			}
		}
		readLists(connection, table, fresh);
		return result;
	}

	/**
	 * Sets an object's features from the current row and records its state, with the values as read (what
	 * {@link #currentValues} would give). Rows written together share stamps and often texts; where a value equals
	 * the one of the previous row of the table, that instance is used again.
	 */
	private ObjectState apply(ClassTable table, ResultSet rs, EObject object) throws SQLException {
		String id = rs.getString(1);
		object.eSet(PmoPackage.Literals.ENTITY__ID, id);
		ObjectState state = new ObjectState(table, id);
		state.parentId = rs.getString(2);
		state.parentFeature = rs.getString(3);
		state.position = rs.getInt(4);
		Object[] values = new Object[table.features.size()];
		Object[] previous = lastRead.put(table, values);
		int index = ClassTable.FIXED_COLUMNS + 1;
		for (int i = 0; i < values.length; i++) {
			FeatureColumn column = table.features.get(i);
			EStructuralFeature feature = column.feature();
			if (column.isReference()) {
				String targetId = rs.getString(index);
				String targetKey = column.classColumn() == null ? null : rs.getString(index + 1);
				object.eSet(feature, targetId == null ? null : reference(column.reference(), targetId, targetKey));
				values[i] = targetId;
			} else {
				Object value = column.kind().read(rs, index, column.attribute().getEAttributeType());
				if (previous != null && value != null && column.kind().isImmutable() && value.equals(previous[i])) {
					value = previous[i];
				}
				if (value != null || !feature.getEType().getInstanceClass().isPrimitive()) {
					object.eSet(feature, value);
					values[i] = value;
				} else {
					object.eUnset(feature);
					values[i] = object.eGet(feature, false);
				}
			}
			index += column.width();
		}
		state.version = ((Number) object.eGet(PmoPackage.Literals.ENTITY__VERSION)).intValue();
		state.values = values;
		state.lists = table.lists.isEmpty() ? NO_LISTS : new List<?>[table.lists.size()];
		byId.put(id, object);
		states.put(object, state);
		return state;
	}

	private EObject reference(EReference reference, String targetId, String targetKey) {
		EObject known = byId.get(targetId);
		if (known != null) {
			return known;
		}
		EObject proxy = proxies.get(targetId);
		if (proxy != null) {
			return proxy;
		}
		ClassTable target = targetKey != null ? store.mapping.tableByKey(targetKey)
				: store.mapping.table(reference.getEReferenceType());
		proxy = EcoreUtil.create(target.eClass);
		((InternalEObject) proxy).eSetProxyURI(resource.proxyUri(target.key, targetId));
		proxies.put(targetId, proxy);
		return proxy;
	}

	/** Resolves a proxy: the object in this session, else read from the store. */
	EObject resolve(String key, String id) {
		EObject known = byId.get(id);
		if (known != null || closed) {
			return known;
		}
		return find(store.mapping.tableByKey(key).eClass, id).orElse(null);
	}

	String key(EObject object) {
		return store.mapping.table(object.eClass()).key;
	}

	/** Reads the many-valued features of freshly read objects of one table. */
	private void readLists(Connection connection, ClassTable table, List<EObject> objects) throws SQLException {
		if (objects.isEmpty()) {
			return;
		}
		for (int l = 0; l < table.lists.size(); l++) {
			ListTable list = table.lists.get(l);
			Map<String, List<Object>> values = new HashMap<>();
			for (List<EObject> chunk : chunks(objects)) {
				String select = "SELECT " + store.sql.q(Columns.OWNER_ID) + ", " + store.sql.q(Columns.VALUE)
						+ (list.polymorphic() ? ", " + store.sql.q(Columns.TARGET_CLASS) : "") + " FROM "
						+ store.sql.q(list.name()) + " WHERE " + store.sql.q(Columns.OWNER_ID) + " IN ("
						+ placeholders(chunk.size()) + ") ORDER BY " + store.sql.q(Columns.OWNER_ID) + ", "
						+ store.sql.q(Columns.POSITION);
				try (PreparedStatement statement = connection.prepareStatement(select)) {
					for (int i = 0; i < chunk.size(); i++) {
						statement.setString(i + 1, states.get(chunk.get(i)).id);
					}
					try (ResultSet rs = statement.executeQuery()) {
						while (rs.next()) {
							Object value = list.isReference()
									? reference((EReference) list.feature(), rs.getString(2),
											list.polymorphic() ? rs.getString(3) : null)
									: list.kind().read(rs, 2, ((EAttribute) list.feature()).getEAttributeType());
							values.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(value);
						}
					}
				}
			}
			for (EObject object : objects) {
				ObjectState state = states.get(object);
				@SuppressWarnings("unchecked")
				EList<Object> target = (EList<Object>) object.eGet(list.feature(), false);
				target.clear();
				target.addAll(values.getOrDefault(state.id, List.of()));
				state.lists[l] = listValues(object, list);
			}
		}
	}

	/** Loads the contents of objects level by level, one statement per containment, child table and chunk. */
	private void loadChildren(Connection connection, List<EObject> roots) throws SQLException {
		Map<ClassTable, List<EObject>> level = new LinkedHashMap<>();
		for (EObject root : roots) {
			ObjectState state = states.get(root);
			if (!state.contentsLoaded()) {
				level.computeIfAbsent(state.table, t -> new ArrayList<>()).add(root);
			}
		}
		while (!level.isEmpty()) {
			Map<ClassTable, List<EObject>> next = new LinkedHashMap<>();
			for (Map.Entry<ClassTable, List<EObject>> entry : level.entrySet()) {
				List<EReference> containments = entry.getKey().containments;
				for (EReference containment : containments) {
					loadContainment(connection, entry.getValue(), containment, next);
				}
				for (EObject parent : entry.getValue()) {
					states.get(parent).children = childIds(parent, containments);
				}
			}
			level = next;
		}
	}

	/**
	 * Reads the children of parents of one table through one containment, and attaches them in position order.
	 * Those attached now are added to {@code attached}, by table, to load their own contents next.
	 */
	private void loadContainment(Connection connection, List<EObject> parents, EReference containment,
			Map<ClassTable, List<EObject>> attached) throws SQLException {
		Map<String, Family> families = new HashMap<>();
		for (EObject parent : parents) {
			String id = states.get(parent).id;
			families.put(id, new Family(id, new ArrayList<>()));
		}
		String feature = containment.getName();
		for (ClassTable childTable : store.mapping.tablesOf(containment.getEReferenceType())) {
			for (List<EObject> chunk : chunks(parents)) {
				// No ORDER BY: Derby would sort every chunk; siblings are put in position order below.
				String select = "SELECT " + childTable.selectColumns + " FROM " + childTable.quotedName + " WHERE "
						+ store.sql.q(Columns.PARENT_FEATURE) + " = ? AND " + store.sql.q(Columns.PARENT_ID) + " IN ("
						+ placeholders(chunk.size()) + ")";
				List<EObject> fresh = new ArrayList<>();
				try (PreparedStatement statement = connection.prepareStatement(select)) {
					statement.setString(1, feature);
					for (int i = 0; i < chunk.size(); i++) {
						statement.setString(i + 2, states.get(chunk.get(i)).id);
					}
					try (ResultSet rs = statement.executeQuery()) {
						while (rs.next()) {
							Family family = families.get(rs.getString(2));
							EObject child = byId.get(rs.getString(1));
							if (child == null) {
								child = EcoreUtil.create(childTable.eClass);
								ObjectState state = apply(childTable, rs, child);
								// The same values as read, held once per session rather than once per row.
								state.parentId = family.parentId();
								state.parentFeature = feature;
								fresh.add(child);
							}
							family.children().add(new Placed(child, childTable, rs.getInt(4)));
						}
					}
				}
				readLists(connection, childTable, fresh);
			}
		}
		for (EObject parent : parents) {
			List<Placed> children = families.get(states.get(parent).id).children();
			if (children.isEmpty()) {
				continue;
			}
			children.sort(BY_POSITION);
			@SuppressWarnings("unchecked")
			InternalEList<EObject> list = (InternalEList<EObject>) parent.eGet(containment);
			for (Placed placed : children) {
				EObject child = placed.object();
				if (child.eContainer() != null) {
					continue;
				}
				if (child.eResource() != null) {
					resource.getContents().remove(child);
				}
				list.addUnique(child);
				attached.computeIfAbsent(placed.table(), t -> new ArrayList<>()).add(child);
			}
		}
	}

	// ---- writing

	@Override
	public void save(EObject... objects) {
		inTransaction(tx -> {
			for (EObject object : objects) {
				tx.save(object);
			}
		});
	}

	@Override
	public void delete(EObject object) {
		inTransaction(tx -> tx.delete(object));
	}

	@Override
	public void inTransaction(Consumer<Transaction> work) {
		checkOpen();
		if (pinned != null) {
			throw new StoreException("The committed data a write rule reads cannot be written.");
		}
		WriteUnit unit = new WriteUnit(this);
		try {
			work.accept(unit);
		} catch (RuntimeException e) {
			unit.rollBackObjects();
			throw e;
		}
		unit.commit();
	}

	@Override
	public boolean isDirty(EObject object) {
		ObjectState state = states.get(object);
		if (state == null) {
			return true;
		}
		if (!same(state.values, currentValues(object, state.table))) {
			return true;
		}
		for (int l = 0; l < state.table.lists.size(); l++) {
			if (!Objects.equals(state.lists[l], listValues(object, state.table.lists.get(l)))) {
				return true;
			}
		}
		if (state.contentsLoaded()) {
			for (EReference containment : state.table.containments) {
				if (!state.children.get(containment).equals(childIds(object, containment))) {
					return true;
				}
				@SuppressWarnings("unchecked")
				List<EObject> children = (List<EObject>) object.eGet(containment);
				for (EObject child : children) {
					if (isDirty(child)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	// ---- shared helpers

	ObjectState state(EObject object) {
		ObjectState state = states.get(object);
		if (state == null) {
			throw new StoreException(label(object) + " is not stored yet; save it first.");
		}
		return state;
	}

	/** Feature values as stored: attribute values, and target ids for references. */
	static Object[] currentValues(EObject object, ClassTable table) {
		Object[] values = new Object[table.features.size()];
		for (int i = 0; i < values.length; i++) {
			FeatureColumn column = table.features.get(i);
			Object value = object.eGet(column.feature(), false);
			values[i] = column.isReference() && value != null ? Ids.of((EObject) value) : value;
		}
		return values;
	}

	static List<Object> listValues(EObject object, ListTable list) {
		List<?> values = (List<?>) object.eGet(list.feature(), false);
		List<Object> result = new ArrayList<>(values.size());
		for (Object value : values) {
			result.add(list.isReference() ? Ids.of((EObject) value) : value);
		}
		return result;
	}

	/** The ids of the contained objects per containment; an empty map for a class that contains nothing. */
	static Map<EReference, List<String>> childIds(EObject object, List<EReference> containments) {
		if (containments.isEmpty()) {
			return Map.of();
		}
		Map<EReference, List<String>> children = new HashMap<>();
		for (EReference containment : containments) {
			children.put(containment, childIds(object, containment));
		}
		return children;
	}

	static List<String> childIds(EObject object, EReference containment) {
		List<?> children = (List<?>) object.eGet(containment);
		List<String> ids = new ArrayList<>(children.size());
		for (Object child : children) {
			ids.add(Ids.of((EObject) child));
		}
		return ids;
	}

	static boolean same(Object[] a, Object[] b) {
		for (int i = 0; i < a.length; i++) {
			if (!sameValue(a[i], b[i])) {
				return false;
			}
		}
		return true;
	}

	static boolean sameValue(Object a, Object b) {
		if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
			return x.compareTo(y) == 0;
		}
		return Objects.equals(a, b);
	}

	/** An object as messages and the audit name it: the label of its class and its name, title or code. */
	static String label(EObject object) {
		return Labels.of(object);
	}

	static <T> List<List<T>> chunks(List<T> items) {
		List<List<T>> chunks = new ArrayList<>();
		for (int i = 0; i < items.size(); i += CHUNK) {
			chunks.add(items.subList(i, Math.min(items.size(), i + CHUNK)));
		}
		return chunks;
	}

	static String placeholders(int count) {
		StringBuilder out = new StringBuilder(count * 3);
		for (int i = 0; i < count; i++) {
			out.append(i == 0 ? "?" : ", ?");
		}
		return out.toString();
	}

	/** Runs reading work in a transaction of its own, or in the pinned transaction. */
	private <R> R read(DefaultModelStore.SqlWork<R> work) {
		if (pinned == null) {
			return store.withConnection(work);
		}
		try {
			return work.run(pinned);
		} catch (SQLException e) {
			throw new StoreException("Database error in " + store.description() + ": " + e.getMessage(), e);
		}
	}

	private void checkOpen() {
		if (closed) {
			throw new StoreException("The session of " + user + " is closed.");
		}
	}

	@Override
	public void close() {
		closed = true;
	}
}
