package org.atrium.core;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
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
 * containing it, and from the roles they hold for the whole office. The scope {@code null} is the
 * office itself: its people and its portfolios. {@link GovernanceGuard} checks every write with it.
 *
 * <pre>
 * sponsor                    view, edit, report status, approve, manage governance, delete
 * PMO lead                   view, edit, report status, manage governance, delete
 * PMO analyst                view, edit, report status
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
		GRANTS.put(RoleKind.PMO_LEAD, EnumSet.complementOf(EnumSet.of(Permission.APPROVE)));
		GRANTS.put(RoleKind.PMO_ANALYST, EnumSet.of(Permission.VIEW, Permission.EDIT, Permission.REPORT_STATUS));
		GRANTS.put(RoleKind.PROJECT_MANAGER, EnumSet.of(Permission.VIEW, Permission.EDIT, Permission.REPORT_STATUS));
		GRANTS.put(RoleKind.FUNCTIONAL_OWNER, EnumSet.of(Permission.VIEW, Permission.EDIT));
		GRANTS.put(RoleKind.TECHNOLOGY_OWNER, EnumSet.of(Permission.VIEW, Permission.EDIT));
		GRANTS.put(RoleKind.WORKSTREAM_LEAD, EnumSet.of(Permission.VIEW, Permission.REPORT_STATUS));
		GRANTS.put(RoleKind.STEERING_COMMITTEE_MEMBER, EnumSet.of(Permission.VIEW, Permission.APPROVE));
		GRANTS.put(RoleKind.APPROVER, EnumSet.of(Permission.VIEW, Permission.APPROVE));
		GRANTS.put(RoleKind.STAKEHOLDER, EnumSet.of(Permission.VIEW));
	}

	/** The roles a person may hold for the whole office. */
	public static final Set<RoleKind> OFFICE_ROLES = EnumSet.of(RoleKind.PMO_LEAD, RoleKind.PMO_ANALYST);

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
		return allows(roles(person, scope), permission);
	}

	/** Throws {@link AccessDeniedException}, naming the person, the action, the scope and the roles that allow it. */
	public void check(Person person, Permission permission, Scope scope) {
		check(person, person == null ? null : person.getName(), permission, scope);
	}

	/**
	 * As {@link #check(Person, Permission, Scope)}, for a login that may name nobody in the office.
	 */
	void check(Person person, String login, Permission permission, Scope scope) {
		Set<RoleKind> held = roles(person, scope);
		if (allows(held, permission)) {
			return;
		}
		String who = person != null ? person.getName() : login == null ? "Nobody" : "'" + login + "'";
		String allowedBy = GRANTS.entrySet().stream()
				.filter(e -> e.getValue().contains(permission) && (scope != null || OFFICE_ROLES.contains(e.getKey())))
				.map(e -> roleName(e.getKey())).collect(Collectors.joining(", "));
		String holds = person == null ? "is not one of the office's people"
				: "holds " + (held.isEmpty() ? "no role"
						: held.stream().map(Permissions::roleName).collect(Collectors.joining(", ")));
		throw new AccessDeniedException(who + " may not " + permission.label() + " " + where(scope)
				+ ": that takes one of the roles " + allowedBy + (scope == null ? " for the office" : " here or above")
				+ ", and " + who + " " + holds + ".");
	}

	/** The roles a person holds at the scope and above, and for the whole office. */
	public Set<RoleKind> roles(Person person, Scope scope) {
		Set<RoleKind> roles = new LinkedHashSet<>();
		if (person == null) {
			return roles;
		}
		if (scope != null) {
			roles.addAll(governance.rolesOf(person, scope));
		}
		person.getOfficeRoles().stream().filter(OFFICE_ROLES::contains).forEach(roles::add);
		return roles;
	}

	private static boolean allows(Set<RoleKind> roles, Permission permission) {
		return roles.stream().anyMatch(role -> GRANTS.get(role).contains(permission));
	}

	/** A role as a sentence names it: "sponsor", "PMO lead". */
	static String roleName(RoleKind role) {
		String literal = role.getLiteral();
		return Character.isUpperCase(literal.charAt(1)) ? literal
				: Character.toLowerCase(literal.charAt(0)) + literal.substring(1);
	}

	private static String where(Scope scope) {
		return scope == null ? "in the office"
				: "at " + scope.eClass().getName() + " '" + scope.getName() + "'";
	}
}
