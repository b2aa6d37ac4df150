package org.atrium.ui.editor;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.function.Function;

import org.atrium.core.model.pmo.PmoPackage.Literals;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.rules.EarnedValue;
import org.atrium.core.model.rules.HealthAssessment;
import org.atrium.core.store.StoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

/**
 * Code, name, phase, dates, budget, RAG with trend, description, and what the numbers say. The
 * derived RAG asks health contributors, which read the store: it is assessed in a job on a copy of
 * the project, a moment after the last edit, and shown if the editor is still open.
 */
final class OverviewPage {

	/** How long the typing pauses before the health is assessed again. */
	private static final long PAUSE_MS = 400;

	private final EditingContext<Project> editing;
	private final Label derived;
	private final Label earnedValue;
	private final UISynchronize ui;
	private final Function<Project, HealthAssessment> health;
	private Job assessing;

	/** {@code health} runs in a job, on a copy of the project. */
	OverviewPage(Composite parent, EditingContext<Project> editing, Fields fields, UISynchronize ui,
			Function<Project, HealthAssessment> health) {
		this.editing = editing;
		this.ui = ui;
		this.health = health;
		Project project = editing.root();
		java.util.function.Supplier<EObject> owner = () -> project;
		parent.setLayout(new GridLayout(2, true));

		Group identity = group(parent, "Project");
		fields.text(identity, "Code", owner, Literals.PROJECT__CODE, SWT.NONE);
		fields.text(identity, "Name", owner, Literals.SCOPE__NAME, SWT.NONE);
		fields.choice(identity, "Phase", owner, Literals.PROJECT__PHASE);
		fields.choice(identity, "RAG", owner, Literals.PROJECT__RAG);
		fields.choice(identity, "Trend", owner, Literals.PROJECT__RAG_TREND);
		fields.text(identity, "% complete", owner, Literals.PROJECT__PERCENT_COMPLETE, SWT.NONE);

		Group dates = group(parent, "Dates (YYYY-MM-DD)");
		fields.text(dates, "Planned start", owner, Literals.PROJECT__PLANNED_START, SWT.NONE);
		fields.text(dates, "Planned end", owner, Literals.PROJECT__PLANNED_END, SWT.NONE);
		fields.text(dates, "Baseline start", owner, Literals.PROJECT__BASELINE_START, SWT.NONE);
		fields.text(dates, "Baseline end", owner, Literals.PROJECT__BASELINE_END, SWT.NONE);
		fields.text(dates, "Actual start", owner, Literals.PROJECT__ACTUAL_START, SWT.NONE);
		fields.text(dates, "Actual end", owner, Literals.PROJECT__ACTUAL_END, SWT.NONE);

		Group budget = group(parent, "Budget");
		fields.text(budget, "Currency", owner, Literals.PROJECT__CURRENCY, SWT.NONE);
		fields.text(budget, "Planned", owner, Literals.PROJECT__BUDGET_PLANNED, SWT.NONE);
		fields.text(budget, "Actual", owner, Literals.PROJECT__BUDGET_ACTUAL, SWT.NONE);
		fields.text(budget, "Forecast", owner, Literals.PROJECT__BUDGET_FORECAST, SWT.NONE);

		Group healthGroup = group(parent, "Health");
		derived = new Label(healthGroup, SWT.WRAP);
		derived.setText("Derived RAG: assessing...");
		derived.setLayoutData(span());
		earnedValue = new Label(healthGroup, SWT.WRAP);
		earnedValue.setLayoutData(span());

		Group description = group(parent, "Description");
		((GridData) description.getLayoutData()).horizontalSpan = 2;
		fields.text(description, "Description", owner, Literals.SCOPE__DESCRIPTION, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		editing.onChange(this::refresh);
		refresh();
	}

	private static Group group(Composite parent, String title) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(title);
		group.setLayout(new GridLayout(2, false));
		group.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
		return group;
	}

	private static GridData span() {
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		data.widthHint = 300;
		return data;
	}

	void refresh() {
		if (derived.isDisposed()) {
			return;
		}
		LocalDate today = LocalDate.now();
		assessHealth();
		earnedValue.setText(EarnedValue.of(editing.root(), today).map(ev -> "Earned value: PV "
				+ ev.plannedValue().toPlainString() + ", EV " + ev.earnedValue().toPlainString() + ", SPI "
				+ (ev.schedulePerformanceIndex() == null ? "-" : ev.schedulePerformanceIndex().setScale(2, RoundingMode.HALF_UP))
				+ ", CPI "
				+ (ev.costPerformanceIndex() == null ? "-" : ev.costPerformanceIndex().setScale(2, RoundingMode.HALF_UP)))
				.orElse("Earned value: needs a planned budget and planned dates."));
		derived.getParent().layout(true);
	}

	/** Assesses a copy of the project in a job once the edits pause; a newer edit cancels a waiting one. */
	private void assessHealth() {
		if (assessing != null) {
			assessing.cancel();
		}
		Project snapshot = EcoreUtil.copy(editing.root());
		Job[] job = new Job[1];
		job[0] = Job.create("Assessing the health of " + snapshot.getCode(), monitor -> {
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			String text;
			try {
				HealthAssessment assessment = health.apply(snapshot);
				StringBuilder lines = new StringBuilder("Derived RAG: ").append(assessment.rag().getLiteral());
				assessment.reasons().forEach(reason -> lines.append("\n\u2022 ").append(reason));
				text = lines.toString();
			} catch (StoreException e) {
				text = "Derived RAG: not assessed, the store did not answer: " + e.getMessage();
			}
			String shown = text;
			ui.asyncExec(() -> {
				if (assessing == job[0] && !derived.isDisposed()) {
					derived.setText(shown);
					derived.getParent().layout(true);
				}
			});
			return Status.OK_STATUS;
		});
		job[0].setSystem(true);
		assessing = job[0];
		job[0].schedule(PAUSE_MS);
	}
}
