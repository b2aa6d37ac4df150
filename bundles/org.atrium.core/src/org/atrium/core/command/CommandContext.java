package org.atrium.core.command;

import java.io.PrintStream;

import org.atrium.core.store.ModelStore;

/** What a command works with: its arguments, the terminal, the acting user and the workspace's database. */
public interface CommandContext {

	int OK = 0;
	int FAILED = 1;
	int USAGE = 2;

	/** The words after the verb; options anywhere ({@code --name value}). */
	CommandArguments arguments();

	PrintStream out();

	PrintStream err();

	/** The login of the person acting (from {@code --user}, else the system user). */
	String user();

	/**
	 * Opens the database of the workspace or of {@code --db}; the caller closes it.
	 *
	 * @param create whether an embedded database that does not exist yet is created
	 */
	ModelStore openStore(boolean create);
}
