package org.atrium.interop.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoFactory;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.Program;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.ModelContribution;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.ModelStoreFactory;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreConfig;
import org.atrium.core.store.StoreSession;
import org.atrium.core.store.WriteGuard;
import org.atrium.interop.InteropModelContribution;
import org.atrium.interop.PlanExport;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.mpxj.Duration;
import org.mpxj.ProjectFile;
import org.mpxj.Resource;
import org.mpxj.ResourceAssignment;
import org.mpxj.ResourceType;
import org.mpxj.Task;
import org.mpxj.TimeUnit;

/** A fresh embedded Derby store per test with the interop model, a small office, and MS Project plans made with MPXJ. */
abstract class InteropTestSupport {

	static final PmoFactory PMO = PmoFactory.eINSTANCE;

	@TempDir
	Path workspace;

	private final List<ModelStore> opened = new ArrayList<>();

	private ModelStore shared;

	/**
	 * The test's store, opened once: closing it is left to the end of the test, so that a test can open sessions in
	 * try-with-resources as the product does without paying for a new connection each time.
	 */
	ModelStore openStore() {
		if (shared == null) {
			shared = openStore(workspace.resolve("db"), WriteGuard.NONE);
		}
		return new KeptOpen(shared);
	}

	ModelStore openStore(Path directory, WriteGuard guard) {
		ModelStore store = ModelStoreFactory.open(StoreConfig.derby(directory, true),
				List.of(ModelContribution.of(PmoPackage.eINSTANCE), new InteropModelContribution()), guard);
		opened.add(store);
		return store;
	}

	@AfterEach
	void closeStores() {
		opened.forEach(ModelStore::close);
	}

	/** A store whose close is left to the end of the test. */
	private record KeptOpen(ModelStore store) implements ModelStore {
		public StoreSession openSession(String user) {
			return store.openSession(user);
		}

		public String description() {
			return store.description();
		}

		public List<org.atrium.core.store.SchemaInfo> schema() {
			return store.schema();
		}

		public List<org.atrium.core.store.AuditEntry> auditLog(org.atrium.core.store.AuditQuery query) {
			return store.auditLog(query);
		}

		public void close() {
			// closed after the test
		}
	}

	static Person person(String name, String login, String email) {
		Person person = PMO.createPerson();
		person.setName(name);
		person.setLogin(login);
		person.setEmail(email);
		return person;
	}

	/** A project in a program in a portfolio. */
	static Project project(String code, String name) {
		Portfolio portfolio = PMO.createPortfolio();
		portfolio.setName("Digital");
		Program program = PMO.createProgram();
		program.setName("Customer");
		portfolio.getPrograms().add(program);
		Project project = PMO.createProject();
		project.setCode(code);
		project.setName(name);
		project.setCurrency("EUR");
		program.getProjects().add(project);
		return project;
	}

	/** Saves Ann (matched by e-mail), Bo (matched by name) and a project ERP-7 with nothing planned yet. */
	void saveOffice() {
		try (ModelStore store = openStore(); StoreSession session = store.openSession("alee")) {
			Project erp = project("ERP-7", "ERP Upgrade");
			session.save(person("Ann Lee", "alee", "ann.lee@example.org"), person("Bo Chen", "bchen", "bo@example.org"),
					erp.getProgram().getPortfolio());
		}
	}

	static <T extends EObject> List<T> all(StoreSession session, EClass type) {
		return session.query(Query.<T>of(type).withContents());
	}

	static LocalDateTime at(int year, int month, int day) {
		return LocalDate.of(year, month, day).atTime(17, 0);
	}

	// ---- plans written with MPXJ, as MS Project would save them

	/** A small plan: three milestones at the top level, no summary tasks, no resources. */
	static ProjectFile smallPlan() {
		ProjectFile plan = newPlan("Website relaunch", at(2027, 1, 4), at(2027, 6, 30));
		milestone(plan.addTask(), 1, "Design signed off", at(2027, 2, 1));
		milestone(plan.addTask(), 2, "Content frozen", at(2027, 4, 15));
		milestone(plan.addTask(), 3, "Go live", at(2027, 6, 30));
		return plan;
	}

