package org.atrium.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;

import jakarta.inject.Named;

/** Adds a prefilled weekly status report to the project in the active editor. */
public class NewWeeklyReportHandler {

	@CanExecute
	boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
		return ActiveEditor.of(part) != null && ActiveEditor.of(part).project() != null;
	}

	@Execute
	void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part) {
		ActiveEditor.of(part).newWeeklyReport();
	}
}
