package org.atrium.changes.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.atrium.changes.ApprovalPolicies.Approvers;
import org.atrium.changes.ChangeControl;
import org.atrium.changes.ChangeControl.VoteResult;
import org.atrium.changes.ChangeLifecycle;
import org.atrium.changes.Tally;
import org.atrium.changes.model.changes.ChangeRequest;
import org.atrium.changes.model.changes.ChangeStatus;
import org.atrium.changes.model.changes.ChangesPackage.Literals;
import org.atrium.changes.model.changes.Vote;
import org.atrium.changes.model.changes.VoteChoice;
import org.atrium.core.model.Formats;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.store.StoreSession;
import org.atrium.ui.EditorOpener;
import org.atrium.ui.Topics;
import org.atrium.ui.WorkbenchStore;
import org.atrium.ui.editor.Fields;
import org.atrium.ui.editor.ObjectEditor;
import org.atrium.ui.editor.Tables;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * One change request: what it asks and why, its impact assessment, who decides and their votes, and the lifecycle
 * actions the user may take (vote, submit, defer, withdraw...). Edits go through the workbench's {@link ObjectEditor};
 * actions are writes of their own, which the store's change rules check, and the editor then shows the stored version.
 */
public class ChangeRequestEditorPart {

	/** Who decides the request and how the user stands to it, read with the request. */
	record Decision(Approvers approvers, Tally tally, Person me, java.util.Optional<String> whyNotVote) {
	}

	/** One line of the approvers' table: an approver and their vote, if cast. */
	record Voter(String name, String vote, String comment, String cast) {
	}

	@Inject
	private IEclipseContext context;
	@Inject
	private WorkbenchStore store;
	@Inject
	private ChangeControl control;
	@Inject
	@Optional
	private IEventBroker events;
	@Inject
	private MPart part;

	private ObjectEditor<ChangeRequest> editor;
	private TableViewer voters;
	private Label decidedBy;
	private Label status;
	private Composite actions;
	private Text comment;
	private final List<Button> actionButtons = new ArrayList<>();

	@PostConstruct
	void create(Composite parent) {
		editor = ObjectEditor.create(context, Literals.CHANGE_REQUEST, EditorOpener.OBJECT_ID,
				request -> request.getCode() + " " + request.getTitle());
		editor.open(parent, this::decision, this::show);
	}

	public CompletableFuture<ChangeRequestEditorPart> loaded() {
		return editor.loaded().thenApply(loaded -> this);
	}

	private Decision decision(StoreSession session, ChangeRequest request) {
		Approvers approvers = control.approvers(session, request);
		Person me = store.currentPerson(session).orElse(null);
		java.util.Optional<String> whyNot;
		if (request.getStatus() != ChangeStatus.AWAITING_DECISION) {
			whyNot = java.util.Optional.of("Votes are cast while a request is awaiting decision.");
		} else if (me == null || !approvers.includes(me)) {
			whyNot = java.util.Optional.of("This request is decided by " + approvers.tier().deciders() + "; you are not one of them.");
		} else if (request.getVotes().stream().anyMatch(v -> v.getPerson() != null && v.getPerson().getId().equals(me.getId()))) {
			whyNot = java.util.Optional.of("You have voted on this request.");
		} else {
			whyNot = java.util.Optional.empty();
		}
		return new Decision(approvers, Tally.of(request.getVotes(), approvers), me, whyNot);
	}

