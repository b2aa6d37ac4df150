package org.atrium.cli;

import java.nio.file.Path;
import java.util.Optional;

import org.atrium.core.store.StoreConfig;

/** The database options of one run of {@code atrium}, for the commands that open a database by other means. */
interface DatabaseOptions {

	/** {@code --db}, if given. */
	Optional<String> jdbcUrl();

	/** The workspace, whose embedded database is used when there is no {@code --db}. */
	Path workspace();

	/** The URL with the login of {@code --db-user} and its password ({@value Passwords#DB_PASSWORD}, else asked). */
	StoreConfig login(String jdbcUrl);

	/** The password source, for the commands that need another password. */
	Passwords passwords();
}
