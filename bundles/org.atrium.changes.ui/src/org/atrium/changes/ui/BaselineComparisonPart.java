package org.atrium.changes.ui;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.atrium.changes.Baselines;
import org.atrium.changes.Baselines.Variance;
import org.atrium.changes.model.changes.Baseline;
import org.atrium.core.model.Formats;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.ui.BackgroundRead;
import org.atrium.ui.Topics;
import org.atrium.ui.WorkbenchStore;
import org.atrium.ui.editor.Tables;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The baselines of a project compared: any two of its history, or one and the current plan, as a variance table of
 * dates, budget and each milestone.
 */
public class BaselineComparisonPart {

	/** A project's history of baselines, oldest first, and its current plan as a baseline. */
	record History(String projectId, String currency, List<Baseline> baselines) {
	}

	private record Choice(String id, String code) {
	}

	@Inject
	private WorkbenchStore store;

	private List<Choice> projects = List.of();
	private History history;
	private Combo project;
	private Combo before;
	private Combo after;
	private Label summary;
	private TableViewer table;
	private List<Variance> rows = List.of();
	private String wanted;

	@PostConstruct
	void create(Composite parent) {
		GridLayoutFactory.fillDefaults().numColumns(7).margins(6, 6).applyTo(parent);
		new Label(parent, SWT.NONE).setText("Project:");
		project = new Combo(parent, SWT.READ_ONLY);
		new Label(parent, SWT.NONE).setText("Compare");
		before = new Combo(parent, SWT.READ_ONLY);
		new Label(parent, SWT.NONE).setText("with");
		after = new Combo(parent, SWT.READ_ONLY);
		summary = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().span(7, 1).grab(true, true).applyTo(table.getTable());
		Tables.column(table, "Item", 260, (Variance v) -> v.item());
		Tables.column(table, "Before", 140, (Variance v) -> value(v.before()));
		Tables.column(table, "After", 140, (Variance v) -> value(v.after()));
		Tables.column(table, "Variance", 160, this::variance);
		project.addListener(SWT.Selection, e -> loadHistory());
		before.addListener(SWT.Selection, e -> compare());
		after.addListener(SWT.Selection, e -> compare());
		loadProjects();
	}

	private void loadProjects() {
		BackgroundRead.start("Loading projects", store, table.getTable(),
				session -> session.<Project>query(Query.<Project>of(PmoPackage.Literals.PROJECT)
						.orderBy(PmoPackage.Literals.PROJECT__CODE)).stream()
						.map(p -> new Choice(p.getId(), p.getCode() + " " + p.getName())).toList(),
				choices -> {
					projects = choices;
					project.setItems(choices.stream().map(Choice::code).toArray(String[]::new));
					int index = 0;
					for (int i = 0; i < choices.size(); i++) {
						if (choices.get(i).id().equals(wanted)) {
							index = i;
						}
					}
					if (!choices.isEmpty()) {
						project.select(index);
						loadHistory();
					}
				});
	}

	private void loadHistory() {
		if (project.getSelectionIndex() < 0) {
			return;
		}
		String id = projects.get(project.getSelectionIndex()).id();
		BackgroundRead.start("Loading baselines", store, table.getTable(), session -> read(session, id), read -> {
			history = read;
			List<String> names = new ArrayList<>();
			read.baselines().forEach(b -> names.add(b.getName() + (b.getTaken() == null ? "" : " (" + Formats.time(b.getTaken()) + ")")));
			before.setItems(names.toArray(String[]::new));
			after.setItems(names.toArray(String[]::new));
			int last = names.size() - 1;
			before.select(Math.max(0, last - 1));
			after.select(last);
			compare();
		});
	}

	/** The project's baselines, then its current plan. */
	static History read(StoreSession session, String projectId) {
		Project project = session.<Project>find(PmoPackage.Literals.PROJECT, projectId).orElseThrow();
		session.loadContents(project);
		List<Baseline> baselines = new ArrayList<>(Baselines.history(project, session));
		baselines.add(Baselines.capture(project, Baselines.CURRENT_PLAN, session.user(), Instant.now()));
		baselines.get(baselines.size() - 1).setTaken(null);
		return new History(projectId, project.getCurrency(), baselines);
	}

	private void compare() {
		if (history == null || before.getSelectionIndex() < 0 || after.getSelectionIndex() < 0) {
			return;
		}
		rows = Baselines.compare(history.baselines().get(before.getSelectionIndex()),
				history.baselines().get(after.getSelectionIndex()));
		table.setInput(rows);
		long changed = rows.stream().filter(Variance::changed).count();
		summary.setText(changed + (changed == 1 ? " item differs" : " items differ") + " of " + rows.size());
		summary.getParent().layout();
	}

	private String value(Object value) {
		if (value instanceof LocalDate date) {
			return Formats.date(date);
		}
		if (value instanceof BigDecimal amount) {
			return Formats.amount(amount, history.currency());
		}
		return value == null ? "-" : value.toString();
	}

	private String variance(Variance row) {
		if (!row.changed()) {
			return "";
		}
		if (row.days() != null) {
			return (row.days() > 0 ? "+" : "") + Formats.days(row.days());
		}
		if (row.amount() != null) {
			return (row.amount().signum() > 0 ? "+" : "") + Formats.amount(row.amount(), history.currency());
		}
		return row.before() == null ? "added" : "removed";
	}

	@Inject
	@Optional
	void selected(@Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		if (selection instanceof Project selected && project != null && !project.isDisposed()) {
			wanted = selected.getId();
			for (int i = 0; i < projects.size(); i++) {
				if (projects.get(i).id().equals(wanted) && project.getSelectionIndex() != i) {
					project.select(i);
					loadHistory();
				}
			}
		}
	}

	@Inject
	@Optional
	void dataChanged(@UIEventTopic(Topics.DATA_CHANGED) Object changed) {
		if (table != null && !table.getTable().isDisposed()) {
			loadHistory();
		}
	}

	List<Variance> rows() {
		return rows;
	}

	Combo project() {
		return project;
	}

	Combo before() {
		return before;
	}

	Combo after() {
		return after;
	}
}
