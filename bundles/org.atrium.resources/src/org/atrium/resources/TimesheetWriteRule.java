package org.atrium.resources;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.atrium.core.AccessDeniedException;
import org.atrium.core.Governance;
import org.atrium.core.Permissions;
import org.atrium.core.WriteRule;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.TimeEntry;
import org.atrium.core.store.Ids;
import org.atrium.core.store.StoreSession;
import org.atrium.core.store.Write;
import org.atrium.core.store.WriteCheck;
import org.atrium.resources.model.resources.Correction;
import org.atrium.resources.model.resources.ResourcesPackage.Literals;
import org.atrium.resources.model.resources.Timesheet;
import org.atrium.resources.model.resources.TimesheetStatus;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Governance of time, for every writer (the timesheet, an import, a command):
 * <ul>
 * <li>a person writes their own time entries, whatever their roles at the project;</li>
 * <li>time in a submitted or approved week does not change, for anyone; an approved week is corrected only by new
 * entries that a {@link Correction} made in the same transaction names, by someone who may approve there;</li>
 * <li>a person submits their own weeks; the project's manager, a workstream lead, its sponsor or an approver
 * approves or rejects them, never their own; an approved week never changes again.</li>
 * </ul>
 */
@Component(service = WriteRule.class)
public class TimesheetWriteRule implements WriteRule {

	private static final Set<EStructuralFeature> SUBMISSION = Set.of(Literals.TIMESHEET__PERSON,
			Literals.TIMESHEET__PROJECT, Literals.TIMESHEET__WEEK_START, Literals.TIMESHEET__HOURS,
			Literals.TIMESHEET__STATUS, Literals.TIMESHEET__SUBMITTED);

	private Permissions permissions;
	private Governance governance;
	private TimesheetApprovers approvers;

	public TimesheetWriteRule() {
	}

	/** For use outside OSGi. */
	public TimesheetWriteRule(Permissions permissions, Governance governance) {
		this.permissions = permissions;
		this.governance = governance;
		activate();
	}

	@Reference
	void setPermissions(Permissions permissions) {
		this.permissions = permissions;
	}

	@Reference
	void setGovernance(Governance governance) {
		this.governance = governance;
	}

	@Activate
	void activate() {
		approvers = new TimesheetApprovers(permissions, governance);
	}

	@Override
	public Set<Write> allowed(WriteCheck check, Person actor) {
		Set<Write> allowed = Collections.newSetFromMap(new IdentityHashMap<>());
		StoreSession committed = check.committed();
		Set<EObject> corrections = Collections.newSetFromMap(new IdentityHashMap<>());
		List<Write> entries = new ArrayList<>();
		Map<String, Optional<String>> decisions = new HashMap<>();
		for (Write write : check.writes()) {
			if (write.object() instanceof Correction correction && write.kind() == Write.Kind.CREATE) {
				refuse(approvers.whyNot(actor, correction.getOriginal() == null ? null : correction.getOriginal().getPerson(),
						committedProject(committed, correction.getProject())));
				corrections.add(correction.getReversal());
				corrections.add(correction.getReplacement());
				allowed.add(write);
			} else if (write.object() instanceof TimeEntry) {
				entries.add(write);
			} else if (write.object() instanceof Timesheet sheet) {
				judgeSheet(write, sheet, check, actor, allowed, decisions);
			}
		}
		judgeEntries(entries, corrections, check, actor, allowed);
		return allowed;
	}

