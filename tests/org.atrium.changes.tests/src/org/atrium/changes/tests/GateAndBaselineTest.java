package org.atrium.changes.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.atrium.changes.Baselines;
import org.atrium.changes.Baselines.Variance;
import org.atrium.changes.ChangeRuleException;
import org.atrium.changes.GateReviews;
import org.atrium.changes.GateTemplates;
import org.atrium.changes.model.changes.Baseline;
import org.atrium.changes.model.changes.CriterionStatus;
import org.atrium.changes.model.changes.GateCriterion;
import org.atrium.changes.model.changes.GateReview;
import org.atrium.core.AccessDeniedException;
import org.atrium.core.model.pmo.GateDecision;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.StoreSession;
import org.junit.jupiter.api.Test;

/** Go/no-go reviews with their checklist, and baselines captured and compared, against the guarded store. */
class GateAndBaselineTest extends ChangeTestSupport {

	private void launchReview() {
		try (StoreSession session = store.openSession("manager")) {
			Project project = project(session);
			session.save(GateReviews.open(project, project.getMilestones().get(1), GateTemplates.LAUNCH_READINESS));
		}
	}

	private void criteria(String login, CriterionStatus status, String waiverReason) {
		try (StoreSession session = store.openSession(login)) {
			GateReview review = GateReviews.all(session, null).get(0);
			for (GateCriterion criterion : review.getCriteria()) {
				criterion.setStatus(status);
				criterion.setWaiverReason(waiverReason);
			}
			session.save(review);
		}
	}

	@Test
	void aGoWithAnUnpassedMandatoryCriterionIsRefusedAndTheMilestoneKeepsPending() {
		launchReview();
		try (StoreSession session = store.openSession("sponsor")) {
			GateReview review = GateReviews.all(session, null).get(0);
			review.getCriteria().get(0).setStatus(CriterionStatus.PASSED);
			review.getCriteria().get(1).setStatus(CriterionStatus.FAILED);
			ChangeRuleException refused = assertThrows(ChangeRuleException.class,
					() -> GateReviews.decide(session, review, GateDecision.GO, null, TODAY));
			assertEquals("The go decision of gate review 'Launch readiness' of milestone 'Go-live' needs every "
					+ "mandatory criterion passed or waived with a reason: 'Training done' is failed, 'Support ready' "
					+ "is open, 'Rollback plan' is open.", refused.getMessage());
		}
		try (StoreSession session = store.openSession("lead")) {
			assertEquals(GateDecision.PENDING, GateReviews.all(session, null).get(0).getDecision());
			assertEquals(GateDecision.PENDING, project(session).getMilestones().get(1).getGateDecision());
		}
	}

	@Test
	void aWaiverNeedsAReason() {
		launchReview();
		ChangeRuleException refused = assertThrows(ChangeRuleException.class,
				() -> criteria("manager", CriterionStatus.WAIVED, " "));
		assertEquals("Criterion 'UAT signed off' is waived without a reason; give the reason for the waiver.",
				refused.getMessage());
	}

	@Test
	void aGoOnPassedOrWaivedCriteriaFillsTheMilestonesDecisionAndNamesWhoDecided() {
		launchReview();
		criteria("manager", CriterionStatus.WAIVED, "Accepted by the sponsor for the pilot");
		try (StoreSession session = store.openSession("manager")) {
			GateReview review = GateReviews.all(session, null).get(0);
			assertThrows(AccessDeniedException.class,
					() -> GateReviews.decide(session, review, GateDecision.GO, null, TODAY),
					"a project manager may not approve");
		}
		try (StoreSession session = store.openSession("carla")) {
			GateReview review = GateReviews.all(session, null).get(0);
			assertThrows(ChangeRuleException.class,
					() -> GateReviews.decide(session, review, GateDecision.CONDITIONAL_GO, "", TODAY),
					"a conditional go needs its conditions");
			GateReviews.decide(session, review, GateDecision.CONDITIONAL_GO, "Hypercare for two weeks", TODAY);
		}
		try (StoreSession session = store.openSession("lead")) {
			GateReview review = GateReviews.all(session, null).get(0);
			assertEquals(GateDecision.CONDITIONAL_GO, review.getDecision());
			assertEquals("Carla Chair", review.getDecidedBy().getName());
			assertEquals(GateDecision.CONDITIONAL_GO, project(session).getMilestones().get(1).getGateDecision());
		}
	}

	@Test
	void aNoGoNeedsNoCriteria() {
		launchReview();
		try (StoreSession session = store.openSession("sponsor")) {
			GateReviews.decide(session, GateReviews.all(session, null).get(0), GateDecision.NO_GO, null, TODAY);
		}
	}

	@Test
	void aGateReviewIsOnlyForAGate() {
		try (StoreSession session = store.openSession("manager")) {
			Project project = project(session);
			assertThrows(ChangeRuleException.class,
					() -> GateReviews.open(project, project.getMilestones().get(0), GateTemplates.LAUNCH_READINESS));
			assertThrows(IllegalArgumentException.class,
					() -> GateReviews.open(project, project.getMilestones().get(1), "Unknown"));
		}
	}

	@Test
	void baselinesAreKeptPerProjectAndComparedWithEachOtherAndWithTheCurrentPlan() {
		try (StoreSession session = store.openSession("manager")) {
			Project project = project(session);
			session.save(Baselines.capture(project, "Initial plan", "manager", NOW));
			project.setPlannedEnd(PLANNED_END.plusDays(14));
			project.setBudgetPlanned(new BigDecimal("450000"));
			project.getMilestones().get(1).setPlannedDate(GO_LIVE.plusDays(10));
			session.save(project);
			session.save(Baselines.capture(project, "Replan", "manager", NOW.plusSeconds(60)));
			project.getMilestones().get(0).setPlannedDate(LocalDate.of(2026, 12, 20));
			session.save(project);
		}
		try (StoreSession session = store.openSession("lead")) {
			Project project = project(session);
			List<Baseline> history = Baselines.history(project, session);
			assertEquals(List.of("Initial plan", "Replan"), history.stream().map(Baseline::getName).toList());
			List<Variance> rows = Baselines.compare(history.get(0), history.get(1));
			assertEquals(List.of("Planned start", "Planned end", "Planned budget", "Forecast cost",
					"Milestone 'Design signed off'", "Milestone 'Go-live'"), rows.stream().map(Variance::item).toList());
			assertFalse(rows.get(0).changed());
			assertEquals(14L, rows.get(1).days());
			assertEquals(0, new BigDecimal("50000").compareTo(rows.get(2).amount()));
			assertEquals(10L, rows.get(5).days());
			List<Variance> current = Baselines.compare(history.get(1),
					Baselines.capture(project, Baselines.CURRENT_PLAN, "lead", NOW));
			assertEquals(5L, current.get(4).days());
			assertTrue(current.stream().filter(Variance::changed).count() == 1, current.toString());
		}
	}
}
