package org.atrium.core.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.atrium.core.model.Formats;
import org.atrium.core.model.Labels;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.store.AuditEntry.Action;
import org.atrium.core.store.AuditEntry;
import org.atrium.core.store.AuditQuery;
import org.atrium.core.store.ConflictException;
import org.atrium.core.store.Ids;
import org.atrium.core.store.RejectedValueException;
import org.atrium.core.store.StoreException;
import org.atrium.core.store.StoreSession;
import org.atrium.core.store.Transaction;
import org.atrium.core.store.Write;
import org.atrium.core.store.WriteCheck;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * The writes of one transaction. Saves and deletes are first collected (checking values), then
 * written in batches at commit; the session's state changes only once the commit succeeded.
 */
final class WriteUnit implements Transaction {

	private static final int BATCH = 1000;

	private record Update(ClassTable table, EObject object, String sql, List<Object> values, List<ValueKind> kinds,
			int expectedVersion) {
	}

	private record Delete(ClassTable table, EObject object, String id, int expectedVersion) {
	}

	private final DefaultSession session;
	/** Microseconds: the finest time every engine keeps, so that a stamp reads back as it was set. */
	private final Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
	private final String transactionId = Ids.newId();
	private final AuditWriter.Batch audit;
	private final Map<ClassTable, List<Object[]>> inserts = new LinkedHashMap<>();
	private final List<Object[]> listRows = new ArrayList<>();
	private final Set<String> listOwnersToClear = new HashSet<>();
	private final Map<ListTable, List<String>> listClears = new LinkedHashMap<>();
	private final List<Update> updates = new ArrayList<>();
	private final List<Object[]> positionUpdates = new ArrayList<>();
	private final List<Delete> deletes = new ArrayList<>();
	private final List<Write> writes = new ArrayList<>();
	private final Map<EObject, Boolean> visited = new IdentityHashMap<>();
	private final Set<EObject> inserted = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
	/** Stamps set on objects before the write, restored if it fails: object, version, modified, created. */
	private final List<Object[]> stamps = new ArrayList<>();
	/** Whether the COMMIT was sent: a connection lost then leaves the outcome unknown. */
	private boolean committing;

	WriteUnit(DefaultSession session) {
		this.session = session;
		this.audit = session.store.audit.new Batch(transactionId, session.user(), now);
	}

	// ---- collecting

	@Override
	public void save(EObject object) {
		EObject container = object.eContainer();
		if (container != null && !session.states.containsKey(container) && !visited.containsKey(container)) {
			save(container);
			return;
		}
		if (container != null) {
			EReference feature = object.eContainmentFeature();
			int position = ((List<?>) container.eGet(feature)).indexOf(object);
			save(object, Ids.of(container), feature.getName(), position);
		} else {
			ObjectState state = session.states.get(object);
			save(object, state == null ? null : state.parentId, state == null ? null : state.parentFeature,
					state == null ? 0 : state.position);
		}
	}

	private void save(EObject object, String parentId, String parentFeature, int position) {
		if (!PmoPackage.Literals.ENTITY.isSuperTypeOf(object.eClass())) {
			throw new StoreException(object.eClass().getName() + " is not an Entity and cannot be stored.");
		}
		EntityAccess entity = new EntityAccess(object);
		if (visited.put(object, Boolean.TRUE) != null) {
			return;
		}
		ClassTable table = session.store.mapping.table(object.eClass());
		ObjectState state = session.states.get(object);
		if (state == null) {
			insert(entity, table, parentId, parentFeature, position);
		} else {
			update(object, state, parentId, parentFeature, position, contentChanges(object, state));
		}
		if (state != null && !state.contentsLoaded()) {
			return;
		}
		for (EReference containment : table.containments) {
			@SuppressWarnings("unchecked")
			List<EObject> children = (List<EObject>) object.eGet(containment);
			String id = entity.getId();
			for (int i = 0; i < children.size(); i++) {
				save(children.get(i), id, containment.getName(), i);
			}
			if (state != null) {
				removedChildren(object, state, containment, children);
			}
		}
	}

