package org.atrium.interop;

import static org.atrium.core.model.pmo.PmoPackage.Literals.ALLOCATION;
import static org.atrium.core.model.pmo.PmoPackage.Literals.ALLOCATION__PROJECT;
import static org.atrium.core.model.pmo.PmoPackage.Literals.PERSON;
import static org.atrium.core.model.pmo.PmoPackage.Literals.PROJECT;
import static org.atrium.core.model.pmo.PmoPackage.Literals.PROJECT__CODE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.atrium.core.model.Labels;
import org.atrium.core.model.pmo.Allocation;
import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoFactory;
import org.atrium.core.model.pmo.PmoPackage.Literals;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.Workstream;
import org.atrium.core.store.Condition;
import org.atrium.core.store.Ids;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.interop.ImportReport.Action;
import org.atrium.interop.model.interop.ElementKind;
import org.atrium.interop.model.interop.ExternalLink;
import org.atrium.interop.model.interop.InteropFactory;
import org.atrium.interop.model.interop.InteropPackage;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.Resource;
import org.mpxj.ResourceAssignment;
import org.mpxj.ResourceType;
import org.mpxj.Task;

/**
 * The import of an MS Project plan into a project, in two steps: {@link #prepare} works out what the plan maps to
 * and gives the {@link ImportReport}; {@link #apply} writes it, all in one transaction, or nothing.
 * <p>
 * What maps: the project summary task (UID 0) to the project's planned, baseline and actual dates, % complete and
 * cost (cost to the forecast, baseline cost to the planned budget, actual cost to the actual budget, the currency
 * code); summary tasks to workstreams; milestones to milestones (planned date from the finish, baseline and actual
 * finish) in the workstream of their summary task; work resources to people, matched by e-mail, then by name, never
 * created; assignments of matched resources to allocations (start, finish, units as the percentage). Other tasks,
 * material and cost resources and unmatched resources are reported as not mapped.
 * <p>
 * A value the plan lacks never clears one the project has: a plan without a baseline keeps the project's baseline.
 * <p>
 * An element found again, by the link kept from an earlier import (its UID in the plan), or by its GUID being the
 * id of an object of the project (a plan exported from Atrium), updates that object; importing again never
 * duplicates.
 */
public final class PlanImport {

	/** The source name of the links this import keeps. */
	public static final String SOURCE = "msproject";

	private static final PmoFactory PMO = PmoFactory.eINSTANCE;

	private final StoreSession session;
	private final ProjectFile plan;
	private final String planKey;
	private final Project project;
	private final ImportReport report = new ImportReport();
	private final Map<String, ExternalLink> links = new HashMap<>();
	private final List<ExternalLink> newLinks = new ArrayList<>();
	private final List<Allocation> allocations;
	private final List<EObject> toSave = new ArrayList<>();
	private final Map<Integer, Workstream> workstreamOfTask = new HashMap<>();
	private final Map<Integer, Person> personOfResource = new HashMap<>();
	private boolean applied;

	private PlanImport(StoreSession session, ProjectFile plan, String planKey, Project project) {
		this.session = session;
		this.plan = plan;
		this.planKey = planKey;
		this.project = project;
		for (ExternalLink link : session.<ExternalLink>query(Query.<ExternalLink>of(InteropPackage.Literals.EXTERNAL_LINK)
				.where(Condition.and(Condition.eq(InteropPackage.Literals.EXTERNAL_LINK__PROJECT, project),
						Condition.eq(InteropPackage.Literals.EXTERNAL_LINK__SOURCE, SOURCE))))) {
			links.put(link.getKind().getLiteral() + "|" + link.getExternalKey(), link);
		}
		this.allocations = new ArrayList<>(session.<Allocation>query(
				Query.<Allocation>of(ALLOCATION).where(Condition.eq(ALLOCATION__PROJECT, project))));
	}

	/**
	 * Works out what the plan maps to in the project with the code, or, without a code, in the project the plan was
	 * imported into or exported from before. The session's objects take the plan's values; nothing is written until
	 * {@link #apply()}.
	 *
	 * @throws PlanFileException when no project is found, naming what to give
	 */
	public static PlanImport prepare(StoreSession session, ProjectFile plan, Optional<String> projectCode)
			throws PlanFileException {
		String planKey = planKey(plan);
		Project project;
		if (projectCode.isPresent()) {
			project = session.<Project>query(Query.<Project>of(PROJECT)
					.where(Condition.eq(PROJECT__CODE, projectCode.get())).limit(1)).stream().findFirst()
					.orElseThrow(() -> new PlanFileException("No project has the code " + projectCode.get()
							+ "; create the project first, then import its plan into it."));
		} else {
			project = knownProject(session, plan, planKey).orElseThrow(() -> new PlanFileException(
					"This plan was not imported into a project before; choose the project to import it into "
							+ "(--project CODE)."));
		}
		session.loadContents(project);
		PlanImport planImport = new PlanImport(session, plan, planKey, project);
		planImport.map();
		return planImport;
	}

