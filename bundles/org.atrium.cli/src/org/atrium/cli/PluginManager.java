package org.atrium.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.eclipse.equinox.internal.p2.director.app.DirectorApplication;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.query.IQueryable;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Installs and uninstalls plugin features of this Atrium installation with the p2 director, and
 * lists what is installed and what a repository offers. Changes take effect at the next start.
 */
final class PluginManager {

	static final String PROFILE = "DefaultProfile";
	static final String GROUP_SUFFIX = ".feature.group";
	/** Features that make up Atrium itself; they are not plugins and stay installed. */
	static final Set<String> BUILT_IN = Set.of("org.atrium.core.feature", "org.atrium.ui.feature");

	/** An installable feature. */
	record Plugin(String id, String name, String version) {
	}

	/** What the director did, with the time it took. */
	record Outcome(boolean done, String message, long millis) {
	}

	private final Path installation;

	PluginManager(Path installation) {
		this.installation = installation;
	}

	/** The installation the running Atrium was started from. */
	static Path runningInstallation() {
		String area = System.getProperty("osgi.install.area");
		if (area == null) {
			throw new IllegalStateException("osgi.install.area is not set; is this an Atrium installation?");
		}
		return Path.of(URI.create(area.replace(" ", "%20")));
	}

	/** {@code org.atrium.risks} and {@code org.atrium.risks.feature} both name the feature of the risk plugin. */
	static String featureId(String id) {
		return id.endsWith(".feature") ? id : id + ".feature";
	}

	List<Plugin> installed() throws ProvisionException {
		IProvisioningAgent agent = agent();
		try {
			IProfile profile = agent.getService(IProfileRegistry.class).getProfile(PROFILE);
			return profile == null ? List.of() : features(profile);
		} finally {
			agent.stop();
		}
	}

	List<Plugin> available(URI repository) throws ProvisionException {
		IProvisioningAgent agent = agent();
		try {
			IMetadataRepositoryManager manager = agent.getService(IMetadataRepositoryManager.class);
			return features(manager.loadRepository(repository, null));
		} finally {
			agent.stop();
		}
	}

	Outcome install(String feature, URI repository) {
		return director("-repository", repository.toString(), "-installIU", feature + GROUP_SUFFIX);
	}

	Outcome uninstall(String feature) {
		return director("-uninstallIU", feature + GROUP_SUFFIX);
	}

	private Outcome director(String... operation) {
		List<String> args = new ArrayList<>(List.of(operation));
		args.addAll(List.of("-profile", PROFILE, "-destination", installation.toString()));
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		PrintStream originalOut = System.out;
		PrintStream originalErr = System.err;
		long start = System.nanoTime();
		Object result;
		try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
			System.setOut(capture);
			System.setErr(capture);
			result = new DirectorApplication().run(args.toArray(String[]::new));
		} catch (Exception e) {
			result = e;
		} finally {
			System.setOut(originalOut);
			System.setErr(originalErr);
		}
		long millis = (System.nanoTime() - start) / 1_000_000;
		String output = captured.toString(StandardCharsets.UTF_8).strip();
		boolean done = Integer.valueOf(0).equals(result);
		return new Outcome(done, done ? output : firstProblem(output, result), millis);
	}

	private static String firstProblem(String output, Object result) {
		for (String line : output.lines().toList()) {
			if (line.contains("Cannot") || line.contains("No solution") || line.contains("not found")
					|| line.contains("Missing") || line.contains("could not be found")) {
				return line.strip();
			}
		}
		return result instanceof Exception e ? e.getMessage() : output.isEmpty() ? "the p2 director failed" : output;
	}

	private IProvisioningAgent agent() throws ProvisionException {
		BundleContext context = FrameworkUtil.getBundle(PluginManager.class).getBundleContext();
		ServiceReference<IProvisioningAgentProvider> reference = context.getServiceReference(IProvisioningAgentProvider.class);
		if (reference == null) {
			throw new IllegalStateException("p2 is not running in this installation");
		}
		IProvisioningAgentProvider provider = context.getService(reference);
		try {
			return provider.createAgent(installation.resolve("p2").toUri());
		} finally {
			context.ungetService(reference);
		}
	}

	private static List<Plugin> features(IQueryable<IInstallableUnit> source) {
		List<Plugin> result = new ArrayList<>();
		for (IInstallableUnit unit : source.query(QueryUtil.createIUGroupQuery(), null)) {
			String id = unit.getId();
			if (id.endsWith(GROUP_SUFFIX)) {
				result.add(new Plugin(id.substring(0, id.length() - GROUP_SUFFIX.length()),
						unit.getProperty(IInstallableUnit.PROP_NAME, null), unit.getVersion().toString()));
			}
		}
		result.sort(Comparator.comparing(Plugin::id));
		return result;
	}
}
