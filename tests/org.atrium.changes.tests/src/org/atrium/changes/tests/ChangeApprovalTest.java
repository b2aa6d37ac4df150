package org.atrium.changes.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.atrium.changes.ApprovalPolicies;
import org.atrium.changes.ApprovalPolicies.Tier;
import org.atrium.changes.Baselines;
import org.atrium.changes.ChangeControl;
import org.atrium.changes.ChangeRuleException;
import org.atrium.changes.model.changes.ApprovalPolicy;
import org.atrium.changes.model.changes.Baseline;
import org.atrium.changes.model.changes.ChangeRequest;
import org.atrium.changes.model.changes.ChangeStatus;
import org.atrium.changes.model.changes.ChangesPackage;
import org.atrium.changes.model.changes.Vote;
import org.atrium.changes.model.changes.VoteChoice;
import org.atrium.core.AccessDeniedException;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.junit.jupiter.api.Test;

/** Votes, quorum and approval against a guarded Derby store: the rules hold for the service and for a bare write. */
class ChangeApprovalTest extends ChangeTestSupport {

	@Test
	void aPortfolioPolicyReplacesTheDefaults() {
		try (StoreSession session = store.openSession("lead")) {
			ApprovalPolicy policy = ApprovalPolicies.defaults();
			policy.setSponsorCostLimit(new BigDecimal("1000"));
			policy.setPortfolio(session.<Portfolio>query(Query.of(PmoPackage.Literals.PORTFOLIO)).get(0));
			session.save(policy);
		}
		String code = awaitingDecision("Extra report", "5000", 0);
		try (StoreSession session = store.openSession("lead")) {
			ChangeRequest request = ChangeControl.find(session, code).orElseThrow();
			assertEquals(Tier.APPROVERS, control.approvers(session, request).tier());
		}
	}

	@Test
	void theSponsorDecidesASmallChangeAloneAndTheApprovalUpdatesThePlanAndTakesABaseline() {
		String code = awaitingDecision("Add export button", "8000", 3);
		ChangeControl.VoteResult result = vote("sponsor", code, VoteChoice.APPROVE);
		assertEquals(ChangeStatus.APPROVED, result.decision());
		try (StoreSession session = store.openSession("lead")) {
			ChangeRequest request = ChangeControl.find(session, code).orElseThrow();
			assertEquals(ChangeStatus.APPROVED, request.getStatus());
			assertEquals(TODAY, request.getDecidedOn());
			Project project = project(session);
			assertEquals(PLANNED_END.plusDays(3), project.getPlannedEnd());
			assertEquals(0, new BigDecimal("408000").compareTo(project.getBudgetPlanned()));
			assertEquals(0, new BigDecimal("428000").compareTo(project.getBudgetForecast()));
			assertEquals(GO_LIVE.plusDays(3), project.getMilestones().get(1).getPlannedDate());
			assertEquals(LocalDate.of(2026, 12, 15), project.getMilestones().get(0).getPlannedDate(), "not affected");
			List<Baseline> history = Baselines.history(project, session);
			assertEquals(1, history.size());
			Baseline baseline = history.get(0);
			assertEquals("After " + code, baseline.getName());
			assertEquals(request.getId(), baseline.getChangeRequestId());
			assertEquals(PLANNED_END.plusDays(3), baseline.getPlannedEnd());
			assertEquals(GO_LIVE.plusDays(3), baseline.getMilestones().get(1).getPlannedDate());
		}
	}

	@Test
	void theSteeringCommitteeDecidesABigChangeOnlyOnceTheQuorumHasVoted() {
		String code = awaitingDecision("Second data centre", "80000", 30);
		assertNull(vote("carla", code, VoteChoice.APPROVE).decision());
		ChangeControl.VoteResult second = vote("colin", code, VoteChoice.REJECT);
		assertNull(second.decision());
		assertEquals("2 votes cast, quorum 3: 1 approve, 1 reject, 0 abstain", second.tally().describe());
		assertEquals(ChangeStatus.AWAITING_DECISION, read(code).getStatus());
		assertEquals(PLANNED_END, planEnd(), "nothing changes before the decision");
		ChangeControl.VoteResult third = vote("cora", code, VoteChoice.APPROVE);
		assertEquals(ChangeStatus.APPROVED, third.decision());
		assertEquals(PLANNED_END.plusDays(30), planEnd());
	}

	@Test
	void aWriteThatApprovesWithoutTheQuorumIsRefusedByTheStore() {
		String code = awaitingDecision("Second data centre", "80000", 30);
		vote("carla", code, VoteChoice.APPROVE);
		try (StoreSession session = store.openSession("sponsor")) {
			ChangeRequest request = ChangeControl.find(session, code).orElseThrow();
			request.setStatus(ChangeStatus.APPROVED);
			ChangeRuleException refused = assertThrows(ChangeRuleException.class, () -> session.save(request));
			assertEquals(code + " cannot be approved: 1 vote cast, quorum 3: 1 approve, 0 reject, 0 abstain.",
					refused.getMessage());
		}
		assertEquals(ChangeStatus.AWAITING_DECISION, read(code).getStatus());
	}