	private void judgeEntries(List<Write> writes, Set<EObject> corrections, WriteCheck check, Person actor,
			Set<Write> allowed) {
		if (writes.isEmpty()) {
			return;
		}
		StoreSession committed = check.committed();
		Map<Write, List<WeekKey>> keysOf = new HashMap<>();
		List<WeekKey> keys = new ArrayList<>();
		Map<Write, TimeEntry> before = new HashMap<>();
		for (Write write : writes) {
			TimeEntry entry = (TimeEntry) write.object();
			List<WeekKey> weeks = new ArrayList<>();
			if (write.kind() != Write.Kind.DELETE) {
				weeks.add(WeekKey.of(entry));
			}
			if (write.kind() != Write.Kind.CREATE) {
				committed.<TimeEntry>find(PmoPackage.Literals.TIME_ENTRY, Ids.of(entry)).ifPresent(stored -> {
					before.put(write, stored);
					weeks.add(WeekKey.of(stored));
				});
			}
			keysOf.put(write, weeks);
			keys.addAll(weeks);
		}
		Map<WeekKey, Timesheet> sheets = TimesheetWeeks.of(committed, keys);
		for (Write write : writes) {
			TimeEntry entry = (TimeEntry) write.object();
			boolean correcting = write.kind() == Write.Kind.CREATE && corrections.contains(entry);
			if (!correcting) {
				for (WeekKey key : keysOf.get(write)) {
					Timesheet sheet = sheets.get(key);
					if (TimesheetWeeks.isLocked(sheet)) {
						throw new AccessDeniedException(TimesheetWeeks.whyLocked(sheet, nameOf(sheet.getPerson()),
								codeOf(sheet.getProject())));
					}
				}
			}
			TimeEntry stored = before.get(write);
			boolean own = actor != null && isSame(entry.getPerson(), actor)
					&& (stored == null || isSame(stored.getPerson(), actor));
			if (own || correcting) {
				allowed.add(write);
			}
		}
	}

	private void judgeSheet(Write write, Timesheet sheet, WriteCheck check, Person actor, Set<Write> allowed,
			Map<String, Optional<String>> decisions) {
		StoreSession committed = check.committed();
		Optional<Timesheet> stored = write.kind() == Write.Kind.CREATE ? Optional.empty()
				: committed.find(Literals.TIMESHEET, Ids.of(sheet));
		if (stored.isPresent() && stored.get().getStatus() == TimesheetStatus.APPROVED) {
			throw new AccessDeniedException(TimesheetWeeks.whyLocked(stored.get(), nameOf(stored.get().getPerson()),
					codeOf(stored.get().getProject())));
		}
		if (write.kind() == Write.Kind.DELETE) {
			return;
		}
		boolean ownSubmission = actor != null && isSame(sheet.getPerson(), actor)
				&& sheet.getStatus() == TimesheetStatus.SUBMITTED
				&& write.features().stream().allMatch(f -> SUBMISSION.contains(f)
						|| f.getEContainingClass() == PmoPackage.Literals.ENTITY)
				&& stored.map(s -> isSame(s.getPerson(), actor)).orElse(true);
		if (ownSubmission) {
			allowed.add(write);
			return;
		}
		if (write.features().contains(Literals.TIMESHEET__STATUS) && sheet.getStatus() != TimesheetStatus.SUBMITTED) {
			Person owner = stored.map(Timesheet::getPerson).orElse(sheet.getPerson());
			String key = (sheet.getProject() == null ? "" : Ids.of(sheet.getProject())) + "/" + isSame(owner, actor);
			refuse(decisions.computeIfAbsent(key,
					k -> approvers.whyNot(actor, owner, committedProject(committed, sheet.getProject()))));
			allowed.add(write);
		}
	}

	private static Project committedProject(StoreSession committed, Project project) {
		return project == null ? null
				: committed.<Project>find(PmoPackage.Literals.PROJECT, Ids.of(project)).orElse(project);
	}

	private static void refuse(Optional<String> why) {
		why.ifPresent(reason -> {
			throw new AccessDeniedException(reason);
		});
	}

	private static boolean isSame(Person a, Person b) {
		return a != null && b != null && Ids.of(a) != null && Ids.of(a).equals(Ids.of(b));
	}

	private static String nameOf(Person person) {
		return person == null ? "nobody" : person.getName();
	}

	private static String codeOf(Project project) {
		return project == null ? "no project" : project.getCode();
	}
}
