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

	private final ModelStore store;
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

	/** Works as another person from now on: sessions opened later are theirs. */
	public void switchUser(String login) {
		if (login == null || login.isBlank()) {
			throw new IllegalArgumentException("a user needs a login");
		}
		this.user = login;
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
