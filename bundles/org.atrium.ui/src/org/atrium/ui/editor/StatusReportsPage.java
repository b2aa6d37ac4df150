package org.atrium.ui.editor;

import org.atrium.core.model.pmo.Project;

import java.util.Comparator;

import org.atrium.core.model.pmo.PmoPackage.Literals;
import org.atrium.core.model.pmo.StatusReport;
import org.atrium.ui.Images;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** The status history, newest first; the selected report's texts; and a new weekly report prefilled from the data. */
final class StatusReportsPage {

	private final TableViewer viewer;

	StatusReportsPage(Composite parent, EditingContext<Project> editing, Fields fields, Runnable newWeeklyReport) {
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
		Composite bar = Tables.buttonBar(parent);
		Tables.button(bar, "New weekly report", "report", newWeeklyReport);
		viewer = Tables.table(parent);
		Tables.column(viewer, "Week ending", 110, (StatusReport r) -> String.valueOf(r.getPeriodEnd()),
				r -> Images.rag(r.getRag()));
		Tables.attribute(viewer, editing, "RAG", 80, Literals.STATUS_REPORT__RAG);
		Tables.attribute(viewer, editing, "Trend", 90, Literals.STATUS_REPORT__TREND);
		Tables.attribute(viewer, editing, "% complete", 90, Literals.STATUS_REPORT__PERCENT_COMPLETE);
		Tables.column(viewer, "Author", 160, (StatusReport r) -> r.getAuthor() == null ? "" : r.getAuthor().getName());
		Tables.column(viewer, "Summary", 420, (StatusReport r) -> r.getSummary() == null ? "" : r.getSummary());
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer v, Object a, Object b) {
				return Comparator.nullsLast(Comparator.<java.time.LocalDate>reverseOrder())
						.compare(((StatusReport) a).getPeriodEnd(), ((StatusReport) b).getPeriodEnd());
			}
		});
		viewer.setInput(editing.root().getStatusReports());
		Composite details = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(details);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(details);
		java.util.function.Supplier<EObject> selected = () -> (EObject) viewer.getStructuredSelection().getFirstElement();
		int multi = SWT.MULTI | SWT.WRAP | SWT.V_SCROLL;
		fields.text(details, "Summary", selected, Literals.STATUS_REPORT__SUMMARY, multi);
		fields.text(details, "Accomplishments", selected, Literals.STATUS_REPORT__ACCOMPLISHMENTS, multi);
		fields.text(details, "Next steps", selected, Literals.STATUS_REPORT__NEXT_STEPS, multi);
		viewer.addSelectionChangedListener(e -> fields.refresh());
		editing.onChange(() -> {
			if (!viewer.getTable().isDisposed()) {
				viewer.refresh();
			}
		});
	}

	/** Selects a report, e.g. the one just created. */
	void select(StatusReport report) {
		viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(report), true);
	}
}
