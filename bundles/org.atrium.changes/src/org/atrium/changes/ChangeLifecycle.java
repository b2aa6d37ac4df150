package org.atrium.changes;

import static org.atrium.changes.model.changes.ChangeStatus.APPROVED;
import static org.atrium.changes.model.changes.ChangeStatus.AWAITING_DECISION;
import static org.atrium.changes.model.changes.ChangeStatus.CLOSED;
import static org.atrium.changes.model.changes.ChangeStatus.DEFERRED;
import static org.atrium.changes.model.changes.ChangeStatus.DRAFT;
import static org.atrium.changes.model.changes.ChangeStatus.IMPLEMENTED;
import static org.atrium.changes.model.changes.ChangeStatus.REJECTED;
import static org.atrium.changes.model.changes.ChangeStatus.SUBMITTED;
import static org.atrium.changes.model.changes.ChangeStatus.UNDER_ASSESSMENT;
import static org.atrium.changes.model.changes.ChangeStatus.WITHDRAWN;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.atrium.changes.model.changes.ChangeStatus;

/**
 * The lifecycle of a change request: draft, submitted, under assessment, awaiting decision; then approved, rejected
 * or deferred (a deferred request comes back for decision or is closed), or withdrawn by its requester before the
 * decision; an approved request is implemented, and every finished request is closed.
 */
public final class ChangeLifecycle {

	private static final Map<ChangeStatus, Set<ChangeStatus>> NEXT = new EnumMap<>(ChangeStatus.class);

	static {
		NEXT.put(DRAFT, EnumSet.of(SUBMITTED, WITHDRAWN));
		NEXT.put(SUBMITTED, EnumSet.of(UNDER_ASSESSMENT, WITHDRAWN));
		NEXT.put(UNDER_ASSESSMENT, EnumSet.of(AWAITING_DECISION, WITHDRAWN));
		NEXT.put(AWAITING_DECISION, EnumSet.of(APPROVED, REJECTED, DEFERRED, WITHDRAWN));
		NEXT.put(DEFERRED, EnumSet.of(AWAITING_DECISION, CLOSED));
		NEXT.put(APPROVED, EnumSet.of(IMPLEMENTED));
		NEXT.put(IMPLEMENTED, EnumSet.of(CLOSED));
		NEXT.put(REJECTED, EnumSet.of(CLOSED));
		NEXT.put(WITHDRAWN, EnumSet.of(CLOSED));
		NEXT.put(CLOSED, EnumSet.noneOf(ChangeStatus.class));
	}

	/** The decisions: they need the approve permission and, for approved and rejected, the policy's quorum. */
	public static final Set<ChangeStatus> DECISIONS = EnumSet.of(APPROVED, REJECTED, DEFERRED);

	private ChangeLifecycle() {
	}

	/** The statuses a request may move to from this one. */
	public static Set<ChangeStatus> next(ChangeStatus from) {
		return EnumSet.copyOf(NEXT.get(from));
	}

	/** Why the move is not allowed, naming both statuses and what is allowed instead; empty if it is. */
	public static Optional<String> whyNot(String request, ChangeStatus from, ChangeStatus to) {
		if (from == to || NEXT.get(from).contains(to)) {
			return Optional.empty();
		}
		Set<ChangeStatus> allowed = NEXT.get(from);
		return Optional.of(request + " cannot go from " + lower(from) + " to " + lower(to) + ": "
				+ (allowed.isEmpty() ? "a closed request stays closed"
						: "from " + lower(from) + " it can only go to "
								+ allowed.stream().map(ChangeLifecycle::lower).collect(Collectors.joining(" or ")))
				+ ".");
	}

	static String lower(ChangeStatus status) {
		return status.getLiteral().toLowerCase(Locale.ROOT);
	}
}
