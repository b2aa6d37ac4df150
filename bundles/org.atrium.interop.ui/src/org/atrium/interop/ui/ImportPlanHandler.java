package org.atrium.interop.ui;

import org.atrium.ui.Topics;
import org.atrium.ui.WorkbenchStore;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/** File > Import > MS Project Plan. */
public class ImportPlanHandler {

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, WorkbenchStore store,
			@Optional IEventBroker events) {
		ImportPlanWizard wizard = new ImportPlanWizard(store);
		if (new WizardDialog(shell, wizard).open() == Window.OK) {
			if (events != null) {
				events.post(Topics.DATA_CHANGED, "");
			}
			MessageDialog.openInformation(shell, "Import MS Project Plan", wizard.outcome());
		}
	}
}
