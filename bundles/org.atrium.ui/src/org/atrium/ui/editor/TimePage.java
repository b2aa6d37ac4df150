package org.atrium.ui.editor;

import java.math.BigDecimal;
import java.util.List;

import org.atrium.core.model.pmo.Allocation;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** Who is allocated to the project, and the hours booked on it per person. */
final class TimePage {

	/** Hours booked by one person on the project. */
	record Booked(String person, BigDecimal hours, int entries, String last) {
	}

	TimePage(Composite parent, List<Allocation> allocations, List<Booked> booked) {
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
		new Label(parent, SWT.NONE).setText("Allocations");
		TableViewer allocationTable = Tables.table(parent);
		Tables.column(allocationTable, "Person", 200, (Allocation a) -> a.getPerson() == null ? "" : a.getPerson().getName());
		Tables.column(allocationTable, "%", 60, (Allocation a) -> a.getPercentage() + "%");
		Tables.column(allocationTable, "From", 110, (Allocation a) -> String.valueOf(a.getStart()));
		Tables.column(allocationTable, "To", 110, (Allocation a) -> String.valueOf(a.getEnd()));
		allocationTable.setInput(allocations);
		BigDecimal total = booked.stream().map(Booked::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
		new Label(parent, SWT.NONE).setText("Time booked: " + total.toPlainString() + " hours");
		TableViewer bookedTable = Tables.table(parent);
		Tables.column(bookedTable, "Person", 200, Booked::person);
		Tables.column(bookedTable, "Hours", 80, (Booked b) -> b.hours().toPlainString());
		Tables.column(bookedTable, "Entries", 70, (Booked b) -> String.valueOf(b.entries()));
		Tables.column(bookedTable, "Last booked", 110, Booked::last);
		bookedTable.setInput(booked);
	}
}
