package org.atrium.cli;

import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.atrium.core.Contributions;
import org.atrium.core.command.CommandArguments;
import org.atrium.core.command.CommandContext;
import org.atrium.core.command.CommandContribution;
import org.atrium.core.command.UsageException;
import org.atrium.core.store.MissingStoreException;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.ModelStoreFactory;
import org.atrium.core.store.StoreConfig;
import org.atrium.core.store.StoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The {@code atrium} command: reads the global options, finds the verb among the installed commands, runs it
 * against the workspace database and returns the exit code (0 done, 1 failed, 2 bad arguments). Whatever goes
 * wrong, it says so in one line; an unexpected failure names the log file that holds the details.
 */
public final class AtriumCommandLine {

	public static final int OK = CommandContext.OK;
	public static final int FAILED = CommandContext.FAILED;
	public static final int USAGE = CommandContext.USAGE;

	/** The longest login {@code --user} accepts. */
	static final int MAX_USER_LENGTH = 64;

	private final InstalledCommands commands;
	private final ModelStoreFactory stores;
	private final PrintStream out;
	private final PrintStream err;
	private final Path defaultWorkspace;
	private final Passwords passwords;

	public AtriumCommandLine(InstalledCommands commands, ModelStoreFactory stores, PrintStream out, PrintStream err,
			Path defaultWorkspace) {
		this(commands, stores, out, err, defaultWorkspace, Passwords.system());
	}

	/** A command line that reads passwords from the given source. */
	public AtriumCommandLine(InstalledCommands commands, ModelStoreFactory stores, PrintStream out, PrintStream err,
			Path defaultWorkspace, Passwords passwords) {
		this.passwords = passwords;
		this.commands = commands;
		this.stores = stores;
		this.out = TerminalOutput.safe(out);
		this.err = TerminalOutput.safe(err);
		this.defaultWorkspace = defaultWorkspace;
	}

	public int run(List<String> arguments) {
		String verb = null;
		try {
			CommandArguments args = new CommandArguments(arguments);
			Path workspace = args.option("--workspace").map(AtriumCommandLine::workspace).orElse(defaultWorkspace);
			Optional<String> jdbcUrl = args.option("--db");
			Optional<String> dbUser = args.option("--db-user");
			Optional<String> givenUser = args.option("--user").map(AtriumCommandLine::user);
			String user = givenUser.orElseGet(() -> user(System.getProperty("user.name", "atrium")));
			verb = args.next().map(word -> word.equals("--help") || word.equals("-h") ? HelpCommand.VERB : word)
					.orElse(HelpCommand.VERB);
			String wanted = verb;
			CommandContribution command = commands.find(verb)
					.orElseThrow(() -> new UsageException("unknown command '" + wanted + "'"));
			return execute(command, verb,
					new Invocation(args, out, err, user, givenUser.isPresent(), stores, workspace, jdbcUrl, dbUser, passwords));
		} catch (UsageException e) {
			err.println("atrium: " + oneLine(e.getMessage()) + ". Try 'atrium help'.");
			return USAGE;
		} catch (StoreException e) {
			err.println("atrium: " + oneLine(e.getMessage())
					+ (e instanceof MissingStoreException ? " Run 'atrium demo' to create a demo office." : ""));
			return FAILED;
		} catch (RuntimeException | Error e) {
			String what = "atrium " + (verb == null ? "" : verb);
			unexpected(err, verb, e, () -> log(what, e));
			return FAILED;
		}
	}

	/** Runs a command through the guard: its own failures are logged under its bundle's name and end in one line. */
	private int execute(CommandContribution command, String verb, CommandContext context) {
		try {
			int exit = command.run(context);
			return exit == OK || exit == USAGE ? exit : FAILED;
		} catch (UsageException | StoreException expected) {
			throw expected;
		} catch (Exception | Error e) {
			unexpected(err, verb, e, () -> Contributions.report(command, "the command '" + verb + "'", e));
			return FAILED;
		}
	}

	/**
	 * Logs an unexpected failure, then says in one line what failed, why, and where the details are.
	 *
	 * @param verb the command that failed, or null when the command line itself did
	 * @param log  writes the failure with its stack trace to the log
	 */
	static void unexpected(PrintStream err, String verb, Throwable e, Runnable log) {
		String logFile = logFile(); // first: finding it settles where the platform writes its log
		try {
			log.run();
		} finally {
			err.println(failure(verb, e, logFile));
		}
	}

	private static String failure(String verb, Throwable e, String logFile) {
		String message = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getName()
				: oneLine(e.getMessage().strip());
		if (message.endsWith(".")) {
			message = message.substring(0, message.length() - 1);
		}
		return "atrium: " + (verb == null ? "" : verb + " ") + "failed: " + message + ". Details are in " + logFile
				+ ".";
	}

