package org.atrium.ui.editor;

import org.atrium.core.model.pmo.Project;

import java.util.Comparator;

import java.util.function.Predicate;

import org.atrium.core.StatusReporting;
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
import org.eclipse.swt.widgets.Label;

/**
 * The status history, newest first; the selected report's texts; and a new weekly report prefilled from the data.
 * Published reports (stored ones, whoever wrote them) are read-only: a correction is a new report.
 */
final class StatusReportsPage {

	private final TableViewer viewer;
	private final Label notice;

	StatusReportsPage(Composite parent, EditingContext<Project> editing, Fields fields, Runnable newWeeklyReport) {
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
		Composite bar = Tables.buttonBar(parent);
		Tables.button(bar, "New weekly report", "report", newWeeklyReport);
		notice = new Label(bar, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(notice);
		viewer = Tables.table(parent);
		Tables.column(viewer, "Week ending", 110, (StatusReport r) -> String.valueOf(r.getPeriodEnd()),
				r -> Images.rag(r.getRag()));
		Predicate<EObject> draft = report -> !StatusReporting.isPublished((StatusReport) report);
		Tables.attribute(viewer, editing, "RAG", 80, Literals.STATUS_REPORT__RAG, report -> true, draft);
		Tables.attribute(viewer, editing, "Trend", 90, Literals.STATUS_REPORT__TREND, report -> true, draft);
		Tables.attribute(viewer, editing, "% complete", 90, Literals.STATUS_REPORT__PERCENT_COMPLETE, report -> true, draft);
		Tables.column(viewer, "State", 90, (StatusReport r) -> StatusReporting.isPublished(r) ? "Published" : "Draft");
		Tables.column(viewer, "Author", 160, (StatusReport r) -> r.getAuthor() == null ? "" : r.getAuthor().getName());
		Tables.column(viewer, "Summary", 420, (StatusReport r) -> r.getSummary() == null ? ""
				: r.getSummary().replace("\n\u2022 ", " \u2022 ").replace('\n', ' '));
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
		Predicate<EObject> published = report -> StatusReporting.isPublished((StatusReport) report);
		fields.text(details, "Summary", selected, Literals.STATUS_REPORT__SUMMARY, multi, published);
		fields.text(details, "Accomplishments", selected, Literals.STATUS_REPORT__ACCOMPLISHMENTS, multi, published);
		fields.text(details, "Next steps", selected, Literals.STATUS_REPORT__NEXT_STEPS, multi, published);
		viewer.addSelectionChangedListener(e -> {
			fields.refresh();
			Object report = viewer.getStructuredSelection().getFirstElement();
			notice(report instanceof StatusReport r && StatusReporting.isPublished(r)
					? "This report is published and read-only; a correction is a new report."
					: "");
		});
		editing.onChange(() -> {
			if (!viewer.getTable().isDisposed()) {
				viewer.refresh();
			}
		});
	}

	/** A message of this page, beside its button; other pages do not show it. */
	void notice(String text) {
		if (!notice.isDisposed()) {
			notice.setText(text);
			notice.getParent().layout(true);
		}
	}

	String noticeText() {
		return notice.getText();
	}

	TableViewer viewer() {
		return viewer;
	}

	/** Selects a report, e.g. the one just created. */
	void select(StatusReport report) {
		viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(report), true);
	}
}
