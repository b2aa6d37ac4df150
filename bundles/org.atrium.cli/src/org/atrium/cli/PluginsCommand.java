package org.atrium.cli;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.atrium.core.command.CommandArguments;
import org.atrium.core.command.CommandContext;
import org.atrium.core.command.CommandContribution;
import org.atrium.core.command.UsageException;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.osgi.service.component.annotations.Component;

/** {@code atrium plugins}: lists, installs and uninstalls plugin features with p2; changes apply at the next start. */
@Component(service = CommandContribution.class)
public class PluginsCommand implements CommandContribution {

	@Override
	public String name() {
		return "plugins";
	}

	@Override
	public List<Usage> usage() {
		return List.of(new Usage("list [--repo URL]", "installed plugins, and those a repository offers"),
				new Usage("install <id> [--repo URL]", "install a plugin (e.g. org.atrium.risks) with p2"),
				new Usage("uninstall <id>", "uninstall a plugin; its data stays in the database"));
	}

	@Override
	public int run(CommandContext context) {
		CommandArguments args = context.arguments();
		String repository = args.option("--repo").orElse(System.getProperty("atrium.plugins.repository"));
		String action = args.required("'plugins' needs list, install or uninstall");
		PluginManager plugins = new PluginManager(PluginManager.runningInstallation());
		try {
			return switch (action) {
			case "list" -> {
				args.finish();
				yield list(context.out(), plugins, repository);
			}
			case "install" -> {
				String feature = PluginManager.featureId(args.required("'plugins install' needs a plugin id"));
				args.finish();
				if (repository == null) {
					throw new UsageException("no plugin repository is known; name one with --repo URL");
				}
				yield report(context, plugins.install(feature, repositoryUri(repository)),
						"Installed " + feature + " from " + repository);
			}
			case "uninstall" -> {
				String feature = PluginManager.featureId(args.required("'plugins uninstall' needs a plugin id"));
				args.finish();
				if (PluginManager.BUILT_IN.contains(feature)) {
					context.err().println("atrium: " + feature + " is part of Atrium itself and stays installed.");
					yield CommandContext.FAILED;
				}
				if (plugins.installed().stream().noneMatch(p -> p.id().equals(feature))) {
					context.err().println("atrium: " + feature + " is not installed. Try 'atrium plugins list'.");
					yield CommandContext.FAILED;
				}
				yield report(context, plugins.uninstall(feature),
						"Uninstalled " + feature + "; its data stays in the database");
			}
			default -> throw new UsageException("unknown plugins action '" + action + "'; use list, install or uninstall");
			};
		} catch (ProvisionException e) {
			context.err().println("atrium: " + e.getMessage());
			return CommandContext.FAILED;
		}
	}

	private static int list(PrintStream out, PluginManager plugins, String repository) throws ProvisionException {
		List<PluginManager.Plugin> installed = plugins.installed();
		out.println("Installed:");
		installed.forEach(p -> out.printf(Locale.ROOT, "  %-32s %-28s %s%n", p.id(), p.name(), p.version()));
		if (repository != null) {
			List<String> installedIds = installed.stream().map(PluginManager.Plugin::id).toList();
			out.println("Available from " + repository + ":");
			plugins.available(repositoryUri(repository)).stream().filter(p -> !installedIds.contains(p.id()))
					.forEach(p -> out.printf(Locale.ROOT, "  %-32s %-28s %s%n", p.id(), p.name(), p.version()));
		}
		return CommandContext.OK;
	}

	private static int report(CommandContext context, PluginManager.Outcome outcome, String done) {
		if (!outcome.done()) {
			context.err().println("atrium: p2 could not do it: " + outcome.message());
			return CommandContext.FAILED;
		}
		context.out().printf(Locale.ROOT, "%s in %.1f s. Restart Atrium to see the change.%n", done,
				outcome.millis() / 1000.0);
		return CommandContext.OK;
	}

	/** A URL such as file:/repo or https://host/repo, or a folder. */
	/** A file: or https: URL, or a folder (spaces allowed); any other kind of location is refused. */
	static URI repositoryUri(String repository) {
		if (!repository.contains(":")) {
			return Path.of(repository).toAbsolutePath().toUri();
		}
		URI uri;
		try {
			uri = repository.startsWith("file:") && repository.contains(" ")
					? Path.of(repository.substring("file:".length())).toAbsolutePath().toUri()
					: URI.create(repository);
		} catch (IllegalArgumentException e) {
			throw new UsageException("--repo must be a file: or https: URL or a folder, was '" + repository + "'");
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("file") && !scheme.equals("https")) {
			throw new UsageException("--repo must be a file: or https: URL or a folder; '" + scheme
					+ ":' repositories are not trusted, was '" + repository + "'");
		}
		return uri;
	}
}
