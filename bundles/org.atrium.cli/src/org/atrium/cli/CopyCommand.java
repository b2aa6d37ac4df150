package org.atrium.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.atrium.core.command.CommandArguments;
import org.atrium.core.command.CommandContext;
import org.atrium.core.command.CommandContribution;
import org.atrium.core.command.UsageException;
import org.atrium.core.store.StoreConfig;
import org.atrium.core.store.TeamRepository;
import org.atrium.core.store.TeamRepository.Copied;
import org.atrium.core.store.TeamRepository.TableCount;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code atrium copy}: moves one person's embedded workspace, every installed package included, into an empty team
 * repository, and shows the rows of each table before and after.
 */
@Component(service = CommandContribution.class)
public class CopyCommand implements CommandContribution {

	private InstalledPackages packages;

	@Reference
	void setPackages(InstalledPackages packages) {
		this.packages = packages;
	}

	@Override
	public String name() {
		return "copy";
	}

	@Override
	public List<Usage> usage() {
		return List.of(new Usage("--to jdbc:postgresql://HOST/DB [--db-user ADMIN]",
				"copy the workspace's database into an empty team repository,\nchecking the rows of every table"));
	}

	@Override
	public int run(CommandContext context) {
		if (!(context instanceof DatabaseOptions options)) {
			throw new IllegalStateException("atrium copy runs only from the atrium command line");
		}
		CommandArguments args = context.arguments();
		String to = args.option("--to").orElseThrow(
				() -> new UsageException("copy needs --to, the team repository's URL: jdbc:postgresql://HOST/DB"));
		args.finish();
		if (options.jdbcUrl().isPresent()) {
			throw new UsageException("copy reads the workspace's embedded database; choose it with --workspace, not --db");
		}
		StoreConfig source = StoreConfig.derby(options.workspace().resolve("database"), false);
		StoreConfig target = options.login(to);
		Copied copied = TeamRepository.copy(source, target, packages.now());
		PrintStream out = context.out();
		out.println((copied.saved() ? "Copied " : "Checked, not copied: ") + "Derby " + source.derbyDirectory()
				+ " into PostgreSQL " + target.displayUrl());
		int width = List.of(copied.tables(), copied.skipped()).stream().flatMap(List::stream)
				.mapToInt(count -> count.table().length()).max().orElse(5);
		out.printf(Locale.ROOT, "  %-" + width + "s %10s %10s %10s%n", "table", "source", "copied", "target");
		for (TableCount count : copied.tables()) {
			out.printf(Locale.ROOT, "  %-" + width + "s %10d %10d %10d%s%n", count.table(), count.source(), count.copied(),
					count.target(), count.matches() ? "" : "  differs");
		}
		if (!copied.skipped().isEmpty()) {
			out.println("  skipped, their plugins are not installed here:");
			for (TableCount count : copied.skipped()) {
				out.printf(Locale.ROOT, "  %-" + width + "s %10d%n", count.table(), count.source());
			}
		}
		if (!copied.saved()) {
			context.err().println("atrium: the counts of some tables differ; nothing was copied.");
			return CommandContext.FAILED;
		}
		out.printf(Locale.ROOT, "All %d tables agree: %,d rows copied.%n", copied.tables().size(), copied.rows());
		return CommandContext.OK;
	}
}
