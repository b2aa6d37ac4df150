package org.atrium.ui.editor;

import org.atrium.core.model.pmo.Project;

import java.time.LocalDate;

import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.model.pmo.PmoFactory;
import org.atrium.core.model.pmo.PmoPackage.Literals;
import org.atrium.core.model.rules.ProjectHealth;
import org.atrium.ui.Images;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Composite;

/**
 * The milestones in an editable table; go/no-go gates carry a diamond and a decision, overdue milestones a
 * warning sign, and the slip is in working days, as in the derived RAG.
 */
final class MilestonesPage {

	private final TableViewer viewer;

	MilestonesPage(Composite parent, EditingContext<Project> editing) {
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
		viewer = Tables.table(parent);
		Tables.column(viewer, "", 26, (Milestone m) -> "", m -> m.isGate() ? Images.get("gate") : null);
		Tables.column(viewer, "Status", 85, (Milestone m) -> status(m, LocalDate.now()),
				m -> ProjectHealth.isOverdue(m, LocalDate.now()) ? Images.get("warning") : null);
		Tables.attribute(viewer, editing, "Milestone", 210, Literals.MILESTONE__NAME);
		Tables.attribute(viewer, editing, "Baseline", 95, Literals.MILESTONE__BASELINE_DATE);
		Tables.attribute(viewer, editing, "Planned", 95, Literals.MILESTONE__PLANNED_DATE);
		Tables.attribute(viewer, editing, "Actual", 95, Literals.MILESTONE__ACTUAL_DATE);
		Tables.attribute(viewer, editing, "Go/no-go gate", 110, Literals.MILESTONE__GATE);
		Tables.attribute(viewer, editing, "Decision", 85, Literals.MILESTONE__GATE_DECISION, m -> ((Milestone) m).isGate(),
				m -> true);
		Tables.column(viewer, "Slip (working days)", 135, (Milestone m) -> slip(m, LocalDate.now()));
		viewer.setInput(editing.root().getMilestones());
		Composite bar = Tables.buttonBar(parent);
		Tables.button(bar, "Add milestone", "add", () -> {
			Milestone milestone = PmoFactory.eINSTANCE.createMilestone();
			milestone.setName("New milestone");
			LocalDate date = LocalDate.now().plusMonths(1);
			milestone.setBaselineDate(date);
			milestone.setPlannedDate(date);
			editing.add(editing.root(), Literals.PROJECT__MILESTONES, milestone);
			viewer.editElement(milestone, 2);
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

	/** Working days the milestone is (or was) later than its baseline, counting to today when overdue; empty without dates. */
	static String slip(Milestone milestone, LocalDate today) {
		Long days = ProjectHealth.slipWorkingDays(milestone, today);
		if (days == null) {
			return "";
		}
		return days == 0 ? "on time" : days > 0 ? "+" + days : String.valueOf(days);
	}

	/** Achieved, overdue or open. */
	static String status(Milestone milestone, LocalDate today) {
		if (milestone.getActualDate() != null) {
			return "Achieved";
		}
		return ProjectHealth.isOverdue(milestone, today) ? "Overdue" : "Open";
	}

	TableViewer viewer() {
		return viewer;
	}
}
