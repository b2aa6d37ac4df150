package org.atrium.changes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.atrium.changes.ApprovalPolicies.Approvers;
import org.atrium.changes.model.changes.Baseline;
import org.atrium.changes.model.changes.BaselineMilestone;
import org.atrium.changes.model.changes.ChangeRequest;
import org.atrium.changes.model.changes.ChangeStatus;
import org.atrium.changes.model.changes.ChangesPackage.Literals;
import org.atrium.changes.model.changes.CriterionStatus;
import org.atrium.changes.model.changes.GateCriterion;
import org.atrium.changes.model.changes.GateReview;
import org.atrium.changes.model.changes.Vote;
import org.atrium.changes.model.changes.VoteChoice;
import org.atrium.core.AccessDeniedException;
import org.atrium.core.GovernanceGuard;
import org.atrium.core.Permission;
import org.atrium.core.WriteRule;
import org.atrium.core.model.pmo.GateDecision;
import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.Ids;
import org.atrium.core.store.StoreSession;
import org.atrium.core.store.Write;
import org.atrium.core.store.WriteCheck;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The rules of change control, checked by the core's guard in every transaction, whoever writes:
 * <ul>
 * <li>a change request moves only along its {@link ChangeLifecycle}; a new one starts as a draft or submitted;</li>
 * <li>only the approvers the policy computes vote, each once, as themselves, and never to approve their own
 * request; votes are kept as cast;</li>
 * <li>a request is approved or rejected only when its votes meet the quorum and decide it ({@link Tally});</li>
 * <li>a go or conditional go needs every mandatory criterion passed or waived with a reason, and a conditional go its
 * conditions; a criterion is waived only with a reason.</li>
 * </ul>
 * Deciding a request needs the approve permission, and so do the plan update and the baseline that its approval
 * brings in the same transaction. While the office is being set up (no PMO lead yet), as for permissions, requests
 * may be created in any status and votes are not checked against the acting person.
 */
@Component(service = WriteRule.class)
public class ChangeRules implements WriteRule {

	private ApprovalPolicies policies;

	public ChangeRules() {
	}

	/** For use outside OSGi. */
	public ChangeRules(ApprovalPolicies policies) {
		this.policies = policies;
	}

	@Reference
	void setPolicies(ApprovalPolicies policies) {
		this.policies = policies;
	}

	@Override
	public void check(WriteCheck check, Person actor) {
		Boolean governed = null;
		for (Write write : check.writes()) {
			if (write.kind() == Write.Kind.DELETE) {
				continue;
			}
			EObject object = write.object();
			if (object instanceof Vote || object instanceof ChangeRequest || object instanceof GateReview
					|| object instanceof GateCriterion) {
				if (governed == null) {
					governed = GovernanceGuard.isGoverned(check.committed());
				}
				if (object instanceof Vote vote) {
					checkVote(vote, write, check, governed);
				} else if (object instanceof ChangeRequest request) {
					checkStatus(request, write, check, governed);
				} else if (object instanceof GateReview review) {
					checkGate(review, write);
				} else if (object instanceof GateCriterion criterion) {
					checkWaiver(criterion);
				}
			}
		}
	}

	@Override
	public Optional<Permission> permission(Write write, EStructuralFeature feature, WriteCheck check) {
		EObject object = write.object();
		if (object instanceof ChangeRequest request) {
			boolean decides = write.features().contains(Literals.CHANGE_REQUEST__STATUS)
					&& ChangeLifecycle.DECISIONS.contains(request.getStatus());
			return decides && (feature == Literals.CHANGE_REQUEST__STATUS
					|| feature == Literals.CHANGE_REQUEST__STATUS_SINCE) ? Optional.of(Permission.APPROVE)
							: Optional.empty();
		}
		Project project = null;
		if (object instanceof Project p && PLAN.contains(feature)) {
			project = p;
		} else if (object instanceof Milestone milestone && feature == PmoPackage.Literals.MILESTONE__PLANNED_DATE
				&& milestone.eContainer() instanceof Project p) {
			project = p;
		} else if (object instanceof Baseline baseline && check.isNew(baseline)) {
			project = baseline.getProject();
		} else if (object instanceof BaselineMilestone && object.eContainer() instanceof Baseline baseline
				&& check.isNew(baseline)) {
			project = baseline.getProject();
		}
		return project != null && approvedIn(check).contains(Ids.of(project)) ? Optional.of(Permission.APPROVE)
				: Optional.empty();
	}

