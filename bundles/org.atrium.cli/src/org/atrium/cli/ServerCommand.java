package org.atrium.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.atrium.core.command.CommandArguments;
import org.atrium.core.command.CommandContext;
import org.atrium.core.command.CommandContribution;
import org.atrium.core.command.UsageException;
import org.atrium.core.store.StoreConfig;
import org.atrium.core.store.TeamRepository;
import org.atrium.core.store.TeamRole;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code atrium server}: sets up a team repository on a PostgreSQL server and gives people logins. Passwords never
 * come from the command line: the administrator's from {@value Passwords#DB_PASSWORD} or the console, a new login's
 * from {@code --password-file} or the console.
 */
@Component(service = CommandContribution.class)
public class ServerCommand implements CommandContribution {

	private InstalledPackages packages;

	@Reference
	void setPackages(InstalledPackages packages) {
		this.packages = packages;
	}

	private static final Set<PosixFilePermission> OTHERS_READ = Set.of(PosixFilePermission.GROUP_READ,
			PosixFilePermission.OTHERS_READ);

	@Override
	public String name() {
		return "server";
	}

	@Override
	public List<Usage> usage() {
		return List.of(
				new Usage("init --db jdbc:postgresql://HOST/DB [--db-user ADMIN]",
						"make the database a team repository: tables of every installed\npackage, roles, privileges, server-side audit"),
				new Usage("add-user LOGIN --person LOGIN [--role staff|leadership] [--password-file FILE] --db URL [--db-user ADMIN]",
						"give a person of the office a database login (staff by default)"),
				new Usage("users --db URL [--db-user ADMIN]", "the logins of the team repository, their people and roles"));
	}

	@Override
	public int run(CommandContext context) {
		if (!(context instanceof DatabaseOptions options)) {
			throw new IllegalStateException("atrium server runs only from the atrium command line");
		}
		CommandArguments args = context.arguments();
		String action = args.required("server needs an action: init, add-user or users");
		return switch (action) {
		case "init" -> init(context, options, args);
		case "add-user" -> addUser(context, options, args);
		case "users" -> users(context, options, args);
		default -> throw new UsageException("server knows init, add-user and users, not '" + action + "'");
		};
	}

	private int init(CommandContext context, DatabaseOptions options, CommandArguments args) {
		args.finish();
		StoreConfig admin = options.login(serverUrl(options, "init"));
		TeamRepository.Initialized done = TeamRepository.init(admin, packages.now());
		context.out().println("Team repository ready: PostgreSQL " + admin.displayUrl());
		context.out().println("  roles: atrium_owner (administrators, now including " + done.administrator()
				+ "), atrium_staff (read and change), atrium_leadership (read only)");
		context.out().printf(Locale.ROOT, "  %d tables; packages: %s%n", done.tables(), done.packages().stream()
				.map(p -> p.prefix() + " " + p.version()).collect(Collectors.joining(", ")));
		context.out().println("Give people logins with: atrium server add-user LOGIN --person THEIR_OFFICE_LOGIN --db "
				+ admin.displayUrl());
		return CommandContext.OK;
	}

	private int addUser(CommandContext context, DatabaseOptions options, CommandArguments args) {
		String login = args.required("add-user needs the new login, e.g. atrium server add-user bsmith --person bsmith");
		String person = args.option("--person")
				.orElseThrow(() -> new UsageException("add-user needs --person, the office login of the person"));
		TeamRole role = role(args.option("--role").orElse("staff"));
		Optional<String> passwordFile = args.option("--password-file");
		args.finish();
		try {
			TeamRepository.checkLogin(login);
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		String url = serverUrl(options, "add-user");
		char[] password = passwordFile.map(file -> readPasswordFile(file, context.err()))
				.orElseGet(() -> ask(options.passwords(), login));
		StoreConfig admin = options.login(url);
		boolean created;
		try {
			created = TeamRepository.addUser(admin, login, password, person, role);
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		context.out().println((created ? "Added the login " : "Updated the login ") + login + ": works as " + person + ", "
				+ role.keyword() + ", on PostgreSQL " + admin.displayUrl());
		return CommandContext.OK;
	}

	private int users(CommandContext context, DatabaseOptions options, CommandArguments args) {
		args.finish();
		StoreConfig admin = options.login(serverUrl(options, "users"));
		List<TeamRepository.User> users = TeamRepository.users(admin);
		int width = users.stream().mapToInt(user -> user.login().length()).max().orElse(5);
		int personWidth = users.stream().mapToInt(user -> user.personLogin().length()).max().orElse(6);
		String format = "%-" + Math.max(width, 5) + "s  %-" + Math.max(personWidth, 6) + "s  %s%n";
		context.out().printf(Locale.ROOT, format, "LOGIN", "PERSON", "ROLE");
		for (TeamRepository.User user : users) {
			context.out().printf(Locale.ROOT, format, user.login(), user.personLogin(),
					user.role().map(TeamRole::keyword).orElse("none (revoked)"));
		}
		context.out().println(users.size() + (users.size() == 1 ? " login" : " logins") + " on PostgreSQL "
				+ admin.displayUrl());
		return CommandContext.OK;
	}

	private static String serverUrl(DatabaseOptions options, String action) {
		return options.jdbcUrl().orElseThrow(() -> new UsageException(
				"server " + action + " needs --db, the team repository's URL: jdbc:postgresql://HOST/DB"));
	}

	private static TeamRole role(String keyword) {
		try {
			return TeamRole.of(keyword);
		} catch (IllegalArgumentException e) {
			throw new UsageException("--" + e.getMessage());
		}
	}

	/** The file's first line, without its line break; a warning if others may read the file. */
	private static char[] readPasswordFile(String file, PrintStream err) {
		String text;
		try {
			Path path = Path.of(file);
			text = Files.readString(path, StandardCharsets.UTF_8);
			if (Files.getFileStore(path).supportsFileAttributeView(PosixFileAttributeView.class)
					&& Files.getPosixFilePermissions(path).stream().anyMatch(OTHERS_READ::contains)) {
				err.println("atrium: warning: other users of this machine may read " + file
						+ "; keep password files to yourself (chmod 600) and delete them once used.");
			}
		} catch (IOException | RuntimeException e) {
			throw new UsageException("--password-file cannot be read: " + file + " (" + e.getClass().getSimpleName() + ")");
		}
		String line = text.lines().findFirst().orElse("");
		if (line.isEmpty()) {
			throw new UsageException("--password-file must hold the password on its first line: " + file + " holds none");
		}
		return line.toCharArray();
	}

	private static char[] ask(Passwords passwords, String login) {
		char[] first = passwords.ask("New password of " + login + ": ");
		if (first == null) {
			throw new UsageException("add-user needs the new login's password: give --password-file FILE, or run it on a terminal");
		}
		char[] again = passwords.ask("The same password again: ");
		if (again == null || !Arrays.equals(first, again)) {
			throw new UsageException("the two passwords of " + login + " differ; nothing was changed");
		}
		Arrays.fill(again, '\0');
		return first;
	}
}
