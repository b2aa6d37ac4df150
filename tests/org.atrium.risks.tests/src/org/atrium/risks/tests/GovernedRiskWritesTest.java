package org.atrium.risks.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.atrium.core.AccessDeniedException;
import org.atrium.core.Governance;
import org.atrium.core.GovernanceGuard;
import org.atrium.core.Permissions;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.risks.model.risks.Risk;
import org.atrium.risks.model.risks.RisksPackage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A plugin writing through StoreSession is governed like an editor: a risk by the roles at its project. */
class GovernedRiskWritesTest extends RiskTestSupport {

	private ModelStore store;
	private Project project;

	@BeforeEach
	void officeWithALead() {
		store = openStore(new GovernanceGuard(new Permissions(new Governance())));
		Person lead = person("Lena Lead", "lead");
		lead.getOfficeRoles().add(RoleKind.PMO_LEAD);
		Person manager = person("Max Manager", "manager");
		Person stakeholder = person("Stan Stakeholder", "stakeholder");
		project = project("PIL-001", "Pilot");
		assign(project, RoleKind.PROJECT_MANAGER, manager);
		assign(project, RoleKind.STAKEHOLDER, stakeholder);
		try (StoreSession session = store.openSession("setup")) {
			session.inTransaction(tx -> {
				tx.save(lead);
				tx.save(manager);
				tx.save(stakeholder);
				tx.save(portfolioOf(project));
			});
		}
	}

	@Test
	void aStakeholderMayNotAddARiskToTheProjectItsManagerMay() {
		AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> addRisk("stakeholder"));
		assertTrue(refused.getMessage().startsWith("Stan Stakeholder may not edit at Project 'Pilot'"),
				refused.getMessage());
		assertEquals(0, riskCount());
		assertDoesNotThrow(() -> addRisk("manager"));
		assertEquals(1, riskCount());
	}

	@Test
	void onlyThoseWhoMayDeleteAtTheProjectDeleteOneOfItsRisks() {
		addRisk("manager");
		try (StoreSession session = store.openSession("manager")) {
			Risk risk = session.<Risk>query(Query.<Risk>of(RisksPackage.Literals.RISK)).get(0);
			AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> session.delete(risk));
			assertTrue(refused.getMessage().startsWith("Max Manager may not delete at Project 'Pilot'"),
					refused.getMessage());
		}
		try (StoreSession session = store.openSession("lead")) {
			Risk risk = session.<Risk>query(Query.<Risk>of(RisksPackage.Literals.RISK)).get(0);
			assertDoesNotThrow(() -> session.delete(risk));
		}
		assertEquals(0, riskCount());
	}

	private void addRisk(String login) {
		try (StoreSession session = store.openSession(login)) {
			Project stored = session.<Project>query(Query.<Project>of(PmoPackage.Literals.PROJECT)).get(0);
			Risk risk = RISKS.createRisk();
			risk.setTitle("Vendor late");
			risk.setProject(stored);
			session.save(risk);
		}
	}

	private long riskCount() {
		try (StoreSession session = store.openSession("lead")) {
			return session.count(Query.of(RisksPackage.Literals.RISK));
		}
	}
}
