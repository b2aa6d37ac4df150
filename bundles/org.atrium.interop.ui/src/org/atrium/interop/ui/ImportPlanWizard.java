package org.atrium.interop.ui;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.atrium.core.store.ConflictException;
import org.atrium.core.store.StoreException;
import org.atrium.core.store.StoreSession;
import org.atrium.interop.ImportReport;
import org.atrium.interop.PlanFileException;
import org.atrium.interop.PlanFiles;
import org.atrium.interop.PlanImport;
import org.atrium.ui.WorkbenchStore;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * File > Import > MS Project Plan: choose the plan and the project, read the mapping report (what will be created,
 * updated, and what cannot be mapped), then import. The plan is read and mapped off the UI thread; the import maps it
 * again in its own session and writes only if the report is still the one the user confirmed.
 */
public class ImportPlanWizard extends Wizard {

	private final WorkbenchStore store;
	private final SourcePage source = new SourcePage();
	private final ReportPage reportPage = new ReportPage();
	private ImportReport confirmed;
	private String outcome;

	public ImportPlanWizard(WorkbenchStore store) {
		this.store = store;
		setWindowTitle("Import MS Project Plan");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		addPage(source);
		addPage(reportPage);
	}

	/** What the import did, once finished. */
	public String outcome() {
		return outcome;
	}

	@Override
	public boolean canFinish() {
		return getContainer().getCurrentPage() == reportPage && confirmed != null && confirmed.hasChanges();
	}

	@Override
	public boolean performFinish() {
		Path file = source.file();
		Optional<String> code = source.code();
		String[] result = new String[1];
		try {
			getContainer().run(true, false, monitor -> {
				monitor.beginTask("Importing " + file.getFileName(), 2);
				try (StoreSession session = store.openSession()) {
					PlanImport planImport = PlanImport.prepare(session, PlanFiles.read(file), code);
					monitor.worked(1);
					if (!planImport.report().lines().equals(confirmed.lines())) {
						result[0] = "!The plan or the project changed since the report was made; go back and review it again.";
						return;
					}
					planImport.apply();
					result[0] = "Imported " + file.getFileName() + " into " + planImport.project().getCode() + ": "
							+ planImport.report().summary() + ".";
				} catch (PlanFileException e) {
					result[0] = "!" + e.getMessage();
				} catch (ConflictException e) {
					result[0] = "!Someone saved the project while the plan was imported; nothing was written. Import it again.";
				} catch (StoreException e) {
					result[0] = "!" + e.getMessage() + " Nothing was written.";
				}
				monitor.done();
			});
		} catch (InvocationTargetException e) {
			result[0] = "!" + Failures.describe(e.getCause());
		} catch (InterruptedException e) {
			result[0] = "!The import was interrupted; nothing was written.";
		}
		if (result[0].startsWith("!")) {
			reportPage.setErrorMessage(result[0].substring(1));
			return false;
		}
		outcome = result[0];
		return true;
	}

	/** Reads and maps the plan in the background, for the report page. */
	private void prepareReport() {
		Path file = source.file();
		Optional<String> code = source.code();
		Object[] result = new Object[1];
		try {
			getContainer().run(true, false, monitor -> {
				monitor.beginTask("Reading " + file.getFileName(), IProgressMonitor.UNKNOWN);
				try (StoreSession session = store.openSession()) {
					PlanImport planImport = PlanImport.prepare(session, PlanFiles.read(file), code);
					result[0] = planImport;
				} catch (PlanFileException | StoreException e) {
					result[0] = e.getMessage();
				}
				monitor.done();
			});
		} catch (InvocationTargetException e) {
			result[0] = Failures.describe(e.getCause());
		} catch (InterruptedException e) {
			result[0] = "Reading the plan was interrupted.";
		}
		if (result[0] instanceof PlanImport planImport) {
			confirmed = planImport.report();
			reportPage.show(planImport.project().getCode() + " " + planImport.project().getName(), confirmed);
		} else {
			confirmed = null;
			reportPage.refuse((String) result[0]);
		}
	}

