package org.atrium.ui.team;

import java.util.function.BooleanSupplier;

import org.atrium.core.store.ModelStore;
import org.atrium.ui.Settings;
import org.atrium.ui.Topics;
import org.atrium.ui.WorkbenchStore;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Moves the workbench to another database without a restart: the open editors are saved or discarded and closed
 * first (their sessions belong to the previous database), then the workbench works on the new store, remembers it in
 * the settings, and tells every part that the user and the data changed.
 */
public final class RepositorySwitch {

	private RepositorySwitch() {
	}

	/**
	 * Works on the team repository that the dialog connected; the password goes to secure storage if the user asked,
	 * and is forgotten otherwise. Returns false, with the repository closed and nothing changed, if editors stayed
	 * open.
	 */
	public static boolean toTeamRepository(WorkbenchStore workbench, ConnectTeamRepositoryDialog connected,
			TeamCredentials credentials, BooleanSupplier editorsClosed, IEventBroker events) {
		if (!switchTo(workbench, connected.opened().store(), connected.opened().user(), editorsClosed, events)) {
			return false;
		}
		remember(connected, credentials);
		return true;
	}

	/**
	 * Keeps the team repository the dialog connected to in the settings, for the next start, and its password in
	 * secure storage if the user asked; a password not to be remembered is forgotten.
	 */
	static void remember(ConnectTeamRepositoryDialog connected, TeamCredentials credentials) {
		TeamConnection connection = connected.connection();
		if (connected.rememberPassword()) {
			credentials.remember(connection.url(), connection.login(), connection.password());
		} else {
			credentials.forget(connection.url(), connection.login());
		}
		save(Settings.load().onTeamRepository(connection.url(), connection.login()));
	}

	/** Works on the embedded database, opened by the caller, as the user of the settings. */
	public static boolean toEmbeddedDatabase(WorkbenchStore workbench, ModelStore embedded, BooleanSupplier editorsClosed,
			IEventBroker events) {
		Settings settings = Settings.load().onEmbeddedDatabase();
		if (!switchTo(workbench, embedded, settings.user(), editorsClosed, events)) {
			return false;
		}
		save(settings);
		return true;
	}

	private static boolean switchTo(WorkbenchStore workbench, ModelStore next, String user, BooleanSupplier editorsClosed,
			IEventBroker events) {
		if (!editorsClosed.getAsBoolean()) {
			next.close();
			return false;
		}
		workbench.switchTo(next, user);
		events.post(Topics.USER_CHANGED, user);
		events.post(Topics.DATA_CHANGED, "");
		return true;
	}

	static void save(Settings settings) {
		try {
			settings.store();
		} catch (BackingStoreException e) {
			throw new IllegalStateException("The workbench works on the new database now, but the preferences could not "
					+ "be saved, so the next start opens the previous one: " + e.getMessage(), e);
		}
	}
}
