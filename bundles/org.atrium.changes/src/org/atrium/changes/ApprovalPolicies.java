package org.atrium.changes;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.atrium.changes.model.changes.ApprovalPolicy;
import org.atrium.changes.model.changes.ChangeRequest;
import org.atrium.changes.model.changes.ChangesFactory;
import org.atrium.changes.model.changes.ChangesPackage.Literals;
import org.atrium.core.Governance;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.Program;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.Condition;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Who decides a change request: the approval policy of its project's portfolio, or the defaults, applied to the
 * request's impact, and the governance of the project.
 *
 * <pre>
 * cost delta up to 10,000 and slip up to 5 days      the project's sponsor alone
 * cost delta over 50,000 or slip over 20 days        the steering committee, by majority, quorum 3
 * anything between                                   the approvers and sponsors of the project and above,
 *                                                    by majority, quorum 2
 * a request awaiting decision for over 10 days is a health finding
 * </pre>
 *
 * A quorum larger than the people who may vote is the number of those people.
 */
@Component(service = ApprovalPolicies.class)
public class ApprovalPolicies {

	/** Who decides, by the size of the change. */
	public enum Tier {
		SPONSOR("the project sponsor", "sponsor"),
		APPROVERS("the project's approvers", "approver or sponsor of the project, its program or its portfolio"),
		STEERING_COMMITTEE("the steering committee", "steering committee member");

		private final String deciders;
		private final String roles;

		Tier(String deciders, String roles) {
			this.deciders = deciders;
			this.roles = roles;
		}

		/** Who decides, as a sentence says it: "the steering committee". */
		public String deciders() {
			return deciders;
		}

		/** The roles that make someone one of the deciders. */
		public String roles() {
			return roles;
		}
	}

	/** The people who may vote on a request, and how many votes decide it. */
	public record Approvers(Tier tier, List<Person> people, int quorum) {

		public boolean includes(Person person) {
			return people.stream().anyMatch(p -> ChangeRules.same(p, person));
		}
	}

	private Governance governance;

	public ApprovalPolicies() {
	}

	/** For use outside OSGi. */
	public ApprovalPolicies(Governance governance) {
		this.governance = governance;
	}

	@Reference
	void setGovernance(Governance governance) {
		this.governance = governance;
	}

	/** The defaults, for a portfolio without a policy of its own. */
	public static ApprovalPolicy defaults() {
		ApprovalPolicy policy = ChangesFactory.eINSTANCE.createApprovalPolicy();
		policy.setSponsorCostLimit(new BigDecimal("10000"));
		policy.setSponsorSlipDays(5);
		policy.setCommitteeCostThreshold(new BigDecimal("50000"));
		policy.setCommitteeSlipDays(20);
		policy.setApproverQuorum(2);
		policy.setCommitteeQuorum(3);
		policy.setDecisionDueDays(10);
		return policy;
	}

	/** The policy of the project's portfolio, or the defaults; without a session, the defaults. */
	public ApprovalPolicy policyOf(Project project, StoreSession session) {
		if (session == null) {
			return defaults();
		}
		Portfolio portfolio = portfolioOf(project, session);
		if (portfolio == null) {
			return defaults();
		}
		return session.<ApprovalPolicy>query(Query.<ApprovalPolicy>of(Literals.APPROVAL_POLICY)
				.where(Condition.eq(Literals.APPROVAL_POLICY__PORTFOLIO, portfolio)).limit(1)).stream().findFirst()
				.orElseGet(ApprovalPolicies::defaults);
	}

	/** Which tier decides the request under the policy. */
	public static Tier tier(ChangeRequest request, ApprovalPolicy policy) {
		BigDecimal cost = request.getCostDelta() == null ? BigDecimal.ZERO : request.getCostDelta().abs();
		int slip = Math.max(0, request.getScheduleImpactDays());
		if (exceeds(cost, policy.getCommitteeCostThreshold()) || slip > policy.getCommitteeSlipDays()) {
			return Tier.STEERING_COMMITTEE;
		}
		if (!exceeds(cost, policy.getSponsorCostLimit()) && slip <= policy.getSponsorSlipDays()) {
			return Tier.SPONSOR;
		}
		return Tier.APPROVERS;
	}

	/** The people who may vote on the request, read with the session, and the quorum. */
	public Approvers approvers(ChangeRequest request, StoreSession session) {
		Project project = request.getProject();
		ApprovalPolicy policy = policyOf(project, session);
		Tier tier = tier(request, policy);
		List<Person> people = switch (tier) {
		case SPONSOR -> governance.sponsor(project).map(List::of).orElse(List.of());
		case APPROVERS -> governance.approvers(project);
		case STEERING_COMMITTEE -> governance.steeringCommittee(project);
		};
		int wanted = switch (tier) {
		case SPONSOR -> 1;
		case APPROVERS -> policy.getApproverQuorum();
		case STEERING_COMMITTEE -> policy.getCommitteeQuorum();
		};
		return new Approvers(tier, people, Math.max(1, Math.min(wanted, people.size())));
	}

	private static boolean exceeds(BigDecimal cost, BigDecimal limit) {
		return limit != null && cost.compareTo(limit) > 0;
	}

	private static Portfolio portfolioOf(Project project, StoreSession session) {
		Program program = project.getProgram();
		if (program == null && project.eContainer() == null) {
			program = session.containerId(project)
					.flatMap(id -> session.<Program>find(PmoPackage.Literals.PROGRAM, id)).orElse(null);
		}
		if (program == null) {
			return null;
		}
		Portfolio portfolio = program.getPortfolio();
		if (portfolio == null && program.eContainer() == null) {
			portfolio = session.containerId(program)
					.flatMap(id -> session.<Portfolio>find(PmoPackage.Literals.PORTFOLIO, id)).orElse(null);
		}
		return portfolio;
	}
}
