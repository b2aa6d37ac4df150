package org.atrium.ui.handlers;

import org.atrium.ui.WorkbenchLayout;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;

/** Window > Reset Layout: the layout Atrium ships, with open editors and plugins' parts kept. */
public class ResetLayoutHandler {

	@Execute
	void execute(MApplication application) {
		WorkbenchLayout.reset(application);
	}
}
