package org.atrium.core;

import java.util.EnumSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.model.pmo.Scope;
import org.atrium.core.store.Condition;
import org.atrium.core.store.Ids;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.core.store.Write;
import org.atrium.core.store.WriteCheck;
import org.atrium.core.store.WriteGuard;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Governance where the data is written: every transaction of every store, whoever writes it (an editor, the
 * navigator, an import, a command or a plugin's service), is checked here against the roles as they were committed
 * before it. A write is governed by the nearest stored scope that contains the object, else by the scope the object
 * refers to (a risk by its project), else by the office. What it needs comes from the {@link Permission#ANNOTATION}
 * annotations of the model; deleting a scope, or an object outside any scope, needs {@link Permission#DELETE}.
 * While no one holds the office role PMO lead, the office is being set up and every write is allowed. Plugins add
 * rules of their own with {@link WriteRule}: a write a rule allows needs no role, and any rule may refuse.
 */
@Component(service = { WriteGuard.class, GovernanceGuard.class })
public class GovernanceGuard implements WriteGuard {

	private Permissions permissions;
	private final List<WriteRule> rules = new CopyOnWriteArrayList<>();

	public GovernanceGuard() {
	}

	/** For use outside OSGi. */
	public GovernanceGuard(Permissions permissions) {
		this.permissions = permissions;
	}

	@Reference
	void setPermissions(Permissions permissions) {
		this.permissions = permissions;
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	public void addRule(WriteRule rule) {
		rules.add(rule);
	}

	public void removeRule(WriteRule rule) {
		rules.remove(rule);
	}

	/** Whether the office has a PMO lead, and so is governed. */
	public static boolean isGoverned(StoreSession session) {
		return session.count(Query.of(PmoPackage.Literals.PERSON)
				.where(Condition.eq(PmoPackage.Literals.PERSON__OFFICE_ROLES, RoleKind.PMO_LEAD))) > 0;
	}

	/** The person whose login the session's user is. */
	public static Optional<Person> person(StoreSession session, String login) {
		return session.<Person>query(Query.<Person>of(PmoPackage.Literals.PERSON)
				.where(Condition.eq(PmoPackage.Literals.PERSON__LOGIN, login))).stream().findFirst();
	}

	/**
	 * Why the user may not do what the permission names to the object, with the roles as the session reads them;
	 * empty if they may. For the UI to disable what the guard would refuse: the guard decides, at the write.
	 */
	public Optional<String> whyNot(StoreSession session, String login, EObject object, Permission permission) {
		if (!isGoverned(session)) {
			return Optional.empty();
		}
		Person person = person(session, login).orElse(null);
		Scope scope = governingScope(object, session).orElse(null);
		try {
			permissions.check(person, login, permission, scope);
			return Optional.empty();
		} catch (AccessDeniedException e) {
			return Optional.of(e.getMessage());
		}
	}

	private static Optional<Scope> governingScope(EObject object, StoreSession session) {
		EObject top = object;
		for (EObject current = object; current != null; current = current.eContainer()) {
			if (current instanceof Scope scope) {
				return Optional.of(scope);
			}
			top = current;
		}
		Optional<String> containerId = session.containerId(top);
		if (containerId.isPresent()) {
			return storedScope(containerId.get(), session, new HashMap<>());
		}
		return referencedScope(top);
	}

	@Override
	public void check(WriteCheck check) {
		StoreSession committed = check.committed();
		if (!isGoverned(committed)) {
			return;
		}
		Person actor = person(committed, check.user()).orElse(null);
		Set<Write> allowedByRules = allowedByRules(check, actor);
		Map<String, Optional<Scope>> scopes = new HashMap<>();
		Set<String> granted = new LinkedHashSet<>();
		for (Write write : check.writes()) {
			if (allowedByRules.contains(write)) {
				continue;
			}
			Set<Scope> governing = new LinkedHashSet<>();
			scope(write.object(), check, committed, scopes).ifPresentOrElse(governing::add, () -> governing.add(null));
			if (leavesItsScope(write)) {
				storedScope(Ids.of(write.object()), committed, scopes).ifPresentOrElse(governing::add,
						() -> governing.add(null));
			}
			for (Permission permission : required(write, check)) {
				for (Scope scope : governing) {
					if (granted.add((scope == null ? "office" : Ids.of(scope)) + "/" + permission)) {
						try {
							permissions.check(actor, check.user(), permission, scope);
						} catch (AccessDeniedException e) {
							throw new AccessDeniedException(e.getMessage() + " Nothing was saved.");
						}
					}
				}
			}
		}
		keepOnePmoLead(check, committed);
	}

	/** The writes the plugins' rules allow; a rule that refuses, or fails, refuses the whole transaction. */
	private Set<Write> allowedByRules(WriteCheck check, Person actor) {
		Set<Write> allowed = Collections.newSetFromMap(new IdentityHashMap<>());
		for (WriteRule rule : rules) {
			try {
				allowed.addAll(rule.allowed(check, actor));
			} catch (AccessDeniedException refused) {
				throw new AccessDeniedException(refused.getMessage() + " Nothing was saved.");
			} catch (RuntimeException | LinkageError failure) {
				Contributions.report(rule, "checking a write", failure);
				throw new AccessDeniedException("The rules of " + Contributions.bundleName(rule)
						+ " could not check this change; see the log. Nothing was saved.");
			}
		}
		return allowed;
	}

	/** Whether the object moved, or now refers to another scope: then the scope it had governs the write as well. */
	private static boolean leavesItsScope(Write write) {
		return write.kind() == Write.Kind.UPDATE && (write.movedFrom() != null || write.features().stream()
				.anyMatch(feature -> feature instanceof EReference reference && !reference.isContainment()
						&& PmoPackage.Literals.SCOPE.isSuperTypeOf(reference.getEReferenceType())));
	}

	/** What a write needs: per changed feature its annotation, else its class's, else edit; deleting a scope needs delete. */
	static Set<Permission> required(Write write, WriteCheck check) {
		EClass eClass = write.object().eClass();
		Permission ofClass = annotated(eClass).orElse(Permission.EDIT);
		Set<Permission> needed = EnumSet.noneOf(Permission.class);
		if (write.kind() == Write.Kind.DELETE) {
			boolean standsAlone = write.object() instanceof Scope || check.containerId(write.object()).isEmpty();
			needed.add(standsAlone && ofClass == Permission.EDIT ? Permission.DELETE : ofClass);
			return needed;
		}
		for (EStructuralFeature feature : write.features()) {
			needed.add(annotated(feature).orElse(ofClass));
		}
		if (needed.isEmpty() || write.movedFrom() != null) {
			needed.add(ofClass);
		}
		return needed;
	}

	private static Optional<Permission> annotated(EModelElement element) {
		EAnnotation annotation = element.getEAnnotation(Permission.ANNOTATION);
		String name = annotation == null ? null : annotation.getDetails().get("permission");
		if (name == null && element instanceof EClass eClass) {
			return eClass.getESuperTypes().stream().map(GovernanceGuard::annotated).flatMap(Optional::stream)
					.findFirst();
		}
		return Optional.ofNullable(name).map(Permission::named);
	}

	/**
	 * The scope governing the object as written, read as committed: its nearest stored containing scope, or the one
	 * it refers to.
	 */
	private static Optional<Scope> scope(EObject object, WriteCheck check, StoreSession committed,
			Map<String, Optional<Scope>> cache) {
		EObject current = object;
		while (true) {
			boolean stored = !check.isNew(current);
			if (current instanceof Scope && stored) {
				return storedScope(Ids.of(current), committed, cache);
			}
			if (current.eContainer() != null) {
				current = current.eContainer();
				continue;
			}
			Optional<String> containerId = stored ? check.containerId(current) : Optional.empty();
			if (containerId.isPresent()) {
				return storedScope(containerId.get(), committed, cache);
			}
			return referencedScope(current).flatMap(scope -> scope(scope, check, committed, cache));
		}
	}

	/** The scope governing a stored object as committed: the object itself if it is a scope, else as above. */
	private static Optional<Scope> storedScope(String id, StoreSession committed, Map<String, Optional<Scope>> cache) {
		Optional<Scope> known = cache.get(id);
		if (known != null) {
			return known;
		}
		Optional<Scope> found = Optional.empty();
		Optional<EObject> current = stored(committed, id);
		while (current.isPresent()) {
			if (current.get() instanceof Scope scope) {
				found = Optional.of(scope);
				break;
			}
			Optional<String> containerId = committed.containerId(current.get());
			if (containerId.isEmpty()) {
				found = referencedScope(current.get()).flatMap(
						scope -> committed.<Scope>find(PmoPackage.Literals.SCOPE, Ids.of(scope)));
				break;
			}
			current = stored(committed, containerId.get());
		}
		cache.put(id, found);
		return found;
	}

	/** Most containers are scopes: those are looked for first, in their three tables. */
	private static Optional<EObject> stored(StoreSession committed, String id) {
		return committed.<EObject>find(PmoPackage.Literals.SCOPE, id)
				.or(() -> committed.find(PmoPackage.Literals.ENTITY, id));
	}

	/** The first scope a top-level object refers to, such as a risk's project. */
	private static Optional<Scope> referencedScope(EObject object) {
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (!reference.isContainment() && !reference.isContainer() && !reference.isMany()
					&& PmoPackage.Literals.SCOPE.isSuperTypeOf(reference.getEReferenceType())
					&& object.eGet(reference, false) instanceof Scope scope) {
				return Optional.of(scope);
			}
		}
		return Optional.empty();
	}

	/** The office keeps a PMO lead: taking the role from the last one, or deleting them, is refused. */
	private static void keepOnePmoLead(WriteCheck check, StoreSession committed) {
		Set<String> leads = new LinkedHashSet<>();
		Person losing = null;
		for (Write write : check.writes()) {
			if (write.object() instanceof Person person
					&& (write.kind() == Write.Kind.DELETE || write.features().contains(PmoPackage.Literals.PERSON__OFFICE_ROLES))) {
				if (write.kind() != Write.Kind.DELETE && person.getOfficeRoles().contains(RoleKind.PMO_LEAD)) {
					leads.add(Ids.of(person));
				} else {
					losing = person;
				}
			}
		}
		if (losing == null) {
			return;
		}
		for (Person lead : committed.<Person>query(Query.<Person>of(PmoPackage.Literals.PERSON)
				.where(Condition.eq(PmoPackage.Literals.PERSON__OFFICE_ROLES, RoleKind.PMO_LEAD)))) {
			leads.add(Ids.of(lead));
		}
		for (Write write : check.writes()) {
			if (write.object() instanceof Person person && (write.kind() == Write.Kind.DELETE
					|| !person.getOfficeRoles().contains(RoleKind.PMO_LEAD))) {
				leads.remove(Ids.of(person));
			}
		}
		if (leads.isEmpty()) {
			Person lost = losing;
			throw new AccessDeniedException(lost.getName() + " is the office's only PMO lead; name another PMO lead "
					+ "before " + (check.writes().stream().anyMatch(w -> w.kind() == Write.Kind.DELETE && w.object() == lost)
							? "deleting them" : "taking the role away")
					+ ". Nothing was saved.");
		}
	}
}
