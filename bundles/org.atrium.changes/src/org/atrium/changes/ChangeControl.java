package org.atrium.changes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.atrium.changes.ApprovalPolicies.Approvers;
import org.atrium.changes.model.changes.Baseline;
import org.atrium.changes.model.changes.ChangeCategory;
import org.atrium.changes.model.changes.ChangeRequest;
import org.atrium.changes.model.changes.ChangeStatus;
import org.atrium.changes.model.changes.ChangesFactory;
import org.atrium.changes.model.changes.ChangesPackage.Literals;
import org.atrium.changes.model.changes.Vote;
import org.atrium.changes.model.changes.VoteChoice;
import org.atrium.core.AccessDeniedException;
import org.atrium.core.GovernanceGuard;
import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.Condition;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Change requests through their lifecycle: raising one with its code, moving it, and voting on it. The vote that
 * decides a request records the decision, and an approval updates the project's plan from the impact assessment
 * and takes a baseline named after the request, all in the vote's transaction. {@link ChangeRules} holds the rules
 * for every writer; the checks here only say the same earlier.
 */
@Component(service = ChangeControl.class)
public class ChangeControl {

	/** What a vote did: the tally after it, the decision it made (or null) and the baseline an approval took. */
	public record VoteResult(Tally tally, ChangeStatus decision, Baseline baseline) {
	}

	private ApprovalPolicies policies;

	public ChangeControl() {
	}

	/** For use outside OSGi. */
	public ChangeControl(ApprovalPolicies policies) {
		this.policies = policies;
	}

	@Reference
	void setPolicies(ApprovalPolicies policies) {
		this.policies = policies;
	}

	public ApprovalPolicies policies() {
		return policies;
	}

	/** A new draft request of the project, with the next code (CR-DIG-004-007); unsaved. */
	public ChangeRequest draft(StoreSession session, Project project, String title, ChangeCategory category,
			Person requester, LocalDate today) {
		ChangeRequest request = ChangesFactory.eINSTANCE.createChangeRequest();
		request.setProject(project);
		request.setCode(nextCode(session, project));
		request.setTitle(title);
		request.setCategory(category);
		request.setRequestedBy(requester);
		request.setRequested(today);
		request.setStatus(ChangeStatus.DRAFT);
		request.setStatusSince(today);
		return request;
	}

	/** CR-, the project code and one more than the highest number the project's requests have. */
	public static String nextCode(StoreSession session, Project project) {
		String prefix = "CR-" + project.getCode() + "-";
		int highest = 0;
		for (ChangeRequest request : session.<ChangeRequest>query(Query.<ChangeRequest>of(Literals.CHANGE_REQUEST)
				.where(Condition.startsWith(Literals.CHANGE_REQUEST__CODE, prefix)))) {
			try {
				highest = Math.max(highest, Integer.parseInt(request.getCode().substring(prefix.length())));
			} catch (NumberFormatException e) {
				// a code typed by hand; numbering goes on from the others
			}
		}
		return prefix + String.format("%03d", highest + 1);
	}

	/** The request with the code, if any. */
	public static Optional<ChangeRequest> find(StoreSession session, String code) {
		return session.<ChangeRequest>query(Query.<ChangeRequest>of(Literals.CHANGE_REQUEST)
				.where(Condition.eq(Literals.CHANGE_REQUEST__CODE, code)).limit(1).withContents()).stream().findFirst();
	}

	/** Moves the request along its lifecycle and saves it; an invalid move is refused with the reason. */
	public void move(StoreSession session, ChangeRequest request, ChangeStatus to, LocalDate today) {
		ChangeLifecycle.whyNot(request.getCode(), request.getStatus(), to).ifPresent(reason -> {
			throw new ChangeRuleException(reason);
		});
		request.setStatus(to);
		request.setStatusSince(today);
		if (ChangeLifecycle.DECISIONS.contains(to)) {
			request.setDecidedOn(today);
		}
		try {
			session.save(request);
		} catch (RuntimeException e) {
			session.refresh(request);
			throw e;
		}
	}

