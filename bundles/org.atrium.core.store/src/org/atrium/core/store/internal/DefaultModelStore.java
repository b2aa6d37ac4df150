package org.atrium.core.store.internal;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import org.atrium.core.store.AuditEntry;
import org.atrium.core.store.AuditQuery;
import org.atrium.core.store.Dialect;
import org.atrium.core.store.MissingStoreException;
import org.atrium.core.store.ModelContribution;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.SchemaInfo;
import org.atrium.core.store.StoreChangeListener;
import org.atrium.core.store.StoreConfig;
import org.atrium.core.store.StoreException;
import org.atrium.core.store.StoreLockedException;
import org.atrium.core.store.StoreLoginException;
import org.atrium.core.store.StoreUnavailableException;
import org.atrium.core.store.StoreSession;
import org.atrium.core.store.WriteGuard;

/** The store over one database: its mapping, schema and a small pool of connections. */
public final class DefaultModelStore implements ModelStore {

	private static final int MAX_IDLE = 4;
	/** Open stores per URL in this process; an embedded engine is shut down when the last one closes. */
	private static final java.util.Map<String, Integer> OPEN = new java.util.HashMap<>();

	final StoreConfig config;
	final Dialect dialect;
	final SqlNames sql;
	final Mapping mapping;
	final AuditWriter audit;
	private final SchemaManager schema;
	private final Deque<Connection> idle = new ArrayDeque<>();
	private final WriteGuard guard;
	private final ChangeFeed changeFeed;
	private boolean closed;
	private Optional<String> signedInPerson = Optional.empty();

	private DefaultModelStore(StoreConfig config, Dialect dialect, WriteGuard guard) {
		this.config = config;
		this.guard = guard;
		this.dialect = dialect;
		this.sql = new SqlNames(dialect);
		this.mapping = new Mapping(sql);
		this.audit = new AuditWriter(sql);
		this.schema = new SchemaManager(dialect, sql);
		this.changeFeed = new ChangeFeed(this);
	}

	/**
	 * Opens (or, if the configuration allows, creates) the database and maps the given packages; every transaction
	 * passes the guard.
	 */
	public static DefaultModelStore open(StoreConfig config, Collection<ModelContribution> contributions,
			WriteGuard guard) {
		DefaultModelStore store = new DefaultModelStore(config, dialectFor(config), guard);
		if (config.isEmbeddedDerby() && !config.create() && !Files.isDirectory(config.derbyDirectory())) {
			throw new MissingStoreException("There is no Atrium database at " + config.derbyDirectory() + ".");
		}
		synchronized (OPEN) {
			OPEN.merge(config.jdbcUrl(), 1, Integer::sum);
		}
		Connection connection;
		try {
			connection = store.borrow();
		} catch (RuntimeException e) {
			store.close();
			throw e;
		}
		try {
			store.schema.ensureSystemTables(connection);
			if (store.dialect instanceof PostgresDialect) {
				store.signedInPerson = TeamIdentity.signedInPerson(connection, store.sql, store.description());
				connection.commit();
			}
		} catch (SQLException e) {
			store.discard(connection);
			store.close();
			throw new StoreException("Cannot prepare the database at " + store.description() + ": " + e.getMessage(), e);
		} catch (RuntimeException e) {
			store.discard(connection);
			store.close();
			throw e;
		}
		store.release(connection);
		try {
			for (ModelContribution contribution : contributions) {
				store.register(contribution);
			}
		} catch (RuntimeException e) {
			store.close();
			throw e;
		}
		return store;
	}

	static Dialect dialectFor(StoreConfig config) {
		if (config.isEmbeddedDerby()) {
			return new DerbyDialect();
		}
		if (config.jdbcUrl().startsWith("jdbc:postgresql:")) {
			return new PostgresDialect();
		}
		throw new StoreException("Unsupported database URL '" + config.displayUrl()
				+ "': use an embedded Derby directory or a jdbc:postgresql: URL.");
	}

	/** Maps a package and brings its tables up to date. Registering a package twice does nothing. */
	public synchronized void register(ModelContribution contribution) {
		if (mapping.isRegistered(contribution.ePackage())) {
			return;
		}
		mapping.register(contribution.ePackage());
		Connection connection = null;
		try {
			connection = borrow();
			schema.upgrade(connection, contribution, mapping);
			release(connection);
		} catch (SQLException | RuntimeException e) {
			mapping.unregister(contribution.ePackage());
			if (connection != null) {
				discard(connection);
			}
			throw e instanceof StoreException stored ? stored
					: new StoreException("Cannot bring the tables of " + contribution.ePackage().getNsURI()
							+ " up to date: " + (e instanceof SQLException sqlError && dialect.isPermissionDenied(sqlError)
									? TeamIdentity.mayNotChangeTables(config) : e.getMessage()), e);
		}
	}

	WriteGuard guard() {
		return guard;
	}

	@Override
	public StoreSession openSession(String user) {
		if (user == null || user.isBlank()) {
			throw new IllegalArgumentException("a session needs a user name for the audit log");
		}
		TeamIdentity.requireSignedIn(signedInPerson, user, config);
		return new DefaultSession(this, user);
	}

	@Override
	public Optional<String> signedInPerson() {
		return signedInPerson;
	}

	@Override
	public String description() {
		return config.isEmbeddedDerby() ? "Derby " + config.derbyDirectory() : dialect.name() + " " + config.displayUrl();
	}

