package org.atrium.changes;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.atrium.changes.model.changes.ChangeRequest;
import org.atrium.changes.model.changes.ChangeStatus;
import org.atrium.changes.model.changes.ChangesPackage.Literals;
import org.atrium.changes.model.changes.GateReview;
import org.atrium.core.HealthContributor;
import org.atrium.core.model.pmo.GateDecision;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RagStatus;
import org.atrium.core.store.Condition;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Change control in a project's derived RAG: a request awaiting decision for longer than its policy allows is an
 * amber finding, a no-go at a gate a red one.
 */
@Component(service = HealthContributor.class)
public class ChangeHealthContributor implements HealthContributor {

	private ApprovalPolicies policies;

	public ChangeHealthContributor() {
	}

	/** For use outside OSGi. */
	public ChangeHealthContributor(ApprovalPolicies policies) {
		this.policies = policies;
	}

	@Reference
	void setPolicies(ApprovalPolicies policies) {
		this.policies = policies;
	}

	@Override
	public List<Finding> findings(Project project, StoreSession session, LocalDate today) {
		List<Finding> findings = new ArrayList<>();
		for (GateReview review : session.<GateReview>query(Query.<GateReview>of(Literals.GATE_REVIEW)
				.where(Condition.and(Condition.eq(Literals.GATE_REVIEW__PROJECT, project),
						Condition.eq(Literals.GATE_REVIEW__DECISION, GateDecision.NO_GO))))) {
			findings.add(new Finding(RagStatus.RED, "The " + GateReviews.label(review) + " decided no go."));
		}
		List<ChangeRequest> awaiting = session.query(Query.<ChangeRequest>of(Literals.CHANGE_REQUEST)
				.where(Condition.and(Condition.eq(Literals.CHANGE_REQUEST__PROJECT, project),
						Condition.eq(Literals.CHANGE_REQUEST__STATUS, ChangeStatus.AWAITING_DECISION)))
				.orderBy(Literals.CHANGE_REQUEST__CODE));
		if (!awaiting.isEmpty()) {
			int due = policies.policyOf(project, session).getDecisionDueDays();
			for (ChangeRequest request : awaiting) {
				LocalDate since = request.getStatusSince() != null ? request.getStatusSince() : request.getRequested();
				long days = since == null ? 0 : ChronoUnit.DAYS.between(since, today);
				if (days > due) {
					findings.add(new Finding(RagStatus.AMBER, "Change request " + request.getCode() + " '"
							+ request.getTitle() + "' has awaited a decision for " + days + " days (due within " + due
							+ ")."));
				}
			}
		}
		return findings;
	}
}
