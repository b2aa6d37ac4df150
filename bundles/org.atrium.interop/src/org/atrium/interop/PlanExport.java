package org.atrium.interop;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.atrium.core.model.pmo.Allocation;
import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.Workstream;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.store.Condition;
import org.atrium.core.store.Ids;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.mpxj.Duration;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.Resource;
import org.mpxj.ResourceAssignment;
import org.mpxj.ResourceType;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.mspdi.MSPDIWriter;

/**
 * Writes a project as an MSPDI plan that MS Project and ProjectLibre open: the project summary task with the
 * project's dates, % complete and budget, a summary task per workstream holding its milestones, milestones without a
 * workstream at the top, a work resource per allocated person, and per allocation a task over its time range with
 * the person assigned at the allocation's percentage.
 * <p>
 * Every element carries the Atrium object's id as its GUID, so that {@link PlanImport} finds the same objects when
 * the plan comes back, from Atrium or from MS Project, which keeps GUIDs.
 */
public final class PlanExport {

	private static final LocalTime START_OF_DAY = LocalTime.of(8, 0);
	private static final LocalTime END_OF_DAY = LocalTime.of(17, 0);

	private PlanExport() {
	}

	/** The project, read with its contents, and its allocations as a plan. */
	public static ProjectFile plan(Project project, List<Allocation> allocations) {
		ProjectFile plan = new ProjectFile();
		plan.getProjectConfig().setAutoTaskUniqueID(false);
		plan.getProjectConfig().setAutoResourceUniqueID(false);
		plan.getProjectConfig().setAutoAssignmentUniqueID(false);
		plan.addDefaultBaseCalendar();
		ProjectProperties properties = plan.getProjectProperties();
		properties.setName(project.getName());
		properties.setProjectTitle(project.getName());
		properties.setGUID(guid(project));
		properties.setStartDate(start(project.getPlannedStart()));
		properties.setFinishDate(finish(project.getPlannedEnd()));
		if (project.getCurrency() != null) {
			properties.setCurrencyCode(project.getCurrency());
		}

		Task summary = plan.addTask();
		summary.setUniqueID(0);
		summary.setID(0);
		summary.setOutlineLevel(0);
		summary.setSummary(true);
		summary.setName(project.getName());
		summary.setGUID(guid(project));
		summary.setStart(start(project.getPlannedStart()));
		summary.setFinish(finish(project.getPlannedEnd()));
		summary.setBaselineStart(start(project.getBaselineStart()));
		summary.setBaselineFinish(finish(project.getBaselineEnd()));
		summary.setActualStart(start(project.getActualStart()));
		summary.setActualFinish(finish(project.getActualEnd()));
		summary.setPercentageComplete(project.getPercentComplete());
		summary.setCost(project.getBudgetForecast());
		summary.setBaselineCost(project.getBudgetPlanned());
		summary.setActualCost(project.getBudgetActual());

		int[] next = { 1 };
		for (Workstream workstream : project.getWorkstreams()) {
			List<Milestone> milestones = project.getMilestones().stream()
					.filter(milestone -> milestone.getWorkstream() == workstream).toList();
			Task task = plan.addTask();
			number(task, next, 1);
			task.setName(workstream.getName());
			task.setNotes(workstream.getDescription());
			task.setGUID(guid(workstream));
			task.setSummary(true);
			LocalDate first = milestones.stream().map(Milestone::getPlannedDate).filter(Objects::nonNull)
					.min(Comparator.naturalOrder()).orElse(project.getPlannedStart());
			LocalDate last = milestones.stream().map(Milestone::getPlannedDate).filter(Objects::nonNull)
					.max(Comparator.naturalOrder()).orElse(project.getPlannedEnd());
			task.setStart(start(first));
			task.setFinish(finish(last));
			for (Milestone milestone : milestones) {
				milestone(task.addTask(), milestone, next, 2);
			}
		}
		for (Milestone milestone : project.getMilestones()) {
			if (milestone.getWorkstream() == null) {
				milestone(plan.addTask(), milestone, next, 1);
			}
		}

		Map<Person, Resource> resources = new LinkedHashMap<>();
		int[] nextResource = { 1 };
		int[] nextAssignment = { 1 };
		for (Allocation allocation : allocations) {
			Person person = allocation.getPerson();
			if (person == null) {
				continue;
			}
			Resource resource = resources.computeIfAbsent(person, key -> {
				Resource added = plan.addResource();
				added.setUniqueID(nextResource[0]);
				added.setID(nextResource[0]++);
				added.setName(key.getName());
				added.setEmailAddress(key.getEmail());
				added.setType(ResourceType.WORK);
				added.setGUID(guid(key));
				return added;
			});
			Task task = plan.addTask();
			number(task, next, 1);
			task.setName("Allocation of " + person.getName());
			LocalDateTime start = start(allocation.getStart() != null ? allocation.getStart() : project.getPlannedStart());
			LocalDateTime finish = finish(allocation.getEnd() != null ? allocation.getEnd() : project.getPlannedEnd());
			task.setStart(start);
			task.setFinish(finish);
			ResourceAssignment assignment = task.addResourceAssignment(resource);
			assignment.setUniqueID(nextAssignment[0]++);
			assignment.setGUID(guid(allocation));
			assignment.setUnits(allocation.getPercentage());
			assignment.setStart(start);
			assignment.setFinish(finish);
		}
		return plan;
	}

