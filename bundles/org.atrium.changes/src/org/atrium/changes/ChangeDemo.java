package org.atrium.changes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.atrium.changes.ApprovalPolicies.Approvers;
import org.atrium.changes.model.changes.Baseline;
import org.atrium.changes.model.changes.ChangeCategory;
import org.atrium.changes.model.changes.ChangePriority;
import org.atrium.changes.model.changes.ChangeRequest;
import org.atrium.changes.model.changes.ChangeStatus;
import org.atrium.changes.model.changes.ChangesFactory;
import org.atrium.changes.model.changes.CriterionStatus;
import org.atrium.changes.model.changes.GateCriterion;
import org.atrium.changes.model.changes.GateReview;
import org.atrium.changes.model.changes.Vote;
import org.atrium.changes.model.changes.VoteChoice;
import org.atrium.core.Governance;
import org.atrium.core.model.pmo.GateDecision;
import org.atrium.core.model.pmo.LifecyclePhase;
import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.store.Transaction;
import org.atrium.demo.DemoContribution;
import org.atrium.demo.Office;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The change logs of the demo office. Every project that is not closed gets an initial baseline and three to five
 * change requests, spread over the office so that every status shows: decided ones carry the votes that decided them
 * (and an approval its baseline), one request awaits decision long enough to be a health finding. Every gate gets a
 * launch readiness review whose checklist agrees with the milestone's go/no-go decision.
 * <p>
 * Deterministic: the same office and seed give the same objects. Dates are relative to the office's today.
 */
@Component(service = DemoContribution.class)
public class ChangeDemo implements DemoContribution {

	private static final long SALT = 0x6368616e676573L;
	private static final ChangesFactory CHANGES = ChangesFactory.eINSTANCE;

	private record Idea(String title, ChangeCategory category, int days, int cost, String justification) {
	}

	private static final List<Idea> IDEAS = List.of(
			new Idea("Add single sign-on for partners", ChangeCategory.SCOPE, 4, 8_000,
					"Partners asked for it in the pilot; it removes 300 support calls a month."),
			new Idea("Move go-live after the peak season", ChangeCategory.SCHEDULE, 25, 0,
					"Operations cannot absorb a cut-over during the December peak."),
			new Idea("Extra test environment", ChangeCategory.COST, 0, 18_000,
					"Two teams share one environment and wait for each other."),
			new Idea("Accessibility audit before launch", ChangeCategory.QUALITY, 3, 6_500,
					"Required by the public sector customers in the contract."),
			new Idea("Second data migration rehearsal", ChangeCategory.QUALITY, 10, 22_000,
					"The first rehearsal left 4% of the records unmatched."),
			new Idea("Replace the offshore test team", ChangeCategory.RESOURCES, 12, 65_000,
					"Defect escape rate doubled over the last three sprints."),
			new Idea("Drop the legacy report pack", ChangeCategory.SCOPE, -5, -12_000,
					"No one has opened the reports in a year."),
			new Idea("Add a mobile companion app", ChangeCategory.SCOPE, 30, 120_000,
					"The business case assumed mobile use by field staff."));

	private static final ChangeStatus[] STATES = { ChangeStatus.AWAITING_DECISION, ChangeStatus.APPROVED,
			ChangeStatus.DRAFT, ChangeStatus.REJECTED, ChangeStatus.SUBMITTED, ChangeStatus.IMPLEMENTED,
			ChangeStatus.UNDER_ASSESSMENT, ChangeStatus.DEFERRED, ChangeStatus.WITHDRAWN, ChangeStatus.CLOSED };

	private ApprovalPolicies policies;

	public ChangeDemo() {
	}

	/** For use outside OSGi. */
	public ChangeDemo(ApprovalPolicies policies) {
		this.policies = policies;
	}

	@Reference
	void setPolicies(ApprovalPolicies policies) {
		this.policies = policies;
	}

	@Override
	public void contribute(Office office, long seed, Transaction transaction) {
		SplittableRandom random = new SplittableRandom(seed ^ SALT);
		LocalDate today = office.today();
		Governance governance = new Governance();
		int state = 0;
		for (Project project : office.projects()) {
			if (project.getPhase() == LifecyclePhase.CLOSED) {
				continue;
			}
			Person manager = holder(project, RoleKind.PROJECT_MANAGER, governance);
			if (manager == null) {
				continue;
			}
			Instant start = (project.getPlannedStart() == null ? today.minusMonths(6) : project.getPlannedStart())
					.atStartOfDay().toInstant(ZoneOffset.UTC);
			transaction.save(Baselines.capture(project, "Initial plan", manager.getLogin(), start));
			int count = 3 + random.nextInt(3);
			for (int i = 0; i < count; i++) {
				Idea idea = IDEAS.get(random.nextInt(IDEAS.size()));
				ChangeStatus status = STATES[state++ % STATES.length];
				ChangeRequest request = request(project, manager, idea, i + 1, status, today, random);
				if (ChangeLifecycle.DECISIONS.contains(status) || status == ChangeStatus.IMPLEMENTED
						|| status == ChangeStatus.CLOSED) {
					if (!decideWithVotes(request, status, today)) {
						request.setStatus(ChangeStatus.UNDER_ASSESSMENT);
					}
				}
				transaction.save(request);
				if (request.getStatus() == ChangeStatus.APPROVED || request.getStatus() == ChangeStatus.IMPLEMENTED) {
					Baseline after = Baselines.capture(project, "After " + request.getCode(), manager.getLogin(),
							request.getDecidedOn().atStartOfDay().toInstant(ZoneOffset.UTC));
					after.setChangeRequestId(request.getId());
					transaction.save(after);
				}
			}
			for (Milestone milestone : project.getMilestones()) {
				if (milestone.isGate()) {
					transaction.save(review(project, milestone, governance, today));
				}
			}
		}
	}

