package org.atrium.interop.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.atrium.core.AccessDeniedException;
import org.atrium.core.Governance;
import org.atrium.core.GovernanceGuard;
import org.atrium.core.Permissions;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RoleAssignment;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.StoreSession;
import org.atrium.interop.PlanFiles;
import org.atrium.interop.PlanImport;
import org.atrium.interop.model.interop.InteropPackage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An import is governed like an editor: by the roles at the project, through the store's write guard. */
class GovernedImportTest extends InteropTestSupport {

	private ModelStore store;

	@BeforeEach
	void officeWithAManagerAndAStakeholder() {
		store = openStore(workspace.resolve("governed-db"), new GovernanceGuard(new Permissions(new Governance())));
		Person manager = person("Max Manager", "manager", "max@example.org");
		Person stakeholder = person("Stan Stakeholder", "stakeholder", "stan@example.org");
		Person lead = person("Lena Lead", "lead", "lena@example.org");
		lead.getOfficeRoles().add(RoleKind.PMO_LEAD);
		Project project = project("ERP-7", "ERP Upgrade");
		role(project, RoleKind.SPONSOR, manager);
		role(project, RoleKind.PROJECT_MANAGER, manager);
		role(project, RoleKind.STAKEHOLDER, stakeholder);
		try (StoreSession session = store.openSession("setup")) {
			session.inTransaction(tx -> {
				tx.save(lead);
				tx.save(manager);
				tx.save(stakeholder);
				tx.save(project.getProgram().getPortfolio());
			});
		}
	}

	private static void role(Project project, RoleKind kind, Person person) {
		RoleAssignment role = PMO.createRoleAssignment();
		role.setKind(kind);
		role.setPerson(person);
		project.getRoleAssignments().add(role);
	}

	private void importAs(String login) throws Exception {
		try (StoreSession session = store.openSession(login)) {
			PlanImport.prepare(session, PlanFiles.read(mspdi(smallPlan())), Optional.of("ERP-7")).apply();
		}
	}

	@Test
	void aStakeholderMayNotImportAPlanIntoTheProjectItsManagerMay() throws Exception {
		AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> importAs("stakeholder"));
		assertTrue(refused.getMessage().startsWith("Stan Stakeholder may not edit at Project 'ERP Upgrade'"),
				refused.getMessage());
		try (StoreSession session = store.openSession("manager")) {
			assertEquals(0, all(session, InteropPackage.Literals.EXTERNAL_LINK).size());
			assertTrue(((Project) all(session, PmoPackage.Literals.PROJECT).get(0)).getMilestones().isEmpty());
		}

		assertDoesNotThrow(() -> importAs("manager"));
		try (StoreSession session = store.openSession("manager")) {
			assertEquals(3, ((Project) all(session, PmoPackage.Literals.PROJECT).get(0)).getMilestones().size());
		}
	}
}
