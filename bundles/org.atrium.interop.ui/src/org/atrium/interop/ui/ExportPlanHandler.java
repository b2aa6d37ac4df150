package org.atrium.interop.ui;

import java.io.IOException;
import java.nio.file.Path;

import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.Condition;
import org.atrium.core.store.Query;
import org.atrium.interop.AtomicFiles;
import org.atrium.interop.PlanExport;
import org.atrium.ui.BackgroundRead;
import org.atrium.ui.WorkbenchStore;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.mpxj.ProjectFile;

import jakarta.inject.Named;

/** File > Export > MS Project Plan: one project as MSPDI XML that MS Project and ProjectLibre open. */
public class ExportPlanHandler {

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, WorkbenchStore store) {
		ChooseProject choose = new ChooseProject(shell, store);
		if (choose.open() != Dialog.OK || choose.code == null) {
			return;
		}
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.xml" });
		dialog.setFileName(choose.code + ".xml");
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file != null) {
			export(shell, store, choose.code, Path.of(file));
		}
	}

	static void export(Shell shell, WorkbenchStore store, String code, Path file) {
		BackgroundRead.start("Exporting " + code + " as an MS Project plan", store, shell, session -> {
			Project project = session.<Project>query(Query.<Project>of(PmoPackage.Literals.PROJECT)
					.where(Condition.eq(PmoPackage.Literals.PROJECT__CODE, code)).limit(1)).stream().findFirst()
					.orElse(null);
			if (project == null) {
				return "No project has the code " + code + ".";
			}
			ProjectFile plan = PlanExport.plan(session, project);
			try {
				AtomicFiles.write(file, out -> PlanExport.write(plan, out));
				return "Exported " + code + " to " + file + ".";
			} catch (IOException e) {
				return "Could not write " + file + ": " + e.getMessage();
			}
		}, message -> MessageDialog.openInformation(shell, "Export MS Project Plan", message));
	}

	/** Asks which project to export. */
	private static final class ChooseProject extends Dialog {

		private final WorkbenchStore store;
		private ProjectChoice project;
		String code;

		ChooseProject(Shell shell, WorkbenchStore store) {
			super(shell);
			this.store = store;
		}

		@Override
		protected void configureShell(Shell shell) {
			super.configureShell(shell);
			shell.setText("Export MS Project Plan");
		}

		@Override
		protected Control createDialogArea(Composite parent) {
			Composite area = (Composite) super.createDialogArea(parent);
			GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
			new Label(area, SWT.NONE).setText("Project:");
			project = new ProjectChoice(area, store, null);
			GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(project.combo());
			return area;
		}

		@Override
		protected void buttonPressed(int buttonId) {
			if (buttonId == IDialogConstants.OK_ID) {
				code = project.code();
			}
			super.buttonPressed(buttonId);
		}
	}
}
