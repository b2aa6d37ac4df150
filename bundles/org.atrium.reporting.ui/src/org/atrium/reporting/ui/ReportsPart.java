package org.atrium.reporting.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.Program;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.ReportPeriod;
import org.atrium.core.model.pmo.Scope;
import org.atrium.core.store.Ids;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreException;
import org.atrium.reporting.ReportGenerator;
import org.atrium.reporting.Reporting;
import org.atrium.reporting.model.reporting.Report;
import org.atrium.reporting.model.reporting.ReportingPackage.Literals;
import org.atrium.ui.BackgroundRead;
import org.atrium.ui.EditorOpener;
import org.atrium.ui.Topics;
import org.atrium.ui.WorkbenchStore;
import org.atrium.ui.editor.Tables;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Every status report, newest first, and the line to draft a new one: scope, period and as-of date. Drafting runs in
 * a job; the store refuses it for those who may not report status on the scope, and the part says why.
 */
public class ReportsPart {

	/** The part descriptor of the report editor. */
	public static final String EDITOR = "org.atrium.reporting.ui.partdescriptor.report";

	/** A report as the list shows it, read in the background. */
	public record Line(String id, String title, LocalDate asOf, String rag, boolean published, String author) {
	}

	/** A scope to report on, as the drop-down shows it. */
	public record Choice(String label, org.eclipse.emf.ecore.EClass type, String id) {
	}

	@Inject
	private WorkbenchStore store;
	@Inject
	private Reporting reporting;
	@Inject
	private EditorOpener editors;
	@Inject
	private UISynchronize ui;
	@Inject
	@Optional
	private IEventBroker events;

	private Combo scope;
	private Combo period;
	private Text asOf;
	private Label message;
	private TableViewer table;
	private List<Choice> choices = List.of();
	private List<Line> lines = List.of();

