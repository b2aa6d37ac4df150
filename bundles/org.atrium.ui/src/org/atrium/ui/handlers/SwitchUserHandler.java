package org.atrium.ui.handlers;

import org.atrium.ui.BackgroundRead;
import org.atrium.ui.Identity;
import org.atrium.ui.WhoAmI;
import org.atrium.ui.WorkbenchStore;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ISaveHandler;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/** File > Switch user: works as another of the office's people from now on, without a restart. */
public class SwitchUserHandler {

	@Execute
	void execute(@Named("activeShell") Shell shell, WorkbenchStore store, EPartService parts,
			@Optional ISaveHandler saveHandler, IEventBroker events) {
		BackgroundRead.start("Reading the office's people", store, shell,
				session -> Identity.read(session, store.user()),
				identity -> WhoAmI.ask(shell, identity, "You work as " + identity.describe()
						+ ". Choose who you are; open editors are closed first.", store, parts, saveHandler, events));
	}
}
