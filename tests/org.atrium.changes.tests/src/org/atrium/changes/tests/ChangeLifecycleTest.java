package org.atrium.changes.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;

import org.atrium.changes.ChangeControl;
import org.atrium.changes.ChangeLifecycle;
import org.atrium.changes.ChangeRuleException;
import org.atrium.changes.model.changes.ChangeRequest;
import org.atrium.changes.model.changes.ChangeStatus;
import org.atrium.core.AccessDeniedException;
import org.atrium.core.store.StoreSession;
import org.junit.jupiter.api.Test;

/** Every move of the lifecycle, the allowed ones and the refused ones, through the service and the guarded store. */
class ChangeLifecycleTest extends ChangeTestSupport {

	/** A stored request in the status, put there while the office was being set up, as an import would. */
	private String storedIn(ChangeStatus status) {
		try (StoreSession session = store.openSession("manager")) {
			ChangeRequest request = control.draft(session, project(session), "Move " + status, null,
					personOf(session, "manager"), TODAY);
			session.save(request);
			return request.getCode();
		}
	}

	@Test
	void aRequestGoesFromDraftToClosedThroughTheService() {
		String code = awaitingDecision("Add export", "8000", 0);
		vote("sponsor", code, org.atrium.changes.model.changes.VoteChoice.APPROVE);
		try (StoreSession session = store.openSession("manager")) {
			ChangeRequest request = ChangeControl.find(session, code).orElseThrow();
			control.move(session, request, ChangeStatus.IMPLEMENTED, TODAY);
			control.move(session, request, ChangeStatus.CLOSED, TODAY);
		}
		assertEquals(ChangeStatus.CLOSED, read(code).getStatus());
	}

	@Test
	void anInvalidMoveIsRefusedWithTheReasonByTheServiceAndByTheStore() {
		String code = storedIn(ChangeStatus.DRAFT);
		try (StoreSession session = store.openSession("manager")) {
			ChangeRequest request = ChangeControl.find(session, code).orElseThrow();
			ChangeRuleException refused = assertThrows(ChangeRuleException.class,
					() -> control.move(session, request, ChangeStatus.IMPLEMENTED, TODAY));
			assertEquals(code + " cannot go from draft to implemented: from draft it can only go to submitted or "
					+ "withdrawn.", refused.getMessage());
			assertEquals(ChangeStatus.DRAFT, request.getStatus());
			request.setStatus(ChangeStatus.AWAITING_DECISION);
			ChangeRuleException bare = assertThrows(ChangeRuleException.class, () -> session.save(request));
			assertEquals(code + " cannot go from draft to awaiting decision: from draft it can only go to submitted "
					+ "or withdrawn.", bare.getMessage());
		}
		assertEquals(ChangeStatus.DRAFT, read(code).getStatus());
	}

	@Test
	void aNewRequestStartsAsADraftOrSubmitted() {
		try (StoreSession session = store.openSession("manager")) {
			ChangeRequest request = control.draft(session, project(session), "Shortcut", null,
					personOf(session, "manager"), TODAY);
			request.setStatus(ChangeStatus.IMPLEMENTED);
			assertThrows(ChangeRuleException.class, () -> session.save(request));
		}
	}

	@Test
	void onlyTheRequesterWithdrawsARequest() {
		String code = storedIn(ChangeStatus.DRAFT);
		try (StoreSession session = store.openSession("lead")) {
			ChangeRequest request = ChangeControl.find(session, code).orElseThrow();
			AccessDeniedException refused = assertThrows(AccessDeniedException.class,
					() -> control.move(session, request, ChangeStatus.WITHDRAWN, TODAY));
			assertEquals("Only Max Manager, who requested " + code + ", may withdraw it. Nothing was saved.",
					refused.getMessage());
		}
		try (StoreSession session = store.openSession("manager")) {
			control.move(session, ChangeControl.find(session, code).orElseThrow(), ChangeStatus.WITHDRAWN, TODAY);
		}
		assertEquals(ChangeStatus.WITHDRAWN, read(code).getStatus());
	}

	@Test
	void deferringIsADecisionThatNeedsTheApprovePermission() {
		String code = awaitingDecision("Later", "8000", 0);
		try (StoreSession session = store.openSession("manager")) {
			ChangeRequest request = ChangeControl.find(session, code).orElseThrow();
			AccessDeniedException refused = assertThrows(AccessDeniedException.class,
					() -> control.move(session, request, ChangeStatus.DEFERRED, TODAY));
			assertEquals(true, refused.getMessage().startsWith("Max Manager may not approve at Project 'Customer portal'"),
					refused.getMessage());
		}
		try (StoreSession session = store.openSession("sponsor")) {
			control.move(session, ChangeControl.find(session, code).orElseThrow(), ChangeStatus.DEFERRED, TODAY);
		}
		assertEquals(ChangeStatus.DEFERRED, read(code).getStatus());
		assertEquals(EnumSet.of(ChangeStatus.AWAITING_DECISION, ChangeStatus.CLOSED),
				ChangeLifecycle.next(ChangeStatus.DEFERRED));
	}
}
