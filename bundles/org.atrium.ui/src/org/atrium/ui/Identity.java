package org.atrium.ui;

import java.util.List;
import java.util.Optional;

import org.atrium.core.GovernanceGuard;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;

/**
 * Who the workbench works as, and whether the office knows them.
 *
 * @param login    the login changes are made and audited as
 * @param person   the office's person with that login
 * @param people   everyone in the office, by name, to pick from
 * @param governed whether the office has a PMO lead, so that governance refuses what the person may not do
 */
public record Identity(String login, Optional<Person> person, List<Person> people, boolean governed) {

	public static Identity read(StoreSession session, String login) {
		List<Person> people = session.query(Query.<Person>of(PmoPackage.Literals.PERSON).orderBy(PmoPackage.Literals.PERSON__NAME));
		Optional<Person> person = people.stream().filter(p -> login.equals(p.getLogin())).findFirst();
		return new Identity(login, person, people, GovernanceGuard.isGoverned(session));
	}

	/** An office with people that does not know this login: every change would be refused, or go unattributed. */
	public boolean isUnknown() {
		return person.isEmpty() && !people.isEmpty();
	}

	/** For the status line: "Ann Lee (alee)", or the login and a warning. */
	public String describe() {
		return person.map(p -> p.getName() + " (" + login + ")")
				.orElse(login + (isUnknown() ? "  \u26a0 not one of the office's people" : ""));
	}

	/** Why the user should pick who they are. */
	public String warning() {
		return "Your login '" + login + "' is not one of the office's people. "
				+ (governed ? "You can read everything, but every change you make will be refused."
						: "Your changes would be recorded under a name nobody knows.")
				+ " Choose who you are.";
	}
}
