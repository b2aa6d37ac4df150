package org.atrium.ui.editor;

import org.atrium.core.model.pmo.Project;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.atrium.core.model.pmo.GateDecision;
import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.model.pmo.PmoFactory;
import org.atrium.core.model.pmo.PmoPackage.Literals;
import org.atrium.ui.Images;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Composite;

/** The milestones in an editable table; go/no-go gates carry a diamond. */
final class MilestonesPage {

	private final TableViewer viewer;

	MilestonesPage(Composite parent, EditingContext<Project> editing) {
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
		viewer = Tables.table(parent);
		Tables.column(viewer, "", 26, (Milestone m) -> "", m -> m.isGate() ? Images.get("gate") : null);
		Tables.attribute(viewer, editing, "Milestone", 260, Literals.MILESTONE__NAME);
		Tables.attribute(viewer, editing, "Baseline", 100, Literals.MILESTONE__BASELINE_DATE);
		Tables.attribute(viewer, editing, "Planned", 100, Literals.MILESTONE__PLANNED_DATE);
		Tables.attribute(viewer, editing, "Actual", 100, Literals.MILESTONE__ACTUAL_DATE);
		Tables.attribute(viewer, editing, "Go/no-go gate", 100, Literals.MILESTONE__GATE);
		Tables.attribute(viewer, editing, "Decision", 120, Literals.MILESTONE__GATE_DECISION);
		Tables.column(viewer, "Slip (days)", 90, MilestonesPage::slip);
		viewer.setInput(editing.root().getMilestones());
		Composite bar = Tables.buttonBar(parent);
		Tables.button(bar, "Add milestone", "add", () -> {
			Milestone milestone = PmoFactory.eINSTANCE.createMilestone();
			milestone.setName("New milestone");
			LocalDate date = LocalDate.now().plusMonths(1);
			milestone.setBaselineDate(date);
			milestone.setPlannedDate(date);
			milestone.setGateDecision(GateDecision.PENDING);
			editing.add(editing.root(), Literals.PROJECT__MILESTONES, milestone);
			viewer.editElement(milestone, 1);
		});
		Tables.button(bar, "Remove", "remove", () -> {
			Object selected = viewer.getStructuredSelection().getFirstElement();
			if (selected instanceof Milestone milestone) {
				editing.remove(editing.root(), Literals.PROJECT__MILESTONES, milestone);
			}
		});
		editing.onChange(() -> {
			if (!viewer.getTable().isDisposed()) {
				viewer.refresh();
			}
		});
	}

	/** Days the milestone is (or was) later than its baseline; empty without dates. */
	static String slip(Milestone milestone) {
		LocalDate reference = milestone.getBaselineDate();
		LocalDate actual = milestone.getActualDate() != null ? milestone.getActualDate() : milestone.getPlannedDate();
		if (reference == null || actual == null) {
			return "";
		}
		long days = ChronoUnit.DAYS.between(reference, actual);
		return days == 0 ? "on time" : days > 0 ? "+" + days : String.valueOf(days);
	}

	TableViewer viewer() {
		return viewer;
	}
}
