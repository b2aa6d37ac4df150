package org.atrium.ui.parts;

import java.util.List;

import org.atrium.core.AuditTrail;
import org.atrium.core.model.Formats;
import org.atrium.core.model.pmo.Entity;
import org.atrium.core.store.AuditEntry;
import org.atrium.ui.BackgroundRead;
import org.atrium.ui.Topics;
import org.atrium.ui.WorkbenchStore;
import org.atrium.ui.editor.Tables;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The changes to the selected object from the audit log, newest first: when (in local time), who, and what, in the
 * words of the model's labels. Read in the background.
 */
public class HistoryPart {

	/** One change as shown. */
	public record Row(String when, String who, String what) {
	}

	private static final int LIMIT = 200;

	@Inject
	private WorkbenchStore store;

	private final AuditTrail audit = new AuditTrail();
	private TableViewer table;
	private Entity shown;

	@PostConstruct
	void create(Composite parent) {
		GridLayoutFactory.fillDefaults().applyTo(parent);
		table = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER);
		table.getTable().setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getTable());
		Tables.column(table, "When", 190, Row::when);
		Tables.column(table, "Who", 110, Row::who);
		Tables.column(table, "Change", 640, Row::what);
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.setInput(List.of());
	}

	@Inject
	void selected(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		if (selection instanceof Entity entity && table != null && !table.getTable().isDisposed()) {
			shown = entity;
			reload();
		}
	}

	@Inject
	@Optional
	void dataChanged(@UIEventTopic(Topics.DATA_CHANGED) Object changed) {
		if (shown != null && table != null && !table.getTable().isDisposed()) {
			reload();
		}
	}

	/** Reads the history of the object shown, in a job. */
	public Job reload() {
		String id = shown.getId();
		return BackgroundRead.start("Reading the history", store, table.getTable(),
				session -> audit.ofObject(store.store(), id, LIMIT).stream().map(this::row).toList(),
				rows -> table.setInput(rows));
	}

	private Row row(AuditEntry entry) {
		return new Row(Formats.time(entry.at()), entry.user(), audit.change(entry));
	}

	@SuppressWarnings("unchecked")
	public List<Row> rows() {
		return (List<Row>) table.getInput();
	}
}
