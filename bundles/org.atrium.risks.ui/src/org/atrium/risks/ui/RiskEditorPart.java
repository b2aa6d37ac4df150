package org.atrium.risks.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.risks.RiskScoring;
import org.atrium.risks.model.risks.ActionStatus;
import org.atrium.risks.model.risks.MitigationAction;
import org.atrium.risks.model.risks.Risk;
import org.atrium.risks.model.risks.RisksFactory;
import org.atrium.risks.model.risks.RisksPackage.Literals;
import org.atrium.ui.EditorOpener;
import org.atrium.ui.editor.EditingContext;
import org.atrium.ui.editor.Fields;
import org.atrium.ui.editor.ObjectEditor;
import org.atrium.ui.editor.Tables;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Edits one risk: its description, ratings, response and mitigation actions. Loading, undo, saving
 * only valid data, problems and conflicts come from the workbench's {@link ObjectEditor}.
 */
public class RiskEditorPart {

	@Inject
	private IEclipseContext context;

	private final RiskScoring scoring = new RiskScoring();
	private ObjectEditor<Risk> editor;
	private Label ratings;

	@PostConstruct
	void create(Composite parent) {
		editor = ObjectEditor.create(context, Literals.RISK, EditorOpener.OBJECT_ID, Risk::getTitle);
		editor.open(parent, RiskEditorPart::people, this::show);
	}

	public CompletableFuture<RiskEditorPart> loaded() {
		return editor.loaded().thenApply(loaded -> this);
	}

	private static List<Person> people(StoreSession session, Risk risk) {
		return session.query(Query.<Person>of(PmoPackage.Literals.PERSON).orderBy(PmoPackage.Literals.PERSON__NAME));
	}

	private void show(List<Person> people) {
		Risk risk = editor.object();
		EditingContext<Risk> editing = editor.editing();
		Fields fields = editor.fields();
		Composite body = editor.body();
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(6, 6).applyTo(body);
		Supplier<EObject> owner = () -> risk;

		Group what = group(body, "Risk");
		fields.text(what, "Title", owner, Literals.RISK__TITLE, SWT.NONE);
		fields.text(what, "Category", owner, Literals.RISK__CATEGORY, SWT.NONE);
		fields.text(what, "Cause", owner, Literals.RISK__CAUSE, SWT.NONE);
		fields.text(what, "Effect", owner, Literals.RISK__EFFECT, SWT.NONE);
		fields.text(what, "Triggers", owner, Literals.RISK__TRIGGERS, SWT.NONE);
		fields.text(what, "Description", owner, Literals.RISK__DESCRIPTION, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);

		Group rating = group(body, "Rating (1 to 5)");
		fields.text(rating, "Probability", owner, Literals.RISK__PROBABILITY, SWT.NONE);
		fields.text(rating, "Impact", owner, Literals.RISK__IMPACT, SWT.NONE);
		fields.text(rating, "Residual probability", owner, Literals.RISK__RESIDUAL_PROBABILITY, SWT.NONE);
		fields.text(rating, "Residual impact", owner, Literals.RISK__RESIDUAL_IMPACT, SWT.NONE);
		fields.choice(rating, "Status", owner, Literals.RISK__STATUS);
		fields.choice(rating, "Response", owner, Literals.RISK__STRATEGY);
		fields.text(rating, "Proximity (YYYY-MM-DD)", owner, Literals.RISK__PROXIMITY_DATE, SWT.NONE);
		new Label(rating, SWT.NONE).setText("Owner:");
		Combo ownerCombo = new Combo(rating, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).applyTo(ownerCombo);
		people.forEach(p -> ownerCombo.add(p.getName()));
		ownerCombo.select(people.indexOf(risk.getOwner()));
		ownerCombo.addListener(SWT.Selection, e -> editing.set(risk, Literals.RISK__OWNER, people.get(ownerCombo.getSelectionIndex())));
		ratings = new Label(rating, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(ratings);

		Group actions = group(body, "Mitigation actions");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(actions);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(actions);
		TableViewer table = Tables.table(actions);
		Tables.attribute(table, editing, "Action", 320, Literals.MITIGATION_ACTION__TITLE);
		Tables.attribute(table, editing, "Due", 110, Literals.MITIGATION_ACTION__DUE_DATE);
		Tables.attribute(table, editing, "Status", 120, Literals.MITIGATION_ACTION__STATUS);
		Tables.column(table, "Owner", 160, (MitigationAction a) -> a.getOwner() == null ? "" : a.getOwner().getName());
		table.setInput(risk.getActions());
		Composite bar = Tables.buttonBar(actions);
		Tables.button(bar, "Add action", "add", () -> {
			MitigationAction action = RisksFactory.eINSTANCE.createMitigationAction();
			action.setTitle("New action");
			action.setDueDate(LocalDate.now().plusWeeks(2));
			action.setStatus(ActionStatus.PLANNED);
			action.setOwner(risk.getOwner());
			editing.add(risk, Literals.RISK__ACTIONS, action);
		});
		Tables.button(bar, "Remove", "remove", () -> {
			if (table.getStructuredSelection().getFirstElement() instanceof MitigationAction action) {
				editing.remove(risk, Literals.RISK__ACTIONS, action);
			}
		});
		editing.onChange(() -> {
			if (!table.getTable().isDisposed()) {
				table.refresh();
				ownerCombo.select(people.indexOf(risk.getOwner()));
				showRatings();
			}
		});
		showRatings();
	}

	private static Group group(Composite parent, String title) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		return group;
	}

	private void showRatings() {
		Risk risk = editor.object();
		ratings.setText("Inherent: " + scoring.inherent(risk).map(Object::toString).orElse("-") + "     Residual: "
				+ scoring.residual(risk).map(Object::toString).orElse("-"));
	}

	public ObjectEditor<Risk> editor() {
		return editor;
	}

	public EditingContext<Risk> editing() {
		return editor.editing();
	}

	public String bannerText() {
		return editor.bannerText();
	}

	/** Saves valid edits; a refused save throws, so that closing the part does not lose them. */
	@Persist
	public void save() {
		editor.persist();
	}

	@PreDestroy
	void close() {
		editor.close();
	}
}