	/** The project with the code, its contents and its allocations, as a plan. */
	public static ProjectFile plan(StoreSession session, Project project) {
		session.loadContents(project);
		List<Allocation> allocations = session.<Allocation>query(Query.<Allocation>of(PmoPackage.Literals.ALLOCATION)
				.where(Condition.eq(PmoPackage.Literals.ALLOCATION__PROJECT, project)));
		allocations.forEach(EcoreUtil::resolveAll);
		return plan(project, allocations);
	}

	/** Writes the plan as MSPDI XML; the stream stays open. */
	public static void write(ProjectFile plan, OutputStream out) throws IOException {
		new MSPDIWriter().write(plan, new NonClosing(out));
	}

	private static void milestone(Task task, Milestone milestone, int[] next, int level) {
		number(task, next, level);
		task.setName(milestone.getName());
		task.setGUID(guid(milestone));
		task.setMilestone(true);
		task.setDuration(Duration.getInstance(0, TimeUnit.DAYS));
		task.setStart(finish(milestone.getPlannedDate()));
		task.setFinish(finish(milestone.getPlannedDate()));
		task.setBaselineStart(finish(milestone.getBaselineDate()));
		task.setBaselineFinish(finish(milestone.getBaselineDate()));
		task.setActualStart(finish(milestone.getActualDate()));
		task.setActualFinish(finish(milestone.getActualDate()));
		if (milestone.getActualDate() != null) {
			task.setPercentageComplete(100);
		}
	}

	private static void number(Task task, int[] next, int level) {
		task.setUniqueID(next[0]);
		task.setID(next[0]++);
		task.setOutlineLevel(level);
	}

	private static UUID guid(org.eclipse.emf.ecore.EObject object) {
		String id = Ids.of(object);
		try {
			return UUID.fromString(id);
		} catch (IllegalArgumentException e) {
			return UUID.nameUUIDFromBytes(id.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
	}

	private static LocalDateTime start(LocalDate date) {
		return date == null ? null : date.atTime(START_OF_DAY);
	}

	private static LocalDateTime finish(LocalDate date) {
		return date == null ? null : date.atTime(END_OF_DAY);
	}

	/** MPXJ closes the stream it writes to; the caller owns it. */
	private static final class NonClosing extends java.io.FilterOutputStream {
		NonClosing(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			out.write(bytes, offset, length);
		}

		@Override
		public void close() throws IOException {
			flush();
		}
	}
}
