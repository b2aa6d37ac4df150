package org.atrium.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.atrium.core.AccessDeniedException;
import org.atrium.core.Governance;
import org.atrium.core.GovernanceGuard;
import org.atrium.core.Permission;
import org.atrium.core.Permissions;
import org.atrium.core.PmoModelContribution;
import org.atrium.core.WriteRule;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoFactory;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RoleAssignment;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.ModelStoreFactory;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreConfig;
import org.atrium.core.store.StoreException;
import org.atrium.core.store.StoreSession;
import org.atrium.core.store.Write;
import org.atrium.core.store.WriteCheck;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plugin's WriteRule refuses writes for every writer, and can name the permission a write needs. */
class WriteRuleTest {

	private static final PmoFactory F = PmoFactory.eINSTANCE;

	/** No project may be named "Forbidden"; a description written together with a code of "APP-" needs approve. */
	private static final WriteRule RULE = new WriteRule() {
		@Override
		public void check(WriteCheck check, Person actor) {
			for (Write write : check.writes()) {
				if (write.object() instanceof Project project && "Forbidden".equals(project.getName())) {
					throw new StoreException("No project may be called Forbidden.");
				}
			}
		}

		@Override
		public Optional<Permission> permission(Write write, EStructuralFeature feature, WriteCheck check) {
			return write.object() instanceof Project project && feature == PmoPackage.Literals.SCOPE__DESCRIPTION
					&& "Approved".equals(project.getDescription()) ? Optional.of(Permission.APPROVE) : Optional.empty();
		}
	};

	@TempDir
	Path workspace;

	private ModelStore store;

	@AfterEach
	void close() {
		store.close();
	}

	@Test
	void aRuleRefusesAlsoWhileTheOfficeIsBeingSetUpAndNothingIsWritten() {
		store = ModelStoreFactory.open(StoreConfig.derby(workspace.resolve("db"), true),
				List.of(new PmoModelContribution()), new GovernanceGuard(new Permissions(new Governance()), RULE));
		try (StoreSession session = store.openSession("anyone")) {
			Project project = F.createProject();
			project.setName("Forbidden");
			assertEquals("No project may be called Forbidden.",
					assertThrows(StoreException.class, () -> session.save(project)).getMessage());
			assertEquals(0, session.count(Query.of(PmoPackage.Literals.PROJECT)));
		}
	}

	@Test
	void aRuleNamesThePermissionAWriteNeeds() {
		store = ModelStoreFactory.open(StoreConfig.derby(workspace.resolve("db"), true),
				List.of(new PmoModelContribution()), new GovernanceGuard(new Permissions(new Governance()), RULE));
		Person lead = F.createPerson();
		lead.setName("Lena Lead");
		lead.setLogin("lead");
		lead.getOfficeRoles().add(RoleKind.PMO_LEAD);
		Person manager = F.createPerson();
		manager.setName("Max Manager");
		manager.setLogin("manager");
		Project project = F.createProject();
		project.setName("Pilot");
		RoleAssignment assignment = F.createRoleAssignment();
		assignment.setKind(RoleKind.PROJECT_MANAGER);
		assignment.setPerson(manager);
		project.getRoleAssignments().add(assignment);
		try (StoreSession session = store.openSession("setup")) {
			session.save(lead, manager, project);
		}
		try (StoreSession session = store.openSession("manager")) {
			Project stored = session.<Project>query(Query.of(PmoPackage.Literals.PROJECT)).get(0);
			stored.setDescription("Draft");
			session.save(stored);
			stored.setDescription("Approved");
			AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> session.save(stored));
			assertEquals(true, refused.getMessage().startsWith("Max Manager may not approve at Project 'Pilot'"),
					refused.getMessage());
		}
	}
}
