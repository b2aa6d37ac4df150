package org.atrium.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.RoleAssignment;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.model.pmo.Scope;
import org.atrium.core.store.Condition;
import org.atrium.core.store.Ids;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.osgi.service.component.annotations.Component;

/**
 * Who governs a portfolio, program or project. Roles are read from the scope and, where the scope
 * names nobody, from the scopes that contain it (a project inherits its program's sponsor). A scope read
 * without its container or contents (by a query) is completed from the session that read it.
 */
@Component(service = Governance.class)
public class Governance {

	/** The sponsor of the scope, or of the nearest containing scope that has one. */
	public Optional<Person> sponsor(Scope scope) {
		for (Scope s = scope; s != null; s = parent(s)) {
			List<Person> sponsors = holders(s, RoleKind.SPONSOR);
			if (!sponsors.isEmpty()) {
				return Optional.of(sponsors.get(0));
			}
		}
		return Optional.empty();
	}

	/** The steering committee of the scope, or of the nearest containing scope that has one. */
	public List<Person> steeringCommittee(Scope scope) {
		for (Scope s = scope; s != null; s = parent(s)) {
			List<Person> members = holders(s, RoleKind.STEERING_COMMITTEE_MEMBER);
			if (!members.isEmpty()) {
				return members;
			}
		}
		return List.of();
	}

	/**
	 * Who may approve at the scope: its approvers and sponsor, and those of every containing scope
	 * (a program sponsor may approve a change in one of the program's projects).
	 */
	public List<Person> approvers(Scope scope) {
		Set<Person> result = new LinkedHashSet<>();
		for (Scope s = scope; s != null; s = parent(s)) {
			result.addAll(holders(s, RoleKind.APPROVER));
			result.addAll(holders(s, RoleKind.SPONSOR));
		}
		return List.copyOf(result);
	}

	/** The roles a person holds at the scope itself and at the scopes containing it. */
	public Set<RoleKind> rolesOf(Person person, Scope scope) {
		Set<RoleKind> roles = new LinkedHashSet<>();
		for (Scope s = scope; s != null; s = parent(s)) {
			for (RoleAssignment assignment : assignments(s)) {
				if (isSame(assignment.getPerson(), person)) {
					roles.add(assignment.getKind());
				}
			}
		}
		return roles;
	}

	/** People holding a role directly at the scope, in assignment order. */
	public List<Person> holders(Scope scope, RoleKind kind) {
		List<Person> result = new ArrayList<>();
		for (RoleAssignment assignment : assignments(scope)) {
			if (assignment.getKind() == kind && assignment.getPerson() != null) {
				result.add(assignment.getPerson());
			}
		}
		return result;
	}

	/** The scope containing this one: in memory, else as stored. */
	public static Scope parent(Scope scope) {
		if (scope.eContainer() != null) {
			return scope.eContainer() instanceof Scope parent ? parent : null;
		}
		return StoreSession.of(scope).flatMap(session -> session.containerId(scope)
				.flatMap(id -> session.<Scope>find(PmoPackage.Literals.SCOPE, id))).orElse(null);
	}

	private static List<RoleAssignment> assignments(Scope scope) {
		Optional<StoreSession> session = StoreSession.of(scope);
		if (session.isPresent() && !session.get().hasContents(scope)) {
			return session.get().query(
					Query.<RoleAssignment>of(PmoPackage.Literals.ROLE_ASSIGNMENT).where(Condition.childOf(scope)));
		}
		return scope.getRoleAssignments();
	}

	static boolean isSame(Person a, Person b) {
		return a != null && b != null && (a == b || (Ids.of(a) != null && Ids.of(a).equals(Ids.of(b))));
	}
}
