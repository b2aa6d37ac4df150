package org.atrium.ui;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.store.Condition;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreChangeListener;
import org.atrium.core.store.StoreSession;
import org.eclipse.e4.core.services.events.IEventBroker;

/**
 * The database the workbench works on and who works on it. Parts open a session of their own for
 * each unit of work; an editor keeps one session for the object it edits.
 */
public final class WorkbenchStore implements AutoCloseable {

	private volatile ModelStore store;
	private volatile String user;
	private volatile boolean closed;
	private StoreChangeListener changes;

	public WorkbenchStore(ModelStore store, String user) {
		this.store = store;
		this.user = user;
	}

	public StoreSession openSession() {
		return store.openSession(user);
	}

	public ModelStore store() {
		return store;
	}

	/** The login of the current user, as recorded in the audit log. */
	public String user() {
		return user;
	}

	/**
	 * Works as another person from now on: sessions opened later are theirs. Refused on a team repository, where the
	 * database login says who works.
	 */
	public void switchUser(String login) {
		if (login == null || login.isBlank()) {
			throw new IllegalArgumentException("a user needs a login");
		}
		if (store.signedInPerson().isPresent()) {
			throw new IllegalStateException(signedInExplanation(user));
		}
		this.user = login;
	}

	/**
	 * Works on another store from now on, as {@code user}, and closes the previous one; the workbench hears the new
	 * store's changes. Sessions opened later are on the new store; editors with sessions on the previous one must be
	 * closed first.
	 */
	public synchronized void switchTo(ModelStore next, String user) {
		if (user == null || user.isBlank()) {
			throw new IllegalArgumentException("a user needs a login");
		}
		ModelStore previous = store;
		this.store = next;
		this.user = user;
		if (previous != next) {
			if (changes != null) {
				previous.removeChangeListener(changes);
				next.addChangeListener(changes);
			}
			previous.close();
		}
	}

	/** Whether the database signed the user in (a team repository), so that the workbench cannot change who works. */
	public boolean isSignedInByServer() {
		return store.signedInPerson().isPresent();
	}

	/** Why the user cannot choose who they are on a team repository; {@code who} names them. */
	public String signedInExplanation(String who) {
		return "The team repository " + store.description() + " signs you in as " + who
				+ ". To work as someone else, connect with their login: File > Connect to team repository.";
	}

	public String description() {
		return store.description();
	}

	/** The person whose login is the current user, if the office knows them. */
	public Optional<Person> currentPerson(StoreSession session) {
		List<Person> people = session.query(
				Query.<Person>of(PmoPackage.Literals.PERSON).where(Condition.eq(PmoPackage.Literals.PERSON__LOGIN, user)));
		return people.stream().findFirst();
	}

	/**
	 * Tells the workbench what other clients of a team repository commit: {@link Topics#SERVER_CHANGED} for the
	 * editors, then {@link Topics#DATA_CHANGED} so that every part reads again, as after a save of its own; and
	 * {@link Topics#CONNECTION_LOST} and {@link Topics#RECONNECTED}. An embedded database has no other clients.
	 */
	public synchronized void publishChanges(IEventBroker events) {
		if (changes != null) {
			store.removeChangeListener(changes);
		}
		changes = new StoreChangeListener() {
			@Override
			public void changed(List<String> objectIds, String by) {
				events.post(Topics.SERVER_CHANGED, new ServerChange(objectIds, by, Instant.now()));
				events.post(Topics.DATA_CHANGED, objectIds.size() == 1 ? objectIds.get(0) : "");
			}

			@Override
			public void connectionLost(String message) {
				events.post(Topics.CONNECTION_LOST, message);
			}

			@Override
			public void reconnected() {
				Instant now = Instant.now();
				events.post(Topics.RECONNECTED, now);
				// What others committed meanwhile is unknown: every part and every clean editor reads again.
				events.post(Topics.SERVER_CHANGED, ServerChange.afterReconnect(now));
				events.post(Topics.DATA_CHANGED, "");
			}
		};
		store.addChangeListener(changes);
	}

	/** Whether the workbench closed the database, as it does when it shuts down. */
	public boolean isClosed() {
		return closed;
	}

	@Override
	public synchronized void close() {
		closed = true;
		if (changes != null) {
			store.removeChangeListener(changes);
		}
		store.close();
	}
}
