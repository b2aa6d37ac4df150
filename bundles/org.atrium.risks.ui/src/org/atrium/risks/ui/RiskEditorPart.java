package org.atrium.risks.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.store.ConflictException;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreException;
import org.atrium.core.store.StoreSession;
import org.atrium.risks.RiskScoring;
import org.atrium.risks.RiskValidation;
import org.atrium.risks.model.risks.ActionStatus;
import org.atrium.risks.model.risks.MitigationAction;
import org.atrium.risks.model.risks.Risk;
import org.atrium.risks.model.risks.RisksFactory;
import org.atrium.risks.model.risks.RisksPackage.Literals;
import org.atrium.ui.EditorOpener;
import org.atrium.ui.Topics;
import org.atrium.ui.WorkbenchStore;
import org.atrium.ui.editor.ConflictDialog;
import org.atrium.ui.editor.EditingContext;
import org.atrium.ui.editor.Fields;
import org.atrium.ui.editor.Tables;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/** Edits one risk: its description, ratings, response and mitigation actions. Saves only valid data. */
public class RiskEditorPart {

	@Inject
	private WorkbenchStore store;
	@Inject
	private MPart part;
	@Inject
	@Optional
	private IEventBroker events;

	private final RiskScoring scoring = new RiskScoring();
	private final CompletableFuture<RiskEditorPart> loaded = new CompletableFuture<>();
	private Composite root;
	private Label banner;
	private Label ratings;
	private StoreSession session;
	private Risk risk;
	private EditingContext<Risk> editing;
	private Fields fields;

	@PostConstruct
	void create(Composite parent) {
		root = parent;
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(6, 6).applyTo(parent);
		banner = new Label(parent, SWT.WRAP);
		banner.setText("Loading the risk...");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(banner);
		String id = part.getPersistedState().get(EditorOpener.OBJECT_ID);
		Display display = parent.getDisplay();
		Job.create("Loading risk", monitor -> {
			try {
				session = store.openSession();
				Risk loadedRisk = session.load(Literals.RISK, id);
				EcoreUtil.resolveAll(loadedRisk);
				List<Person> people = session.query(Query.<Person>of(PmoPackage.Literals.PERSON).orderBy(PmoPackage.Literals.PERSON__NAME));
				if (!display.isDisposed()) {
					display.asyncExec(() -> show(loadedRisk, people));
				}
			} catch (StoreException e) {
				if (!display.isDisposed()) {
					display.asyncExec(() -> {
						banner.setText("This risk cannot be opened: " + e.getMessage());
						loaded.complete(this);
					});
				}
			}
			return Status.OK_STATUS;
		}).schedule();
	}

	public CompletableFuture<RiskEditorPart> loaded() {
		return loaded;
	}

	private void show(Risk loadedRisk, List<Person> people) {
		if (root.isDisposed()) {
			return;
		}
		risk = loadedRisk;
		editing = new EditingContext<>(risk, r -> RiskValidation.validate(List.of(r)));
		fields = new Fields(editing);
		Supplier<EObject> owner = () -> risk;

		Group what = group("Risk");
		fields.text(what, "Title", owner, Literals.RISK__TITLE, SWT.NONE);
		fields.text(what, "Category", owner, Literals.RISK__CATEGORY, SWT.NONE);
		fields.text(what, "Cause", owner, Literals.RISK__CAUSE, SWT.NONE);
		fields.text(what, "Effect", owner, Literals.RISK__EFFECT, SWT.NONE);
		fields.text(what, "Triggers", owner, Literals.RISK__TRIGGERS, SWT.NONE);
		fields.text(what, "Description", owner, Literals.RISK__DESCRIPTION, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);

		Group rating = group("Rating (1 to 5)");
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

		Group actions = group("Mitigation actions");
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
				changed();
			}
		});
		fields.refresh();
		changed();
		banner.setText("");
		root.layout(true, true);
		loaded.complete(this);
	}

	private Group group(String title) {
		Group group = new Group(root, SWT.NONE);
		group.setText(title);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		return group;
	}

	private void changed() {
		part.setDirty(editing.commands().isSaveNeeded());
		part.setLabel(risk.getTitle());
		ratings.setText("Inherent: " + scoring.inherent(risk).map(Object::toString).orElse("-") + "     Residual: "
				+ scoring.residual(risk).map(Object::toString).orElse("-"));
	}

	public EditingContext<Risk> editing() {
		return editing;
	}

	public String bannerText() {
		return banner.getText();
	}

	@Persist
	public boolean save() {
		if (editing == null) {
			return false;
		}
		String problem = fields.firstParseError();
		if (problem == null && editing.hasErrors()) {
			problem = editing.diagnostics().getChildren().stream().filter(d -> d.getSeverity() >= Diagnostic.ERROR)
					.findFirst().map(Diagnostic::getMessage).orElse("the risk is not valid");
		}
		if (problem != null) {
			banner.setText("Not saved. " + problem);
			root.layout(true);
			return false;
		}
		try {
			session.save(risk);
		} catch (ConflictException e) {
			if (ConflictDialog.ask(root.getShell(), e.getMessage()) == ConflictDialog.RELOAD) {
				session.refresh(risk);
				EcoreUtil.resolveAll(risk);
				editing.reloaded();
			}
			return false;
		} catch (StoreException e) {
			banner.setText("Not saved. " + e.getMessage());
			root.layout(true);
			return false;
		}
		editing.commands().saveIsDone();
		banner.setText("");
		changed();
		if (events != null) {
			events.post(Topics.DATA_CHANGED, risk.getId());
		}
		return true;
	}

	@PreDestroy
	void close() {
		if (session != null) {
			session.close();
		}
	}
}