	/** The plan that an approved change updates. */
	private static final Set<EStructuralFeature> PLAN = Set.of(PmoPackage.Literals.PROJECT__PLANNED_END,
			PmoPackage.Literals.PROJECT__BUDGET_PLANNED, PmoPackage.Literals.PROJECT__BUDGET_FORECAST);

	/** The ids of the projects of which the transaction approves a change request. */
	private static Set<String> approvedIn(WriteCheck check) {
		Set<String> projects = new HashSet<>();
		for (Write write : check.writes()) {
			if (write.object() instanceof ChangeRequest request && request.getStatus() == ChangeStatus.APPROVED
					&& write.features().contains(Literals.CHANGE_REQUEST__STATUS) && request.getProject() != null) {
				projects.add(Ids.of(request.getProject()));
			}
		}
		return projects;
	}

	private void checkVote(Vote vote, Write write, WriteCheck check, boolean governed) {
		if (!(vote.eContainer() instanceof ChangeRequest request)) {
			throw new ChangeRuleException("A vote belongs to a change request; this one has none.");
		}
		String code = request.getCode();
		if (write.kind() == Write.Kind.UPDATE) {
			throw new ChangeRuleException(
					"Votes are kept as cast: " + name(vote.getPerson()) + "'s vote on " + code + " cannot be changed.");
		}
		StoreSession committed = check.committed();
		Optional<ChangeRequest> stored = check.isNew(request) ? Optional.empty()
				: committed.find(Literals.CHANGE_REQUEST, Ids.of(request));
		if (!governed && stored.isEmpty()) {
			return;
		}
		ChangeStatus before = stored.map(ChangeRequest::getStatus).orElse(request.getStatus());
		if (before != ChangeStatus.AWAITING_DECISION) {
			throw new ChangeRuleException(notAwaiting(code, before));
		}
		Person voter = vote.getPerson();
		if (governed) {
			Person actor = GovernanceGuard.person(committed, check.user()).orElse(null);
			if (actor == null || voter == null || !actor.getId().equals(voter.getId())) {
				throw new AccessDeniedException((actor == null ? "'" + check.user() + "'" : actor.getName())
						+ " may vote only as themselves, not as " + name(voter) + ". Nothing was saved.");
			}
		}
		ChangeRequest decided = stored.orElse(request);
		Approvers approvers = policies.approvers(decided, committed);
		mayVote(decided, voter, vote.getChoice(), approvers);
		long cast = request.getVotes().stream().filter(v -> same(v.getPerson(), voter)).count();
		if (cast > 1) {
			throw new ChangeRuleException(voter.getName() + " has already voted on " + code + "; a vote is cast once.");
		}
	}

	private void checkStatus(ChangeRequest request, Write write, WriteCheck check, boolean governed) {
		String label = request.getCode() == null ? "The change request" : request.getCode();
		ChangeStatus after = request.getStatus();
		if (write.kind() == Write.Kind.CREATE) {
			if (governed && after != ChangeStatus.DRAFT && after != ChangeStatus.SUBMITTED) {
				throw new ChangeRuleException("A new change request starts as a draft or submitted, not "
						+ ChangeLifecycle.lower(after) + " (" + label + ").");
			}
		} else if (write.features().contains(Literals.CHANGE_REQUEST__STATUS)) {
			StoreSession committed = check.committed();
			ChangeStatus before = committed.<ChangeRequest>find(Literals.CHANGE_REQUEST, Ids.of(request))
					.map(ChangeRequest::getStatus).orElse(ChangeStatus.DRAFT);
			ChangeLifecycle.whyNot(label, before, after).ifPresent(reason -> {
				throw new ChangeRuleException(reason);
			});
			if (after == ChangeStatus.WITHDRAWN && governed && request.getRequestedBy() != null
					&& !request.getRequestedBy().getLogin().equals(check.user())) {
				throw new AccessDeniedException("Only " + request.getRequestedBy().getName()
						+ ", who requested " + label + ", may withdraw it. Nothing was saved.");
			}
		} else {
			return;
		}
		if (after == ChangeStatus.APPROVED || after == ChangeStatus.REJECTED) {
			Tally tally = Tally.of(request.getVotes(), policies.approvers(request, check.committed()));
			if (tally.decision() != after) {
				throw new ChangeRuleException(label + " cannot be " + ChangeLifecycle.lower(after) + ": "
						+ tally.describe() + (tally.quorumMet() ? ", which does not decide it so" : "") + ".");
			}
		}
	}

