package org.atrium.ui.plugins;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

import org.atrium.plugins.Plugin;
import org.atrium.plugins.PluginInstallation;
import org.atrium.plugins.PluginRepositories;
import org.atrium.plugins.TrustPolicy;
import org.atrium.plugins.UntrustedContent;
import org.atrium.ui.editor.Tables;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Help > Plugins: the installed plugins and those the repository offers, installed and uninstalled through
 * {@link PluginInstallation} in a job, the same installer as {@code atrium plugins}. Content that is not
 * signed by a trusted signer is installed only if the user says so; after a change it offers the restart.
 */
public class PluginsDialog extends Dialog {

	static final int INSTALL_ID = IDialogConstants.CLIENT_ID + 1;
	static final int UNINSTALL_ID = IDialogConstants.CLIENT_ID + 2;

	/** One line of the table. */
	public record Row(Plugin plugin, String state) {
		static final String INSTALLED = "Installed";
		static final String AVAILABLE = "Available";
		static final String BUILT_IN = "Part of Atrium";
	}

	private final PluginInstallation installation;
	private final String configuredRepository;
	private final Runnable restart;

	private Text repository;
	private TableViewer table;
	private Label message;
	private ProgressBar progress;
	private Job running;

	/**
	 * @param repository the repository offered first, or null
	 * @param restart restarts the workbench, when the user asks for it after a change
	 */
	public PluginsDialog(Shell shell, PluginInstallation installation, String repository, Runnable restart) {
		super(shell);
		this.installation = installation;
		this.configuredRepository = repository;
		this.restart = restart;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Plugins");
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(area);
		new Label(area, SWT.NONE).setText("Repository:");
		repository = new Text(area, SWT.BORDER);
		repository.setText(configuredRepository == null ? "" : configuredRepository);
		repository.setMessage("file: or https: URL of a p2 repository, or a folder");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(repository);
		Button refresh = new Button(area, SWT.PUSH);
		refresh.setText("Refresh");
		refresh.addListener(SWT.Selection, e -> refresh());

		table = Tables.table(area);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(760, 240).applyTo(table.getTable());
		Tables.column(table, "Plugin", 200, (Row r) -> r.plugin().name() == null ? r.plugin().id() : r.plugin().name());
		Tables.column(table, "Id", 220, (Row r) -> r.plugin().id());
		Tables.column(table, "Version", 190, (Row r) -> r.plugin().version());
		Tables.column(table, "State", 130, Row::state);
		table.addSelectionChangedListener(e -> updateButtons());

		message = new Label(area, SWT.WRAP);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(760, SWT.DEFAULT).applyTo(message);
		progress = new ProgressBar(area, SWT.HORIZONTAL | SWT.SMOOTH);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(progress);
		progress.setVisible(false);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, INSTALL_ID, "Install", false).setEnabled(false);
		createButton(parent, UNINSTALL_ID, "Uninstall", false).setEnabled(false);
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	public void create() {
		super.create();
		refresh();
	}

	@Override
	protected void buttonPressed(int buttonId) {
		Row row = selected();
		if (buttonId == INSTALL_ID && row != null) {
			URI from = repositoryUri();
			if (from != null) {
				change("Installing " + row.plugin().id(), monitor -> installation.install(row.plugin().id(), from,
						askTheUser(getShell()), monitor), "Installed " + row.plugin().id());
			}
		} else if (buttonId == UNINSTALL_ID && row != null) {
			change("Uninstalling " + row.plugin().id(), monitor -> installation.uninstall(row.plugin().id(), monitor),
					"Uninstalled " + row.plugin().id() + "; its data stays in the database");
		} else if (buttonId == IDialogConstants.CLOSE_ID) {
			if (running != null) {
				running.cancel();
			}
			close();
		}
	}

	/** The rows now shown. */
	public List<Row> rows() {
		@SuppressWarnings("unchecked")
		List<Row> rows = table.getInput() == null ? List.of() : (List<Row>) table.getInput();
		return rows;
	}

	/** The message under the table: what went wrong, or what was done. */
	public String message() {
		return message.getText();
	}

	/** True while the lists are read or a change runs. */
	public boolean isBusy() {
		return running != null;
	}

	private void refresh() {
		String[] problem = new String[1];
		URI from = null;
		if (!repository.getText().isBlank()) {
			try {
				from = PluginRepositories.uri(repository.getText().strip(), "Repository");
			} catch (IllegalArgumentException e) {
				problem[0] = e.getMessage();
			}
		}
		URI offering = from;
		List<Row> rows = new ArrayList<>();
		run("Reading the plugins", monitor -> {
			List<Plugin> installed;
			try {
				installed = installation.installed();
			} catch (CoreException e) {
				problem[0] = "The installed plugins cannot be read: " + e.getMessage();
				return Status.OK_STATUS;
			}
			installed.forEach(p -> rows.add(new Row(p,
					PluginInstallation.BUILT_IN.contains(p.id()) ? Row.BUILT_IN : Row.INSTALLED)));
			if (offering != null) {
				List<String> ids = installed.stream().map(Plugin::id).toList();
				try {
					installation.available(offering, monitor).stream().filter(p -> !ids.contains(p.id()))
							.forEach(p -> rows.add(new Row(p, Row.AVAILABLE)));
				} catch (CoreException e) {
					problem[0] = "The repository cannot be read: " + e.getMessage();
				}
			}
			return Status.OK_STATUS;
		}, status -> {
			table.setInput(rows);
			show(problem[0] == null ? "" : problem[0], problem[0] != null);
			updateButtons();
		});
	}

