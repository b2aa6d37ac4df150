package org.atrium.core;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.model.pmo.Scope;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Decides what a person may do at a scope from their role assignments there and in the scopes
 * containing it. Services call {@link #check} before they change anything.
 *
 * <pre>
 * sponsor                    view, edit, report status, approve, manage governance
 * project manager            view, edit, report status
 * functional owner           view, edit
 * technology owner           view, edit
 * workstream lead            view, report status
 * steering committee member  view, approve
 * approver                   view, approve
 * stakeholder                view
 * </pre>
 */
@Component(service = Permissions.class)
public class Permissions {

	private static final Map<RoleKind, Set<Permission>> GRANTS = new EnumMap<>(RoleKind.class);

	static {
		GRANTS.put(RoleKind.SPONSOR, EnumSet.allOf(Permission.class));
		GRANTS.put(RoleKind.PROJECT_MANAGER, EnumSet.of(Permission.VIEW, Permission.EDIT, Permission.REPORT_STATUS));
		GRANTS.put(RoleKind.FUNCTIONAL_OWNER, EnumSet.of(Permission.VIEW, Permission.EDIT));
		GRANTS.put(RoleKind.TECHNOLOGY_OWNER, EnumSet.of(Permission.VIEW, Permission.EDIT));
		GRANTS.put(RoleKind.WORKSTREAM_LEAD, EnumSet.of(Permission.VIEW, Permission.REPORT_STATUS));
		GRANTS.put(RoleKind.STEERING_COMMITTEE_MEMBER, EnumSet.of(Permission.VIEW, Permission.APPROVE));
		GRANTS.put(RoleKind.APPROVER, EnumSet.of(Permission.VIEW, Permission.APPROVE));
		GRANTS.put(RoleKind.STAKEHOLDER, EnumSet.of(Permission.VIEW));
	}

	private Governance governance;

	public Permissions() {
	}

	/** For use outside OSGi. */
	public Permissions(Governance governance) {
		this.governance = governance;
	}

	@Reference
	void setGovernance(Governance governance) {
		this.governance = governance;
	}

	public boolean isAllowed(Person person, Permission permission, Scope scope) {
		for (RoleKind role : governance.rolesOf(person, scope)) {
			if (GRANTS.get(role).contains(permission)) {
				return true;
			}
		}
		return false;
	}

	/** Throws {@link AccessDeniedException}, naming the person, the action, the scope and the roles that allow it. */
	public void check(Person person, Permission permission, Scope scope) {
		if (isAllowed(person, permission, scope)) {
			return;
		}
		Set<RoleKind> held = governance.rolesOf(person, scope);
		String allowedBy = GRANTS.entrySet().stream().filter(e -> e.getValue().contains(permission))
				.map(e -> e.getKey().getLiteral().toLowerCase()).collect(Collectors.joining(", "));
		throw new AccessDeniedException(name(person) + " may not " + permission.label() + " at "
				+ scope.eClass().getName() + " '" + scope.getName() + "': that takes one of the roles " + allowedBy
				+ " here or above, and " + name(person) + " holds "
				+ (held.isEmpty() ? "no role" : held.stream().map(r -> r.getLiteral().toLowerCase())
						.collect(Collectors.joining(", ")))
				+ ".");
	}

	private static String name(Person person) {
		return person == null ? "Nobody" : person.getName();
	}
}
