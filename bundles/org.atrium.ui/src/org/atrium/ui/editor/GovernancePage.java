package org.atrium.ui.editor;

import org.atrium.core.model.pmo.Project;

import java.util.List;
import java.util.function.Supplier;

import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoFactory;
import org.atrium.core.model.pmo.PmoPackage.Literals;
import org.atrium.core.model.pmo.RoleAssignment;
import org.atrium.core.model.validation.PmoValidator;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** Who governs the project: role assignments, added with a person picker. */
final class GovernancePage {

	GovernancePage(Composite parent, EditingContext<Project> editing, Supplier<List<Person>> people) {
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
		Label sponsorProblem = new Label(parent, SWT.WRAP);
		sponsorProblem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		TableViewer viewer = Tables.table(parent);
		Tables.attribute(viewer, editing, "Role", 200, Literals.ROLE_ASSIGNMENT__KIND);
		Tables.column(viewer, "Person", 220, (RoleAssignment r) -> r.getPerson() == null ? "" : r.getPerson().getName());
		Tables.column(viewer, "Department", 160,
				(RoleAssignment r) -> r.getPerson() == null || r.getPerson().getDepartment() == null ? ""
						: r.getPerson().getDepartment());
		Tables.column(viewer, "Workstream", 180,
				(RoleAssignment r) -> r.getWorkstream() == null ? "" : r.getWorkstream().getName());
		viewer.setInput(editing.root().getRoleAssignments());
		Composite bar = Tables.buttonBar(parent);
		Tables.button(bar, "Add...", "add", () -> {
			PersonPicker picker = new PersonPicker(parent.getShell(), people.get());
			if (picker.open() == Window.OK) {
				RoleAssignment assignment = PmoFactory.eINSTANCE.createRoleAssignment();
				assignment.setKind(picker.role());
				assignment.setPerson(picker.person());
				editing.add(editing.root(), Literals.SCOPE__ROLE_ASSIGNMENTS, assignment);
			}
		});
		Tables.button(bar, "Remove", "remove", () -> {
			if (viewer.getStructuredSelection().getFirstElement() instanceof RoleAssignment assignment) {
				editing.remove(editing.root(), Literals.SCOPE__ROLE_ASSIGNMENTS, assignment);
			}
		});
		Runnable refresh = () -> {
			if (viewer.getTable().isDisposed()) {
				return;
			}
			viewer.refresh();
			String problem = editing.diagnostics().getChildren().stream()
					.filter(d -> d.getCode() == PmoValidator.SPONSOR_COUNT).map(Diagnostic::getMessage).findFirst().orElse("");
			sponsorProblem.setText(problem);
			parent.layout(true);
		};
		editing.onChange(refresh);
		refresh.run();
	}
}