	@Test
	void aMajorityOfRejectionsRejectsAndLeavesThePlan() {
		String code = awaitingDecision("Second data centre", "80000", 30);
		vote("carla", code, VoteChoice.REJECT);
		vote("colin", code, VoteChoice.ABSTAIN);
		assertEquals(ChangeStatus.REJECTED, vote("cora", code, VoteChoice.REJECT).decision());
		assertEquals(ChangeStatus.REJECTED, read(code).getStatus());
		assertEquals(PLANNED_END, planEnd());
	}

	@Test
	void someoneWhoIsNotAnApproverIsRefusedWithTheRolesNeeded() {
		String code = awaitingDecision("Second data centre", "80000", 30);
		AccessDeniedException refused = assertThrows(AccessDeniedException.class,
				() -> vote("approver", code, VoteChoice.APPROVE));
		assertEquals("Arne Approver may not vote on " + code + ": it is decided by the steering committee, which "
				+ "takes the role steering committee member; they are Carla Chair, Colin Finance, Cora Ops. "
				+ "Nothing was saved.", refused.getMessage());
		assertTrue(read(code).getVotes().isEmpty());
		assertThrows(AccessDeniedException.class, () -> vote("stakeholder", code, VoteChoice.REJECT));
	}

	@Test
	void theRequesterMayNotApproveTheirOwnRequestButMayAbstain() {
		String code;
		try (StoreSession session = store.openSession("sponsor")) {
			Project project = project(session);
			ChangeRequest request = control.draft(session, project, "Sponsor's wish", null,
					personOf(session, "sponsor"), TODAY);
			request.setCostDelta(new BigDecimal("20000"));
			session.save(request);
			for (ChangeStatus next : List.of(ChangeStatus.SUBMITTED, ChangeStatus.UNDER_ASSESSMENT,
					ChangeStatus.AWAITING_DECISION)) {
				control.move(session, request, next, TODAY);
			}
			code = request.getCode();
		}
		AccessDeniedException refused = assertThrows(AccessDeniedException.class,
				() -> vote("sponsor", code, VoteChoice.APPROVE));
		assertTrue(refused.getMessage().startsWith("Sofia Sponsor requested " + code + " and may not approve it"),
				refused.getMessage());
		assertNull(vote("sponsor", code, VoteChoice.ABSTAIN).decision());
		assertEquals(ChangeStatus.APPROVED, vote("approver", code, VoteChoice.APPROVE).decision());
	}

	@Test
	void aVoteIsCastOnceAndOnlyAsOneself() {
		String code = awaitingDecision("Second data centre", "80000", 30);
		vote("carla", code, VoteChoice.APPROVE);
		assertThrows(ChangeRuleException.class, () -> vote("carla", code, VoteChoice.REJECT));
		try (StoreSession session = store.openSession("colin")) {
			ChangeRequest request = ChangeControl.find(session, code).orElseThrow();
			Vote forged = CHANGES.createVote();
			forged.setPerson(personOf(session, "cora"));
			forged.setChoice(VoteChoice.APPROVE);
			request.getVotes().add(forged);
			AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> session.save(request));
			assertTrue(refused.getMessage().startsWith("Colin Finance may vote only as themselves, not as Cora Ops"),
					refused.getMessage());
		}
		assertEquals(1, read(code).getVotes().size());
	}

	@Test
	void votesAreCastOnlyWhileARequestAwaitsDecision() {
		String code;
		try (StoreSession session = store.openSession("manager")) {
			ChangeRequest request = control.draft(session, project(session), "Early", null,
					personOf(session, "manager"), TODAY);
			session.save(request);
			code = request.getCode();
		}
		ChangeRuleException refused = assertThrows(ChangeRuleException.class,
				() -> vote("sponsor", code, VoteChoice.APPROVE));
		assertEquals(code + " is draft; votes are cast only while a request is awaiting decision.",
				refused.getMessage());
	}

	@Test
	void aCommitteeMemberWithoutEditMayStillMakeTheApprovalThatUpdatesThePlan() {
		String code = awaitingDecision("Second data centre", "80000", 30);
		vote("carla", code, VoteChoice.APPROVE);
		vote("colin", code, VoteChoice.APPROVE);
		ChangeControl.VoteResult last = vote("cora", code, VoteChoice.ABSTAIN);
		assertEquals(ChangeStatus.APPROVED, last.decision());
		try (StoreSession session = store.openSession("cora")) {
			Project project = project(session);
			project.setPlannedEnd(PLANNED_END);
			assertThrows(AccessDeniedException.class, () -> session.save(project),
					"outside an approval, the plan still needs edit");
		}
		try (StoreSession session = store.openSession("lead")) {
			assertEquals(1, session.count(Query.of(ChangesPackage.Literals.BASELINE)));
		}
	}

	private LocalDate planEnd() {
		try (StoreSession session = store.openSession("lead")) {
			return project(session).getPlannedEnd();
		}
	}
}
