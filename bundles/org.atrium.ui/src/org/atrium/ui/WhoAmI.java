package org.atrium.ui;

import org.atrium.ui.editor.PersonPicker;
import org.atrium.ui.handlers.CloseAllEditorsHandler;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ISaveHandler;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Lets the user say who they are, without a restart: the open editors are saved or closed first (their sessions
 * belong to the previous person), then the workbench works as the chosen person, and remembers it.
 */
public final class WhoAmI {

	private WhoAmI() {
	}

	/** Asks on the UI thread; returns whether the user switched. On a team repository it explains who the server signed in. */
	public static boolean ask(Shell shell, Identity identity, String message, WorkbenchStore store,
			EPartService parts, ISaveHandler saveHandler, IEventBroker events) {
		if (store.isSignedInByServer()) {
			MessageDialog.openInformation(shell, "Who am I", store.signedInExplanation(identity.describe()));
			return false;
		}
		PersonPicker picker = PersonPicker.person(shell, identity.people(), "Who are you?", message);
		if (picker.open() != Window.OK || picker.person() == null) {
			return false;
		}
		if (!CloseAllEditorsHandler.closeAll(parts, saveHandler)) {
			return false;
		}
		String login = picker.person().getLogin();
		store.switchUser(login);
		try {
			Settings current = Settings.load();
			new Settings(current.databasePath(), current.jdbcUrl(), login, current.login()).store();
		} catch (BackingStoreException e) {
			// Works as the chosen person now; the next start asks again.
		}
		events.post(Topics.USER_CHANGED, login);
		events.post(Topics.DATA_CHANGED, "");
		return true;
	}
}
