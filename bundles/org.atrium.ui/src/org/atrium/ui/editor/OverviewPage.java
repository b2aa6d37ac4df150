package org.atrium.ui.editor;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.function.Function;

import org.atrium.core.model.pmo.PmoPackage.Literals;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.rules.EarnedValue;
import org.atrium.core.model.rules.HealthAssessment;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

/** Code, name, phase, dates, budget, RAG with trend, description, and what the numbers say. */
final class OverviewPage {

	private final EditingContext<Project> editing;
	private final Label derived;
	private final Label earnedValue;
	private final Function<Project, HealthAssessment> health;

	OverviewPage(Composite parent, EditingContext<Project> editing, Fields fields, Function<Project, HealthAssessment> health) {
		this.editing = editing;
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
		HealthAssessment assessment = health.apply(editing.root());
		StringBuilder text = new StringBuilder("Derived RAG: ").append(assessment.rag().getLiteral());
		assessment.reasons().forEach(reason -> text.append("\n\u2022 ").append(reason));
		derived.setText(text.toString());
		earnedValue.setText(EarnedValue.of(editing.root(), today).map(ev -> "Earned value: PV "
				+ ev.plannedValue().toPlainString() + ", EV " + ev.earnedValue().toPlainString() + ", SPI "
				+ (ev.schedulePerformanceIndex() == null ? "-" : ev.schedulePerformanceIndex().setScale(2, RoundingMode.HALF_UP))
				+ ", CPI "
				+ (ev.costPerformanceIndex() == null ? "-" : ev.costPerformanceIndex().setScale(2, RoundingMode.HALF_UP)))
				.orElse("Earned value: needs a planned budget and planned dates."));
		derived.getParent().layout(true);
	}
}