	/**
	 * A plan with two summary tasks (phases) holding work tasks and milestones, four resources (Ann by e-mail, Bo by
	 * name, Carla who is not in the office, and a material resource) and assignments.
	 */
	static ProjectFile phasedPlan() {
		ProjectFile plan = newPlan("ERP Upgrade", at(2027, 3, 1), at(2027, 12, 17));
		Task build = plan.addTask();
		build.setUniqueID(10);
		build.setID(1);
		build.setName("Build");
		build.setSummary(true);
		build.setNotes("Configuration and interfaces");
		Task configure = build.addTask();
		work(configure, 11, "Configure finance module", at(2027, 3, 1), at(2027, 6, 30));
		milestone(build.addTask(), 12, "Build complete", at(2027, 7, 2));
		Task rollout = plan.addTask();
		rollout.setUniqueID(20);
		rollout.setID(4);
		rollout.setName("Rollout");
		rollout.setSummary(true);
		Task train = rollout.addTask();
		work(train, 21, "Train key users", at(2027, 9, 1), at(2027, 10, 29));
		milestone(rollout.addTask(), 22, "Go live", at(2027, 12, 17));

		Resource ann = resource(plan, 1, "A. Lee", "ann.lee@example.org");
		Resource bo = resource(plan, 2, "Bo Chen", null);
		Resource carla = resource(plan, 3, "Carla Diaz", "carla@example.org");
		Resource licences = resource(plan, 4, "Licences", null);
		licences.setType(ResourceType.MATERIAL);
		assign(configure, ann, 1, 50, at(2027, 3, 1), at(2027, 6, 30));
		assign(train, bo, 2, 100, at(2027, 9, 1), at(2027, 10, 29));
		assign(train, carla, 3, 100, at(2027, 9, 1), at(2027, 10, 29));
		numberInOrder(plan);
		return plan;
	}

	/** A plan with a baseline, progress and cost: baseline and actual dates, % complete and cost on the summary task. */
	static ProjectFile baselinedPlan() {
		ProjectFile plan = newPlan("ERP Upgrade", at(2027, 3, 1), at(2028, 1, 14));
		Task summary = plan.getTaskByUniqueID(0);
		summary.setBaselineStart(at(2027, 3, 1));
		summary.setBaselineFinish(at(2027, 12, 17));
		summary.setActualStart(at(2027, 3, 3));
		summary.setPercentageComplete(35);
		summary.setCost(new BigDecimal("1250000.50"));
		summary.setBaselineCost(new BigDecimal("1100000"));
		summary.setActualCost(new BigDecimal("420000.25"));
		Task kickoff = milestone(plan.addTask(), 1, "Kick-off", at(2027, 3, 3));
		kickoff.setBaselineStart(at(2027, 3, 1));
		kickoff.setBaselineFinish(at(2027, 3, 1));
		kickoff.setActualStart(at(2027, 3, 3));
		kickoff.setActualFinish(at(2027, 3, 3));
		Task live = milestone(plan.addTask(), 2, "Go live", at(2028, 1, 14));
		live.setBaselineStart(at(2027, 12, 17));
		live.setBaselineFinish(at(2027, 12, 17));
		return plan;
	}

	/** IDs in outline order, as MS Project numbers the rows. */
	static void numberInOrder(ProjectFile plan) {
		int id = 0;
		for (Task task : plan.getTasks()) {
			task.setID(id++);
		}
	}

	static ProjectFile newPlan(String title, LocalDateTime start, LocalDateTime finish) {
		ProjectFile plan = new ProjectFile();
		plan.getProjectConfig().setAutoTaskUniqueID(false);
		plan.getProjectConfig().setAutoResourceUniqueID(false);
		plan.getProjectConfig().setAutoAssignmentUniqueID(false);
		plan.addDefaultBaseCalendar();
		plan.getProjectProperties().setProjectTitle(title);
		plan.getProjectProperties().setStartDate(start);
		plan.getProjectProperties().setFinishDate(finish);
		plan.getProjectProperties().setCurrencyCode("EUR");
		plan.getProjectProperties().setGUID(java.util.UUID.nameUUIDFromBytes(title.getBytes()));
		Task summary = plan.addTask();
		summary.setUniqueID(0);
		summary.setID(0);
		summary.setOutlineLevel(0);
		summary.setName(title);
		summary.setSummary(true);
		summary.setStart(start);
		summary.setFinish(finish);
		return plan;
	}

	static Task milestone(Task task, int uid, String name, LocalDateTime date) {
		task.setUniqueID(uid);
		task.setID(uid);
		task.setName(name);
		task.setMilestone(true);
		task.setDuration(Duration.getInstance(0, TimeUnit.DAYS));
		task.setStart(date);
		task.setFinish(date);
		return task;
	}

	static void work(Task task, int uid, String name, LocalDateTime start, LocalDateTime finish) {
		task.setUniqueID(uid);
		task.setID(uid);
		task.setName(name);
		task.setStart(start);
		task.setFinish(finish);
	}

	static Resource resource(ProjectFile plan, int uid, String name, String email) {
		Resource resource = plan.addResource();
		resource.setUniqueID(uid);
		resource.setID(uid);
		resource.setName(name);
		resource.setEmailAddress(email);
		resource.setType(ResourceType.WORK);
		return resource;
	}

	static void assign(Task task, Resource resource, int uid, int units, LocalDateTime start, LocalDateTime finish) {
		ResourceAssignment assignment = task.addResourceAssignment(resource);
		assignment.setUniqueID(uid);
		assignment.setUnits(units);
		assignment.setStart(start);
		assignment.setFinish(finish);
	}

	/** The plan as the MSPDI XML MS Project writes, read back as a user's file would be. */
	static byte[] mspdi(ProjectFile plan) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PlanExport.write(plan, out);
		return out.toByteArray();
	}

	static ByteArrayInputStream in(byte[] bytes) {
		return new ByteArrayInputStream(bytes);
	}
}
