package org.atrium.resources;

import java.util.Optional;
import java.util.Set;

import org.atrium.core.Governance;
import org.atrium.core.Permission;
import org.atrium.core.Permissions;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.store.Ids;

/**
 * Who decides on a submitted week: the project's manager or a workstream lead at the project (or above it), and
 * whoever may approve there (its sponsor or approvers). Nobody decides on their own time.
 */
public final class TimesheetApprovers {

	private final Permissions permissions;
	private final Governance governance;

	public TimesheetApprovers(Permissions permissions, Governance governance) {
		this.permissions = permissions;
		this.governance = governance;
	}

	/** Why the person may not approve, reject or correct the owner's time on the project; empty when they may. */
	public Optional<String> whyNot(Person actor, Person owner, Project project) {
		String projectName = project == null ? "this project" : project.getCode();
		if (actor == null) {
			return Optional.of("Only people of the office approve or reject time on " + projectName + ".");
		}
		if (owner != null && Ids.of(owner).equals(Ids.of(actor))) {
			return Optional.of(actor.getName() + " may not approve, reject or correct their own time on "
					+ projectName + ".");
		}
		if (project != null) {
			Set<RoleKind> roles = governance.rolesOf(actor, project);
			if (roles.contains(RoleKind.PROJECT_MANAGER) || roles.contains(RoleKind.WORKSTREAM_LEAD)
					|| permissions.isAllowed(actor, Permission.APPROVE, project)) {
				return Optional.empty();
			}
		}
		return Optional.of(actor.getName() + " may not approve, reject or correct time on " + projectName
				+ ": that takes the project's manager, a workstream lead, its sponsor or an approver.");
	}
}
