package org.atrium.resources.tests;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.atrium.core.Governance;
import org.atrium.core.GovernanceGuard;
import org.atrium.core.Permissions;
import org.atrium.core.model.pmo.Allocation;
import org.atrium.core.model.pmo.LifecyclePhase;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoFactory;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.Program;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RoleAssignment;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.model.pmo.Scope;
import org.atrium.core.store.Condition;
import org.atrium.core.store.ModelContribution;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.ModelStoreFactory;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreConfig;
import org.atrium.core.store.StoreSession;
import org.atrium.core.store.WriteGuard;
import org.atrium.resources.ResourceModelContribution;
import org.atrium.resources.TimesheetWriteRule;
import org.atrium.resources.Timesheets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small governed office in a fresh embedded Derby store per test: Lena the PMO lead; the project DIG-001 (from
 * 2026-01-05, in execution) with Max its manager, Wanda a workstream lead and Stan a stakeholder; Ann and Bob who
 * book time on it with no role there; DIG-002 with no roles; a closed project, one that starts in 2027 and one that ended in October.
 */
abstract class ResourceTestSupport {

	static final PmoFactory PMO = PmoFactory.eINSTANCE;
	/** A Friday; its week starts on Monday 2026-11-23. */
	static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
	static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

	@TempDir
	Path workspace;

	private final List<ModelStore> opened = new ArrayList<>();
	final Governance governance = new Governance();
	final Permissions permissions = new Permissions(governance);
	final Timesheets timesheets = new Timesheets(BigDecimal.TEN, permissions, governance);

	/** The store with every write checked by the core's governance and the timesheet rule. */
	ModelStore openStore() {
		GovernanceGuard guard = new GovernanceGuard(permissions);
		guard.addRule(new TimesheetWriteRule(permissions, governance));
		return openStore(guard);
	}

	ModelStore openStore(WriteGuard guard) {
		ModelStore store = ModelStoreFactory.open(StoreConfig.derby(workspace.resolve("db"), true),
				List.of(ModelContribution.of(PmoPackage.eINSTANCE), new ResourceModelContribution()), guard);
		opened.add(store);
		return store;
	}

	@AfterEach
	void closeStores() {
		opened.forEach(ModelStore::close);
	}

	/** Saves the office described above, as set-up before anyone is PMO lead. */
	void saveOffice(ModelStore store) {
		Person lead = person("Lena Lead", "lead", null, null);
		lead.getOfficeRoles().add(RoleKind.PMO_LEAD);
		Person manager = person("Max Manager", "manager", "PMO", "120");
		Person workstreamLead = person("Wanda Lead", "wanda", "Engineering", "90");
		Person stakeholder = person("Stan Stakeholder", "stan", "Sales", null);
		Person ann = person("Ann Lee", "ann", "Engineering", "100");
		Person bob = person("Bob Stone", "bob", "Engineering", "80");
		Project project = project("DIG-001", "CRM Consolidation", LocalDate.of(2026, 1, 5));
		assign(project, RoleKind.PROJECT_MANAGER, manager);
		assign(project, RoleKind.WORKSTREAM_LEAD, workstreamLead);
		assign(project, RoleKind.STAKEHOLDER, stakeholder);
		Project portal = project("DIG-002", "Customer Portal", LocalDate.of(2026, 3, 2));
		Project closed = project("OLD-001", "Legacy Archive", LocalDate.of(2025, 1, 6));
		closed.setPhase(LifecyclePhase.CLOSED);
		Project future = project("NEW-001", "Data Platform", LocalDate.of(2027, 3, 1));
		Project ended = project("END-001", "Intranet", LocalDate.of(2026, 1, 5));
		ended.setActualEnd(LocalDate.of(2026, 10, 30));
		try (StoreSession session = store.openSession("setup")) {
			session.inTransaction(tx -> {
				for (Person person : List.of(lead, manager, workstreamLead, stakeholder, ann, bob)) {
					tx.save(person);
				}
				for (Project each : List.of(project, portal, closed, future, ended)) {
					tx.save(portfolioOf(each));
				}
			});
		}
	}

	static Person person(String name, String login, String department, String rate) {
		Person person = PMO.createPerson();
		person.setName(name);
		person.setLogin(login);
		person.setDepartment(department);
		person.setHourlyRate(rate == null ? null : new BigDecimal(rate));
		return person;
	}

	static Project project(String code, String name, LocalDate start) {
		Portfolio portfolio = PMO.createPortfolio();
		portfolio.setName("Portfolio of " + code);
		Program program = PMO.createProgram();
		program.setName("Program of " + code);
		portfolio.getPrograms().add(program);
		Project project = PMO.createProject();
		project.setCode(code);
		project.setName(name);
		project.setPhase(LifecyclePhase.EXECUTION);
		project.setPlannedStart(start);
		project.setPlannedEnd(start.plusYears(2));
		program.getProjects().add(project);
		return project;
	}

	static Portfolio portfolioOf(Project project) {
		return project.getProgram().getPortfolio();
	}

	static RoleAssignment assign(Scope scope, RoleKind kind, Person person) {
		RoleAssignment assignment = PMO.createRoleAssignment();
		assignment.setKind(kind);
		assignment.setPerson(person);
		scope.getRoleAssignments().add(assignment);
		return assignment;
	}

	static Allocation allocation(Person person, Project project, LocalDate start, LocalDate end, int percentage) {
		Allocation allocation = PMO.createAllocation();
		allocation.setPerson(person);
		allocation.setProject(project);
		allocation.setStart(start);
		allocation.setEnd(end);
		allocation.setPercentage(percentage);
		return allocation;
	}

	static Person personOf(StoreSession session, String login) {
		return GovernanceGuard.person(session, login).orElseThrow();
	}

	static Project projectOf(StoreSession session, String code) {
		return session.<Project>query(Query.<Project>of(PmoPackage.Literals.PROJECT)
				.where(Condition.eq(PmoPackage.Literals.PROJECT__CODE, code))).get(0);
	}
}
