package org.atrium.core.store.internal;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.atrium.core.store.Ids;
import org.atrium.core.store.StoreChangeListener;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Changes committed to a shared PostgreSQL database, told to the other clients. A write announces its object ids on
 * the channel {@value #CHANNEL} just before it commits; PostgreSQL delivers the notification only if the commit
 * succeeds. A store with listeners keeps one connection of its own that listens, on a daemon thread, and tells its
 * listeners what the other stores committed. When that connection breaks it says so once, tries again after 1 s,
 * then after ever longer pauses up to 10 s, and says when it is back.
 */
final class ChangeFeed implements AutoCloseable {

	static final String CHANNEL = "atrium_changes";
	/** PostgreSQL refuses payloads of 8000 bytes or more; above this the ids are left out, meaning "read everything". */
	static final int MAX_PAYLOAD_BYTES = 7000;
	private static final String FORMAT = "1";
	private static final long POLL_MS = 250;
	/**
	 * After this long without a notification the feed asks the server something, and gives up waiting for the answer
	 * after {@link #NETWORK_TIMEOUT_MS}: a connection whose network went away without a word is noticed too.
	 */
	private static final long QUIET_MS = 10_000;
	private static final int NETWORK_TIMEOUT_MS = 15_000;
	private static final long FIRST_RETRY_MS = 1000;
	private static final long LAST_RETRY_MS = 10_000;
	/** How long adding the first listener waits for the feed to listen, so that it hears every later commit. */
	private static final long READY_MS = 10_000;
	private static final System.Logger LOG = System.getLogger(ChangeFeed.class.getName());

	/** One committed transaction as the feed carries it. */
	record Change(String storeId, String user, List<String> objectIds) {

		/** The notification's text: format, store, user and ids, each URL-encoded, separated by spaces. */
		String payload() {
			StringBuilder text = new StringBuilder(FORMAT).append(' ').append(encode(storeId)).append(' ')
					.append(encode(user));
			int header = text.length();
			for (String id : objectIds) {
				text.append(' ').append(encode(id));
			}
			if (text.toString().getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
				text.setLength(header);
			}
			return text.toString();
		}

		/** The change a payload names; empty for a payload of another format. */
		static Optional<Change> parse(String payload) {
			String[] parts = payload == null ? new String[0] : payload.split(" ");
			if (parts.length < 3 || !FORMAT.equals(parts[0])) {
				return Optional.empty();
			}
			List<String> ids = Arrays.stream(parts, 3, parts.length).map(Change::decode).toList();
			return Optional.of(new Change(decode(parts[1]), decode(parts[2]), ids));
		}

		private static String encode(String text) {
			return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
		}

		private static String decode(String text) {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
	}

	private final DefaultModelStore store;
	/** Names this store in its own notifications, so that it skips them. */
	private final String storeId = Ids.newId();
	private final List<StoreChangeListener> listeners = new CopyOnWriteArrayList<>();
	/** The thread that listens; a thread that is no longer this one ends. */
	private volatile Thread listening;
	private boolean closed;
	/** Counted down once the thread listens, or failed to. */
	private volatile CountDownLatch ready = new CountDownLatch(0);

	ChangeFeed(DefaultModelStore store) {
		this.store = store;
	}

	/** Sends the change on the connection of a write; it reaches the listeners only if that write commits. */
	void announce(Connection connection, String user, Collection<String> objectIds) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
			statement.setString(1, CHANNEL);
			statement.setString(2, new Change(storeId, user, List.copyOf(objectIds)).payload());
			statement.executeQuery().close();
		}
	}

	/**
	 * Adds a listener; the first one starts listening and returns once the feed listens (or cannot, for now). False
	 * once the feed was closed.
	 */
	boolean add(StoreChangeListener listener) {
		CountDownLatch started;
		synchronized (this) {
			if (closed) {
				return false;
			}
			listeners.add(listener);
			if (listening == null) {
				ready = new CountDownLatch(1);
				listening = new Thread(this::listen, "Atrium change feed " + store.config.displayUrl());
				listening.setDaemon(true);
				listening.start();
			}
			started = ready;
		}
		try {
			started.await(READY_MS, TimeUnit.MILLISECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return true;
	}

	synchronized void remove(StoreChangeListener listener) {
		listeners.remove(listener);
		if (listeners.isEmpty()) {
			stop();
		}
	}

	/** Stops listening; returns once the listening thread ended, or after two seconds at most. */
	@Override
	public synchronized void close() {
		closed = true;
		listeners.clear();
		stop();
	}

	private void stop() {
		Thread thread = listening;
		listening = null;
		if (thread == null || thread == Thread.currentThread()) {
			return;
		}
		thread.interrupt();
		try {
			thread.join(2000);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private boolean stopped() {
		return listening != Thread.currentThread();
	}

	private void listen() {
		long pause = FIRST_RETRY_MS;
		boolean lost = false;
		while (!stopped()) {
			try (Connection connection = store.dialect.connect(store.config)) {
				connection.setAutoCommit(true);
				try (Statement statement = connection.createStatement()) {
					statement.execute("LISTEN " + CHANNEL);
				}
				ready.countDown();
				if (lost) {
					lost = false;
					tell(StoreChangeListener::reconnected);
				}
				pause = FIRST_RETRY_MS;
				connection.setNetworkTimeout(Runnable::run, NETWORK_TIMEOUT_MS);
				PGConnection notifications = connection.unwrap(PGConnection.class);
				long heard = System.nanoTime();
				while (!stopped()) {
					PGNotification[] received = notifications.getNotifications((int) POLL_MS);
					if (received != null && received.length > 0) {
						deliver(received);
						heard = System.nanoTime();
					} else if (System.nanoTime() - heard > QUIET_MS * 1_000_000) {
						try (Statement statement = connection.createStatement()) {
							statement.execute("SELECT 1");
						}
						heard = System.nanoTime();
					}
				}
			} catch (SQLException | RuntimeException e) {
				ready.countDown();
				if (stopped()) {
					return;
				}
				if (!lost) {
					lost = true;
					String message = "The connection to " + store.config.displayUrl() + " was lost (" + e.getMessage()
							+ "); trying to reconnect.";
					LOG.log(System.Logger.Level.WARNING, message);
					tell(listener -> listener.connectionLost(message));
				}
				try {
					Thread.sleep(pause);
				} catch (InterruptedException interrupted) {
					return;
				}
				pause = Math.min(pause * 2, LAST_RETRY_MS);
			}
		}
	}

	private void deliver(PGNotification[] received) {
		for (PGNotification notification : received) {
			Optional<Change> change = Change.parse(notification.getParameter());
			if (change.isEmpty()) {
				LOG.log(System.Logger.Level.WARNING, "A change notification of an unknown format was ignored: "
						+ notification.getParameter());
			} else if (!change.get().storeId().equals(storeId)) {
				List<String> ids = new ArrayList<>(change.get().objectIds());
				tell(listener -> listener.changed(List.copyOf(ids), change.get().user()));
			}
		}
	}

	/** Tells every listener; one that throws is logged and does not keep the others from hearing. */
	private void tell(Consumer<StoreChangeListener> call) {
		for (StoreChangeListener listener : listeners) {
			try {
				call.accept(listener);
			} catch (RuntimeException e) {
				LOG.log(System.Logger.Level.WARNING, "A store change listener failed", e);
			}
		}
	}
}
