package org.atrium.changes.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.atrium.changes.ApprovalPolicies;
import org.atrium.changes.ApprovalPolicies.Tier;
import org.atrium.changes.model.changes.ChangeRequest;
import org.atrium.changes.model.changes.ChangesFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The thresholds of the default approval policy, at and just past each limit. */
class ApprovalTierTest {

	@ParameterizedTest
	@CsvSource({ "10000, 0, SPONSOR", "10000, 5, SPONSOR", "10000.01, 0, APPROVERS", "9000, 6, APPROVERS",
			"50000, 20, APPROVERS", "50000.01, 0, STEERING_COMMITTEE", "0, 21, STEERING_COMMITTEE",
			"-60000, 0, STEERING_COMMITTEE" })
	void theDefaultPolicyPicksTheTierByCostAndSlip(String cost, int days, Tier tier) {
		ChangeRequest request = ChangesFactory.eINSTANCE.createChangeRequest();
		request.setCostDelta(new BigDecimal(cost));
		request.setScheduleImpactDays(days);
		assertEquals(tier, ApprovalPolicies.tier(request, ApprovalPolicies.defaults()));
	}

}
