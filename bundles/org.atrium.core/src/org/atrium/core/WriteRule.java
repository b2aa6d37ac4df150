package org.atrium.core;

import java.util.Set;

import org.atrium.core.model.pmo.Person;
import org.atrium.core.store.Write;
import org.atrium.core.store.WriteCheck;

/**
 * A plugin's say in governance, for records whose rights roles alone do not describe: a person's own timesheet,
 * a week that is locked once approved. Register an implementation as an OSGi service; {@link GovernanceGuard}
 * asks every rule in every transaction of a governed office, before it checks the roles.
 * <p>
 * A rule returns the writes it allows by itself (they then need no permission at their scope), and refuses the
 * transaction by throwing {@link AccessDeniedException} with a sentence that says why. Any other exception
 * refuses the transaction too, logged with the plugin's name: a failing rule never lets a write through.
 */
public interface WriteRule {

	/**
	 * The writes of the transaction that this rule allows without the roles governance would ask for; empty when
	 * it allows none. {@code actor} is the person writing, null when the session's user names nobody.
	 */
	Set<Write> allowed(WriteCheck check, Person actor);
}
