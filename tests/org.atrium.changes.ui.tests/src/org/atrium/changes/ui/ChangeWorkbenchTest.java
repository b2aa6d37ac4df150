package org.atrium.changes.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.atrium.changes.ApprovalPolicies.Approvers;
import org.atrium.changes.ChangeControl;
import org.atrium.changes.model.changes.ChangeRequest;
import org.atrium.changes.model.changes.ChangeStatus;
import org.atrium.changes.model.changes.ChangesPackage;
import org.atrium.changes.model.changes.VoteChoice;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.store.Condition;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.demo.DemoOffice;
import org.atrium.ui.EditorOpener;
import org.atrium.ui.testing.UiFixture;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.swt.widgets.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The change log, a change request voted on in its editor, and the baseline comparison, on the demo office. */
class ChangeWorkbenchTest {

	@TempDir
	Path workspace;

	private UiFixture ui;
	private String code;
	private String approver;
	private String outsider;

	@BeforeEach
	void open() throws Exception {
		ui = new UiFixture(workspace, "test");
		try (StoreSession session = ui.store.openSession()) {
			ui.context.get(DemoOffice.class).create(session, 11, UiFixture.small(4), LocalDate.of(2026, 11, 27));
		}
		ui.context.set(EditorOpener.class, new EditorOpener(null));
		ChangeControl control = ui.context.get(ChangeControl.class);
		try (StoreSession session = ui.store.openSession()) {
			for (ChangeRequest request : session.<ChangeRequest>query(Query.<ChangeRequest>of(
					ChangesPackage.Literals.CHANGE_REQUEST).where(Condition.eq(ChangesPackage.Literals.CHANGE_REQUEST__STATUS,
							ChangeStatus.AWAITING_DECISION)).withContents())) {
				Approvers approvers = control.approvers(session, request);
				List<Person> voters = approvers.people().stream()
						.filter(p -> request.getRequestedBy() == null || !p.getId().equals(request.getRequestedBy().getId()))
						.toList();
				if (request.getVotes().isEmpty() && !voters.isEmpty()) {
					code = request.getCode();
					approver = voters.get(0).getLogin();
					outsider = request.getRequestedBy().getLogin();
					break;
				}
			}
		}
		assertTrue(code != null, "the demo has a request awaiting decision");
	}

	@AfterEach
	void close() {
		ui.close();
	}

	@Test
	void theLogFiltersByStatusAndByWhatAwaitsTheUsersDecision() {
		ui.store.switchUser(approver);
		ChangeLogPart log = ContextInjectionFactory.make(ChangeLogPart.class, ui.context);
		ui.waitUntil("the log to load", () -> !log.shownRows().isEmpty());
		int all = log.shownRows().size();
		log.status().select(log.status().indexOf("Approved"));
		log.status().notifyListeners(org.eclipse.swt.SWT.Selection, null);
		assertTrue(log.shownRows().stream().allMatch(row -> row.status() == ChangeStatus.APPROVED));
		assertTrue(log.shownRows().size() < all);
		log.status().select(0);
		log.awaitingMe().setSelection(true);
		log.awaitingMe().notifyListeners(org.eclipse.swt.SWT.Selection, null);
		assertTrue(log.shownRows().stream().anyMatch(row -> row.code().equals(code)), log.shownRows().toString());
		assertTrue(log.shownRows().stream().allMatch(ChangeLogPart.Row::awaitingMe));
	}

	@Test
	void anApproverVotesInTheEditorAndSomeoneElseFindsTheVoteButtonsOff() {
		String id = idOf(code);
		ui.store.switchUser(outsider);
		UiFixture.Editor<ChangeRequestEditorPart> theirs = ui.openEditor(ChangeRequestEditorPart.class,
				EditorOpener.OBJECT_ID, id);
		ui.waitFor("the editor to load", theirs.part().loaded());
		assertFalse(voteButton(theirs.part()).isEnabled(), "the requester does not vote on their own request");

		ui.store.switchUser(approver);
		UiFixture.Editor<ChangeRequestEditorPart> mine = ui.openEditor(ChangeRequestEditorPart.class,
				EditorOpener.OBJECT_ID, id);
		ui.waitFor("the editor to load", mine.part().loaded());
		assertTrue(voteButton(mine.part()).isEnabled());
		mine.part().vote(VoteChoice.APPROVE);
		ui.waitUntil("the vote to be shown", () -> mine.part().editor().bannerText().startsWith("Voted approve"));
		try (StoreSession session = ui.store.openSession()) {
			ChangeRequest stored = ChangeControl.find(session, code).orElseThrow();
			assertEquals(1, stored.getVotes().size());
			assertEquals(approver, stored.getVotes().get(0).getPerson().getLogin());
		}
		ui.waitUntil("the vote buttons to turn off", () -> !voteButton(mine.part()).isEnabled());
	}

	@Test
	void theBaselineComparisonShowsTheVarianceOfThePlan() {
		BaselineComparisonPart comparison = ContextInjectionFactory.make(BaselineComparisonPart.class, ui.context);
		ui.waitUntil("a comparison", () -> !comparison.rows().isEmpty());
		assertEquals("Planned start", comparison.rows().get(0).item());
		assertEquals("Planned end", comparison.rows().get(1).item());
		assertTrue(comparison.after().getText().startsWith("Current plan"), comparison.after().getText());
	}

	private Button voteButton(ChangeRequestEditorPart part) {
		return part.actionButtons().stream().filter(b -> b.getText().equals("Approve")).findFirst().orElseThrow();
	}

	private String idOf(String requestCode) {
		try (StoreSession session = ui.store.openSession()) {
			return ChangeControl.find(session, requestCode).orElseThrow().getId();
		}
	}
}
