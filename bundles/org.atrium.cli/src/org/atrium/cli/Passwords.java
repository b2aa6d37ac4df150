package org.atrium.cli;

import java.io.Console;

/**
 * Where the command line gets passwords: never from its arguments, where other users of the machine and the shell's
 * history would see them; from an environment variable, a file, or the console.
 */
public interface Passwords {

	/** The variable that holds the password of the database login ({@code --db-user}). */
	String DB_PASSWORD = "ATRIUM_DB_PASSWORD";

	/** The value of an environment variable, or null. */
	String environment(String name);

	/** Asks on the console without echo; null when there is no console or it was closed. */
	char[] ask(String prompt);

	/** The process's environment and the terminal it runs on. */
	static Passwords system() {
		return new Passwords() {
			@Override
			public String environment(String name) {
				return System.getenv(name);
			}

			@Override
			public char[] ask(String prompt) {
				Console console = System.console();
				return console == null ? null : console.readPassword("%s", prompt);
			}
		};
	}
}
