package org.atrium.ui.team;

import java.nio.file.Path;
import java.util.Optional;

import org.atrium.core.store.ModelStoreFactory;
import org.atrium.core.store.StoreConfig;
import org.atrium.core.store.StoreException;
import org.atrium.ui.Settings;
import org.atrium.ui.WorkbenchStore;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/**
 * Opens the team repository that the settings name when the workbench starts, with the password from secure storage.
 * When that fails, or no password is remembered, the workbench does not fail: the connect dialog shows why, and the
 * user connects again, or works on the embedded database (Cancel: this time only).
 */
public final class TeamStartup {

	private TeamStartup() {
	}

	/** The workbench's store on the team repository, or on the embedded database if the user chose it. */
	public static WorkbenchStore open(Shell parent, ModelStoreFactory factory, Settings settings,
			TeamCredentials credentials) {
		String problem;
		try {
			Optional<String> password = credentials.password(settings.jdbcUrl(), settings.login());
			if (password.isPresent()) {
				TeamConnection connection = new TeamConnection(settings.jdbcUrl(), settings.login(), password.get());
				try {
					TeamConnection.Opened opened = connection.open(factory, settings.user());
					return new WorkbenchStore(opened.store(), opened.user());
				} catch (StoreException e) {
					problem = connection.explain(e);
				}
			} else {
				problem = "Enter the password of the login '" + settings.login() + "' to work on the team repository "
						+ StoreConfig.withoutPassword(settings.jdbcUrl()) + ".";
			}
		} catch (IllegalStateException e) {
			problem = e.getMessage();
		}
		ConnectTeamRepositoryDialog dialog = new ConnectTeamRepositoryDialog(parent, factory, credentials, settings,
				problem + " Cancel works on the embedded database this time.");
		int choice = dialog.open();
		if (choice == Window.OK) {
			RepositorySwitch.remember(dialog, credentials);
			return new WorkbenchStore(dialog.opened().store(), dialog.opened().user());
		}
		Settings embedded = settings.onEmbeddedDatabase();
		if (choice == ConnectTeamRepositoryDialog.USE_EMBEDDED) {
			RepositorySwitch.save(embedded);
		}
		return new WorkbenchStore(factory.open(StoreConfig.derby(Path.of(embedded.databasePath()), true)),
				embedded.user());
	}
}
