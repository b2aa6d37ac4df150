package org.atrium.changes.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.atrium.changes.ChangeControl;
import org.atrium.changes.model.changes.ChangeRequest;
import org.atrium.changes.model.changes.ChangeStatus;
import org.atrium.changes.model.changes.ChangesPackage.Literals;
import org.atrium.core.model.Formats;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.ui.BackgroundRead;
import org.atrium.ui.EditorOpener;
import org.atrium.ui.Topics;
import org.atrium.ui.WorkbenchStore;
import org.atrium.ui.editor.Tables;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The change log of every project: filtered by project, by status and to the requests awaiting the user's decision;
 * a double-click opens the request.
 */
public class ChangeLogPart {

	static final String EDITOR = "org.atrium.changes.ui.partdescriptor.request";
	private static final String ALL_PROJECTS = "All projects";
	private static final String ALL_STATUSES = "All statuses";
	private static final String OPEN = "Open (not yet decided)";

	/** One request as the log shows it. */
	record Row(String id, String code, String project, String title, ChangeStatus status, String category,
			String priority, BigDecimal costDelta, String currency, int days, String requestedBy, boolean awaitingMe) {
	}

	private record Log(List<Row> rows, boolean knowsUser) {
	}

	@Inject
	private WorkbenchStore store;
	@Inject
	private ChangeControl control;
	@Inject
	private EditorOpener editors;

	private List<Row> all = List.of();
	private List<Row> shown = List.of();
	private TableViewer table;
	private Combo project;
	private Combo status;
	private Button awaitingMe;
	private Label summary;

	@PostConstruct
	void create(Composite parent) {
		GridLayoutFactory.fillDefaults().numColumns(4).margins(6, 6).applyTo(parent);
		project = new Combo(parent, SWT.READ_ONLY);
		project.setItems(ALL_PROJECTS);
		project.select(0);
		status = new Combo(parent, SWT.READ_ONLY);
		List<String> statuses = new ArrayList<>(List.of(ALL_STATUSES, OPEN));
		for (ChangeStatus value : ChangeStatus.VALUES) {
			statuses.add(value.getLiteral());
		}
		status.setItems(statuses.toArray(String[]::new));
		status.select(0);
		awaitingMe = new Button(parent, SWT.CHECK);
		awaitingMe.setText("Awaiting my decision");
		summary = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().span(4, 1).grab(true, true).applyTo(table.getTable());
		Tables.column(table, "Code", 130, (Row r) -> r.code());
		Tables.column(table, "Project", 80, (Row r) -> r.project());
		Tables.column(table, "Title", 260, (Row r) -> r.title());
		Tables.column(table, "Status", 190, (Row r) -> r.status().getLiteral() + (r.awaitingMe() ? " (your vote)" : ""));
		Tables.column(table, "Category", 90, (Row r) -> r.category());
		Tables.column(table, "Priority", 70, (Row r) -> r.priority());
		Tables.column(table, "Cost delta", 110,
				(Row r) -> r.costDelta() == null ? "" : Formats.amount(r.costDelta(), r.currency()));
		Tables.column(table, "Schedule", 80, (Row r) -> r.days() == 0 ? "" : Formats.days(r.days()));
		Tables.column(table, "Requested by", 140, (Row r) -> r.requestedBy());
		table.addDoubleClickListener(e -> {
			if (table.getStructuredSelection().getFirstElement() instanceof Row row) {
				editors.open(EDITOR, EditorOpener.OBJECT_ID, row.id(), row.code());
			}
		});
		project.addListener(SWT.Selection, e -> apply());
		status.addListener(SWT.Selection, e -> apply());
		awaitingMe.addListener(SWT.Selection, e -> apply());
		reload();
	}

	/** Reads the log, and what awaits the user's vote, in a background job. */
	public Job reload() {
		return BackgroundRead.start("Loading the change log", store, table.getTable(), this::read, log -> {
			all = log.rows();
			awaitingMe.setEnabled(log.knowsUser());
			String chosen = project.getText();
			Set<String> codes = new TreeSet<>();
			all.forEach(row -> codes.add(row.project()));
			List<String> items = new ArrayList<>(List.of(ALL_PROJECTS));
			items.addAll(codes);
			project.setItems(items.toArray(String[]::new));
			project.select(Math.max(0, items.indexOf(chosen)));
			apply();
		});
	}

	private Log read(StoreSession session) {
		java.util.Optional<Person> me = store.currentPerson(session);
		Set<String> mine = new HashSet<>();
		me.ifPresent(person -> control.awaiting(session, person).forEach(request -> mine.add(request.getId())));
		List<Row> rows = new ArrayList<>();
		for (ChangeRequest request : session.<ChangeRequest>query(
				Query.<ChangeRequest>of(Literals.CHANGE_REQUEST).orderBy(Literals.CHANGE_REQUEST__CODE))) {
			rows.add(new Row(request.getId(), request.getCode(), request.getProject().getCode(), request.getTitle(),
					request.getStatus(), literal(request.getCategory()), literal(request.getPriority()),
					request.getCostDelta(), request.getProject().getCurrency(), request.getScheduleImpactDays(),
					request.getRequestedBy() == null ? "" : request.getRequestedBy().getName(),
					mine.contains(request.getId())));
		}
		return new Log(rows, me.isPresent());
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
		dataChanged(login);
	}

	private void apply() {
		List<Row> rows = new ArrayList<>();
		for (Row row : all) {
			if ((project.getSelectionIndex() <= 0 || project.getText().equals(row.project())) && matchesStatus(row)
					&& (!awaitingMe.getSelection() || row.awaitingMe())) {
				rows.add(row);
			}
		}
		shown = rows;
		table.setInput(rows);
		long mine = all.stream().filter(Row::awaitingMe).count();
		summary.setText(String.format(Locale.ROOT, "%d of %d change requests; %d awaiting your decision", rows.size(),
				all.size(), mine));
		summary.getParent().layout();
	}

	private boolean matchesStatus(Row row) {
		String chosen = status.getText();
		if (chosen.equals(ALL_STATUSES)) {
			return true;
		}
		if (chosen.equals(OPEN)) {
			return row.status().getValue() <= ChangeStatus.AWAITING_DECISION_VALUE;
		}
		return chosen.equals(row.status().getLiteral());
	}

	private static String literal(org.eclipse.emf.common.util.Enumerator value) {
		return value == null ? "" : value.getLiteral();
	}

	/** The rows as shown, after the filters. */
	List<Row> shownRows() {
		return shown;
	}

	Combo project() {
		return project;
	}

	Combo status() {
		return status;
	}

	Button awaitingMe() {
		return awaitingMe;
	}
}
