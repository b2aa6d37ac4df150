package org.atrium.changes;

import java.time.LocalDate;
import java.util.List;

import org.atrium.changes.model.changes.ChangesFactory;
import org.atrium.changes.model.changes.ChangesPackage.Literals;
import org.atrium.changes.model.changes.GateReview;
import org.atrium.core.GovernanceGuard;
import org.atrium.core.model.pmo.GateDecision;
import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.Condition;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;

/** Go/no-go reviews of the milestones that are gates: the checklist from a template, and the decision. */
public final class GateReviews {

	private GateReviews() {
	}

	/** A new, unsaved review of the gate with the template's checklist. */
	public static GateReview open(Project project, Milestone milestone, String template) {
		if (!milestone.isGate()) {
			throw new ChangeRuleException("Milestone '" + milestone.getName() + "' is not a gate; mark it as a go/no-go gate first.");
		}
		GateReview review = ChangesFactory.eINSTANCE.createGateReview();
		review.setProject(project);
		review.setMilestone(milestone);
		review.setTemplate(template);
		review.setDecision(GateDecision.PENDING);
		review.getCriteria().addAll(GateTemplates.criteria(template));
		return review;
	}

	/**
	 * Records the decision as taken by the session's user today, and fills the milestone's go/no-go decision, in
	 * one transaction. The guard refuses a go with a mandatory criterion neither passed nor waived with a reason.
	 */
	public static void decide(StoreSession session, GateReview review, GateDecision decision, String conditions,
			LocalDate today) {
		Milestone milestone = review.getMilestone();
		review.setDecision(decision);
		review.setConditions(conditions);
		review.setDecidedBy(GovernanceGuard.person(session, session.user()).orElse(null));
		review.setDecidedOn(today);
		milestone.setGateDecision(decision);
		try {
			session.inTransaction(tx -> {
				tx.save(review);
				tx.save(milestone);
			});
		} catch (RuntimeException e) {
			session.refresh(review);
			session.refresh(milestone);
			throw e;
		}
	}

	/** Every gate review, or those of one project, oldest milestone first. */
	public static List<GateReview> all(StoreSession session, Project project) {
		Query<GateReview> query = Query.<GateReview>of(Literals.GATE_REVIEW).withContents();
		if (project != null) {
			query = query.where(Condition.eq(Literals.GATE_REVIEW__PROJECT, project));
		}
		return session.query(query);
	}

	/** E.g. "gate review 'Launch readiness' of milestone 'Go-live'". */
	public static String label(GateReview review) {
		return "gate review '" + review.getTemplate() + "'"
				+ (review.getMilestone() == null ? "" : " of milestone '" + review.getMilestone().getName() + "'");
	}
}
