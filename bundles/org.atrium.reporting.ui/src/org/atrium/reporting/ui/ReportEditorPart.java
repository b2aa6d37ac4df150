package org.atrium.reporting.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.atrium.core.model.Formats;
import org.atrium.core.report.ReportSection;
import org.atrium.reporting.ReportContent;
import org.atrium.reporting.ReportSnapshots;
import org.atrium.reporting.Reporting;
import org.atrium.reporting.export.ReportExport;
import org.atrium.reporting.export.ReportFormat;
import org.atrium.reporting.model.reporting.Report;
import org.atrium.reporting.model.reporting.ReportingPackage.Literals;
import org.atrium.ui.EditorOpener;
import org.atrium.ui.editor.ObjectEditor;
import org.atrium.core.store.StoreSession;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * A status report: its heading, the author's narrative (editable while it is a draft), Publish, Regenerate and Export,
 * and its sections as generated, or as frozen when it was published. Loading, undo, saving and conflicts come from the
 * workbench's {@link ObjectEditor}; publishing goes through {@link Reporting}, and the store refuses any later change.
 */
public class ReportEditorPart {

	@Inject
	private IEclipseContext context;
	@Inject
	private Reporting reporting;
	@Inject
	private EditorOpener editors;
	@Inject
	private UISynchronize ui;

	private ObjectEditor<Report> editor;
	private boolean publishing;
	private Label heading;
	private Button publish;
	private Button regenerate;
	private Label exported;
	private ReportContent content;

	@PostConstruct
	void create(Composite parent) {
		editor = ObjectEditor.create(context, Literals.REPORT, EditorOpener.OBJECT_ID, Report::getTitle);
		editor.writeWith((session, report) -> {
			if (publishing) {
				reporting.publish(session, report);
			} else {
				session.save(report);
			}
		});
		editor.open(parent, (session, report) -> ReportSnapshots.read(report), this::show);
	}

	public java.util.concurrent.CompletableFuture<ReportEditorPart> loaded() {
		return editor.loaded().thenApply(loaded -> this);
	}

	private void show(ReportContent loaded) {
		content = loaded;
		Report report = editor.object();
		Composite body = editor.body();
		GridLayoutFactory.fillDefaults().applyTo(body);
		ScrolledComposite scrolled = new ScrolledComposite(body, SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(scrolled);
		Composite page = new Composite(scrolled, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(8, 8).applyTo(page);

		heading = new Label(page, SWT.WRAP);
		heading.setFont(JFaceResources.getHeaderFont());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
		Composite buttons = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).applyTo(buttons);
		publish = button(buttons, "Publish", this::publish);
		regenerate = button(buttons, "Regenerate from today's data", this::regenerate);
		button(buttons, "Export...", this::export);
		exported = new Label(buttons, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(exported);

		Group narrative = new Group(page, SWT.NONE);
		narrative.setText("Narrative");
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(narrative);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(narrative);
		Supplier<EObject> owner = () -> report;
		Predicate<EObject> frozen = object -> ((Report) object).isPublished();
		int multi = SWT.MULTI | SWT.WRAP | SWT.V_SCROLL;
		editor.fields().text(narrative, "Summary", owner, Literals.REPORT__SUMMARY, multi, frozen);
		editor.fields().text(narrative, "Accomplishments", owner, Literals.REPORT__ACCOMPLISHMENTS, multi, frozen);
		editor.fields().text(narrative, "Next steps", owner, Literals.REPORT__NEXT_STEPS, multi, frozen);
		editor.fields().text(narrative, "Help needed", owner, Literals.REPORT__HELP_NEEDED, multi, frozen);
		for (ReportSection section : content.sections()) {
			ReportTables.section(page, section, row -> editors.openProject(row.objectId(),
					row.cells().get(0)));
		}
		scrolled.setContent(page);
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);
		scrolled.setMinSize(page.computeSize(900, SWT.DEFAULT));
		showState();
		body.layout(true, true);
	}

	private static Button button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	private void showState() {
		Report report = editor.object();
		heading.setText(report.getTitle() + "\nAs of " + report.getAsOf() + "   RAG " + report.getRag().getLiteral()
				+ "   " + (report.isPublished() ? "Published " + Formats.time(report.getPublishedAt())
						: "Draft: write the narrative, then publish"));
		boolean draft = !report.isPublished() && !editor.isReadOnly();
		publish.setEnabled(draft);
		regenerate.setEnabled(draft);
		heading.getParent().layout(true, true);
	}

	/** Saves the narrative and publishes in one transaction; from then on the report is frozen. */
	public boolean publish() {
		publishing = true;
		try {
			if (!editor.save()) {
				return false;
			}
		} finally {
			publishing = false;
		}
		editor.fields().readOnly();
		showState();
		return true;
	}

	private void regenerate() {
		if (!editor.save()) {
			return;
		}
		String id = editor.object().getId();
		Job.create("Regenerating the report", monitor -> {
			try (StoreSession session = context.get(org.atrium.ui.WorkbenchStore.class).openSession()) {
				reporting.regenerate(session, session.load(Literals.REPORT, id));
			}
			ui.asyncExec(() -> editor.reload());
			return Status.OK_STATUS;
		}).schedule();
	}

	private void export() {
		FileDialog dialog = new FileDialog(heading.getShell(), SWT.SAVE);
		dialog.setText("Export the report");
		dialog.setFilterNames(new String[] { "PDF report (*.pdf)", "Workbook (*.xlsx)", "CSV (*.csv)",
				"Web page (*.html)", "Slides, 16:9 PDF (*.deck.pdf)" });
		dialog.setFilterExtensions(new String[] { "*.pdf", "*.xlsx", "*.csv", "*.html", "*.deck.pdf" });
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file != null) {
			exportTo(Path.of(file), formatOf(file));
		}
	}

	static ReportFormat formatOf(String file) {
		String name = file.toLowerCase(Locale.ROOT);
		if (name.endsWith(".deck.pdf")) {
			return ReportFormat.DECK;
		}
		return ReportFormat.named(name.substring(name.lastIndexOf('.') + 1)).orElse(ReportFormat.PDF);
	}

	/** Writes the report as shown (the saved narrative) to the file in a job; says where when done. */
	public Job exportTo(Path file, ReportFormat format) {
		Report report = editor.object();
		ReportContent content = this.content.withNarrative(new ReportContent.Narrative(this.content.narrative().author(),
				report.getSummary(), report.getAccomplishments(), report.getNextSteps(), report.getHelpNeeded(),
				report.isPublished()));
		Job job = Job.create("Exporting " + content.title(), monitor -> {
			String said;
			try {
				ReportExport.write(content, format, file);
				said = "Exported to " + file;
			} catch (IOException e) {
				said = "Not exported: " + file + " cannot be written (" + e.getMessage() + ")";
			}
			String message = said;
			ui.asyncExec(() -> {
				if (!exported.isDisposed()) {
					exported.setText(message);
				}
			});
			return Status.OK_STATUS;
		});
		job.schedule();
		return job;
	}

	public ObjectEditor<Report> editor() {
		return editor;
	}

	public String headingText() {
		return heading.getText();
	}

	@Persist
	public void save() {
		editor.persist();
	}

	@PreDestroy
	void close() {
		editor.close();
	}
}
