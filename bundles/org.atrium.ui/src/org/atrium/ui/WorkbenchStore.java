package org.atrium.ui;

import java.util.List;
import java.util.Optional;

import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.store.Condition;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;

/**
 * The database the workbench works on and who works on it. Parts open a session of their own for
 * each unit of work; an editor keeps one session for the object it edits.
 */
public final class WorkbenchStore implements AutoCloseable {

	private volatile ModelStore store;
	private volatile String user;
	private volatile boolean closed;

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
	 * Works on another store from now on, as {@code user}, and closes the previous one. Sessions opened later are on
	 * the new store; editors with sessions on the previous one must be closed first.
	 */
	public void switchTo(ModelStore next, String user) {
		if (user == null || user.isBlank()) {
			throw new IllegalArgumentException("a user needs a login");
		}
		ModelStore previous = store;
		this.store = next;
		this.user = user;
		if (previous != next) {
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

	/** Whether the workbench closed the database, as it does when it shuts down. */
	public boolean isClosed() {
		return closed;
	}

	@Override
	public void close() {
		closed = true;
		store.close();
	}
}
