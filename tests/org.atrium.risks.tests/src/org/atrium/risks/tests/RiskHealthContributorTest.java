package org.atrium.risks.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.atrium.core.HealthContributor.Finding;
import org.atrium.core.ProjectHealthService;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RagStatus;
import org.atrium.core.model.rules.HealthAssessment;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.StoreSession;
import org.atrium.risks.RiskHealthContributor;
import org.atrium.risks.RiskScoring;
import org.atrium.risks.model.risks.Risk;
import org.atrium.risks.model.risks.RiskStatus;
import org.junit.jupiter.api.Test;

/** Open risks with a high or critical residual rating turn a project's derived RAG amber or red. */
class RiskHealthContributorTest extends RiskTestSupport {

	private final Project crm = project("DIG-001", "CRM Consolidation");
	private final Project portal = project("DIG-002", "Customer Portal");
	private final ProjectHealthService health = new ProjectHealthService();
	private ModelStore store;

	RiskHealthContributorTest() {
		health.addContributor(new RiskHealthContributor(new RiskScoring()));
	}

	@Test
	void criticalResidualRisksMakeTheProjectRedAndHighOnesAmber() {
		Risk keyPerson = risk(crm, "Key person dependency", 4, 3);
		keyPerson.setStatus(RiskStatus.MITIGATING);
		Risk closed = risk(crm, "Budget overrun", 5, 5);
		closed.setStatus(RiskStatus.CLOSED);
		save(risk(crm, "Scope creep", 3, 3), keyPerson, residual(risk(crm, "Data migration quality", 5, 5), 2, 3),
				risk(crm, "Vendor delay", 5, 4), closed, risk(portal, "Low user adoption", 5, 5));

		try (StoreSession session = store.openSession("alee")) {
			Project project = session.load(PmoPackage.Literals.PROJECT, crm.getId());
			HealthAssessment assessment = health.assess(project, session, TODAY);

			assertEquals(RagStatus.RED, assessment.rag());
			assertEquals(List.of("Risk 'Vendor delay' (open) has a residual rating of critical (5 × 4 = 20).",
					"Risk 'Key person dependency' (mitigating) has a residual rating of high (4 × 3 = 12)."),
					assessment.reasons());
		}
	}

	@Test
	void highRisksAloneMakeTheProjectAmber() {
		save(risk(crm, "Key person dependency", 4, 3), residual(risk(crm, "Vendor delay", 5, 5), 3, 3));

		try (StoreSession session = store.openSession("alee")) {
			Project project = session.load(PmoPackage.Literals.PROJECT, crm.getId());
			assertEquals(List.of(new Finding(RagStatus.AMBER,
					"Risk 'Key person dependency' (open) has a residual rating of high (4 × 3 = 12).")),
					new RiskHealthContributor(new RiskScoring()).findings(project, session, TODAY));
			assertEquals(RagStatus.AMBER, health.assess(project, session, TODAY).rag());
		}
	}

	@Test
	void aProjectWithoutSeriousRisksStaysGreen() {
		save(risk(crm, "Scope creep", 3, 3));

		try (StoreSession session = store.openSession("alee")) {
			HealthAssessment assessment = health.assess(session.load(PmoPackage.Literals.PROJECT, crm.getId()), session,
					TODAY);
			assertEquals(new HealthAssessment(RagStatus.GREEN, List.of()), assessment);
		}
	}

	private void save(Risk... risks) {
		store = openStore();
		try (StoreSession session = store.openSession("alee")) {
			session.save(portfolioOf(crm), portfolioOf(portal));
			session.save(risks);
		}
	}
}
