package org.atrium.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

import jakarta.inject.Named;

/** Shows a part of the window, such as the portfolio overview, by its id. */
public class ShowPartHandler {

	public static final String PART_ID = "org.atrium.ui.commandparameter.partid";

	@Execute
	void execute(@Named(PART_ID) String partId, EPartService parts) {
		parts.showPart(partId, PartState.ACTIVATE);
	}
}
