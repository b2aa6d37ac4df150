package org.atrium.cli;

import java.io.PrintStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.atrium.core.command.CommandArguments;
import org.atrium.core.command.CommandContext;
import org.atrium.core.command.CommandContribution;
import org.atrium.core.command.UsageException;
import org.atrium.plugins.Plugin;
import org.atrium.plugins.PluginInstallation;
import org.atrium.plugins.PluginRepositories;
import org.atrium.plugins.TrustPolicy;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.osgi.service.component.annotations.Component;

/**
 * {@code atrium plugins}: lists, installs and uninstalls plugin features through {@link PluginInstallation};
 * changes apply at the next start. Unsigned or untrusted content is installed only with {@code --trust-unsigned}.
 */
@Component(service = CommandContribution.class)
public class PluginsCommand implements CommandContribution {

	static final String TRUST_UNSIGNED = "--trust-unsigned";

	@Override
	public String name() {
		return "plugins";
	}

	@Override
	public List<Usage> usage() {
		return List.of(new Usage("list [--repo URL]", "installed plugins, and those a repository offers"),
				new Usage("install <id> [--repo URL] [" + TRUST_UNSIGNED + "]",
						"install a plugin (e.g. org.atrium.risks); unsigned content needs " + TRUST_UNSIGNED),
				new Usage("uninstall <id>", "uninstall a plugin; its data stays in the database"));
	}

	@Override
	public int run(CommandContext context) {
		CommandArguments args = context.arguments();
		String repository = args.option("--repo").orElse(PluginRepositories.configured());
		boolean trustUnsigned = args.flag(TRUST_UNSIGNED);
		String action = args.required("'plugins' needs list, install or uninstall");
		if (trustUnsigned && !action.equals("install")) {
			throw new UsageException(TRUST_UNSIGNED + " belongs to 'plugins install' only");
		}
		PluginInstallation plugins = PluginInstallation.running();
		try {
			return switch (action) {
			case "list" -> {
				args.finish();
				yield list(context.out(), plugins, repository);
			}
			case "install" -> {
				String feature = PluginInstallation.featureId(args.required("'plugins install' needs a plugin id"));
				args.finish();
				if (repository == null) {
					throw new UsageException("no plugin repository is known; name one with --repo URL");
				}
				TrustPolicy trust = trustUnsigned ? content -> {
					context.err().println("atrium: warning: " + TRUST_UNSIGNED + " given, installing content that is "
							+ content.describe());
					return true;
				} : TrustPolicy.REFUSE;
				long start = System.nanoTime();
				IStatus status = plugins.install(feature, uri(repository), trust, new NullProgressMonitor());
				yield report(context, status, "Installed " + feature + " from " + repository, start);
			}
			case "uninstall" -> {
				String feature = PluginInstallation.featureId(args.required("'plugins uninstall' needs a plugin id"));
				args.finish();
				if (PluginInstallation.BUILT_IN.contains(feature)) {
					context.err().println("atrium: " + feature + " is part of Atrium itself and stays installed.");
					yield CommandContext.FAILED;
				}
				if (plugins.installed().stream().noneMatch(p -> p.id().equals(feature))) {
					context.err().println("atrium: " + feature + " is not installed. Try 'atrium plugins list'.");
					yield CommandContext.FAILED;
				}
				long start = System.nanoTime();
				yield report(context, plugins.uninstall(feature, new NullProgressMonitor()),
						"Uninstalled " + feature + "; its data stays in the database", start);
			}
			default -> throw new UsageException("unknown plugins action '" + action + "'; use list, install or uninstall");
			};
		} catch (CoreException e) {
			context.err().println("atrium: " + e.getStatus().getMessage());
			return CommandContext.FAILED;
		}
	}

	private static int list(PrintStream out, PluginInstallation plugins, String repository) throws CoreException {
		List<Plugin> installed = plugins.installed();
		out.println("Installed:");
		installed.forEach(p -> print(out, p));
		if (repository != null) {
			List<String> installedIds = installed.stream().map(Plugin::id).toList();
			out.println("Available from " + repository + ":");
			plugins.available(uri(repository), new NullProgressMonitor()).stream()
					.filter(p -> !installedIds.contains(p.id())).forEach(p -> print(out, p));
		}
		return CommandContext.OK;
	}

	private static void print(PrintStream out, Plugin plugin) {
		out.printf(Locale.ROOT, "  %-32s %-28s %s%n", plugin.id(), plugin.name(), plugin.version());
	}

	private static int report(CommandContext context, IStatus status, String done, long start) {
		if (status.getSeverity() == IStatus.ERROR || status.getSeverity() == IStatus.CANCEL) {
			String message = status.getSeverity() == IStatus.CANCEL ? "cancelled, nothing was changed" : status.getMessage();
			context.err().println("atrium: " + message);
			if (status.getCode() == PluginInstallation.UNTRUSTED) {
				context.err().println("atrium: to install it anyway, run the same command with " + TRUST_UNSIGNED + ".");
			}
			return CommandContext.FAILED;
		}
		if (status.getSeverity() == IStatus.INFO) {
			context.out().println(status.getMessage());
			return CommandContext.OK;
		}
		context.out().printf(Locale.ROOT, "%s in %.1f s. Restart Atrium to see the change.%n", done,
				(System.nanoTime() - start) / 1e9);
		return CommandContext.OK;
	}

	private static URI uri(String repository) {
		try {
			return PluginRepositories.uri(repository, "--repo");
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
	}
}
