package org.atrium.changes;

import java.util.List;

import org.atrium.changes.ApprovalPolicies.Approvers;
import org.atrium.changes.model.changes.ChangeStatus;
import org.atrium.changes.model.changes.Vote;
import org.atrium.changes.model.changes.VoteChoice;

/**
 * The votes on a change request against its quorum. Once the quorum has voted (abstentions count), more approvals
 * than rejections approve it and more rejections reject it; a tie waits for the other voters, and rejects once
 * everyone has voted (no majority for the change).
 */
public record Tally(int approve, int reject, int abstain, int quorum, int voters) {

	public static Tally of(List<Vote> votes, Approvers approvers) {
		int approve = 0;
		int reject = 0;
		int abstain = 0;
		for (Vote vote : votes) {
			VoteChoice choice = vote.getChoice();
			if (choice == VoteChoice.APPROVE) {
				approve++;
			} else if (choice == VoteChoice.REJECT) {
				reject++;
			} else {
				abstain++;
			}
		}
		return new Tally(approve, reject, abstain, approvers.quorum(), approvers.people().size());
	}

	public int cast() {
		return approve + reject + abstain;
	}

	public boolean quorumMet() {
		return cast() >= quorum;
	}

	/** Approved or rejected, when the votes decide; else null. */
	public ChangeStatus decision() {
		if (!quorumMet()) {
			return null;
		}
		if (approve != reject) {
			return approve > reject ? ChangeStatus.APPROVED : ChangeStatus.REJECTED;
		}
		return cast() >= voters ? ChangeStatus.REJECTED : null;
	}

	/** E.g. "2 votes cast, quorum 3: 1 approve, 1 reject, 0 abstain". */
	public String describe() {
		return cast() + (cast() == 1 ? " vote" : " votes") + " cast, quorum " + quorum + ": " + approve + " approve, "
				+ reject + " reject, " + abstain + " abstain";
	}
}
