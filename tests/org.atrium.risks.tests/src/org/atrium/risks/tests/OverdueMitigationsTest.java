package org.atrium.risks.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.StoreSession;
import org.atrium.risks.OverdueMitigations;
import org.atrium.risks.OverdueMitigations.OverdueAction;
import org.atrium.risks.model.risks.ActionStatus;
import org.atrium.risks.model.risks.Risk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Planned and in-progress actions past their due date, across the store and per project. */
class OverdueMitigationsTest extends RiskTestSupport {

	private final OverdueMitigations overdue = new OverdueMitigations();
	private final Project crm = project("DIG-001", "CRM Consolidation");
	private final Project portal = project("DIG-002", "Customer Portal");
	private final List<Risk> risks = List.of(risk(crm, "Vendor delay", 4, 4), risk(crm, "Scope creep", 3, 3),
			risk(portal, "Low user adoption", 3, 4));
	private ModelStore store;

	@BeforeEach
	void saveRegister() {
		Risk vendorDelay = risks.get(0);
		action(vendorDelay, "Weekly checkpoints", ActionStatus.PLANNED, TODAY.minusDays(10));
		action(vendorDelay, "Escalate to the account manager", ActionStatus.IN_PROGRESS, TODAY.minusDays(1));
		action(vendorDelay, "Penalty clause", ActionStatus.DONE, TODAY.minusDays(30));
		action(vendorDelay, "Second vendor quote", ActionStatus.PLANNED, TODAY);
		Risk scopeCreep = risks.get(1);
		action(scopeCreep, "Change board", ActionStatus.CANCELLED, TODAY.minusDays(5));
		action(scopeCreep, "Scope baseline", ActionStatus.PLANNED, null);
		action(risks.get(2), "Champions network", ActionStatus.IN_PROGRESS, TODAY.minusDays(3));
		store = openStore();
		try (StoreSession session = store.openSession("alee")) {
			session.save(portfolioOf(crm), portfolioOf(portal));
			session.save(risks.toArray(Risk[]::new));
		}
	}

	@Test
	void overdueActionsAcrossTheStoreLongestOverdueFirst() {
		try (StoreSession session = store.openSession("alee")) {
			assertEquals(List.of("Vendor delay: Weekly checkpoints, 10 days",
					"Low user adoption: Champions network, 3 days",
					"Vendor delay: Escalate to the account manager, 1 days"),
					describe(overdue.all(session, TODAY)));
		}
	}

	@Test
	void overdueActionsOfOneProject() {
		try (StoreSession session = store.openSession("alee")) {
			Project project = session.load(PmoPackage.Literals.PROJECT, crm.getId());
			assertEquals(List.of("Vendor delay: Weekly checkpoints, 10 days",
					"Vendor delay: Escalate to the account manager, 1 days"),
					describe(overdue.ofProject(project, session, TODAY)));
			assertEquals(List.of(), overdue.ofProject(project, session, TODAY.minusDays(10)), "not yet overdue then");
		}
	}

	@Test
	void overdueActionsAmongRisksInMemory() {
		assertEquals(List.of("Vendor delay: Weekly checkpoints, 10 days", "Low user adoption: Champions network, 3 days",
				"Vendor delay: Escalate to the account manager, 1 days"), describe(overdue.among(risks, TODAY)));
	}

	private static List<String> describe(List<OverdueAction> actions) {
		return actions.stream().map(action -> action.risk().getTitle() + ": " + action.action().getTitle() + ", "
				+ action.daysOverdue() + " days").toList();
	}
}
