package org.atrium.meetings.ui;

import java.time.LocalDate;
import java.util.List;

import org.atrium.core.model.Formats;
import org.atrium.core.model.pmo.Person;
import org.atrium.meetings.MeetingLabels;
import org.atrium.meetings.MeetingQueries;
import org.atrium.meetings.MeetingQueries.Occurrence;
import org.atrium.meetings.MeetingQueries.RaisedAction;
import org.atrium.ui.BackgroundRead;
import org.atrium.ui.Topics;
import org.atrium.ui.WorkbenchStore;
import org.atrium.ui.editor.Tables;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** "My actions": the open actions the acting person owns across all projects, the earliest due first. */
public class MyActionsPart {

	@Inject
	private WorkbenchStore store;
	@Inject
	private org.atrium.ui.EditorOpener editors;

	private TableViewer table;
	private Label summary;
	private List<RaisedAction> rows = List.of();

	@PostConstruct
	void create(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
		summary = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		table = Tables.table(parent);
		Tables.column(table, "Action", 280, (RaisedAction r) -> r.action().getTitle());
		Tables.column(table, "Due", 110, (RaisedAction r) -> Formats.date(r.action().getDueDate())
				+ (r.action().getDueDate() != null && r.action().getDueDate().isBefore(LocalDate.now()) ? "  overdue" : ""));
		Tables.column(table, "Status", 100, (RaisedAction r) -> r.action().getStatus().getLiteral());
		Tables.column(table, "Raised in", 320, (RaisedAction r) -> MeetingLabels.of(r.meeting()));
		table.addDoubleClickListener(e -> {
			if (table.getStructuredSelection().getFirstElement() instanceof RaisedAction row) {
				MeetingEditors.open(editors, new Occurrence(row.series(), row.meeting()));
			}
		});
		reload();
	}

	public Job reload() {
		return BackgroundRead.start("Loading my actions", store, table.getTable(), session -> {
			Person me = store.currentPerson(session).orElse(null);
			return me == null ? List.<RaisedAction>of() : MeetingQueries.actionsOf(me, session);
		}, found -> {
			rows = found;
			table.setInput(found);
			long overdue = found.stream().filter(r -> r.action().getDueDate() != null
					&& r.action().getDueDate().isBefore(LocalDate.now())).count();
			summary.setText(found.size() + (found.size() == 1 ? " open action" : " open actions")
					+ (overdue == 0 ? "" : ", " + overdue + " overdue"));
		});
	}

	public List<RaisedAction> rows() {
		return rows;
	}

	@Inject
	@Optional
	void dataChanged(@UIEventTopic(Topics.DATA_CHANGED) Object changed) {
		if (table != null && !table.getTable().isDisposed()) {
			reload();
		}
	}

	@Inject
	@Optional
	void userChanged(@UIEventTopic(Topics.USER_CHANGED) String login) {
		if (table != null && !table.getTable().isDisposed()) {
			reload();
		}
	}
}