	private static Optional<Project> knownProject(StoreSession session, ProjectFile plan, String planKey) {
		Optional<ExternalLink> link = session.<ExternalLink>query(
				Query.<ExternalLink>of(InteropPackage.Literals.EXTERNAL_LINK).where(Condition.and(
						Condition.eq(InteropPackage.Literals.EXTERNAL_LINK__SOURCE, SOURCE),
						Condition.eq(InteropPackage.Literals.EXTERNAL_LINK__KIND, ElementKind.TASK),
						Condition.eq(InteropPackage.Literals.EXTERNAL_LINK__EXTERNAL_KEY, key(planKey, 0))))
						.limit(1)).stream().findFirst();
		if (link.isPresent()) {
			return session.find(PROJECT, link.get().getObjectId());
		}
		UUID guid = plan.getProjectProperties().getGUID();
		return guid == null ? Optional.empty() : session.find(PROJECT, guid.toString());
	}

	/** The plan's identity across imports: its GUID, else its title. */
	static String planKey(ProjectFile plan) {
		ProjectProperties properties = plan.getProjectProperties();
		if (properties.getGUID() != null) {
			return properties.getGUID().toString();
		}
		String title = properties.getProjectTitle() != null ? properties.getProjectTitle() : properties.getName();
		return "title:" + (title == null ? "" : title.strip());
	}

	private static String key(String planKey, Integer uid) {
		return planKey + "#" + uid;
	}

	public Project project() {
		return project;
	}

	public ImportReport report() {
		return report;
	}

	// ---- mapping

	private void map() {
		Task summary = plan.getTaskByUniqueID(0);
		mapProject(summary);
		for (Task task : plan.getTasks()) {
			if (task.getUniqueID() == null || task.getUniqueID() == 0 || task.getName() == null) {
				continue;
			}
			if (task.getSummary() || task.hasChildTasks()) {
				mapWorkstream(task);
			}
		}
		for (Task task : plan.getTasks()) {
			if (task.getUniqueID() == null || task.getUniqueID() == 0 || task.getName() == null) {
				continue;
			}
			if (task.getMilestone() && !task.hasChildTasks()) {
				mapMilestone(task);
			} else if (!task.getSummary() && !task.hasChildTasks()) {
				report.add(Action.NOT_MAPPED, "Task", task.getName(), task.getResourceAssignments().isEmpty()
						? "neither a summary task nor a milestone; Atrium keeps workstreams and milestones only"
						: "not kept as a task; its assignments become allocations");
			}
		}
		for (Resource resource : plan.getResources()) {
			if (resource.getUniqueID() == null || resource.getUniqueID() == 0 || resource.getName() == null) {
				continue;
			}
			mapResource(resource);
		}
		for (ResourceAssignment assignment : plan.getResourceAssignments()) {
			mapAssignment(assignment);
		}
	}

	private void mapProject(Task summary) {
		ProjectProperties properties = plan.getProjectProperties();
		List<String> changes = new ArrayList<>();
		set(project, Literals.PROJECT__PLANNED_START, date(properties.getStartDate()), changes);
		set(project, Literals.PROJECT__PLANNED_END, date(properties.getFinishDate()), changes);
		if (summary != null) {
			set(project, Literals.PROJECT__BASELINE_START, date(summary.getBaselineStart()), changes);
			set(project, Literals.PROJECT__BASELINE_END, date(summary.getBaselineFinish()), changes);
			set(project, Literals.PROJECT__ACTUAL_START, date(summary.getActualStart()), changes);
			set(project, Literals.PROJECT__ACTUAL_END, date(summary.getActualFinish()), changes);
			if (summary.getPercentageComplete() != null) {
				set(project, Literals.PROJECT__PERCENT_COMPLETE,
						(int) Math.round(summary.getPercentageComplete().doubleValue()), changes);
			}
			set(project, Literals.PROJECT__BUDGET_PLANNED, money(summary.getBaselineCost()), changes);
			set(project, Literals.PROJECT__BUDGET_FORECAST, money(summary.getCost()), changes);
			set(project, Literals.PROJECT__BUDGET_ACTUAL, money(summary.getActualCost()), changes);
		}
		String currency = properties.getCurrencyCode();
		if (currency != null && currency.matches("[A-Z]{3}")) {
			set(project, Literals.PROJECT__CURRENCY, currency, changes);
		}
		report.add(changes.isEmpty() ? Action.UNCHANGED : Action.UPDATE, "Project",
				project.getCode() + " " + project.getName(), String.join("; ", changes));
		linkTo(ElementKind.TASK, 0, project);
		toSave.add(project);
	}

