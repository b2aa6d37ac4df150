package org.atrium.meetings.ui;

import java.util.List;

import org.atrium.core.model.Formats;
import org.atrium.core.model.pmo.Project;
import org.atrium.meetings.MeetingLabels;
import org.atrium.meetings.MeetingQueries;
import org.atrium.meetings.MeetingQueries.Occurrence;
import org.atrium.meetings.MeetingQueries.RecordedDecision;
import org.atrium.ui.BackgroundRead;
import org.atrium.ui.EditorOpener;
import org.atrium.ui.Topics;
import org.atrium.ui.WorkbenchStore;
import org.atrium.ui.editor.Tables;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The decision register: every decision taken in meetings, the latest first, or those of the selected project. */
public class DecisionRegisterPart {

	@Inject
	private WorkbenchStore store;
	@Inject
	private EditorOpener editors;

	private TableViewer table;
	private Label summary;
	private Button onlySelected;
	private Project project;
	private List<RecordedDecision> rows = List.of();

	@PostConstruct
	void create(Composite parent) {
		GridLayoutFactory.fillDefaults().numColumns(2).margins(6, 6).applyTo(parent);
		summary = new Label(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		onlySelected = new Button(parent, SWT.CHECK);
		onlySelected.setText("Selected project only");
		onlySelected.addListener(SWT.Selection, e -> reload());
		table = Tables.table(parent);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(table.getTable());
		Tables.column(table, "Decision", 320, (RecordedDecision r) -> r.decision().getText());
		Tables.column(table, "Status", 100,
				(RecordedDecision r) -> r.decision().getStatus() == null ? "" : r.decision().getStatus().getLiteral());
		Tables.column(table, "Decided by", 140,
				(RecordedDecision r) -> r.decision().getDecidedBy() == null ? "" : r.decision().getDecidedBy().getName());
		Tables.column(table, "On", 100, (RecordedDecision r) -> Formats.date(r.decision().getDecidedOn()));
		Tables.column(table, "Meeting", 320, (RecordedDecision r) -> MeetingLabels.of(r.meeting()));
		table.addDoubleClickListener(e -> {
			if (table.getStructuredSelection().getFirstElement() instanceof RecordedDecision row) {
				MeetingEditors.open(editors, new Occurrence(row.series(), row.meeting()));
			}
		});
		reload();
	}

	public Job reload() {
		Project of = onlySelected.getSelection() ? project : null;
		return BackgroundRead.start("Loading the decision register", store, table.getTable(),
				session -> MeetingQueries.decisions(of == null ? MeetingQueries.allSeries(session)
						: MeetingQueries.seriesAbout(of, session)).stream()
						.filter(r -> of == null || MeetingQueries.concerns(r, of)).toList(),
				found -> {
					rows = found;
					table.setInput(found);
					long undecided = found.stream().filter(r -> MeetingQueries.isUndecided(r.decision())).count();
					summary.setText(found.size() + (found.size() == 1 ? " decision" : " decisions")
							+ (undecided == 0 ? "" : ", " + undecided + " undecided"));
					summary.getParent().layout();
				});
	}

	public List<RecordedDecision> rows() {
		return rows;
	}

	@Inject
	@Optional
	void selected(@Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		if (selection instanceof Project selectedProject) {
			project = selectedProject;
			if (onlySelected != null && !onlySelected.isDisposed()) {
				onlySelected.setText("Only " + selectedProject.getCode());
				onlySelected.getParent().layout();
				if (onlySelected.getSelection()) {
					reload();
				}
			}
		}
	}

	@Inject
	@Optional
	void dataChanged(@UIEventTopic(Topics.DATA_CHANGED) Object changed) {
		if (table != null && !table.getTable().isDisposed()) {
			reload();
		}
	}
}
