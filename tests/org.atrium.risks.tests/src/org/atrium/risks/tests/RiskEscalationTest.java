package org.atrium.risks.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.atrium.core.Governance;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.risks.RiskBand;
import org.atrium.risks.RiskEscalation;
import org.atrium.risks.RiskEscalation.Escalation;
import org.atrium.risks.RiskRating;
import org.atrium.risks.RiskScoring;
import org.atrium.risks.model.risks.Risk;
import org.atrium.risks.model.risks.RiskStatus;
import org.junit.jupiter.api.Test;

/** Which risks go to which steering committee. */
class RiskEscalationTest extends RiskTestSupport {

	private final Person grace = person("Grace Hopper", "ghopper");
	private final Person alan = person("Alan Turing", "aturing");
	private final Person ada = person("Ada Lovelace", "alovelace");
	private final Project crm = project("DIG-001", "CRM Consolidation");
	private final Project portal = project("DIG-002", "Customer Portal");

	private final Risk vendorDelay = risk(crm, "Vendor delay", 5, 5);
	private final Risk keyPerson = status(risk(crm, "Key person dependency", 4, 3), RiskStatus.MITIGATING);
	private final Risk scopeCreep = risk(crm, "Scope creep", 3, 3);
	private final Risk mitigatedBelowHigh = residual(risk(crm, "Data migration quality", 5, 4), 2, 4);
	private final Risk closed = status(risk(crm, "Budget overrun", 5, 5), RiskStatus.CLOSED);
	private final Risk occurred = status(risk(crm, "Security findings", 5, 5), RiskStatus.OCCURRED);
	private final Risk portalRisk = risk(portal, "Low user adoption", 4, 4);
	private final List<Risk> register = List.of(scopeCreep, keyPerson, closed, vendorDelay, mitigatedBelowHigh,
			occurred, portalRisk);

	RiskEscalationTest() {
		assign(portfolioOf(crm), RoleKind.STEERING_COMMITTEE_MEMBER, grace);
		assign(portfolioOf(crm), RoleKind.STEERING_COMMITTEE_MEMBER, alan);
		assign(portal, RoleKind.STEERING_COMMITTEE_MEMBER, ada);
		assign(portal, RoleKind.PROJECT_MANAGER, alan);
	}

	@Test
	void openAndMitigatingRisksFromHighUpGoToTheSteeringCommittee() {
		RiskEscalation escalation = new RiskEscalation(new Governance(), new RiskScoring(), RiskBand.HIGH);

		List<Escalation> escalations = escalation.escalations(register);

		assertEquals(List.of(
				new Escalation(vendorDelay, new RiskRating(5, 5, 25, RiskBand.CRITICAL), List.of(grace, alan)),
				new Escalation(portalRisk, new RiskRating(4, 4, 16, RiskBand.HIGH), List.of(ada)),
				new Escalation(keyPerson, new RiskRating(4, 3, 12, RiskBand.HIGH), List.of(grace, alan))),
				escalations);
	}

	@Test
	void theThresholdIsConfigurable() {
		RiskEscalation criticalOnly = new RiskEscalation(new Governance(), new RiskScoring(), RiskBand.CRITICAL);
		RiskEscalation fromMedium = new RiskEscalation(new Governance(), new RiskScoring(), RiskBand.MEDIUM);

		assertEquals(List.of(vendorDelay), risks(criticalOnly.escalations(register)));
		assertEquals(List.of(vendorDelay, portalRisk, keyPerson, scopeCreep, mitigatedBelowHigh),
				risks(fromMedium.escalations(register)));
	}

	private static List<Risk> risks(List<Escalation> escalations) {
		return escalations.stream().map(Escalation::risk).toList();
	}

	private static Risk status(Risk risk, RiskStatus status) {
		risk.setStatus(status);
		return risk;
	}
}