	/** The people who may vote on the request and its quorum. */
	public Approvers approvers(StoreSession session, ChangeRequest request) {
		return policies.approvers(request, session);
	}

	/**
	 * Casts the session user's vote. When the votes then decide the request, it is approved or rejected in the same
	 * transaction; an approval also moves the project's end and the affected milestones by the schedule impact, adds
	 * the cost delta to the planned budget and the forecast, and takes a baseline named after the request.
	 */
	public VoteResult vote(StoreSession session, ChangeRequest request, VoteChoice choice, String comment,
			Instant now, LocalDate today) {
		if (request.getStatus() != ChangeStatus.AWAITING_DECISION) {
			throw new ChangeRuleException(ChangeRules.notAwaiting(request.getCode(), request.getStatus()));
		}
		Person voter = GovernanceGuard.person(session, session.user()).orElseThrow(() -> new AccessDeniedException(
				"'" + session.user() + "' is not one of the office's people and may not vote. Nothing was saved."));
		Approvers approvers = policies.approvers(request, session);
		ChangeRules.mayVote(request, voter, choice, approvers);
		Vote vote = ChangesFactory.eINSTANCE.createVote();
		vote.setPerson(voter);
		vote.setChoice(choice);
		vote.setComment(comment);
		vote.setCast(now);
		request.getVotes().add(vote);
		Tally tally = Tally.of(request.getVotes(), approvers);
		ChangeStatus decision = tally.decision();
		Project project = request.getProject();
		Baseline baseline = null;
		if (decision != null) {
			request.setStatus(decision);
			request.setStatusSince(today);
			request.setDecidedOn(today);
			if (decision == ChangeStatus.APPROVED) {
				if (!session.hasContents(project)) {
					session.loadContents(project);
				}
				applyImpact(request, project);
				baseline = Baselines.capture(project, "After " + request.getCode(), session.user(), now);
				baseline.setChangeRequestId(request.getId());
			}
		}
		Baseline taken = baseline;
		try {
			session.inTransaction(tx -> {
				tx.save(request);
				if (taken != null) {
					tx.save(project);
					tx.save(taken);
				}
			});
		} catch (RuntimeException e) {
			session.refresh(request);
			if (taken != null) {
				session.refresh(project);
			}
			throw e;
		}
		return new VoteResult(tally, decision, baseline);
	}

	/** The plan update of an approved request, in memory. */
	static void applyImpact(ChangeRequest request, Project project) {
		int days = request.getScheduleImpactDays();
		if (days != 0) {
			if (project.getPlannedEnd() != null) {
				project.setPlannedEnd(project.getPlannedEnd().plusDays(days));
			}
			Set<String> affected = request.getAffectedMilestones().stream().map(Milestone::getId)
					.collect(Collectors.toSet());
			for (Milestone milestone : project.getMilestones()) {
				if (affected.contains(milestone.getId()) && milestone.getPlannedDate() != null) {
					milestone.setPlannedDate(milestone.getPlannedDate().plusDays(days));
				}
			}
		}
		BigDecimal delta = request.getCostDelta();
		if (delta != null && delta.signum() != 0) {
			if (project.getBudgetPlanned() != null) {
				project.setBudgetPlanned(project.getBudgetPlanned().add(delta));
			}
			if (project.getBudgetForecast() != null) {
				project.setBudgetForecast(project.getBudgetForecast().add(delta));
			}
		}
	}

	/** Requests awaiting decision on which the person may vote and has not yet voted. */
	public List<ChangeRequest> awaiting(StoreSession session, Person person) {
		return session.<ChangeRequest>query(Query.<ChangeRequest>of(Literals.CHANGE_REQUEST)
				.where(Condition.eq(Literals.CHANGE_REQUEST__STATUS, ChangeStatus.AWAITING_DECISION))
				.orderBy(Literals.CHANGE_REQUEST__CODE).withContents()).stream()
				.filter(request -> request.getVotes().stream().noneMatch(v -> ChangeRules.same(v.getPerson(), person)))
				.filter(request -> policies.approvers(request, session).includes(person)).toList();
	}
}