	private void mapWorkstream(Task task) {
		Workstream workstream = find(ElementKind.TASK, task.getUniqueID(), task.getGUID(), project.getWorkstreams())
				.or(() -> project.getWorkstreams().stream().filter(w -> task.getName().equals(w.getName())).findFirst())
				.orElse(null);
		List<String> changes = new ArrayList<>();
		boolean created = workstream == null;
		if (created) {
			workstream = PMO.createWorkstream();
			workstream.setId(Ids.newId());
			project.getWorkstreams().add(workstream);
		}
		set(workstream, Literals.WORKSTREAM__NAME, task.getName(), changes);
		if (task.getNotes() != null && !task.getNotes().isBlank()) {
			set(workstream, Literals.WORKSTREAM__DESCRIPTION, task.getNotes().strip(), changes);
		}
		report(created, changes, "Workstream", task.getName());
		workstreamOfTask.put(task.getUniqueID(), workstream);
		linkTo(ElementKind.TASK, task.getUniqueID(), workstream);
	}

	private void mapMilestone(Task task) {
		Milestone milestone = find(ElementKind.TASK, task.getUniqueID(), task.getGUID(), project.getMilestones())
				.orElse(null);
		boolean created = milestone == null;
		if (created) {
			milestone = PMO.createMilestone();
			milestone.setId(Ids.newId());
			project.getMilestones().add(milestone);
		}
		List<String> changes = new ArrayList<>();
		set(milestone, Literals.MILESTONE__NAME, task.getName(), changes);
		set(milestone, Literals.MILESTONE__PLANNED_DATE, date(task.getFinish() != null ? task.getFinish() : task.getStart()),
				changes);
		set(milestone, Literals.MILESTONE__BASELINE_DATE,
				date(task.getBaselineFinish() != null ? task.getBaselineFinish() : task.getBaselineStart()), changes);
		set(milestone, Literals.MILESTONE__ACTUAL_DATE,
				date(task.getActualFinish() != null ? task.getActualFinish() : task.getActualStart()), changes);
		set(milestone, Literals.MILESTONE__WORKSTREAM, enclosingWorkstream(task), changes);
		report(created, changes, "Milestone", task.getName());
		linkTo(ElementKind.TASK, task.getUniqueID(), milestone);
	}

	private Workstream enclosingWorkstream(Task task) {
		for (Task parent = task.getParentTask(); parent != null; parent = parent.getParentTask()) {
			Workstream workstream = workstreamOfTask.get(parent.getUniqueID());
			if (workstream != null) {
				return workstream;
			}
		}
		return null;
	}

	private void mapResource(Resource resource) {
		if (resource.getType() != null && resource.getType() != ResourceType.WORK) {
			report.add(Action.NOT_MAPPED, "Resource", resource.getName(),
					"a " + resource.getType().toString().toLowerCase(Locale.ROOT)
							+ " resource; only work resources are people");
			return;
		}
		Optional<Person> person = Optional.empty();
		String email = resource.getEmailAddress();
		if (email != null && !email.isBlank()) {
			person = session.<Person>query(Query.<Person>of(PERSON)
					.where(Condition.eq(Literals.PERSON__EMAIL, email.strip())).limit(1)).stream().findFirst();
		}
		if (person.isEmpty()) {
			person = session.<Person>query(Query.<Person>of(PERSON)
					.where(Condition.eq(Literals.PERSON__NAME, resource.getName().strip())).limit(2)).stream()
					.findFirst();
		}
		if (person.isEmpty()) {
			report.add(Action.NOT_MAPPED, "Resource", resource.getName(),
					"no person has " + (email == null || email.isBlank() ? "" : "the e-mail " + email.strip() + " or ")
							+ "the name " + resource.getName().strip() + "; its assignments are not imported");
			return;
		}
		personOfResource.put(resource.getUniqueID(), person.get());
		report.add(Action.UNCHANGED, "Person", person.get().getName(), "matches resource " + resource.getName());
		linkTo(ElementKind.RESOURCE, resource.getUniqueID(), person.get());
	}

