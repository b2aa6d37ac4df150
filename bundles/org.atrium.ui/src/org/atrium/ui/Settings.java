package org.atrium.ui;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.atrium.core.store.StoreConfig;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The workbench preferences: which database to open and who the user is. Stored per workspace;
 * a change of database takes effect at the next start. A team repository is a PostgreSQL URL with a
 * database login; its password is never here but in secure storage ({@code TeamCredentials}).
 */
public record Settings(String databasePath, String jdbcUrl, String user, String login) {

	static final String NODE = "org.atrium.ui";
	static final String DATABASE_PATH = "database.path";
	static final String JDBC_URL = "database.url";
	static final String USER = "user";
	static final String LOGIN = "database.login";

	public Settings(String databasePath, String jdbcUrl, String user) {
		this(databasePath, jdbcUrl, user, "");
	}

	/** The settings in the workspace preferences, with defaults for what is not set. */
	public static Settings load() {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(NODE);
		String user = argument("--user");
		return new Settings(preferences.get(DATABASE_PATH, defaultDatabasePath().toString()),
				preferences.get(JDBC_URL, ""),
				user != null ? user : preferences.get(USER, System.getProperty("user.name", "atrium")),
				preferences.get(LOGIN, ""));
	}

	public void store() throws BackingStoreException {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(NODE);
		preferences.put(DATABASE_PATH, databasePath);
		preferences.put(JDBC_URL, jdbcUrl);
		preferences.put(USER, user);
		preferences.put(LOGIN, login == null ? "" : login);
		preferences.flush();
	}

	/** Checks the values a user typed; returns the first problem, naming the field, or null. */
	public String problem() {
		if (user == null || user.isBlank()) {
			return "Who am I: enter your login; it is recorded with every change you make.";
		}
		if (!jdbcUrl.isBlank() && !jdbcUrl.startsWith("jdbc:postgresql:") && !jdbcUrl.startsWith("jdbc:derby:")) {
			return "JDBC URL: use a jdbc:postgresql: or jdbc:derby: URL, or leave it empty for the embedded database.";
		}
		if (!StoreConfig.withoutPassword(jdbcUrl).equals(jdbcUrl)) {
			return "JDBC URL: remove the password from the URL; Atrium keeps passwords in secure storage only "
					+ "(File > Connect to team repository).";
		}
		if (jdbcUrl.isBlank() && (databasePath == null || databasePath.isBlank())) {
			return "Embedded database: enter a folder.";
		}
		return null;
	}

	/** Whether the settings name a team repository: a PostgreSQL URL and a database login. */
	public boolean isTeamRepository() {
		return jdbcUrl.startsWith("jdbc:postgresql:") && login != null && !login.isBlank();
	}

	/** The same settings on the team repository {@code url} as {@code login}. */
	public Settings onTeamRepository(String url, String login) {
		return new Settings(databasePath, url, user, login);
	}

	/** The same settings on the embedded database. */
	public Settings onEmbeddedDatabase() {
		return new Settings(databasePath, "", user, "");
	}

	public StoreConfig storeConfig() {
		return jdbcUrl.isBlank() ? StoreConfig.derby(Path.of(databasePath), true) : StoreConfig.jdbc(jdbcUrl, null, null);
	}

	/** {@code <workspace>/database}. */
	public static Path defaultDatabasePath() {
		try {
			return Path.of(Platform.getInstanceLocation().getURL().toURI()).resolve("database");
		} catch (URISyntaxException | RuntimeException e) {
			return Path.of(System.getProperty("user.home"), "atrium-workspace", "database");
		}
	}

	/** The value after {@code name} among the application arguments, or null. */
	static String argument(String name) {
		List<String> args = Arrays.asList(Platform.getApplicationArgs());
		int index = args.indexOf(name);
		return index >= 0 && index + 1 < args.size() ? args.get(index + 1) : null;
	}

	/** Whether the application was started with {@code --demo}. */
	public static boolean demoRequested() {
		return Arrays.asList(Platform.getApplicationArgs()).contains("--demo");
	}
}
