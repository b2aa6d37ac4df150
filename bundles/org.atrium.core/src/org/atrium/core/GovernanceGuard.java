package org.atrium.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.atrium.core.model.Labels;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.model.pmo.Scope;
import org.atrium.core.model.pmo.StatusReport;
import org.atrium.core.store.Condition;
import org.atrium.core.store.Ids;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreException;
import org.atrium.core.store.StoreSession;
import org.atrium.core.store.Write;
import org.atrium.core.store.WriteCheck;
import org.atrium.core.store.WriteGuard;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Governance where the data is written: every transaction of every store, whoever writes it (an editor, the
 * navigator, an import, a command or a plugin's service), is checked here against the roles as they were committed
 * before it. A write is governed by the nearest stored scope that contains the object, else by the scope the object
 * refers to (a risk by its project), else by the office. What it needs comes from the {@link Permission#ANNOTATION}
 * annotations of the model; deleting a scope, or an object outside any scope, needs {@link Permission#DELETE}.
 * While no one holds the office role PMO lead, the office is being set up and every write is allowed. Plugins add
 * their own rules with {@link WriteRule}: a write a rule allows needs no role, and any rule may refuse a transaction,
 * governed or not.
 */
@Component(service = { WriteGuard.class, GovernanceGuard.class })
public class GovernanceGuard implements WriteGuard {

	/** The detail of the governance annotation naming the boolean attribute that freezes an object once true. */
	public static final String FROZEN_WHEN = "frozenWhen";
	private static final String NOTHING_SAVED = "Nothing was saved.";

	private Permissions permissions;
	private final List<WriteRule> rules = new CopyOnWriteArrayList<>();

	public GovernanceGuard() {
	}

	/** For use outside OSGi, with the rules of plugins. */
	public GovernanceGuard(Permissions permissions, WriteRule... rules) {
		this.permissions = permissions;
		this.rules.addAll(List.of(rules));
	}

	@Reference
	void setPermissions(Permissions permissions) {
		this.permissions = permissions;
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
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
		if (permission == Permission.EDIT && rules.stream().anyMatch(rule -> Contributions.call(rule,
				"the write rule for " + object.eClass().getName(), () -> rule.allowsEditing(person, object, session),
				false))) {
			return Optional.empty();
		}
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
		refuseFrozen(check, committed);
		Person actor = person(committed, check.user()).orElse(null);
		if (isGoverned(committed)) {
			checkRoles(check, committed, actor);
		}
		for (WriteRule rule : rules) {
			asking(rule, () -> {
				rule.check(check, actor);
				return null;
			});
		}
	}

	/**
	 * A rule's answer; a refusal of access says that nothing was saved, as the roles' refusals do, and a rule that
	 * fails refuses the transaction, logged with its plugin's name.
	 */
	private static <T> T asking(WriteRule rule, Supplier<T> question) {
		try {
			return question.get();
		} catch (AccessDeniedException refused) {
			throw refused.getMessage().endsWith(NOTHING_SAVED) ? refused
					: new AccessDeniedException(refused.getMessage() + " " + NOTHING_SAVED);
		} catch (StoreException refused) {
			throw refused;
		} catch (RuntimeException | LinkageError failure) {
			Contributions.report(rule, "checking a write", failure);
			throw new AccessDeniedException("The rules of " + Contributions.bundleName(rule)
					+ " could not check this change; see the log. " + NOTHING_SAVED);
		}
	}

	private void checkRoles(WriteCheck check, StoreSession committed, Person actor) {
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
							throw new AccessDeniedException(e.getMessage() + " " + NOTHING_SAVED);
						}
					}
				}
			}
		}
		keepOnePmoLead(check, committed);
	}

	/** The writes the plugins' rules allow whatever the roles. */
	private Set<Write> allowedByRules(WriteCheck check, Person actor) {
		Set<Write> allowed = Collections.newSetFromMap(new IdentityHashMap<>());
		for (WriteRule rule : rules) {
			allowed.addAll(asking(rule, () -> rule.allowed(check, actor)));
		}
		return allowed;
	}

	/**
	 * Published reports stay as they were published, for everyone: a stored core status report may not be changed or
	 * removed, nor may an object of a class whose {@link Permission#ANNOTATION} annotation names, under
	 * {@value #FROZEN_WHEN}, a boolean attribute that is true as committed (a plugin's published report), nor anything
	 * such an object contains.
	 */
	private static void refuseFrozen(WriteCheck check, StoreSession committed) {
		Map<String, Boolean> frozen = new HashMap<>();
		for (Write write : check.writes()) {
			if (write.kind() == Write.Kind.CREATE && write.object().eContainer() == null) {
				continue;
			}
			for (EObject current = write.object(); current != null; current = current.eContainer()) {
				if (check.isNew(current)) {
					continue;
				}
				if (current instanceof StatusReport report) {
					throw new PublishedReportException(report, write.kind() == Write.Kind.DELETE ? "was removed" : "was changed");
				}
				EAttribute flag = frozenWhen(current.eClass());
				EObject object = current;
				if (flag != null && frozen.computeIfAbsent(Ids.of(current), id -> committed.find(object.eClass(), id)
						.map(stored -> Boolean.TRUE.equals(stored.eGet(flag))).orElse(false))) {
					throw new PublishedReportException(Labels.of(current));
				}
			}
		}
	}

	/** The boolean attribute that freezes objects of the class once it is true, or null. */
	static EAttribute frozenWhen(EClass eClass) {
		List<EClass> types = new ArrayList<>(eClass.getEAllSuperTypes());
		types.add(0, eClass);
		for (EClass type : types) {
			EAnnotation annotation = type.getEAnnotation(Permission.ANNOTATION);
			String name = annotation == null ? null : annotation.getDetails().get(FROZEN_WHEN);
			if (name != null && eClass.getEStructuralFeature(name) instanceof EAttribute attribute) {
				return attribute;
			}
		}
		return null;
	}

	/** Whether the object moved, or now refers to another scope: then the scope it had governs the write as well. */
	private static boolean leavesItsScope(Write write) {
		return write.kind() == Write.Kind.UPDATE && (write.movedFrom() != null || write.features().stream()
				.anyMatch(feature -> feature instanceof EReference reference && !reference.isContainment()
						&& PmoPackage.Literals.SCOPE.isSuperTypeOf(reference.getEReferenceType())));
	}

	/**
	 * What a write needs: per changed feature what a rule says, else its annotation, else its class's, else edit;
	 * deleting a scope needs delete.
	 */
	private Set<Permission> required(Write write, WriteCheck check) {
		EClass eClass = write.object().eClass();
		Permission ofClass = annotated(eClass).orElse(Permission.EDIT);
		Set<Permission> needed = EnumSet.noneOf(Permission.class);
		if (write.kind() == Write.Kind.DELETE) {
			boolean standsAlone = write.object() instanceof Scope || check.containerId(write.object()).isEmpty();
			needed.add(standsAlone && ofClass == Permission.EDIT ? Permission.DELETE : ofClass);
			return needed;
		}
		for (EStructuralFeature feature : write.features()) {
			needed.add(ruled(write, feature, check).or(() -> annotated(feature)).orElse(ofClass));
		}
		if (needed.isEmpty() || write.movedFrom() != null) {
			needed.add(ofClass);
		}
		return needed;
	}

	private Optional<Permission> ruled(Write write, EStructuralFeature feature, WriteCheck check) {
		for (WriteRule rule : rules) {
			Optional<Permission> permission = asking(rule, () -> rule.permission(write, feature, check));
			if (permission.isPresent()) {
				return permission;
			}
		}
		return Optional.empty();
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