	private void mapAssignment(ResourceAssignment assignment) {
		Resource resource = assignment.getResource();
		if (resource == null || assignment.getUniqueID() == null) {
			return;
		}
		Person person = personOfResource.get(resource.getUniqueID());
		String name = resource.getName() + " on " + (assignment.getTask() == null ? "?" : assignment.getTask().getName());
		if (person == null) {
			if (resource.getName() != null) {
				report.add(Action.NOT_MAPPED, "Assignment", name, "its resource is not a person of the office");
			}
			return;
		}
		Allocation allocation = find(ElementKind.ASSIGNMENT, assignment.getUniqueID(), assignment.getGUID(), allocations)
				.orElse(null);
		boolean created = allocation == null;
		if (created) {
			allocation = PMO.createAllocation();
			allocation.setId(Ids.newId());
			allocation.setProject(project);
			allocations.add(allocation);
		}
		List<String> changes = new ArrayList<>();
		set(allocation, Literals.ALLOCATION__PERSON, person, changes);
		set(allocation, Literals.ALLOCATION__START, date(assignment.getStart()), changes);
		set(allocation, Literals.ALLOCATION__END, date(assignment.getFinish()), changes);
		int percentage = assignment.getUnits() == null ? 100 : (int) Math.round(assignment.getUnits().doubleValue());
		set(allocation, Literals.ALLOCATION__PERCENTAGE, percentage, changes);
		report(created, changes, "Allocation", name);
		linkTo(ElementKind.ASSIGNMENT, assignment.getUniqueID(), allocation);
		if (created || !changes.isEmpty()) {
			toSave.add(allocation);
		}
	}

	/** The object the element stands for: by the link of an earlier import, else by its GUID among the candidates. */
	private <T extends EObject> Optional<T> find(ElementKind kind, Integer uid, UUID guid, List<T> candidates) {
		ExternalLink link = links.get(kind.getLiteral() + "|" + key(planKey, uid));
		String id = link != null ? link.getObjectId() : guid == null ? null : guid.toString();
		return id == null ? Optional.empty()
				: candidates.stream().filter(candidate -> id.equals(Ids.of(candidate))).findFirst();
	}

	private void linkTo(ElementKind kind, Integer uid, EObject object) {
		String key = key(planKey, uid);
		ExternalLink link = links.get(kind.getLiteral() + "|" + key);
		if (link == null) {
			link = InteropFactory.eINSTANCE.createExternalLink();
			link.setProject(project);
			link.setSource(SOURCE);
			link.setKind(kind);
			link.setExternalKey(key);
			links.put(kind.getLiteral() + "|" + key, link);
			newLinks.add(link);
		}
		if (!Objects.equals(link.getObjectId(), Ids.of(object))) {
			link.setObjectId(Ids.of(object));
			if (!newLinks.contains(link)) {
				newLinks.add(link);
			}
		}
	}

	private void report(boolean created, List<String> changes, String kind, String name) {
		report.add(created ? Action.CREATE : changes.isEmpty() ? Action.UNCHANGED : Action.UPDATE, kind, name,
				created ? "" : String.join("; ", changes));
	}

	/** Takes the plan's value; a value the plan lacks (no baseline, no actual date yet) never clears one in Atrium. */
	private static void set(EObject object, EStructuralFeature feature, Object value, List<String> changes) {
		if (value == null) {
			return;
		}
		Object old = object.eGet(feature);
		boolean same = old instanceof BigDecimal a && value instanceof BigDecimal b ? a.compareTo(b) == 0
				: Objects.equals(old, value);
		if (!same) {
			changes.add(Labels.inSentence(feature) + " " + text(old) + " → " + text(value));
			object.eSet(feature, value);
		}
	}

	private static String text(Object value) {
		return switch (value) {
			case null -> "none";
			case EObject object -> Labels.nameOf(object);
			default -> value.toString();
		};
	}

	private static LocalDate date(LocalDateTime value) {
		return value == null ? null : value.toLocalDate();
	}

	private static BigDecimal money(Number value) {
		return value == null ? null : new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP);
	}

	// ---- writing

	/**
	 * Writes what the report shows in one transaction: the project with its workstreams and milestones, the
	 * allocations and the links that let the next import of the plan find them again.
	 *
	 * @throws org.atrium.core.store.ConflictException when someone saved the project or an allocation since
	 *         {@link #prepare}; nothing is written
	 */
	public void apply() {
		if (applied) {
			throw new IllegalStateException("the plan was imported already");
		}
		session.inTransaction(transaction -> {
			toSave.forEach(transaction::save);
			newLinks.forEach(transaction::save);
		});
		applied = true;
	}

	/** The mapped elements, by kind, for tests and messages: how many links the import keeps. */
	public Map<ElementKind, Long> linkCounts() {
		Map<ElementKind, Long> counts = new LinkedHashMap<>();
		links.values().forEach(link -> counts.merge(link.getKind(), 1L, Long::sum));
		return counts;
	}
}
