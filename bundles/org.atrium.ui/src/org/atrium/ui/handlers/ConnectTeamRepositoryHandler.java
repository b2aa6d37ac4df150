package org.atrium.ui.handlers;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.atrium.core.store.ModelStore;
import org.atrium.core.store.ModelStoreFactory;
import org.atrium.core.store.StoreConfig;
import org.atrium.core.store.StoreException;
import org.atrium.ui.BackgroundWork;
import org.atrium.ui.Settings;
import org.atrium.ui.WorkbenchStore;
import org.atrium.ui.team.ConnectTeamRepositoryDialog;
import org.atrium.ui.team.RepositorySwitch;
import org.atrium.ui.team.TeamCredentials;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ISaveHandler;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/**
 * File > Connect to team repository: connects the workbench to a team repository on PostgreSQL, or back to the
 * embedded database, without a restart.
 */
public class ConnectTeamRepositoryHandler {

	@Execute
	void execute(@Named("activeShell") Shell shell, WorkbenchStore store, ModelStoreFactory factory, EPartService parts,
			@Optional ISaveHandler saveHandler, IEventBroker events) {
		TeamCredentials credentials = TeamCredentials.forUser();
		ConnectTeamRepositoryDialog dialog = new ConnectTeamRepositoryDialog(shell, factory, credentials, Settings.load(),
				null);
		int choice = dialog.open();
		BooleanSupplier editorsClosed = () -> CloseAllEditorsHandler.closeAll(parts, saveHandler);
		String before = store.description();
		try {
			boolean switched = true;
			if (choice == Window.OK) {
				switched = RepositorySwitch.toTeamRepository(store, dialog, credentials, editorsClosed, events);
			} else if (choice == ConnectTeamRepositoryDialog.USE_EMBEDDED) {
				ModelStore embedded = BackgroundWork.await(shell.getDisplay(), "Opening the embedded database",
						() -> factory.open(StoreConfig.derby(Path.of(Settings.load().databasePath()), true)));
				switched = RepositorySwitch.toEmbeddedDatabase(store, embedded, editorsClosed, events);
			}
			if (!switched) {
				MessageDialog.openInformation(shell, "Connect to team repository",
						"The editors stayed open, so the workbench stays on " + before + ".");
			}
		} catch (StoreException | IllegalStateException e) {
			MessageDialog.openError(shell, "Connect to team repository", e.getMessage());
		}
	}
}
