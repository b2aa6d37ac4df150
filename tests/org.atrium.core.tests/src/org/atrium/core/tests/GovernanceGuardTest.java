package org.atrium.core.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.atrium.core.AccessDeniedException;
import org.atrium.core.Governance;
import org.atrium.core.GovernanceGuard;
import org.atrium.core.Permission;
import org.atrium.core.Permissions;
import org.atrium.core.PmoModelContribution;
import org.atrium.core.WriteRule;
import org.atrium.core.model.pmo.GateDecision;
import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoFactory;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.Program;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RoleAssignment;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.model.pmo.StatusReport;
import org.atrium.core.store.AuditQuery;
import org.atrium.core.store.Condition;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.ModelStoreFactory;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreConfig;
import org.atrium.core.store.StoreSession;
import org.atrium.core.store.Write;
import org.atrium.core.store.WriteCheck;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Governance is enforced where the data is written: every save through a store session passes the guard, whoever
 * calls it. Each role tries each action on a real Derby store; a refusal writes nothing, not even an audit entry.
 */
class GovernanceGuardTest {

	private static final PmoFactory F = PmoFactory.eINSTANCE;

	/** What a person tries, in a session of their own, on the project "Pilot" of the office. */
	private enum Action {
		EDIT_PROJECT((session, project) -> {
			project.setDescription("changed");
			session.save(project);
		}),
		REPORT_STATUS((session, project) -> {
			StatusReport report = F.createStatusReport();
			report.setPeriodEnd(LocalDate.of(2026, 11, 27));
			report.setSummary("on track");
			project.getStatusReports().add(report);
			session.save(project);
		}),
		DECIDE_GATE((session, project) -> {
			project.getMilestones().get(0).setGateDecision(GateDecision.GO);
			session.save(project);
		}),
		ASSIGN_ROLE((session, project) -> {
			project.getRoleAssignments().add(assignment(RoleKind.FUNCTIONAL_OWNER, login(session, "outsider")));
			session.save(project);
		}),
		CREATE_PORTFOLIO((session, project) -> {
			Portfolio portfolio = F.createPortfolio();
			portfolio.setName("New portfolio");
			session.save(portfolio);
		}),
		MAKE_ANALYST((session, project) -> {
			Person outsider = login(session, "outsider");
			outsider.getOfficeRoles().add(RoleKind.PMO_ANALYST);
			session.save(outsider);
		}),
		/** Last: once allowed, there is nothing left to try. */
		DELETE_PROJECT((session, project) -> session.delete(project));

		final BiConsumer<StoreSession, Project> attempt;

		Action(BiConsumer<StoreSession, Project> attempt) {
			this.attempt = attempt;
		}
	}

	@TempDir
	Path workspace;

	private ModelStore store;
	private String projectId;
	/** The plugin rule the guard asks; none unless a test sets one. */
	private WriteRule rule = new WriteRule() {
	};
	private final Permissions permissions = new Permissions(new Governance());
	private final GovernanceGuard guard = new GovernanceGuard(permissions, new WriteRule() {
		@Override
		public void check(WriteCheck check, Person actor) {
			rule.check(check, actor);
		}

		@Override
		public Set<Write> allowed(WriteCheck check, Person actor) {
			return rule.allowed(check, actor);
		}

		@Override
		public Optional<Permission> permission(Write write, EStructuralFeature feature, WriteCheck check) {
			return rule.permission(write, feature, check);
		}

		@Override
		public boolean allowsEditing(Person actor, EObject object, StoreSession session) {
			return rule.allowsEditing(actor, object, session);
		}
	});

	@BeforeEach
	void officeWithGovernance() {
		store = ModelStoreFactory.open(StoreConfig.derby(workspace.resolve("db"), true),
				List.of(new PmoModelContribution()), guard);
		Person lead = person("Lena Lead", "lead", RoleKind.PMO_LEAD);
		Person analyst = person("Arno Analyst", "analyst", RoleKind.PMO_ANALYST);
		Person programSponsor = person("Sara Sponsor", "sponsor");
		Person manager = person("Max Manager", "manager");
		Person steering = person("Stella Steering", "steering");
		Person stakeholder = person("Stan Stakeholder", "stakeholder");
		Person outsider = person("Otto Outsider", "outsider");
		Portfolio portfolio = F.createPortfolio();
		portfolio.setName("Change");
		Program program = F.createProgram();
		program.setName("Digital");
		program.getRoleAssignments().add(assignment(RoleKind.SPONSOR, programSponsor));
		portfolio.getPrograms().add(program);
		Project project = F.createProject();
		project.setName("Pilot");
		project.setCode("PIL-001");
		project.getRoleAssignments().add(assignment(RoleKind.PROJECT_MANAGER, manager));
		project.getRoleAssignments().add(assignment(RoleKind.STEERING_COMMITTEE_MEMBER, steering));
		project.getRoleAssignments().add(assignment(RoleKind.STAKEHOLDER, stakeholder));
		Milestone gate = F.createMilestone();
		gate.setName("Go-live gate");
		gate.setGate(true);
		project.getMilestones().add(gate);
		program.getProjects().add(project);
		try (StoreSession session = store.openSession("setup")) {
			session.inTransaction(tx -> {
				Stream.of(lead, analyst, programSponsor, manager, steering, stakeholder, outsider).forEach(tx::save);
				tx.save(portfolio);
			});
		}
		projectId = project.getId();
	}

