package org.atrium.ui.parts;

import java.util.List;

import org.atrium.ui.Images;
import org.atrium.ui.OpenProblems;
import org.atrium.ui.OpenProblems.Row;
import org.atrium.ui.Problems;
import org.atrium.ui.Topics;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** Validation problems of every open editor. */
public class ProblemsPart {

	@Inject
	private OpenProblems open;

	private TableViewer table;

	@PostConstruct
	void create(Composite parent) {
		GridLayoutFactory.fillDefaults().applyTo(parent);
		table = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.FILL, true, true));
		TableViewerColumn message = new TableViewerColumn(table, SWT.NONE);
		message.getColumn().setText("Problem");
		message.getColumn().setWidth(640);
		message.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return ((Row) element).problem().getMessage();
			}

			@Override
			public Image getImage(Object element) {
				return Images.get(((Row) element).problem().getSeverity() >= Diagnostic.ERROR ? "problems" : "warning");
			}
		});
		TableViewerColumn source = new TableViewerColumn(table, SWT.NONE);
		source.getColumn().setText("Object");
		source.getColumn().setWidth(240);
		source.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return ((Row) element).source();
			}
		});
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.setInput(rows());
	}

	@Inject
	@Optional
	void problems(@UIEventTopic(Topics.PROBLEMS) Problems problems) {
		if (table != null && !table.getTable().isDisposed()) {
			table.setInput(rows());
		}
	}

	public List<Row> rows() {
		return open.rows();
	}
}