	@Override
	public List<SchemaInfo> schema() {
		return withConnection(schema::recorded);
	}

	@Override
	public List<AuditEntry> auditLog(AuditQuery query) {
		return withConnection(connection -> audit.read(connection, query));
	}

	/** Listens on PostgreSQL; an embedded Derby database has only this process as a client, with nothing to tell. */
	@Override
	public void addChangeListener(StoreChangeListener listener) {
		java.util.Objects.requireNonNull(listener, "listener");
		if (dialect instanceof PostgresDialect && !changeFeed.add(listener)) {
			throw new StoreException("The store " + description() + " is closed.");
		}
	}

	@Override
	public void removeChangeListener(StoreChangeListener listener) {
		changeFeed.remove(listener);
	}

	/** Tells the other clients what a write changed, on its connection just before it commits. */
	void announce(Connection connection, String user, Collection<String> objectIds) throws SQLException {
		if (dialect instanceof PostgresDialect && !objectIds.isEmpty()) {
			changeFeed.announce(connection, user, objectIds);
		}
	}

	interface SqlWork<R> {
		R run(Connection connection) throws SQLException;
	}

	/**
	 * Runs reading work in a transaction of its own; commits if it returns, rolls back if it throws. When the
	 * connection turns out to be lost, the work runs once more on a new one.
	 */
	<R> R withConnection(SqlWork<R> work) {
		for (int attempt = 1;; attempt++) {
			Connection connection = borrow();
			try {
				R result = work.run(connection);
				connection.commit();
				release(connection);
				return result;
			} catch (SQLException e) {
				rollbackQuietly(connection);
				if (!isConnectionLost(e)) {
					release(connection);
					throw new StoreException("Database error in " + description() + ": " + e.getMessage(), e);
				}
				discardBroken(connection);
				if (attempt == 2) {
					throw new StoreUnavailableException("The connection to " + config.displayUrl() + " was lost ("
							+ e.getMessage() + ").", e);
				}
			} catch (RuntimeException | Error e) {
				rollbackQuietly(connection);
				release(connection);
				throw e;
			}
		}
	}

	/** Whether the error says that the connection to the server broke, rather than that a statement failed. */
	boolean isConnectionLost(SQLException e) {
		return dialect.isServerUnreachable(e);
	}

	/**
	 * Closes a connection that broke, and every idle one: they went to the same server, so they are likely broken
	 * too. The next borrower gets a new connection.
	 */
	synchronized void discardBroken(Connection connection) {
		discard(connection);
		while (!idle.isEmpty()) {
			discard(idle.pop());
		}
	}

	/**
	 * The error of a write whose connection broke: before the COMMIT nothing was saved; during it the server may have
	 * committed, and a second save of the same edits is then refused (a conflict for a changed object, a duplicate
	 * id for a new one), never written twice.
	 */
	StoreUnavailableException lostWrite(SQLException e, boolean duringCommit) {
		return new StoreUnavailableException(duringCommit
				? "The connection to " + config.displayUrl() + " was lost while the save was being committed; it may"
						+ " or may not have been saved. Your changes are kept; reload to see what is stored."
				: "The connection to " + config.displayUrl()
						+ " was lost; nothing was saved. Your changes are kept; save again when it is back.", e);
	}

	static void rollbackQuietly(Connection connection) {
		try {
			connection.rollback();
		} catch (SQLException ignored) {
			// The connection is broken; it is discarded on release.
		}
	}

	synchronized Connection borrow() {
		if (closed) {
			throw new StoreException("The store " + description() + " is closed.");
		}
		Connection connection = idle.poll();
		if (connection != null) {
			return connection;
		}
		try {
			return dialect.connect(config);
		} catch (SQLException e) {
			if (dialect.isLockedByAnotherProcess(e)) {
				throw new StoreLockedException("The database at " + config.derbyDirectory()
						+ " is in use by another Atrium process; close that process or use another workspace.", e);
			}
			if (dialect.isMissingDatabase(e)) {
				throw new MissingStoreException("There is no Atrium database at " + description() + ".");
			}
			if (dialect.isLoginRefused(e)) {
				throw new StoreLoginException("The server " + description() + " refused the login '" + config.user()
						+ "': the password is wrong, or the server does not know that login.", e);
			}
			if (dialect.isServerUnreachable(e)) {
				throw new StoreUnavailableException("The server " + description()
						+ " cannot be reached: it is down, or the host or port is wrong (" + e.getMessage() + ").", e);
			}
			throw new StoreException("Cannot open the database " + description() + ": " + e.getMessage(), e);
		}
	}

	synchronized void release(Connection connection) {
		try {
			if (!closed && !connection.isClosed() && idle.size() < MAX_IDLE) {
				idle.push(connection);
				return;
			}
		} catch (SQLException ignored) {
			// fall through and close it
		}
		discard(connection);
	}

	private void discard(Connection connection) {
		try {
			connection.close();
		} catch (SQLException ignored) {
			// already broken
		}
	}

	@Override
	public synchronized void close() {
		if (closed) {
			return;
		}
		closed = true;
		changeFeed.close();
		while (!idle.isEmpty()) {
			discard(idle.pop());
		}
		synchronized (OPEN) {
			if (OPEN.merge(config.jdbcUrl(), -1, Integer::sum) <= 0) {
				OPEN.remove(config.jdbcUrl());
				dialect.shutdown(config);
			}
		}
	}
}
