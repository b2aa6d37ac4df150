package org.atrium.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import org.atrium.core.Contributions;
import org.atrium.core.command.CommandContext;
import org.atrium.core.command.CommandContribution;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code atrium help}: the global options and the usage of every installed command, the plugins' included. */
@Component(service = CommandContribution.class)
public class HelpCommand implements CommandContribution {

	static final String VERB = "help";

	/** Where descriptions start, so that they line up in a column. */
	private static final int DESCRIPTION_COLUMN = 40;

	private InstalledCommands commands;

	@Reference
	void setCommands(InstalledCommands commands) {
		this.commands = commands;
	}

	@Override
	public String name() {
		return VERB;
	}

	@Override
	public List<Usage> usage() {
		return List.of(new Usage("", "this text"));
	}

	@Override
	public int run(CommandContext context) {
		context.arguments().finish();
		PrintStream out = context.out();
		out.println("Usage: atrium [--workspace DIR] [--db JDBC-URL [--db-user LOGIN]] [--user NAME] <command> [options]");
		out.println();
		out.println("Commands:");
		for (Map.Entry<String, CommandContribution> entry : commands.byVerb().entrySet()) {
			CommandContribution command = entry.getValue();
			for (Usage usage : Contributions.call(command, "describing its usage", command::usage, List.<Usage>of())) {
				print(out, entry.getKey(), usage);
			}
		}
		out.println();
		out.println("The database is embedded Derby in <workspace>/database unless --db names a JDBC URL.");
		out.println("The password of --db-user comes from " + Passwords.DB_PASSWORD + ", else it is asked on the terminal;");
		out.println("on a team repository you work as the person your login stands for.");
		out.println("Plugins come from the repository the build made unless --repo names another; they");
		out.println("take effect when Atrium starts next. Content that is not signed by a signer this");
		out.println("installation trusts is installed only with --trust-unsigned.");
		return CommandContext.OK;
	}

	private static void print(PrintStream out, String verb, Usage usage) {
		String synopsis = "  " + verb + (usage.synopsis() == null || usage.synopsis().isBlank() ? "" : " " + usage.synopsis());
		List<String> description = usage.description() == null ? List.of() : usage.description().lines().toList();
		String indent = " ".repeat(DESCRIPTION_COLUMN);
		if (synopsis.length() + 2 > DESCRIPTION_COLUMN || description.isEmpty()) {
			out.println(synopsis);
			description.forEach(line -> out.println(indent + line));
		} else {
			out.println(synopsis + " ".repeat(DESCRIPTION_COLUMN - synopsis.length()) + description.get(0));
			description.subList(1, description.size()).forEach(line -> out.println(indent + line));
		}
	}
}
