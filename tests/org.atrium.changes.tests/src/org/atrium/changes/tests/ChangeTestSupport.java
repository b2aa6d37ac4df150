package org.atrium.changes.tests;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.atrium.changes.ApprovalPolicies;
import org.atrium.changes.ChangeControl;
import org.atrium.changes.ChangeRules;
import org.atrium.changes.ChangesModelContribution;
import org.atrium.changes.model.changes.ChangeCategory;
import org.atrium.changes.model.changes.ChangeRequest;
import org.atrium.changes.model.changes.ChangeStatus;
import org.atrium.changes.model.changes.ChangesFactory;
import org.atrium.core.Governance;
import org.atrium.core.GovernanceGuard;
import org.atrium.core.Permissions;
import org.atrium.core.model.pmo.Milestone;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A governed office in a fresh embedded Derby store per test, every write checked by the core's guard with the
 * change rules: a PMO lead, the sponsor of project DIG-004, its approver, three steering committee members, its
 * project manager (who raises requests) and a stakeholder.
 */
abstract class ChangeTestSupport {

	static final PmoFactory PMO = PmoFactory.eINSTANCE;
	static final ChangesFactory CHANGES = ChangesFactory.eINSTANCE;
	static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
	static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
	static final LocalDate PLANNED_END = LocalDate.of(2027, 6, 30);
	static final LocalDate GO_LIVE = LocalDate.of(2027, 5, 15);

	@TempDir
	Path workspace;

	private final List<ModelStore> opened = new ArrayList<>();
	final Governance governance = new Governance();
	final ApprovalPolicies policies = new ApprovalPolicies(governance);
	final ChangeControl control = new ChangeControl(policies);
	ModelStore store;

	@BeforeEach
	void governedOffice() {
		store = openStore();
		Person lead = person("Lena Lead", "lead");
		lead.getOfficeRoles().add(RoleKind.PMO_LEAD);
		Project project = project("DIG-004", "Customer portal");
		assign(project, RoleKind.SPONSOR, person("Sofia Sponsor", "sponsor"));
		assign(project, RoleKind.APPROVER, person("Arne Approver", "approver"));
		assign(project, RoleKind.STEERING_COMMITTEE_MEMBER, person("Carla Chair", "carla"));
		assign(project, RoleKind.STEERING_COMMITTEE_MEMBER, person("Colin Finance", "colin"));
		assign(project, RoleKind.STEERING_COMMITTEE_MEMBER, person("Cora Ops", "cora"));
		assign(project, RoleKind.PROJECT_MANAGER, person("Max Manager", "manager"));
		assign(project, RoleKind.STAKEHOLDER, person("Stan Stakeholder", "stakeholder"));
		project.setPlannedStart(LocalDate.of(2026, 9, 1));
		project.setPlannedEnd(PLANNED_END);
		project.setCurrency("EUR");
		project.setBudgetPlanned(new BigDecimal("400000"));
		project.setBudgetForecast(new BigDecimal("420000"));
		project.getMilestones().add(milestone("Design signed off", LocalDate.of(2026, 12, 15), false));
		project.getMilestones().add(milestone("Go-live", GO_LIVE, true));
		try (StoreSession session = store.openSession("setup")) {
			session.inTransaction(tx -> {
				tx.save(lead);
				project.getRoleAssignments().forEach(a -> tx.save(a.getPerson()));
				tx.save(project.getProgram().getPortfolio());
			});
		}
	}

	ModelStore openStore() {
		return openStore("db");
	}

	/** A guarded store in its own folder of the test's workspace. */
	ModelStore openStore(String folder) {
		ModelStore opened = ModelStoreFactory.open(StoreConfig.derby(workspace.resolve(folder), true),
				List.of(ModelContribution.of(PmoPackage.eINSTANCE), new ChangesModelContribution()),
				new GovernanceGuard(new Permissions(governance), new ChangeRules(policies)));
		this.opened.add(opened);
		return opened;
	}

	@AfterEach
	void closeStores() {
		opened.forEach(ModelStore::close);
	}

	static Person person(String name, String login) {
		Person person = PMO.createPerson();
		person.setName(name);
		person.setLogin(login);
		return person;
	}

	static Project project(String code, String name) {
		Portfolio portfolio = PMO.createPortfolio();
		portfolio.setName("Digital");
		Program program = PMO.createProgram();
		program.setName("Customer");
		portfolio.getPrograms().add(program);
		Project project = PMO.createProject();
		project.setCode(code);
		project.setName(name);
		program.getProjects().add(project);
		return project;
	}

	static Milestone milestone(String name, LocalDate planned, boolean gate) {
		Milestone milestone = PMO.createMilestone();
		milestone.setName(name);
		milestone.setPlannedDate(planned);
		milestone.setBaselineDate(planned);
		milestone.setGate(gate);
		return milestone;
	}

	static RoleAssignment assign(Scope scope, RoleKind kind, Person person) {
		RoleAssignment assignment = PMO.createRoleAssignment();
		assignment.setKind(kind);
		assignment.setPerson(person);
		scope.getRoleAssignments().add(assignment);
		return assignment;
	}

	static Project project(StoreSession session) {
		Project project = session.<Project>query(Query.<Project>of(PmoPackage.Literals.PROJECT)
				.where(Condition.eq(PmoPackage.Literals.PROJECT__CODE, "DIG-004"))).get(0);
		session.loadContents(project);
		return project;
	}

	static Person personOf(StoreSession session, String login) {
		return GovernanceGuard.person(session, login).orElseThrow();
	}

	/**
	 * A request raised by the project manager with the impact given, moved by them to awaiting decision; returns its
	 * code.
	 */
	String awaitingDecision(String title, String costDelta, int slipDays) {
		try (StoreSession session = store.openSession("manager")) {
			Project project = project(session);
			ChangeRequest request = control.draft(session, project, title, ChangeCategory.SCOPE,
					personOf(session, "manager"), TODAY);
			request.setCostDelta(new BigDecimal(costDelta));
			request.setScheduleImpactDays(slipDays);
			request.getAffectedMilestones().add(project.getMilestones().get(1));
			session.save(request);
			control.move(session, request, ChangeStatus.SUBMITTED, TODAY);
			control.move(session, request, ChangeStatus.UNDER_ASSESSMENT, TODAY);
			control.move(session, request, ChangeStatus.AWAITING_DECISION, TODAY);
			return request.getCode();
		}
	}

	ChangeControl.VoteResult vote(String login, String code, org.atrium.changes.model.changes.VoteChoice choice) {
		try (StoreSession session = store.openSession(login)) {
			ChangeRequest request = ChangeControl.find(session, code).orElseThrow();
			return control.vote(session, request, choice, "as " + login, NOW, TODAY);
		}
	}

	ChangeRequest read(String code) {
		try (StoreSession session = store.openSession("lead")) {
			ChangeRequest request = ChangeControl.find(session, code).orElseThrow();
			request.getVotes().forEach(v -> v.getPerson().getName());
			request.getProject().getName();
			return request;
		}
	}
}
