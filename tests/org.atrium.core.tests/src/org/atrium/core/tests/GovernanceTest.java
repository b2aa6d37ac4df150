package org.atrium.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.atrium.core.AccessDeniedException;
import org.atrium.core.Governance;
import org.atrium.core.Permission;
import org.atrium.core.Permissions;
import org.atrium.core.RagRollup;
import org.atrium.core.model.pmo.LifecyclePhase;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoFactory;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.Program;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RagStatus;
import org.atrium.core.model.pmo.RoleAssignment;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.model.pmo.Scope;
import org.junit.jupiter.api.Test;

/** Governance queries, permission checks and the RAG roll-up over a small office. */
class GovernanceTest {

	private static final PmoFactory F = PmoFactory.eINSTANCE;

	private final Governance governance = new Governance();
	private final Permissions permissions = new Permissions(governance);
	private final RagRollup rollup = new RagRollup();

	private final Person grace = person("Grace Hopper");
	private final Person alan = person("Alan Turing");
	private final Person ada = person("Ada Lovelace");
	private final Person linus = person("Linus Pauling");
	private final Portfolio portfolio = F.createPortfolio();
	private final Program program = F.createProgram();
	private final Project project = F.createProject();

	GovernanceTest() {
		portfolio.setName("Digital");
		program.setName("Customer");
		project.setName("CRM Consolidation");
		portfolio.getPrograms().add(program);
		program.getProjects().add(project);
		assign(portfolio, RoleKind.SPONSOR, grace);
		assign(portfolio, RoleKind.STEERING_COMMITTEE_MEMBER, grace);
		assign(portfolio, RoleKind.STEERING_COMMITTEE_MEMBER, alan);
		assign(program, RoleKind.APPROVER, alan);
		assign(project, RoleKind.PROJECT_MANAGER, ada);
		assign(project, RoleKind.STAKEHOLDER, linus);
	}

	@Test
	void sponsorAndSteeringCommitteeAreInheritedUntilAScopeNamesItsOwn() {
		assertEquals(Optional.of(grace), governance.sponsor(project));
		assertEquals(List.of(grace, alan), governance.steeringCommittee(project));
		assign(project, RoleKind.SPONSOR, ada);
		assign(project, RoleKind.STEERING_COMMITTEE_MEMBER, linus);
		assertEquals(Optional.of(ada), governance.sponsor(project));
		assertEquals(List.of(linus), governance.steeringCommittee(project));
		assertEquals(Optional.empty(), governance.sponsor(F.createProject()));
	}

	@Test
	void approversAreTheApproversAndSponsorsHereAndAbove() {
		assertEquals(List.of(alan, grace), governance.approvers(project));
		assertEquals(List.of(grace), governance.approvers(portfolio));
		assertEquals(Set.of(RoleKind.PROJECT_MANAGER), governance.rolesOf(ada, project));
	}

	@Test
	void permissionsFollowRoles() {
		assertTrue(permissions.isAllowed(ada, Permission.EDIT, project));
		assertTrue(permissions.isAllowed(ada, Permission.REPORT_STATUS, project));
		assertFalse(permissions.isAllowed(ada, Permission.APPROVE, project));
		assertFalse(permissions.isAllowed(ada, Permission.VIEW, program), "a project role gives nothing above it");
		assertTrue(permissions.isAllowed(alan, Permission.APPROVE, project), "a program approver approves in its projects");
		assertTrue(permissions.isAllowed(grace, Permission.MANAGE_GOVERNANCE, project));
		assertTrue(permissions.isAllowed(linus, Permission.VIEW, project));
		assertFalse(permissions.isAllowed(linus, Permission.EDIT, project));
		assertFalse(permissions.isAllowed(person("Stranger"), Permission.VIEW, project));
	}

	@Test
	void deniedCheckNamesPersonActionScopeAndRoles() {
		AccessDeniedException e = assertThrows(AccessDeniedException.class,
				() -> permissions.check(linus, Permission.APPROVE, project));
		assertEquals("Linus Pauling may not approve at Project 'CRM Consolidation': that takes one of the roles "
				+ "sponsor, steering committee member, approver here or above, and Linus Pauling holds stakeholder.",
				e.getMessage());
		permissions.check(grace, Permission.APPROVE, project);
	}

	@Test
	void ragRollsUpByBudgetShareAndCount() {
		Program other = F.createProgram();
		portfolio.getPrograms().add(other);
		project.setRag(RagStatus.GREEN);
		project.setBudgetPlanned(new BigDecimal("900000"));
		Project small = project(program, RagStatus.RED, "100000");
		project(program, RagStatus.GREEN, "100000");
		project(program, RagStatus.GREEN, "100000");
		// One red project in four, 8% of the budget: amber.
		assertEquals(RagStatus.AMBER, rollup.of(program).rag());
		small.setBudgetPlanned(new BigDecimal("400000"));
		// Now 25% of the budget is red.
		assertEquals(RagStatus.RED, rollup.of(program).rag());
		small.setPhase(LifecyclePhase.CLOSED);
		assertEquals(RagStatus.GREEN, rollup.of(program).rag(), "closed projects do not count");

		project(other, RagStatus.RED, "10");
		project(other, RagStatus.GREEN, "10");
		assertEquals(RagStatus.RED, rollup.of(other).rag(), "a third or more of the children red");
		RagRollup.Rollup top = rollup.of(portfolio);
		assertEquals(RagStatus.RED, top.rag());
		assertEquals(1, top.red());
		assertEquals(4, top.green());
		assertEquals(RagStatus.GREEN, rollup.of(F.createProgram()).rag(), "no active project: green");
	}

	private static Project project(Program program, RagStatus rag, String budget) {
		Project project = F.createProject();
		project.setRag(rag);
		project.setBudgetPlanned(new BigDecimal(budget));
		program.getProjects().add(project);
		return project;
	}

	private static Person person(String name) {
		Person person = F.createPerson();
		person.setName(name);
		person.setId(name.toLowerCase().replace(' ', '-'));
		return person;
	}

	private static void assign(Scope scope, RoleKind kind, Person person) {
		RoleAssignment assignment = F.createRoleAssignment();
		assignment.setKind(kind);
		assignment.setPerson(person);
		scope.getRoleAssignments().add(assignment);
	}
}