	/**
	 * The containments whose members or order changed since the object was read: feature, old and new member labels.
	 * Such a change is a change of the container, version-checked and audited with it.
	 */
	private List<String[]> contentChanges(EObject object, ObjectState state) {
		List<String[]> changes = new ArrayList<>();
		if (!state.contentsLoaded()) {
			return changes;
		}
		for (EReference containment : state.table.containments) {
			List<String> before = state.children.get(containment);
			List<String> now = DefaultSession.childIds(object, containment);
			if (!now.equals(before)) {
				changes.add(new String[] { containment.getName(), labels(before.stream().map(session.byId::get).toList()),
						labels((List<?>) object.eGet(containment)) });
			}
		}
		return changes;
	}

	private static String labels(List<?> objects) {
		return objects.stream().map(o -> o == null ? "(deleted)" : DefaultSession.label((EObject) o))
				.collect(java.util.stream.Collectors.joining(", ", "[", "]"));
	}

	private void removedChildren(EObject parent, ObjectState state, EReference containment, List<EObject> children) {
		Set<String> current = new HashSet<>(DefaultSession.childIds(parent, containment));
		for (String id : state.children.get(containment)) {
			if (current.contains(id)) {
				continue;
			}
			EObject child = session.byId.get(id);
			if (child != null && child.eContainer() != null) {
				save(child); // moved to another container
			} else if (child != null) {
				deleteTree(child);
			}
		}
	}

	private void insert(EntityAccess entity, ClassTable table, String parentId, String parentFeature, int position) {
		if (entity.getId() == null) {
			entity.setId(Ids.newId());
		} else if (session.byId.containsKey(entity.getId()) && session.byId.get(entity.getId()) != entity.object()) {
			throw new StoreException("Another object in this session already has the id " + entity.getId() + ".");
		}
		stamps.add(new Object[] { entity, entity.getVersion(), entity.getModified(), entity.getCreated() });
		entity.setVersion(1);
		entity.setModified(now);
		if (entity.getCreated() == null) {
			entity.setCreated(now);
		}
		Object[] row = new Object[ClassTable.FIXED_COLUMNS + table.features.size() * 2];
		row[0] = entity.getId();
		row[1] = parentId;
		row[2] = parentFeature;
		row[3] = position;
		int index = ClassTable.FIXED_COLUMNS;
		for (FeatureColumn column : table.features) {
			Object value = entity.object().eGet(column.feature(), false);
			row[index++] = jdbcValue(entity.object(), column, value);
			if (column.classColumn() != null) {
				row[index++] = value == null ? null : session.store.mapping.table(((EObject) value).eClass()).key;
			}
		}
		inserts.computeIfAbsent(table, t -> new ArrayList<>()).add(row);
		writeLists(entity.object(), table, false);
		inserted.add(entity.object());
		writes.add(new Write(Write.Kind.CREATE, entity.object(), setFeatures(entity.object()), null));
		audit.add(Action.CREATE, table, entity.getId(), DefaultSession.label(entity.object()), null, null,
				createdValues(entity.object(), table));
	}