	private static ChangeRequest request(Project project, Person manager, Idea idea, int number, ChangeStatus status,
			LocalDate today, SplittableRandom random) {
		ChangeRequest request = CHANGES.createChangeRequest();
		request.setId(new UUID(random.nextLong(), random.nextLong()).toString());
		request.setProject(project);
		request.setCode("CR-" + project.getCode() + "-" + String.format("%03d", number));
		request.setTitle(idea.title());
		request.setCategory(idea.category());
		request.setPriority(ChangePriority.values()[random.nextInt(ChangePriority.values().length)]);
		request.setJustification(idea.justification());
		request.setDescription(idea.title() + ", as raised in the project board.");
		request.setRequestedBy(manager);
		request.setRequested(today.minusDays(10 + random.nextInt(40)));
		request.setScheduleImpactDays(idea.days());
		request.setCostDelta(BigDecimal.valueOf(idea.cost()));
		request.setEffortDays(Math.abs(idea.cost()) / 800);
		request.setScopeImpact(idea.category() == ChangeCategory.SCOPE ? idea.title() + "." : null);
		if (idea.days() != 0) {
			project.getMilestones().stream().filter(m -> m.getPlannedDate() != null && m.getPlannedDate().isAfter(today))
					.limit(2).forEach(request.getAffectedMilestones()::add);
		}
		request.setStatus(status);
		request.setStatusSince(status == ChangeStatus.AWAITING_DECISION && number == 1 ? today.minusDays(16)
				: today.minusDays(random.nextInt(8)));
		return request;
	}

	/** Adds the votes that decide the request as its status says; false when its project has no one to decide. */
	private boolean decideWithVotes(ChangeRequest request, ChangeStatus status, LocalDate today) {
		Approvers approvers = policies.approvers(request, null);
		List<Person> voters = new ArrayList<>(approvers.people());
		voters.removeIf(person -> ChangeRules.same(person, request.getRequestedBy()));
		if (voters.size() < approvers.quorum()) {
			return false;
		}
		VoteChoice choice = status == ChangeStatus.REJECTED ? VoteChoice.REJECT : VoteChoice.APPROVE;
		LocalDate decided = request.getStatusSince().minusDays(1);
		for (int i = 0; i < approvers.quorum(); i++) {
			Vote vote = CHANGES.createVote();
			vote.setPerson(voters.get(i));
			vote.setChoice(status == ChangeStatus.DEFERRED ? VoteChoice.ABSTAIN : choice);
			vote.setComment(choice == VoteChoice.APPROVE ? "Worth it; keep the slip inside the contingency."
					: "Not this release; bring it back with a cheaper option.");
			vote.setCast(decided.atTime(9 + i, 0).toInstant(ZoneOffset.UTC));
			request.getVotes().add(vote);
		}
		if (status == ChangeStatus.DEFERRED) {
			request.getVotes().clear();
		}
		request.setDecidedOn(decided);
		return true;
	}

	private static GateReview review(Project project, Milestone milestone, Governance governance, LocalDate today) {
		GateReview review = GateReviews.open(project, milestone, GateTemplates.LAUNCH_READINESS);
		GateDecision decision = milestone.getGateDecision() == null ? GateDecision.PENDING : milestone.getGateDecision();
		boolean decided = decision != GateDecision.PENDING;
		int passed = decided && decision != GateDecision.NO_GO ? review.getCriteria().size() : 2;
		for (int i = 0; i < review.getCriteria().size(); i++) {
			GateCriterion criterion = review.getCriteria().get(i);
			criterion.setStatus(i < passed ? CriterionStatus.PASSED
					: decision == GateDecision.NO_GO && i == passed ? CriterionStatus.FAILED : CriterionStatus.OPEN);
		}
		if (decision == GateDecision.CONDITIONAL_GO) {
			GateCriterion support = review.getCriteria().get(2);
			support.setStatus(CriterionStatus.WAIVED);
			support.setWaiverReason("The vendor's hypercare team covers the first month.");
			review.setConditions("Hypercare for four weeks; daily defect review with the vendor.");
		}
		review.setDecision(decision);
		if (decided) {
			review.setDecidedBy(governance.sponsor(project).orElse(null));
			review.setDecidedOn(milestone.getActualDate() != null ? milestone.getActualDate()
					: milestone.getPlannedDate() != null && milestone.getPlannedDate().isBefore(today)
							? milestone.getPlannedDate() : today);
		}
		return review;
	}

	private static Person holder(Project project, RoleKind kind, Governance governance) {
		List<Person> holders = governance.holders(project, kind);
		return holders.isEmpty() ? null : holders.get(0);
	}
}