	@PostConstruct
	void create(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(8).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		new Label(bar, SWT.NONE).setText("Scope:");
		scope = new Combo(bar, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().hint(280, SWT.DEFAULT).applyTo(scope);
		new Label(bar, SWT.NONE).setText("Period:");
		period = new Combo(bar, SWT.READ_ONLY);
		period.setItems("Weekly", "Monthly");
		period.select(0);
		new Label(bar, SWT.NONE).setText("As of:");
		asOf = new Text(bar, SWT.BORDER);
		asOf.setText(reporting.today().toString());
		GridDataFactory.fillDefaults().hint(90, SWT.DEFAULT).applyTo(asOf);
		Button draft = new Button(bar, SWT.PUSH);
		draft.setText("Draft report");
		draft.addListener(SWT.Selection, event -> draft());
		message = new Label(bar, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(message);

		table = Tables.table(parent);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.getControl());
		Tables.column(table, "Report", 380, (Line line) -> line.title());
		Tables.column(table, "As of", 100, (Line line) -> line.asOf() == null ? "" : line.asOf().toString());
		Tables.column(table, "RAG", 70, (Line line) -> line.rag());
		Tables.column(table, "State", 90, (Line line) -> line.published() ? "Published" : "Draft");
		Tables.column(table, "Author", 160, (Line line) -> line.author());
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.addDoubleClickListener(event -> {
			if (table.getStructuredSelection().getFirstElement() instanceof Line line) {
				open(line);
			}
		});
		reload();
	}

	public Job reload() {
		return BackgroundRead.start("Loading status reports", store, table.getControl(), session -> {
			List<Choice> found = new ArrayList<>();
			for (Portfolio portfolio : session.<Portfolio>query(Query.<Portfolio>of(PmoPackage.Literals.PORTFOLIO)
					.orderBy(PmoPackage.Literals.SCOPE__NAME))) {
				found.add(new Choice(ReportGenerator.label(portfolio), PmoPackage.Literals.PORTFOLIO, Ids.of(portfolio)));
			}
			for (Program program : session.<Program>query(Query.<Program>of(PmoPackage.Literals.PROGRAM)
					.orderBy(PmoPackage.Literals.SCOPE__NAME))) {
				found.add(new Choice(ReportGenerator.label(program), PmoPackage.Literals.PROGRAM, Ids.of(program)));
			}
			for (Project project : session.<Project>query(Query.<Project>of(PmoPackage.Literals.PROJECT)
					.orderBy(PmoPackage.Literals.PROJECT__CODE))) {
				found.add(new Choice(ReportGenerator.label(project), PmoPackage.Literals.PROJECT, Ids.of(project)));
			}
			List<Line> reports = session.<Report>query(Query.<Report>of(Literals.REPORT).orderBy(Literals.REPORT__AS_OF,
					false)).stream().map(report -> new Line(report.getId(), report.getTitle(), report.getAsOf(),
							report.getRag() == null ? "" : report.getRag().getLiteral(), report.isPublished(),
							report.getAuthor() == null ? "" : report.getAuthor().getName())).toList();
			return new Object[] { found, reports };
		}, this::show);
	}

	@SuppressWarnings("unchecked")
	private void show(Object[] read) {
		String selected = scope.getText();
		choices = (List<Choice>) read[0];
		lines = (List<Line>) read[1];
		scope.setItems(choices.stream().map(Choice::label).toArray(String[]::new));
		int index = choices.stream().map(Choice::label).toList().indexOf(selected);
		scope.select(Math.max(0, index));
		table.setInput(lines);
	}

	/** Drafts the report the line above describes, in a job, and opens it. */
	public Job draft() {
		if (scope.getSelectionIndex() < 0 || choices.isEmpty()) {
			message.setText("Choose a scope first.");
			return null;
		}
		LocalDate date;
		try {
			date = LocalDate.parse(asOf.getText().strip());
		} catch (DateTimeParseException e) {
			message.setText("As of: '" + asOf.getText() + "' is not a date like 2026-11-27.");
			return null;
		}
		Choice choice = choices.get(scope.getSelectionIndex());
		ReportPeriod chosen = period.getSelectionIndex() == 1 ? ReportPeriod.MONTHLY : ReportPeriod.WEEKLY;
		message.setText("Drafting the report of " + choice.label() + "...");
		Job job = Job.create("Drafting a status report", monitor -> {
			String said;
			Line opened = null;
			try (var session = store.openSession()) {
				Scope target = session.load(choice.type(), choice.id());
				Report report = reporting.draft(session, target, chosen, date,
						store.currentPerson(session).orElse(null));
				opened = new Line(report.getId(), report.getTitle(), report.getAsOf(), report.getRag().getLiteral(),
						false, "");
				said = "Drafted " + report.getTitle() + ".";
			} catch (StoreException e) {
				said = e.getMessage();
			}
			String text = said;
			Line toOpen = opened;
			ui.asyncExec(() -> {
				if (!message.isDisposed()) {
					message.setText(text);
					message.getParent().layout(true);
					if (toOpen != null) {
						if (events != null) {
							events.post(Topics.DATA_CHANGED, toOpen.id());
						}
						open(toOpen);
					}
				}
			});
			return Status.OK_STATUS;
		});
		job.schedule();
		return job;
	}

	private void open(Line line) {
		editors.open(EDITOR, EditorOpener.OBJECT_ID, line.id(), line.title());
	}

	@Inject
	@Optional
	void dataChanged(@UIEventTopic(Topics.DATA_CHANGED) Object changed) {
		if (table != null && !table.getControl().isDisposed()) {
			reload();
		}
	}

	public List<Line> lines() {
		return lines;
	}

	public String message() {
		return message.getText();
	}

	public void choose(String label, int periodIndex, String date) {
		scope.select(choices.stream().map(Choice::label).toList().indexOf(label));
		period.select(periodIndex);
		asOf.setText(date);
	}
}