	private static Set<EStructuralFeature> setFeatures(EObject object) {
		Set<EStructuralFeature> set = new LinkedHashSet<>();
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (!feature.isTransient() && !feature.isDerived() && object.eIsSet(feature)) {
				set.add(feature);
			}
		}
		return set;
	}

	/** What an insert wrote, as {@code feature=value} pairs of the values that are set. */
	private static String createdValues(EObject object, ClassTable table) {
		StringBuilder values = new StringBuilder();
		for (FeatureColumn column : table.features) {
			Object value = object.eGet(column.feature(), false);
			if (column.system() || value == null) {
				continue;
			}
			values.append(values.isEmpty() ? "" : ", ").append(column.feature().getName()).append('=')
					.append(column.isReference() ? Ids.of((EObject) value) : display(column, value));
		}
		return values.toString();
	}

	private void update(EObject object, ObjectState state, String parentId, String parentFeature, int position,
			List<String[]> contentChanges) {
		ClassTable table = state.table;
		Object[] current = DefaultSession.currentValues(object, table);
		StringBuilder set = new StringBuilder();
		List<Object> values = new ArrayList<>();
		List<ValueKind> kinds = new ArrayList<>();
		List<String[]> changes = new ArrayList<>();
		for (int i = 0; i < current.length; i++) {
			FeatureColumn column = table.features.get(i);
			if (column.system() || DefaultSession.sameValue(current[i], state.values[i])) {
				continue;
			}
			Object value = object.eGet(column.feature(), false);
			set.append(", ").append(session.store.sql.q(column.name())).append(" = ?");
			values.add(jdbcValue(object, column, value));
			kinds.add(column.isReference() ? ValueKind.STRING : column.kind());
			if (column.classColumn() != null) {
				set.append(", ").append(session.store.sql.q(column.classColumn())).append(" = ?");
				values.add(value == null ? null : session.store.mapping.table(((EObject) value).eClass()).key);
				kinds.add(ValueKind.STRING);
			}
			changes.add(new String[] { column.feature().getName(), display(column, state.values[i]),
					display(column, current[i]) });
		}
		List<EStructuralFeature> listsChanged = writeLists(object, table, true);
		if (!Objects.equals(parentId, state.parentId) || !Objects.equals(parentFeature, state.parentFeature)) {
			set.append(", ").append(session.store.sql.q(Columns.PARENT_ID)).append(" = ?, ")
					.append(session.store.sql.q(Columns.PARENT_FEATURE)).append(" = ?");
			values.add(parentId);
			kinds.add(ValueKind.STRING);
			values.add(parentFeature);
			kinds.add(ValueKind.STRING);
			changes.add(new String[] { "container", state.parentId, parentId });
		}
		changes.addAll(contentChanges);
		if (set.length() == 0 && listsChanged.isEmpty() && contentChanges.isEmpty()) {
			if (position != state.position) {
				positionUpdates.add(new Object[] { table, position, state.id });
			}
			return;
		}
		EntityAccess entity = new EntityAccess(object);
		stamps.add(new Object[] { entity, entity.getVersion(), entity.getModified(), entity.getCreated() });
		entity.setVersion(state.version + 1);
		entity.setModified(now);
		set.append(", ").append(session.store.sql.q(Columns.POSITION)).append(" = ?");
		values.add(position);
		kinds.add(ValueKind.INT);
		set.append(", ").append(session.store.sql.q(column(PmoPackage.Literals.ENTITY__VERSION))).append(" = ?");
		values.add(state.version + 1);
		kinds.add(ValueKind.INT);
		set.append(", ").append(session.store.sql.q(column(PmoPackage.Literals.ENTITY__MODIFIED))).append(" = ?");
		values.add(java.sql.Timestamp.from(now));
		kinds.add(ValueKind.INSTANT);
		String sql = "UPDATE " + table.quotedName + " SET " + set.substring(2) + " WHERE "
				+ session.store.sql.q(Columns.ID) + " = ? AND " + session.store.sql.q(column(PmoPackage.Literals.ENTITY__VERSION))
				+ " = ?";
		values.add(state.id);
		kinds.add(ValueKind.STRING);
		values.add(state.version);
		kinds.add(ValueKind.INT);
		updates.add(new Update(table, object, sql, values, kinds, state.version));
		Set<EStructuralFeature> changed = new LinkedHashSet<>(listsChanged);
		String movedFrom = null;
		for (String[] change : changes) {
			EStructuralFeature feature = object.eClass().getEStructuralFeature(change[0]);
			if (feature != null) {
				changed.add(feature);
			} else {
				movedFrom = change[1];
			}
		}
		writes.add(new Write(Write.Kind.UPDATE, object, changed, movedFrom));
		String label = DefaultSession.label(object);
		for (String[] change : changes) {
			audit.add(Action.UPDATE, table, state.id, label, change[0], change[1], change[2]);
		}
	}

	private static String column(EAttribute attribute) {
		return Columns.column(attribute);
	}

	/** Queues the rows of many-valued features; for an update only when they changed. Returns those queued. */
	private List<EStructuralFeature> writeLists(EObject object, ClassTable table, boolean update) {
		List<EStructuralFeature> changed = new ArrayList<>();
		String id = Ids.of(object);
		for (int l = 0; l < table.lists.size(); l++) {
			ListTable list = table.lists.get(l);
			List<Object> values = DefaultSession.listValues(object, list);
			if (update) {
				ObjectState state = session.states.get(object);
				if (Objects.equals(state.lists[l], values)) {
					continue;
				}
				listClears.computeIfAbsent(list, k -> new ArrayList<>()).add(id);
				audit.add(Action.UPDATE, table, id, DefaultSession.label(object), list.feature().getName(),
						String.valueOf(state.lists[l]), String.valueOf(values));
			}
			changed.add(list.feature());
			@SuppressWarnings("unchecked")
			List<Object> raw = (List<Object>) object.eGet(list.feature(), false);
			for (int i = 0; i < values.size(); i++) {
				Object value = list.isReference() ? values.get(i)
						: list.kind().toJdbc(((EAttribute) list.feature()).getEAttributeType(), values.get(i));
				String targetKey = list.polymorphic()
						? session.store.mapping.table(((EObject) raw.get(i)).eClass()).key : null;
				listRows.add(new Object[] { list, id, i, value, targetKey });
			}
		}
		return changed;
	}

	private Object jdbcValue(EObject object, FeatureColumn column, Object value) {
		if (column.isReference()) {
			if (value == null) {
				return null;
			}
			EObject target = (EObject) value;
			if (!target.eIsProxy() && !session.states.containsKey(target) && !visited.containsKey(target)) {
				save(target);
			}
			return Ids.of(target);
		}
		Object jdbc = column.kind().toJdbc((EDataType) column.feature().getEType(), value);
		if (jdbc instanceof String text && text.length() > column.length()) {
			throw new RejectedValueException(DefaultSession.label(object) + ": " + Labels.inSentence(column.feature()) + " is "
					+ text.length() + " characters long; at most " + column.length() + " are allowed.");
		}
		return jdbc;
	}

	private static String display(FeatureColumn column, Object value) {
		if (value == null) {
			return null;
		}
		if (column.isReference()) {
			return value.toString();
		}
		return EcoreUtil.convertToString(column.attribute().getEAttributeType(), value);
	}

	@Override
	public void delete(EObject object) {
		ObjectState state = session.states.get(object);
		if (state == null) {
			EcoreUtil.remove(object);
			return;
		}
		deleteTree(object);
	}

	private void deleteTree(EObject object) {
		if (visited.put(object, Boolean.TRUE) != null) {
			return;
		}
		ObjectState state = session.states.get(object);
		deletes.add(new Delete(state.table, object, state.id, state.version));
		writes.add(new Write(Write.Kind.DELETE, object, Set.of(), null));
		audit.add(Action.DELETE, state.table, state.id, DefaultSession.label(object), null, null, null);
	}

	// ---- writing

	/** Runs the guard and the writes in one transaction: the guard reads committed data through its connection. */
	void commit() {
		DefaultModelStore store = session.store;
		Connection connection;
		try {
			connection = store.borrow();
		} catch (RuntimeException | Error e) {
			rollBackObjects();
			throw e;
		}
		try {
			guard(store, connection);
			writeInserts(connection);
			writeUpdates(connection);
			writePositions(connection);
			writeDeletes(connection);
			writeListRows(connection);
			audit.write(connection);
			store.announce(connection, session.user(), changedIds());
			committing = true;
			connection.commit();
		} catch (SQLException e) {
			DefaultModelStore.rollbackQuietly(connection);
			rollBackObjects();
			if (store.isConnectionLost(e)) {
				store.discardBroken(connection);
				throw store.lostWrite(e, committing);
			}
			store.release(connection);
			throw failure(e);
		} catch (RuntimeException | Error e) {
			DefaultModelStore.rollbackQuietly(connection);
			store.release(connection);
			rollBackObjects();
			throw e;
		}
		store.release(connection);
		applyToSession();
	}

	/** A refused write: a conflict when another transaction ran at the same time, else the database's reason. */
	private StoreException failure(SQLException e) {
		if (session.store.dialect.isConcurrentWriteRefused(e)) {
			EObject first = writes.isEmpty() ? null : writes.get(0).object();
			ConflictException conflict = new ConflictException((first == null ? "The data" : DefaultSession.label(first))
					+ " was changed by another user at the same time; nothing was saved; try again.",
					first == null ? null : Ids.of(first));
			conflict.initCause(e);
			return conflict;
		}
		if (session.store.dialect.isPermissionDenied(e)) {
			return TeamIdentity.readOnly(session.store.config, e);
		}
		return new StoreException("Nothing was saved: the database refused the change (" + e.getMessage() + ").", e);
	}

	/** The ids of the objects this transaction creates, changes, moves or deletes. */
	private Set<String> changedIds() {
		Set<String> ids = new LinkedHashSet<>();
		for (Write write : writes) {
			ids.add(Ids.of(write.object()));
		}
		for (Object[] position : positionUpdates) {
			ids.add((String) position[2]);
		}
		return ids;
	}

	private void guard(DefaultModelStore store, Connection connection) {
		if (writes.isEmpty()) {
			return;
		}
		try (Check check = new Check(store, connection)) {
			store.guard().check(check);
		}
	}

	/**
	 * The writes as the guard sees them; the session on committed data is opened on first use and reads in the
	 * write's own transaction.
	 */
	private final class Check implements WriteCheck, AutoCloseable {

		private final DefaultModelStore store;
		private final Connection connection;
		private StoreSession committed;

		Check(DefaultModelStore store, Connection connection) {
			this.store = store;
			this.connection = connection;
		}

		@Override
		public String user() {
			return session.user();
		}

		@Override
		public List<Write> writes() {
			return java.util.Collections.unmodifiableList(writes);
		}

		@Override
		public boolean isNew(EObject object) {
			return inserted.contains(object);
		}

		@Override
		public Optional<String> containerId(EObject object) {
			return session.containerId(object);
		}

		@Override
		public StoreSession committed() {
			if (committed == null) {
				committed = new DefaultSession(store, session.user(), connection);
			}
			return committed;
		}

		@Override
		public void close() {
			if (committed != null) {
				committed.close();
			}
		}
	}

	private void writeInserts(Connection connection) throws SQLException {
		for (Map.Entry<ClassTable, List<Object[]>> entry : inserts.entrySet()) {
			ClassTable table = entry.getKey();
			try (PreparedStatement statement = connection.prepareStatement(table.insertSql)) {
				int pending = 0;
				for (Object[] row : entry.getValue()) {
					statement.setString(1, (String) row[0]);
					statement.setString(2, (String) row[1]);
					statement.setString(3, (String) row[2]);
					statement.setInt(4, (Integer) row[3]);
					int parameter = ClassTable.FIXED_COLUMNS + 1;
					int index = ClassTable.FIXED_COLUMNS;
					for (FeatureColumn column : table.features) {
						ValueKind kind = column.isReference() ? ValueKind.STRING : column.kind();
						kind.bind(statement, parameter++, row[index++]);
						if (column.classColumn() != null) {
							ValueKind.STRING.bind(statement, parameter++, row[index++]);
						}
					}
					statement.addBatch();
					if (++pending == BATCH) {
						statement.executeBatch();
						pending = 0;
					}
				}
				if (pending > 0) {
					statement.executeBatch();
				}
			}
		}
	}

	private void writeUpdates(Connection connection) throws SQLException {
		for (Update update : updates) {
			try (PreparedStatement statement = connection.prepareStatement(update.sql())) {
				for (int i = 0; i < update.values().size(); i++) {
					update.kinds().get(i).bind(statement, i + 1, update.values().get(i));
				}
				if (statement.executeUpdate() == 0) {
					throw conflict(connection, update.table(), update.object(), update.expectedVersion());
				}
			}
		}
	}

	private void writePositions(Connection connection) throws SQLException {
		for (Object[] position : positionUpdates) {
			ClassTable table = (ClassTable) position[0];
			try (PreparedStatement statement = connection.prepareStatement("UPDATE " + table.quotedName + " SET "
					+ session.store.sql.q(Columns.POSITION) + " = ? WHERE " + session.store.sql.q(Columns.ID) + " = ?")) {
				statement.setInt(1, (Integer) position[1]);
				statement.setString(2, (String) position[2]);
				statement.executeUpdate();
			}
		}
	}

	private void writeDeletes(Connection connection) throws SQLException {
		List<StoredTree> trees = new ArrayList<>();
		Set<String> deleted = new HashSet<>();
		for (Delete delete : deletes) {
			StoredTree tree = StoredTree.read(session.store, connection, delete.table(), delete.id());
			trees.add(tree);
			deleted.addAll(tree.ids());
		}
		Set<String> gone = new HashSet<>();
		for (int i = 0; i < deletes.size(); i++) {
			Delete delete = deletes.get(i);
			if (gone.contains(delete.id())) {
				continue; // inside a tree deleted before
			}
			trees.get(i).refuseIfReferenced(connection, DefaultSession.label(delete.object()), deleted);
			String sql = "DELETE FROM " + delete.table().quotedName + " WHERE " + session.store.sql.q(Columns.ID)
					+ " = ? AND " + session.store.sql.q(column(PmoPackage.Literals.ENTITY__VERSION)) + " = ?";
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				statement.setString(1, delete.id());
				statement.setInt(2, delete.expectedVersion());
				if (statement.executeUpdate() == 0) {
					throw conflict(connection, delete.table(), delete.object(), delete.expectedVersion());
				}
			}
			trees.get(i).delete(connection);
			gone.addAll(trees.get(i).ids());
		}
	}

	private void writeListRows(Connection connection) throws SQLException {
		var sql = session.store.sql;
		for (Map.Entry<ListTable, List<String>> clear : listClears.entrySet()) {
			for (List<String> chunk : DefaultSession.chunks(clear.getValue())) {
				execute(connection, "DELETE FROM " + sql.q(clear.getKey().name()) + " WHERE " + sql.q(Columns.OWNER_ID)
						+ " IN (" + DefaultSession.placeholders(chunk.size()) + ")", chunk);
			}
		}
		Map<ListTable, PreparedStatement> statements = new HashMap<>();
		try {
			for (Object[] row : listRows) {
				ListTable list = (ListTable) row[0];
				PreparedStatement statement = statements.get(list);
				if (statement == null) {
					statement = connection.prepareStatement("INSERT INTO " + sql.q(list.name()) + " ("
							+ sql.q(Columns.OWNER_ID) + ", " + sql.q(Columns.POSITION) + ", " + sql.q(Columns.VALUE)
							+ (list.polymorphic() ? ", " + sql.q(Columns.TARGET_CLASS) : "") + ") VALUES (?, ?, ?"
							+ (list.polymorphic() ? ", ?" : "") + ")");
					statements.put(list, statement);
				}
				statement.setString(1, (String) row[1]);
				statement.setInt(2, (Integer) row[2]);
				(list.isReference() ? ValueKind.STRING : list.kind()).bind(statement, 3, row[3]);
				if (list.polymorphic()) {
					statement.setString(4, (String) row[4]);
				}
				statement.addBatch();
			}
			for (PreparedStatement statement : statements.values()) {
				statement.executeBatch();
			}
		} finally {
			for (PreparedStatement statement : statements.values()) {
				statement.close();
			}
		}
	}

	private ConflictException conflict(Connection connection, ClassTable table, EObject object, int expected)
			throws SQLException {
		String id = Ids.of(object);
		Integer stored = null;
		try (PreparedStatement statement = connection.prepareStatement("SELECT "
				+ session.store.sql.q(column(PmoPackage.Literals.ENTITY__VERSION)) + " FROM " + table.quotedName + " WHERE "
				+ session.store.sql.q(Columns.ID) + " = ?")) {
			statement.setString(1, id);
			try (ResultSet rs = statement.executeQuery()) {
				if (rs.next()) {
					stored = rs.getInt(1);
				}
			}
		}
		String label = DefaultSession.label(object);
		if (stored == null) {
			return new ConflictException(label + " was deleted by another user after you read it; nothing was saved.", id);
		}
		List<AuditEntry> last = session.store.audit.read(connection, AuditQuery.ofObject(id, 1));
		String by = last.isEmpty() ? "another session" : last.get(0).user() + " at " + Formats.time(last.get(0).at());
		return new ConflictException(label + " was changed by " + by + " after you read it (your version " + expected
				+ ", stored version " + stored + "); reload it and apply your change again. Nothing was saved.", id);
	}

	static void execute(Connection connection, String sql, List<String> parameters) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			bindAll(statement, parameters);
			statement.executeUpdate();
		}
	}

	static void bindAll(PreparedStatement statement, List<String> parameters) throws SQLException {
		for (int i = 0; i < parameters.size(); i++) {
			statement.setString(i + 1, parameters.get(i));
		}
	}

	// ---- after the commit, or after a failure

	void rollBackObjects() {
		for (int i = stamps.size() - 1; i >= 0; i--) {
			Object[] stamp = stamps.get(i);
			EntityAccess entity = (EntityAccess) stamp[0];
			entity.setVersion((Integer) stamp[1]);
			entity.setModified((Instant) stamp[2]);
			entity.setCreated((Instant) stamp[3]);
		}
	}

	private void applyToSession() {
		Resource resource = session.resource;
		for (EObject object : visited.keySet()) {
			if (deletes.stream().anyMatch(d -> d.object() == object)) {
				continue;
			}
			EntityAccess entity = new EntityAccess(object);
			ObjectState old = session.states.get(object);
			ClassTable table = old != null ? old.table : session.store.mapping.table(object.eClass());
			ObjectState state = new ObjectState(table, entity.getId());
			state.version = entity.getVersion();
			EObject container = object.eContainer();
			if (container != null) {
				state.parentId = Ids.of(container);
				state.parentFeature = object.eContainmentFeature().getName();
				state.position = ((List<?>) container.eGet(object.eContainmentFeature())).indexOf(object);
			} else if (old != null) {
				state.parentId = old.parentId;
				state.parentFeature = old.parentFeature;
				state.position = old.position;
			}
			state.values = DefaultSession.currentValues(object, table);
			state.lists = new List<?>[table.lists.size()];
			for (int l = 0; l < table.lists.size(); l++) {
				state.lists[l] = DefaultSession.listValues(object, table.lists.get(l));
			}
			if (old == null || old.contentsLoaded()) {
				state.children = DefaultSession.childIds(object, table.containments);
			}
			session.states.put(object, state);
			session.byId.put(state.id, object);
			if (container == null && object.eResource() == null) {
				((InternalEList<EObject>) resource.getContents()).addUnique(object);
			}
		}
		for (Delete delete : deletes) {
			EObject object = delete.object();
			session.forget(object);
			if (object.eContainer() != null) {
				EObject container = object.eContainer();
				EcoreUtil.remove(object);
				ObjectState parent = session.states.get(container);
				if (parent != null && parent.contentsLoaded()) {
					for (EReference containment : parent.table.containments) {
						parent.children.put(containment, DefaultSession.childIds(container, containment));
					}
				}
			} else if (object.eResource() == resource) {
				resource.getContents().remove(object);
			}
		}
	}
}
