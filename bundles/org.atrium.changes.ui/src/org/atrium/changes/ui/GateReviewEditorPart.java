package org.atrium.changes.ui;

import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;

import org.atrium.changes.GateReviews;
import org.atrium.changes.model.changes.ChangesPackage.Literals;
import org.atrium.changes.model.changes.GateCriterion;
import org.atrium.changes.model.changes.GateReview;
import org.atrium.core.model.Formats;
import org.atrium.core.model.pmo.GateDecision;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.ui.EditorOpener;
import org.atrium.ui.Topics;
import org.atrium.ui.WorkbenchStore;
import org.atrium.ui.editor.EditingContext;
import org.atrium.ui.editor.ObjectEditor;
import org.atrium.ui.editor.Tables;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The go/no-go review of a gate: its checklist (status, waiver reason and evidence of each criterion), edited on the
 * workbench's {@link ObjectEditor}, and the decision, which the store refuses while a mandatory criterion is neither
 * passed nor waived with a reason.
 */
public class GateReviewEditorPart {

	static final String EDITOR = "org.atrium.changes.ui.partdescriptor.gate";

	@Inject
	private IEclipseContext context;
	@Inject
	private WorkbenchStore store;
	@Inject
	@Optional
	private IEventBroker events;
	@Inject
	private MPart part;

	private ObjectEditor<GateReview> editor;
	private Label decision;
	private Text conditions;
	private TableViewer checklist;

	@PostConstruct
	void create(Composite parent) {
		editor = ObjectEditor.create(context, Literals.GATE_REVIEW, EditorOpener.OBJECT_ID,
				review -> "Gate: " + review.getMilestone().getName());
		editor.open(parent, (session, review) -> review.getMilestone().getName(), this::show);
	}

	public CompletableFuture<GateReviewEditorPart> loaded() {
		return editor.loaded().thenApply(loaded -> this);
	}

	private void show(String milestone) {
		GateReview review = editor.object();
		EditingContext<GateReview> editing = editor.editing();
		Composite body = editor.body();
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(body);
		Label title = new Label(body, SWT.WRAP);
		title.setText(review.getTemplate() + " review of " + milestone + " (" + review.getProject().getCode() + ", "
				+ (review.getMilestone().getPlannedDate() == null ? "no date"
						: Formats.date(review.getMilestone().getPlannedDate())) + ")");
		decision = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(decision);

		Group list = new Group(body, SWT.NONE);
		list.setText("Checklist");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(list);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(list);
		checklist = Tables.table(list);
		Tables.column(checklist, "Criterion", 200, (GateCriterion c) -> c.getName());
		Tables.column(checklist, "Mandatory", 80, (GateCriterion c) -> c.isMandatory() ? "yes" : "no");
		Tables.attribute(checklist, editing, "Status", 100, Literals.GATE_CRITERION__STATUS);
		Tables.attribute(checklist, editing, "Waiver reason", 320, Literals.GATE_CRITERION__WAIVER_REASON);
		Tables.column(checklist, "Evidence", 220,
				(GateCriterion c) -> c.getEvidence() == null ? "" : c.getEvidence().getTitle());
		checklist.setInput(review.getCriteria());

		Group decide = new Group(body, SWT.NONE);
		decide.setText("Decision");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(decide);
		GridLayoutFactory.swtDefaults().applyTo(decide);
		conditions = new Text(decide, SWT.BORDER);
		conditions.setMessage("Conditions of a conditional go");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(conditions);
		Composite bar = Tables.buttonBar(decide);
		for (GateDecision choice : new GateDecision[] { GateDecision.GO, GateDecision.CONDITIONAL_GO, GateDecision.NO_GO }) {
			Tables.button(bar, choice.getLiteral(), null, () -> decide(choice));
		}
		editing.onChange(() -> {
			if (!checklist.getTable().isDisposed()) {
				checklist.refresh();
				showDecision();
			}
		});
		showDecision();
	}

	private void showDecision() {
		GateReview review = editor.object();
		decision.setText("Decision: " + review.getDecision().getLiteral()
				+ (review.getDecidedBy() == null ? "" : " by " + review.getDecidedBy().getName())
				+ (review.getDecidedOn() == null ? "" : " on " + Formats.date(review.getDecidedOn()))
				+ (review.getConditions() == null ? "" : ". Conditions: " + review.getConditions()));
		decision.getParent().layout();
	}

	/** Records the decision in the background as the user's; the store checks the checklist. */
	void decide(GateDecision choice) {
		if (part.isDirty()) {
			editor.banner("Save the checklist first.", true);
			return;
		}
		String id = editor.object().getId();
		String text = conditions.getText().isBlank() ? null : conditions.getText().strip();
		StoreAction.run("Recording the gate decision", store, editor.body(), session -> {
			GateReview review = reviewOf(session, id);
			GateReviews.decide(session, review, choice, text, LocalDate.now());
			return "Recorded " + choice.getLiteral().toLowerCase() + " for " + GateReviews.label(review) + ".";
		}, outcome -> {
			if (outcome.refused()) {
				editor.banner(outcome.message(), true);
				return;
			}
			editor.reload().thenRun(() -> editor.body().getDisplay().asyncExec(() -> {
				if (!editor.body().isDisposed()) {
					checklist.refresh();
					showDecision();
					editor.banner(outcome.message(), false);
				}
			}));
			if (events != null) {
				events.post(Topics.DATA_CHANGED, id);
			}
		});
	}

	private static GateReview reviewOf(StoreSession session, String id) {
		return session.<GateReview>query(Query.<GateReview>of(Literals.GATE_REVIEW)
				.where(org.atrium.core.store.Condition.eq(org.atrium.core.model.pmo.PmoPackage.Literals.ENTITY__ID, id))
				.withContents()).get(0);
	}

	public ObjectEditor<GateReview> editor() {
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
