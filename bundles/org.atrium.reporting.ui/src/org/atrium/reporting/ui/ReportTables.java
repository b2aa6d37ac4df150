package org.atrium.reporting.ui;

import java.util.Set;
import java.util.function.Consumer;

import org.atrium.core.report.ReportSection;
import org.atrium.core.report.ReportSection.Row;
import org.atrium.reporting.ReportFigures;
import org.atrium.reporting.ReportGenerator;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;

/** Shows a report's sections, each as a heading, its note and a read-only table. */
final class ReportTables {

	/** Sections whose rows are about projects, so that a double-click opens the project. */
	static final Set<String> PROJECT_ROWS = Set.of(ReportGenerator.PROJECTS, ReportGenerator.RAG,
			ReportGenerator.BUDGET, ReportGenerator.EVM, ReportGenerator.HOURS);

	private ReportTables() {
	}

	/** Adds the section to the parent; {@code open} gets a row of a project that is double-clicked. */
	static TableViewer section(Composite parent, ReportSection section, Consumer<Row> open) {
		Composite box = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(0, 4).applyTo(box);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(box);
		Label title = new Label(box, SWT.NONE);
		title.setText(section.title());
		title.setFont(JFaceResources.getBannerFont());
		if (!section.note().isEmpty()) {
			new Label(box, SWT.WRAP).setText(section.note());
		}
		if (section.rows().isEmpty()) {
			return null;
		}
		TableViewer viewer = new TableViewer(box, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, false)
				.hint(SWT.DEFAULT, Math.min(section.rows().size(), 12) * table.getItemHeight() + table.getHeaderHeight() + 6)
				.applyTo(table);
		for (int i = 0; i < section.columns().size(); i++) {
			int column = i;
			TableViewerColumn tableColumn = new TableViewerColumn(viewer, SWT.NONE);
			tableColumn.getColumn().setText(section.columns().get(i));
			int longest = section.rows().stream().limit(50).mapToInt(row -> row.cells().get(column).length())
					.max().orElse(0);
			tableColumn.getColumn().setWidth(Math.clamp(7L * Math.max(longest, section.columns().get(i).length()) + 16,
					60, 520));
			tableColumn.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return ((Row) element).cells().get(column);
				}
			});
			if (ReportFigures.isNumber(section.rows().get(0).cells().get(i))) {
				tableColumn.getColumn().setAlignment(SWT.RIGHT);
			}
		}
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setInput(section.rows().size() > 500 ? section.rows().subList(0, 500) : section.rows());
		if (PROJECT_ROWS.contains(section.key())) {
			viewer.addDoubleClickListener(event -> {
				if (viewer.getStructuredSelection().getFirstElement() instanceof Row row && row.objectId() != null) {
					open.accept(row);
				}
			});
		}
		return viewer;
	}
}