	private void show(Decision decision) {
		ChangeRequest request = editor.object();
		Fields fields = editor.fields();
		Composite body = editor.body();
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(6, 6).applyTo(body);
		Supplier<EObject> owner = () -> request;

		Group what = group(body, "Request");
		label(what, "Code", request.getCode());
		status = label(what, "Status", "");
		label(what, "Requested by", (request.getRequestedBy() == null ? "-" : request.getRequestedBy().getName())
				+ (request.getRequested() == null ? "" : " on " + Formats.date(request.getRequested())));
		fields.text(what, "Title", owner, Literals.CHANGE_REQUEST__TITLE, SWT.NONE);
		fields.choice(what, "Category", owner, Literals.CHANGE_REQUEST__CATEGORY);
		fields.choice(what, "Priority", owner, Literals.CHANGE_REQUEST__PRIORITY);
		fields.text(what, "Justification", owner, Literals.CHANGE_REQUEST__JUSTIFICATION, SWT.MULTI | SWT.WRAP);
		fields.text(what, "Description", owner, Literals.CHANGE_REQUEST__DESCRIPTION, SWT.MULTI | SWT.WRAP);

		Group impact = group(body, "Impact assessment");
		fields.text(impact, "Schedule impact (days)", owner, Literals.CHANGE_REQUEST__SCHEDULE_IMPACT_DAYS, SWT.NONE);
		fields.text(impact, "Cost delta (" + request.getProject().getCurrency() + ")", owner,
				Literals.CHANGE_REQUEST__COST_DELTA, SWT.NONE);
		fields.text(impact, "Effort (person-days)", owner, Literals.CHANGE_REQUEST__EFFORT_DAYS, SWT.NONE);
		label(impact, "Affected milestones", String.join(", ",
				request.getAffectedMilestones().stream().map(m -> m.getName()).toList()));
		fields.text(impact, "Scope impact", owner, Literals.CHANGE_REQUEST__SCOPE_IMPACT, SWT.MULTI | SWT.WRAP);
		fields.text(impact, "Risk notes", owner, Literals.CHANGE_REQUEST__RISK_NOTES, SWT.MULTI | SWT.WRAP);
		fields.text(impact, "Linked risk id", owner, Literals.CHANGE_REQUEST__RISK_REF, SWT.NONE);

		// Beside the body, not in it: approvers vote on requests they may not edit.
		Group decide = new Group(body.getParent(), SWT.NONE);
		decide.setText("Decision");
		GridDataFactory.fillDefaults().grab(true, true).indent(6, 0).applyTo(decide);
		GridLayoutFactory.swtDefaults().numColumns(1).applyTo(decide);
		decidedBy = new Label(decide, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(decidedBy);
		voters = Tables.table(decide);
		voters.setContentProvider(ArrayContentProvider.getInstance());
		Tables.column(voters, "Approver", 180, (Voter v) -> v.name());
		Tables.column(voters, "Vote", 90, (Voter v) -> v.vote());
		Tables.column(voters, "When", 150, (Voter v) -> v.cast());
		Tables.column(voters, "Comment", 380, (Voter v) -> v.comment());
		comment = new Text(decide, SWT.BORDER);
		comment.setMessage("Comment on your vote");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(comment);
		actions = Tables.buttonBar(decide);
		showDecision(decision);
	}

	/** Fills the approvers' table and the action buttons from what was read. */
	private void showDecision(Decision decision) {
		ChangeRequest request = editor.object();
		Approvers approvers = decision.approvers();
		status.setText(request.getStatus().getLiteral()
				+ (request.getStatusSince() == null ? "" : " since " + Formats.date(request.getStatusSince())));
		decidedBy.setText("Decided by " + approvers.tier().deciders() + ", quorum " + approvers.quorum() + ". "
				+ decision.tally().describe() + "." + decision.whyNotVote().map(reason -> " " + reason).orElse(""));
		List<Voter> rows = new ArrayList<>();
		for (Person person : approvers.people()) {
			Vote vote = request.getVotes().stream()
					.filter(v -> v.getPerson() != null && v.getPerson().getId().equals(person.getId())).findFirst()
					.orElse(null);
			rows.add(vote == null ? new Voter(person.getName(), "not yet", "", "")
					: new Voter(person.getName(), vote.getChoice().getLiteral(), nonNull(vote.getComment()),
							vote.getCast() == null ? "" : Formats.time(vote.getCast())));
		}
		for (Vote vote : request.getVotes()) {
			if (approvers.people().stream().noneMatch(p -> vote.getPerson() != null && p.getId().equals(vote.getPerson().getId()))) {
				rows.add(new Voter(vote.getPerson() == null ? "-" : vote.getPerson().getName(), vote.getChoice().getLiteral(),
						nonNull(vote.getComment()), vote.getCast() == null ? "" : Formats.time(vote.getCast())));
			}
		}
		voters.setInput(rows);
		actionButtons.forEach(Button::dispose);
		actionButtons.clear();
		boolean mayVote = decision.whyNotVote().isEmpty();
		comment.setEnabled(mayVote);
		for (VoteChoice choice : VoteChoice.VALUES) {
			Button button = Tables.button(actions, choice.getLiteral(), null, () -> vote(choice));
			button.setEnabled(mayVote);
			actionButtons.add(button);
		}
		for (ChangeStatus next : ChangeLifecycle.next(request.getStatus())) {
			if (next != ChangeStatus.APPROVED && next != ChangeStatus.REJECTED) {
				actionButtons.add(Tables.button(actions, actionLabel(next), null, () -> move(next)));
			}
		}
		actions.getParent().getParent().layout(true, true);
	}

	private static String actionLabel(ChangeStatus next) {
		return switch (next) {
		case SUBMITTED -> "Submit";
		case UNDER_ASSESSMENT -> "Start assessment";
		case AWAITING_DECISION -> "Ask for decision";
		case DEFERRED -> "Defer";
		case WITHDRAWN -> "Withdraw";
		case IMPLEMENTED -> "Mark implemented";
		case CLOSED -> "Close";
		default -> next.getLiteral();
		};
	}

	/** Casts the user's vote in the background; the editor then shows the stored request. */
	void vote(VoteChoice choice) {
		String text = comment.getText().isBlank() ? null : comment.getText().strip();
		act("Voting on " + editor.object().getCode(), session -> {
			ChangeRequest request = ChangeControl.find(session, editor.object().getCode()).orElseThrow();
			VoteResult result = control.vote(session, request, choice, text, Instant.now(), LocalDate.now());
			return "Voted " + choice.getName() + ": " + result.tally().describe() + "."
					+ (result.decision() == null ? "" : " The request is " + result.decision().getLiteral().toLowerCase() + ".")
					+ (result.baseline() == null ? "" : " The plan is updated; baseline '" + result.baseline().getName() + "' taken.");
		});
	}

	/** Moves the request along its lifecycle in the background. */
	void move(ChangeStatus next) {
		act(actionLabel(next) + " " + editor.object().getCode(), session -> {
			ChangeRequest request = ChangeControl.find(session, editor.object().getCode()).orElseThrow();
			control.move(session, request, next, LocalDate.now());
			return request.getCode() + " is " + next.getLiteral().toLowerCase() + ".";
		});
	}

	private void act(String name, java.util.function.Function<StoreSession, String> action) {
		if (part.isDirty()) {
			editor.banner("Save or undo your edits first.", true);
			return;
		}
		StoreAction.run(name, store, editor.body(), action, outcome -> {
			if (outcome.refused()) {
				editor.banner(outcome.message(), true);
				return;
			}
			refreshDecision(outcome.message());
			if (events != null) {
				events.post(Topics.DATA_CHANGED, editor.object().getId());
			}
		});
	}

	private void refreshDecision(String message) {
		org.atrium.ui.BackgroundRead.start("Reading the votes", store, editor.body(), session -> decision(session,
				ChangeControl.find(session, editor.object().getCode()).orElseThrow()), decision -> {
					editor.reload().thenRun(() -> editor.body().getDisplay().asyncExec(() -> {
						if (!editor.body().isDisposed()) {
							showDecision(decision);
							editor.banner(message, false);
						}
					}));
				});
	}

	private static Group group(Composite parent, String title) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		return group;
	}

	private static Label label(Composite parent, String label, String value) {
		new Label(parent, SWT.NONE).setText(label + ":");
		Label text = new Label(parent, SWT.WRAP);
		text.setText(value == null ? "" : value);
		GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).applyTo(text);
		return text;
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}

	List<Button> actionButtons() {
		return actionButtons;
	}

	Control votersTable() {
		return voters.getTable();
	}

	public ObjectEditor<ChangeRequest> editor() {
		return editor;
	}

	@Persist
	public void save() {
		editor.persist();
	}

	@PreDestroy
	void close() {
		editor.close();
	}
}
