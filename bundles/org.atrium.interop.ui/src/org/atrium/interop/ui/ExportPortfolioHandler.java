package org.atrium.interop.ui;

import java.io.IOException;
import java.nio.file.Path;

import org.atrium.interop.AtomicFiles;
import org.atrium.interop.PortfolioExport;
import org.atrium.ui.BackgroundRead;
import org.atrium.ui.WorkbenchStore;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/** File > Export > Portfolio as XLSX: every project with RAG, phase, sponsor, dates, budget and next milestone. */
public class ExportPortfolioHandler {

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, WorkbenchStore store) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.xlsx" });
		dialog.setFileName("portfolio.xlsx");
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file != null) {
			export(shell, store, Path.of(file));
		}
	}

	static void export(Shell shell, WorkbenchStore store, Path file) {
		BackgroundRead.start("Exporting the portfolio", store, shell, session -> {
			try {
				int[] count = { 0 };
				AtomicFiles.write(file, out -> count[0] = PortfolioExport.write(session, out));
				return "Exported " + count[0] + " projects to " + file + ".";
			} catch (IOException e) {
				return "Could not write " + file + ": " + e.getMessage();
			}
		}, message -> MessageDialog.openInformation(shell, "Export Portfolio", message));
	}
}