	private static void checkGate(GateReview review, Write write) {
		boolean decided = write.kind() == Write.Kind.CREATE || write.features().contains(Literals.GATE_REVIEW__DECISION)
				|| write.features().contains(Literals.GATE_REVIEW__CRITERIA);
		GateDecision decision = review.getDecision();
		if (!decided || (decision != GateDecision.GO && decision != GateDecision.CONDITIONAL_GO)) {
			return;
		}
		String what = "The " + decision.getLiteral().toLowerCase() + " decision of " + GateReviews.label(review);
		if (review.getMilestone() != null && !review.getMilestone().isGate()) {
			throw new ChangeRuleException(what + " needs a milestone that is a gate; '"
					+ review.getMilestone().getName() + "' is not one.");
		}
		List<String> unmet = new ArrayList<>();
		for (GateCriterion criterion : review.getCriteria()) {
			if (!criterion.isMandatory() || criterion.getStatus() == CriterionStatus.PASSED) {
				continue;
			}
			if (criterion.getStatus() == CriterionStatus.WAIVED) {
				if (isBlank(criterion.getWaiverReason())) {
					unmet.add("'" + criterion.getName() + "' is waived without a reason");
				}
			} else {
				unmet.add("'" + criterion.getName() + "' is " + criterion.getStatus().getLiteral().toLowerCase());
			}
		}
		if (!unmet.isEmpty()) {
			throw new ChangeRuleException(what + " needs every mandatory criterion passed or waived with a reason: "
					+ String.join(", ", unmet) + ".");
		}
		if (decision == GateDecision.CONDITIONAL_GO && isBlank(review.getConditions())) {
			throw new ChangeRuleException(what + " needs its conditions written down.");
		}
	}

	private static void checkWaiver(GateCriterion criterion) {
		if (criterion.getStatus() == CriterionStatus.WAIVED && isBlank(criterion.getWaiverReason())) {
			throw new ChangeRuleException("Criterion '" + criterion.getName()
					+ "' is waived without a reason; give the reason for the waiver.");
		}
	}

	/** Refuses a vote by someone the policy does not make an approver, or a requester's approval of their request. */
	static void mayVote(ChangeRequest request, Person voter, VoteChoice choice, Approvers approvers) {
		String code = request.getCode();
		if (!approvers.includes(voter)) {
			throw new AccessDeniedException(name(voter) + " may not vote on " + code + ": it is decided by "
					+ approvers.tier().deciders() + ", which takes the role " + approvers.tier().roles() + "; "
					+ (approvers.people().isEmpty() ? "the project has nobody in that role"
							: "they are " + approvers.people().stream().map(Person::getName)
									.collect(Collectors.joining(", ")))
					+ ". Nothing was saved.");
		}
		if (choice == VoteChoice.APPROVE && same(voter, request.getRequestedBy())) {
			throw new AccessDeniedException(voter.getName() + " requested " + code
					+ " and may not approve it; abstain, or leave the decision to the other approvers. Nothing was saved.");
		}
	}

	static String notAwaiting(String code, ChangeStatus status) {
		return code + " is " + ChangeLifecycle.lower(status) + "; votes are cast only while a request is awaiting decision.";
	}

	static boolean same(Person a, Person b) {
		return a != null && b != null && (a == b || (a.getId() != null && a.getId().equals(b.getId())));
	}

	private static String name(Person person) {
		return person == null ? "nobody" : person.getName();
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}
}