	private void change(String what, Function<IProgressMonitor, IStatus> work, String done) {
		run(what, work::apply, status -> {
			if (status.getSeverity() == IStatus.CANCEL) {
				show(what + " was cancelled; nothing was changed.", false);
			} else if (status.getCode() == PluginInstallation.UNTRUSTED) {
				show(status.getMessage(), true); // the user said no; no need to tell again in a dialog
			} else if (status.getSeverity() == IStatus.ERROR) {
				show(status.getMessage(), true);
				MessageDialog.openError(getShell(), "Plugins", status.getMessage());
			} else if (status.getSeverity() == IStatus.INFO) {
				show(status.getMessage(), false);
			} else {
				show(done + ". Restart Atrium to see the change.", false);
				refresh();
				offerRestart(done);
			}
		});
	}

	private void offerRestart(String done) {
		MessageDialog question = new MessageDialog(getShell(), "Restart Atrium", null,
				done + ". The change takes effect when Atrium starts again. Restart now?", MessageDialog.QUESTION, 0,
				"Restart now", "Later");
		if (question.open() == 0) {
			close();
			restart.run();
		}
	}

	/** Runs work in a job, with its progress under the table, and shows its result on the UI thread. */
	private void run(String name, Function<IProgressMonitor, IStatus> work, Consumer<IStatus> then) {
		Display display = getShell().getDisplay();
		setBusy(name);
		Job job = Job.create(name, monitor -> {
			IStatus status = work.apply(new ShownProgress(monitor, display));
			display.asyncExec(() -> {
				if (table.getTable().isDisposed()) {
					return;
				}
				running = null;
				progress.setVisible(false);
				then.accept(status);
				updateButtons();
			});
			return Status.OK_STATUS; // shown in the dialog, not again by the job manager
		});
		running = job;
		job.schedule();
	}

	private void setBusy(String name) {
		show(name + "...", false);
		progress.setSelection(0);
		progress.setVisible(true);
		updateButtons();
	}

	private void show(String text, boolean error) {
		message.setText(text);
		message.setForeground(error ? message.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
		message.getParent().layout(true);
	}

	private void updateButtons() {
		Row row = selected();
		boolean idle = running == null;
		getButton(INSTALL_ID).setEnabled(idle && row != null && Row.AVAILABLE.equals(row.state()));
		getButton(UNINSTALL_ID).setEnabled(idle && row != null && Row.INSTALLED.equals(row.state()));
	}

	private Row selected() {
		return table == null ? null : (Row) ((IStructuredSelection) table.getSelection()).getFirstElement();
	}

	private URI repositoryUri() {
		try {
			return PluginRepositories.uri(repository.getText().strip(), "Repository");
		} catch (IllegalArgumentException e) {
			show(e.getMessage(), true);
			return null;
		}
	}

	/** Asks, on the UI thread, whether to install content that is not signed by a trusted signer; the default is no. */
	static TrustPolicy askTheUser(Shell shell) {
		Display display = shell.getDisplay();
		return content -> {
			AtomicBoolean trusted = new AtomicBoolean();
			display.syncExec(() -> trusted.set(!shell.isDisposed() && new MessageDialog(shell, "Unsigned content", null,
					question(content), MessageDialog.WARNING, 1, "Install anyway", "Don't install").open() == 0));
			return trusted.get();
		};
	}

	/** The question asked about content that is not signed by a trusted signer, naming it. */
	public static String question(UntrustedContent content) {
		return "This plugin's content is not signed by a signer Atrium trusts, so nobody vouches that it is what "
				+ "it claims to be:\n\n" + content.describe() + "\n\nInstall it only if you trust where it comes from.";
	}

	/** Passes the job's progress on to the bar under the table. */
	private final class ShownProgress extends ProgressMonitorWrapper {
		private final Display display;
		private int total;
		private double done;

		ShownProgress(IProgressMonitor monitor, Display display) {
			super(monitor);
			this.display = display;
		}

		@Override
		public void beginTask(String name, int totalWork) {
			super.beginTask(name, totalWork);
			total = totalWork;
		}

		@Override
		public void worked(int work) {
			super.worked(work);
			show(work);
		}

		@Override
		public void internalWorked(double work) {
			super.internalWorked(work);
			show(work);
		}

		private void show(double work) {
			done += work;
			int percent = total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
			display.asyncExec(() -> {
				if (!progress.isDisposed()) {
					progress.setSelection(percent);
				}
			});
		}
	}
}