	@AfterEach
	void close() {
		store.close();
	}

	static Stream<Arguments> whoMayDoWhat() {
		// edit, report status, decide a gate, assign a role, new portfolio, make an analyst, delete the project
		return Stream.of(
				Arguments.of("lead", "yyn" + "yyy" + "y"),
				Arguments.of("analyst", "yyn" + "nyn" + "n"),
				Arguments.of("sponsor", "yyy" + "ynn" + "y"),
				Arguments.of("manager", "yyn" + "nnn" + "n"),
				Arguments.of("steering", "nny" + "nnn" + "n"),
				Arguments.of("stakeholder", "nnn" + "nnn" + "n"),
				Arguments.of("outsider", "nnn" + "nnn" + "n"),
				Arguments.of("ghost", "nnn" + "nnn" + "n"));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("whoMayDoWhat")
	void eachRoleMayDoWhatTheTableSays(String login, String allowed) {
		Action[] actions = Action.values();
		for (int i = 0; i < actions.length; i++) {
			Action action = actions[i];
			int auditBefore = auditSize();
			try (StoreSession session = store.openSession(login)) {
				Project project = session.load(PmoPackage.Literals.PROJECT, projectId);
				if (allowed.charAt(i) == 'y') {
					assertDoesNotThrow(() -> action.attempt.accept(session, project), login + " " + action);
					assertTrue(auditSize() > auditBefore, login + " " + action + " is audited");
				} else {
					AccessDeniedException refused = assertThrows(AccessDeniedException.class,
							() -> action.attempt.accept(session, project), login + " " + action);
					assertTrue(refused.getMessage().endsWith("Nothing was saved."), refused.getMessage());
					assertEquals(auditBefore, auditSize(), login + " " + action + ": a refusal is not audited");
				}
			}
		}
	}

	@Test
	void refusalsNameThePersonTheActionTheScopeAndTheRolesThatWouldAllowIt() {
		try (StoreSession session = store.openSession("steering")) {
			Project project = session.load(PmoPackage.Literals.PROJECT, projectId);
			AccessDeniedException refused = assertThrows(AccessDeniedException.class,
					() -> Action.EDIT_PROJECT.attempt.accept(session, project));
			assertEquals("Stella Steering may not edit at Project 'Pilot': that takes one of the roles sponsor, "
					+ "functional owner, technology owner, project manager, PMO lead, PMO analyst here or above, and "
					+ "Stella Steering holds steering committee member. Nothing was saved.", refused.getMessage());
		}
		try (StoreSession session = store.openSession("ghost")) {
			Project project = session.load(PmoPackage.Literals.PROJECT, projectId);
			AccessDeniedException refused = assertThrows(AccessDeniedException.class,
					() -> Action.EDIT_PROJECT.attempt.accept(session, project));
			assertTrue(refused.getMessage().startsWith("'ghost' may not edit at Project 'Pilot'"), refused.getMessage());
			assertTrue(refused.getMessage().contains("'ghost' is not one of the office's people"), refused.getMessage());
		}
	}

	@Test
	void aStakeholderCannotMakeThemselvesSponsorThroughTheEditorsSavePath() {
		try (StoreSession session = store.openSession("stakeholder")) {
			Project project = session.load(PmoPackage.Literals.PROJECT, projectId);
			RoleAssignment own = project.getRoleAssignments().stream()
					.filter(assignment -> assignment.getKind() == RoleKind.STAKEHOLDER).findFirst().orElseThrow();
			own.setKind(RoleKind.SPONSOR);
			AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> session.save(project));
			assertTrue(refused.getMessage().startsWith("Stan Stakeholder may not manage governance"),
					refused.getMessage());
			project.getRoleAssignments().add(assignment(RoleKind.SPONSOR, own.getPerson()));
			assertThrows(AccessDeniedException.class, () -> session.save(project));
		}
		try (StoreSession session = store.openSession("lead")) {
			Project stored = session.load(PmoPackage.Literals.PROJECT, projectId);
			assertEquals(List.of(RoleKind.PROJECT_MANAGER, RoleKind.STEERING_COMMITTEE_MEMBER, RoleKind.STAKEHOLDER),
					stored.getRoleAssignments().stream().map(RoleAssignment::getKind).toList(),
					"the stored roles are unchanged");
		}
	}

