package org.atrium.ui.team;

import java.util.List;

import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.store.Condition;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.ModelStoreFactory;
import org.atrium.core.store.NewerSchemaException;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreConfig;
import org.atrium.core.store.StoreException;
import org.atrium.core.store.StoreLoginException;
import org.atrium.core.store.StoreSession;
import org.atrium.core.store.StoreUnavailableException;
import org.atrium.core.store.UnmappedLoginException;

/**
 * A login on a team repository: where, as whom, with which password. The password stays in this object and the store
 * configuration; {@link #toString()} and every message leave it out.
 */
public record TeamConnection(String url, String login, String password) {

	/** Checks the login as typed; returns the first problem, naming the field, or null. */
	public static String problem(String login, String password) {
		if (login == null || login.isBlank()) {
			return "Login: enter your database login, the one the administrator gave you.";
		}
		if (!login.equals(login.trim())) {
			return "Login: remove the spaces around the login.";
		}
		if (password == null || password.isEmpty()) {
			return "Password: enter the password of your database login.";
		}
		return null;
	}

	public StoreConfig config() {
		return StoreConfig.jdbc(url, login, password);
	}

	/** The connected store, who it signed in, and how to say so. */
	public record Opened(ModelStore store, String user, String message) {
	}

	/**
	 * Opens the team repository, bringing its schema up to date, and names who the server signed in. Runs store work:
	 * call it off the UI thread. The caller closes the store.
	 *
	 * @param fallbackUser who works when the login administers the repository and stands for no person
	 */
	public Opened open(ModelStoreFactory factory, String fallbackUser) {
		ModelStore store = factory.open(config());
		try {
			String where = store.description();
			if (store.signedInPerson().isEmpty()) {
				return new Opened(store, fallbackUser, "Connected to " + where + " with the login '" + login
						+ "', which administers the repository and stands for no person: changes are recorded as "
						+ fallbackUser + ". Schema up to date.");
			}
			String person = store.signedInPerson().get();
			List<Person> found;
			try (StoreSession session = store.openSession(person)) {
				found = session.query(Query.<Person>of(PmoPackage.Literals.PERSON)
						.where(Condition.eq(PmoPackage.Literals.PERSON__LOGIN, person)));
			}
			String who = found.isEmpty() ? person + " (not yet one of the office's people)"
					: found.get(0).getName() + " (" + person + ")";
			return new Opened(store, person, "Connected as " + who + " to " + where + "; schema up to date.");
		} catch (RuntimeException e) {
			store.close();
			throw e;
		}
	}

	/** One clear sentence or two for why the connection failed, fit for the dialog; never with a password. */
	public String explain(StoreException e) {
		String where = StoreConfig.withoutPassword(url);
		if (e instanceof StoreLoginException) {
			return "Wrong password, or the server " + where + " does not know the login '" + login
					+ "'. Check both; the administrator can reset the password.";
		}
		if (e instanceof StoreUnavailableException) {
			return "The server " + where + " cannot be reached: it is down, or the host or port is wrong. "
					+ "Try again later, or ask the administrator whether it runs.";
		}
		if (e instanceof NewerSchemaException) {
			return "The team repository's schema is newer than this Atrium: " + e.getMessage()
					+ " Ask the administrator which version the team uses, and install the newer plugins.";
		}
		if (e instanceof UnmappedLoginException) {
			return "The login '" + login + "' is not mapped to a person of the office. Ask the administrator to run "
					+ "atrium server add-user " + login + " --person <your office login>.";
		}
		return e.getMessage();
	}

	@Override
	public String toString() {
		return login + " on " + StoreConfig.withoutPassword(url);
	}
}