	/** The plan file and the project to import it into. */
	final class SourcePage extends WizardPage {

		private Text file;
		private ProjectChoice project;

		SourcePage() {
			super("source", "MS Project plan", null);
			setDescription("Choose an MSPDI (.xml) or .mpp plan, and the project it plans.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite page = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
			new Label(page, SWT.NONE).setText("Plan file:");
			file = new Text(page, SWT.BORDER);
			GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(file);
			file.addListener(SWT.Modify, event -> validate());
			Button browse = new Button(page, SWT.PUSH);
			browse.setText("Browse...");
			browse.addListener(SWT.Selection, event -> {
				FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
				dialog.setFilterExtensions(new String[] { "*.xml;*.mpp", "*.*" });
				String chosen = dialog.open();
				if (chosen != null) {
					file.setText(chosen);
				}
			});
			new Label(page, SWT.NONE).setText("Into project:");
			project = new ProjectChoice(page, store, "The project it was imported into before");
			GridDataFactory.fillDefaults().span(2, 1).applyTo(project.combo());
			project.onChange(this::validate);
			setControl(page);
			validate();
		}

		void setFile(String path) {
			file.setText(path);
		}

		void setProject(String code) {
			project.select(code);
		}

		Path file() {
			return Path.of(file.getText().strip());
		}

		Optional<String> code() {
			return Optional.ofNullable(project.code());
		}

		private void validate() {
			String text = file.getText().strip();
			String problem = text.isEmpty() ? "Plan file: choose the plan to import."
					: !Files.isRegularFile(Path.of(text)) ? "Plan file: there is no file " + text + "." : null;
			setErrorMessage(problem);
			setPageComplete(problem == null);
		}

		@Override
		public boolean canFlipToNextPage() {
			return isPageComplete();
		}

		/** Called when the user presses Next: maps the plan for the report. */
		@Override
		public org.eclipse.jface.wizard.IWizardPage getNextPage() {
			prepareReport();
			return reportPage;
		}
	}

	/** The mapping report: what the import creates, updates, leaves and cannot map. */
	final class ReportPage extends WizardPage {

		private Table table;
		private Label summary;

		ReportPage() {
			super("report", "Mapping report", null);
			setDescription("Review what the import will do, then press Finish to import.");
			setPageComplete(false);
		}

		@Override
		public void createControl(Composite parent) {
			Composite page = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().applyTo(page);
			summary = new Label(page, SWT.WRAP);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
			table = new Table(page, SWT.BORDER | SWT.FULL_SELECTION);
			table.setHeaderVisible(true);
			table.setLinesVisible(true);
			GridDataFactory.fillDefaults().grab(true, true).hint(720, 320).applyTo(table);
			for (String[] column : List.of(new String[] { "Action", "90" }, new String[] { "Becomes", "90" },
					new String[] { "Name", "220" }, new String[] { "Details", "420" })) {
				TableColumn tableColumn = new TableColumn(table, SWT.LEFT);
				tableColumn.setText(column[0]);
				tableColumn.setWidth(Integer.parseInt(column[1]));
			}
			setControl(page);
		}

		void show(String project, ImportReport report) {
			table.removeAll();
			for (ImportReport.Line line : report.lines()) {
				TableItem item = new TableItem(table, SWT.NONE);
				item.setText(new String[] { line.action().label(), line.kind(), line.name(), line.detail() });
				if (line.action() == ImportReport.Action.NOT_MAPPED) {
					item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
				}
			}
			summary.setText("Into " + project + ": " + report.summary() + "."
					+ (report.hasChanges() ? "" : " The project already holds this plan; there is nothing to import."));
			summary.getParent().layout();
			setErrorMessage(null);
			setPageComplete(report.hasChanges());
		}

		void refuse(String message) {
			if (table != null) {
				table.removeAll();
				summary.setText("");
			}
			setErrorMessage(message);
			setPageComplete(false);
		}

		Table table() {
			return table;
		}
	}

	SourcePage sourcePage() {
		return source;
	}

	ReportPage reportPage() {
		return reportPage;
	}
}