	@Test
	void aRefusedNewObjectLeavesNoRow() {
		try (StoreSession session = store.openSession("stakeholder")) {
			Project project = session.load(PmoPackage.Literals.PROJECT, projectId);
			assertThrows(AccessDeniedException.class, () -> Action.REPORT_STATUS.attempt.accept(session, project));
		}
		try (StoreSession session = store.openSession("lead")) {
			assertEquals(0, session.count(Query.of(PmoPackage.Literals.STATUS_REPORT)));
		}
	}

	@Test
	void aProgramSponsorReportsOnAProjectReadWithoutItsProgram() {
		try (StoreSession session = store.openSession("sponsor")) {
			Project shallow = session.<Project>query(Query.<Project>of(PmoPackage.Literals.PROJECT)
					.where(Condition.eq(PmoPackage.Literals.PROJECT__CODE, "PIL-001"))).get(0);
			Person sponsor = login(session, "sponsor");
			assertTrue(new Permissions(new Governance()).isAllowed(sponsor, Permission.REPORT_STATUS, shallow));
			assertEquals("Sara Sponsor", new Governance().sponsor(shallow).map(Person::getName).orElseThrow());
		}
	}

	@Test
	void theLastPmoLeadKeepsTheRole() {
		try (StoreSession session = store.openSession("lead")) {
			Person lead = login(session, "lead");
			lead.getOfficeRoles().clear();
			AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> session.save(lead));
			assertTrue(refused.getMessage().startsWith("Lena Lead is the office's only PMO lead"), refused.getMessage());
			Person analyst = login(session, "analyst");
			analyst.getOfficeRoles().add(RoleKind.PMO_LEAD);
			assertDoesNotThrow(() -> session.save(analyst, lead), "with another lead named, the role may go");
		}
	}

	@Test
	void anOfficeWithoutAPmoLeadIsBeingSetUpAndAcceptsEveryWrite() throws Exception {
		try (ModelStore empty = ModelStoreFactory.open(StoreConfig.derby(workspace.resolve("empty"), true),
				List.of(new PmoModelContribution()), new GovernanceGuard(new Permissions(new Governance())));
				StoreSession session = empty.openSession("anyone")) {
			Portfolio portfolio = F.createPortfolio();
			portfolio.setName("First");
			assertDoesNotThrow(() -> session.save(portfolio));
			assertDoesNotThrow(() -> session.delete(portfolio));
		}
	}

	/** A plugin's rule that lets a project's stakeholders, as committed, write its milestones whatever their roles. */
	private static final class StakeholdersWriteMilestones implements WriteRule {
		@Override
		public Set<Write> allowed(WriteCheck check, Person actor) {
			return check.writes().stream()
					.filter(write -> write.object() instanceof Milestone milestone
							&& milestone.eContainer() instanceof Project project && !check.isNew(project)
							&& isStakeholder(check.committed().load(PmoPackage.Literals.PROJECT, project.getId()), actor))
					.collect(Collectors.toSet());
		}

		@Override
		public boolean allowsEditing(Person actor, EObject object, StoreSession session) {
			return object instanceof Milestone milestone && milestone.eContainer() instanceof Project project
					&& isStakeholder(project, actor);
		}

		private static boolean isStakeholder(Project project, Person person) {
			return person != null && project.getRoleAssignments().stream().anyMatch(assignment -> assignment
					.getKind() == RoleKind.STAKEHOLDER && assignment.getPerson().getLogin().equals(person.getLogin()));
		}
	}

	@Test
	void aPluginRuleAllowsAWriteTheRolesWouldRefuseAndTheUiIsToldSo() {
		rule = new StakeholdersWriteMilestones();
		try (StoreSession session = store.openSession("stakeholder")) {
			Project project = session.load(PmoPackage.Literals.PROJECT, projectId);
			Milestone gate = project.getMilestones().get(0);
			assertEquals(Optional.empty(), guard.whyNot(session, "stakeholder", gate, Permission.EDIT));
			gate.setName("Launch gate");
			assertDoesNotThrow(() -> session.save(project));
			project.setDescription("and the project too");
			assertThrows(AccessDeniedException.class, () -> session.save(project), "the rule allows milestones only");
		}
		try (StoreSession session = store.openSession("outsider")) {
			Project project = session.load(PmoPackage.Literals.PROJECT, projectId);
			project.getMilestones().get(0).setName("Outsider's gate");
			assertThrows(AccessDeniedException.class, () -> session.save(project));
		}
	}

	private int auditSize() {
		return store.auditLog(AuditQuery.recent(100_000)).size();
	}

	private static Person login(StoreSession session, String login) {
		return GovernanceGuard.person(session, login).orElseThrow();
	}

	private static Person person(String name, String login, RoleKind... officeRoles) {
		Person person = F.createPerson();
		person.setName(name);
		person.setLogin(login);
		person.getOfficeRoles().addAll(List.of(officeRoles));
		return person;
	}

	private static RoleAssignment assignment(RoleKind kind, Person person) {
		RoleAssignment assignment = F.createRoleAssignment();
		assignment.setKind(kind);
		assignment.setPerson(person);
		return assignment;
	}
}
