package org.atrium.resources.ui;

import java.util.ArrayList;
import java.util.List;

import org.atrium.core.model.pmo.Person;
import org.atrium.core.store.Ids;
import org.atrium.core.store.StoreException;
import org.atrium.resources.Timesheets;
import org.atrium.resources.model.resources.ResourcesPackage;
import org.atrium.resources.model.resources.Timesheet;
import org.atrium.ui.BackgroundRead;
import org.atrium.ui.Topics;
import org.atrium.ui.WorkbenchStore;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The submitted weeks that the acting person may approve or reject (as the project's manager, a workstream lead,
 * its sponsor or an approver), oldest first. Approve or reject the selected weeks with a comment; a rejection needs
 * one.
 */
public class ApprovalsPart {

	@Inject
	private WorkbenchStore store;
	@Inject
	private Timesheets timesheets;
	@Inject
	@Optional
	private IEventBroker events;

	private Table table;
	private Text comment;
	private Label message;
	private List<Timesheet> waiting = List.of();

	@PostConstruct
	void create(Composite parent) {
		GridLayoutFactory.fillDefaults().numColumns(4).margins(6, 6).applyTo(parent);
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.CHECK);
		table.setHeaderVisible(true);
		for (String[] column : new String[][] { { "Person", "160" }, { "Project", "220" }, { "Week", "100" },
				{ "Hours", "60" }, { "Status", "90" } }) {
			TableColumn tableColumn = new TableColumn(table, SWT.NONE);
			tableColumn.setText(column[0]);
			tableColumn.setWidth(Integer.parseInt(column[1]));
		}
		GridDataFactory.fillDefaults().span(4, 1).grab(true, true).hint(500, 120).applyTo(table);
		new Label(parent, SWT.NONE).setText("Comment");
		comment = new Text(parent, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(comment);
		Button approve = new Button(parent, SWT.PUSH);
		approve.setText("Approve");
		approve.addListener(SWT.Selection, e -> decide(true));
		Button reject = new Button(parent, SWT.PUSH);
		reject.setText("Reject");
		reject.addListener(SWT.Selection, e -> decide(false));
		message = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().span(4, 1).grab(true, false).applyTo(message);
		reload();
	}

	/** Reads the weeks waiting for the acting person in a job. */
	public Job reload() {
		return BackgroundRead.start("Loading timesheets to approve", store, table, session -> {
			Person approver = store.currentPerson(session).orElse(null);
			List<Timesheet> sheets = approver == null ? List.of() : timesheets.awaiting(session, approver);
			sheets.forEach(sheet -> {
				sheet.getPerson().getName();
				sheet.getProject().getCode();
			});
			return sheets;
		}, this::show);
	}

	private void show(List<Timesheet> sheets) {
		waiting = sheets;
		table.removeAll();
		for (Timesheet sheet : sheets) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { sheet.getPerson().getName(),
					sheet.getProject().getCode() + "  " + sheet.getProject().getName(), String.valueOf(sheet.getWeekStart()),
					sheet.getHours() == null ? "" : sheet.getHours().stripTrailingZeros().toPlainString(),
					sheet.getStatus().getLiteral() });
		}
		if (message.getText().isEmpty() || sheets.isEmpty()) {
			message.setText(sheets.isEmpty() ? "No submitted weeks wait for you." : "");
		}
	}

	/** Approves or rejects the ticked weeks (else the selected ones) in a job. */
	void decide(boolean approve) {
		List<String> ids = new ArrayList<>();
		TableItem[] items = table.getItems();
		for (int i = 0; i < items.length; i++) {
			if (items[i].getChecked()) {
				ids.add(Ids.of(waiting.get(i)));
			}
		}
		if (ids.isEmpty()) {
			for (int index : table.getSelectionIndices()) {
				ids.add(Ids.of(waiting.get(index)));
			}
		}
		if (ids.isEmpty()) {
			message.setText("Tick or select the weeks to " + (approve ? "approve." : "reject."));
			return;
		}
		String text = comment.getText();
		BackgroundRead.start(approve ? "Approving timesheets" : "Rejecting timesheets", store, table, session -> {
			try {
				List<Timesheet> sheets = ids.stream().map(id -> session.<Timesheet>load(ResourcesPackage.Literals.TIMESHEET, id))
						.toList();
				timesheets.decide(session, sheets, approve, text);
				return (approve ? "Approved " : "Rejected ") + sheets.size() + (sheets.size() == 1 ? " week." : " weeks.");
			} catch (StoreException e) {
				return e.getMessage();
			}
		}, result -> {
			message.setText(result);
			comment.setText(result.startsWith("Approved") || result.startsWith("Rejected") ? "" : comment.getText());
			message.getParent().layout();
			reload();
			if (events != null) {
				events.post(Topics.DATA_CHANGED, "timesheets");
			}
		});
	}

	@Inject
	@Optional
	void changed(@UIEventTopic(Topics.DATA_CHANGED) Object data) {
		if (table != null && !table.isDisposed()) {
			reload();
		}
	}

	@Inject
	@Optional
	void userChanged(@UIEventTopic(Topics.USER_CHANGED) Object user) {
		changed(user);
	}

	Table table() {
		return table;
	}

	Text comment() {
		return comment;
	}

	String message() {
		return message.getText();
	}
}