	/** The text on one line: line breaks become spaces, other control characters '?', so the terminal shows it as it is. */
	static String oneLine(String text) {
		return String.valueOf(text).replaceAll("\\s*\\R\\s*", " ").replaceAll("\\p{Cntrl}", "?");
	}

	/** Logs a failure of the command line itself (not of a command) under this bundle. */
	static void log(String what, Throwable e) {
		Bundle bundle = FrameworkUtil.getBundle(AtriumCommandLine.class);
		if (bundle != null) {
			ILog.of(bundle).log(Status.error(what.strip() + " failed: " + e, e));
		}
	}

	/** The file the platform logs to: {@code .metadata/.log} of the instance area, else the framework's log file. */
	static String logFile() {
		try {
			IPath location = Platform.getLogFileLocation();
			if (location != null) {
				return location.toOSString();
			}
		} catch (RuntimeException | LinkageError noInstanceArea) {
			// started with -data @none: the framework logs to a file of its own
		}
		String frameworkLog = System.getProperty("osgi.logfile");
		return frameworkLog != null ? frameworkLog : "the Atrium log";
	}

	private static Path workspace(String folder) {
		if (folder.isBlank()) {
			throw new UsageException("--workspace must name a folder, was blank");
		}
		try {
			return Path.of(folder);
		} catch (InvalidPathException e) {
			throw new UsageException("--workspace must name a folder, was '" + folder + "': " + e.getReason());
		}
	}

	/** The acting person's login for the audit log: not blank, at most 64 characters, no control characters. */
	static String user(String login) {
		if (login.isBlank()) {
			throw new UsageException("--user must name a person, was blank");
		}
		if (login.length() > MAX_USER_LENGTH) {
			throw new UsageException("--user must be at most " + MAX_USER_LENGTH + " characters, was " + login.length());
		}
		if (login.chars().anyMatch(Character::isISOControl)) {
			throw new UsageException("--user must not contain control characters");
		}
		return login.strip();
	}

	/**
	 * What a command works with for one run of {@code atrium}. On a team repository the person is the one the
	 * server signed in, and a {@code --user} naming anyone else is refused.
	 */
	private static final class Invocation implements CommandContext, DatabaseOptions {

		private final CommandArguments arguments;
		private final PrintStream out;
		private final PrintStream err;
		private String user;
		private final boolean userGiven;
		private final ModelStoreFactory stores;
		private final Path workspace;
		private final Optional<String> jdbcUrl;
		private final Optional<String> dbUser;
		private final Passwords passwords;
		private String password;

		Invocation(CommandArguments arguments, PrintStream out, PrintStream err, String user, boolean userGiven,
				ModelStoreFactory stores, Path workspace, Optional<String> jdbcUrl, Optional<String> dbUser,
				Passwords passwords) {
			this.arguments = arguments;
			this.out = out;
			this.err = err;
			this.user = user;
			this.userGiven = userGiven;
			this.stores = stores;
			this.workspace = workspace;
			this.jdbcUrl = jdbcUrl;
			this.dbUser = dbUser;
			this.passwords = passwords;
		}

		@Override
		public ModelStore openStore(boolean create) {
			ModelStore store = stores.open(jdbcUrl.map(this::login)
					.orElseGet(() -> StoreConfig.derby(workspace.resolve("database"), create)));
			Optional<String> signedIn = store.signedInPerson();
			if (signedIn.isPresent() && !signedIn.get().equals(user)) {
				if (userGiven) {
					store.close();
					throw new UsageException("--user " + user + " is not who the team repository signed in: the login "
							+ dbUser.orElse("") + " works as " + signedIn.get());
				}
				user = signedIn.get();
			}
			return store;
		}

		@Override
		public StoreConfig login(String url) {
			if (dbUser.isPresent() && password == null) {
				String fromEnvironment = passwords.environment(Passwords.DB_PASSWORD);
				char[] asked = fromEnvironment != null ? null
						: passwords.ask("Password of " + dbUser.get() + " on " + StoreConfig.withoutPassword(url) + ": ");
				password = fromEnvironment != null ? fromEnvironment : asked == null ? null : new String(asked);
			}
			return StoreConfig.jdbc(url, dbUser.orElse(null), password);
		}

		@Override
		public CommandArguments arguments() {
			return arguments;
		}

		@Override
		public PrintStream out() {
			return out;
		}

		@Override
		public PrintStream err() {
			return err;
		}

		@Override
		public String user() {
			return user;
		}

		@Override
		public Optional<String> jdbcUrl() {
			return jdbcUrl;
		}

		@Override
		public Path workspace() {
			return workspace;
		}

		@Override
		public Passwords passwords() {
			return passwords;
		}
	}
}
