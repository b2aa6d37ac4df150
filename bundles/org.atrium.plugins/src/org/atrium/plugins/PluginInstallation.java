package org.atrium.plugins;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.core.UIServices;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.operations.InstallOperation;
import org.eclipse.equinox.p2.operations.ProfileChangeOperation;
import org.eclipse.equinox.p2.operations.ProvisioningJob;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.UninstallOperation;
import org.eclipse.equinox.p2.query.IQueryResult;
import org.eclipse.equinox.p2.query.IQueryable;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.IRepositoryManager;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * The plugin features of one Atrium installation: what is installed, what a repository offers, and
 * installing and uninstalling them with p2's operations. The command line ({@code atrium plugins}) and the
 * workbench (Help > Plugins) both use it. Content that p2 cannot trust is installed only if the
 * {@link TrustPolicy} says so. Changes take effect at the next start.
 */
public final class PluginInstallation {

	public static final String PROFILE = "DefaultProfile";
	/** The status code of an install that was refused because its content is not signed by a trusted signer. */
	public static final int UNTRUSTED = 2;
	/** Features that make up Atrium itself; they are not plugins and stay installed. */
	public static final Set<String> BUILT_IN = Set.of("org.atrium.core.feature", "org.atrium.ui.feature");

	private static final String ID = "org.atrium.plugins";
	private static final String GROUP_SUFFIX = ".feature.group";

	private final Path home;

	/** @param home the installation's folder, the one with {@code plugins/} and {@code p2/} */
	public PluginInstallation(Path home) {
		this.home = home;
	}

	/** The installation the running Atrium was started from. */
	public static PluginInstallation running() {
		String area = System.getProperty("osgi.install.area");
		if (area == null) {
			throw new IllegalStateException("osgi.install.area is not set; is this an Atrium installation?");
		}
		return new PluginInstallation(Path.of(URI.create(area.replace(" ", "%20"))));
	}

	public Path home() {
		return home;
	}

	/** {@code org.atrium.risks} and {@code org.atrium.risks.feature} both name the feature of the risk plugin. */
	public static String featureId(String id) {
		return id.endsWith(".feature") ? id : id + ".feature";
	}

	/** Every feature installed, Atrium's own included. */
	public List<Plugin> installed() throws CoreException {
		IProvisioningAgent agent = agent();
		try {
			IProfile profile = agent.getService(IProfileRegistry.class).getProfile(PROFILE);
			return profile == null ? List.of() : features(profile.query(QueryUtil.createIUGroupQuery(), null));
		} finally {
			agent.stop();
		}
	}

	/** The features a repository offers, the newest version of each. */
	public List<Plugin> available(URI repository, IProgressMonitor monitor) throws CoreException {
		IProvisioningAgent agent = agent();
		try (Repository offered = new Repository(agent, repository)) {
			IMetadataRepository metadata = offered.load(monitor);
			return features(metadata.query(QueryUtil.createLatestQuery(QueryUtil.createIUGroupQuery()), null));
		} finally {
			agent.stop();
		}
	}

	/**
	 * Installs a feature and what it needs from a repository. Nothing is installed if the repository does not
	 * offer it, if p2 finds no consistent solution, or if the policy does not trust its content.
	 *
	 * @return OK, CANCEL, or an ERROR whose message says why; code {@link #UNTRUSTED} when the content was refused
	 */
	public IStatus install(String feature, URI repository, TrustPolicy trust, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Installing " + feature, 10);
		IProvisioningAgent agent;
		try {
			agent = agent();
		} catch (CoreException e) {
			return e.getStatus();
		}
		TrustQuestion question = new TrustQuestion(trust);
		agent.registerService(UIServices.SERVICE_NAME, question);
		try (Repository offered = new Repository(agent, repository)) {
			IQueryResult<IInstallableUnit> found = offered.load(progress.split(2))
					.query(QueryUtil.createLatestQuery(QueryUtil.createIUQuery(feature + GROUP_SUFFIX)), progress.split(1));
			if (found.isEmpty()) {
				return Status.error(repository + " offers no plugin " + feature);
			}
			IInstallableUnit offeredUnit = found.iterator().next();
			IProfile profile = agent.getService(IProfileRegistry.class).getProfile(PROFILE);
			if (profile != null && !profile.available(QueryUtil.createIUQuery(offeredUnit), null).isEmpty()) {
				return Status.info(feature + " " + offeredUnit.getVersion() + " is installed already");
			}
			InstallOperation operation = new InstallOperation(new ProvisioningSession(agent), found.toUnmodifiableSet());
			operation.setProvisioningContext(offered.context());
			IStatus result = run(operation, "install " + feature, progress.split(7));
			if (question.refused() != null) {
				return new Status(IStatus.ERROR, ID, UNTRUSTED, "Refused to install " + feature
						+ ", its content is not signed by a trusted signer (" + question.refused().describe()
						+ "). Nothing was installed.", null);
			}
			return result;
		} catch (CoreException e) {
			return e.getStatus();
		} finally {
			agent.stop();
		}
	}

	/** Uninstalls a plugin feature; Atrium's own features stay. Its data stays in the database. */
	public IStatus uninstall(String feature, IProgressMonitor monitor) {
		if (BUILT_IN.contains(feature)) {
			return Status.error(feature + " is part of Atrium itself and stays installed");
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Uninstalling " + feature, 10);
		IProvisioningAgent agent;
		try {
			agent = agent();
		} catch (CoreException e) {
			return e.getStatus();
		}
		try {
			IProfile profile = agent.getService(IProfileRegistry.class).getProfile(PROFILE);
			IQueryResult<IInstallableUnit> found = profile == null ? null
					: profile.query(QueryUtil.createIUQuery(feature + GROUP_SUFFIX), progress.split(1));
			if (found == null || found.isEmpty()) {
				return Status.error(feature + " is not installed");
			}
			UninstallOperation operation = new UninstallOperation(new ProvisioningSession(agent),
					found.toUnmodifiableSet());
			ProvisioningContext context = new ProvisioningContext(agent);
			context.setMetadataRepositories(new URI[0]);
			context.setArtifactRepositories(new URI[0]);
			operation.setProvisioningContext(context);
			return run(operation, "uninstall " + feature, progress.split(9));
		} finally {
			agent.stop();
		}
	}

	private static IStatus run(ProfileChangeOperation operation, String what, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		operation.setProfileId(PROFILE);
		IStatus resolved = operation.resolveModal(progress.split(3));
		if (resolved.getSeverity() == IStatus.CANCEL) {
			return Status.CANCEL_STATUS;
		}
		if (!operation.hasResolved() || resolved.getSeverity() == IStatus.ERROR) {
			return Status.error("p2 cannot " + what + ": " + firstProblem(resolved));
		}
		ProvisioningJob job = operation.getProvisioningJob(progress.split(1));
		if (job == null) {
			return Status.info("Nothing to do to " + what + ": " + resolved.getMessage());
		}
		IStatus done = job.runModal(progress.split(6));
		if (done.getSeverity() == IStatus.ERROR) {
			return Status.error("p2 could not " + what + ": " + firstProblem(done), done.getException());
		}
		return done.getSeverity() == IStatus.CANCEL ? Status.CANCEL_STATUS : Status.OK_STATUS;
	}

	/** The most specific error in a tree of statuses: p2 puts the reason at the leaves. */
	static String firstProblem(IStatus status) {
		for (IStatus child : status.getChildren()) {
			if (child.getSeverity() == IStatus.ERROR) {
				return firstProblem(child);
			}
		}
		return status.getMessage();
	}

	private IProvisioningAgent agent() throws ProvisionException {
		BundleContext context = FrameworkUtil.getBundle(PluginInstallation.class).getBundleContext();
		ServiceReference<IProvisioningAgentProvider> reference = context
				.getServiceReference(IProvisioningAgentProvider.class);
		if (reference == null) {
			throw new ProvisionException("p2 is not running in this installation");
		}
		IProvisioningAgentProvider provider = context.getService(reference);
		try {
			return provider.createAgent(home.resolve("p2").toUri());
		} finally {
			context.ungetService(reference);
		}
	}

	private static List<Plugin> features(IQueryable<IInstallableUnit> units) {
		List<Plugin> result = new ArrayList<>();
		for (IInstallableUnit unit : units.query(QueryUtil.ALL_UNITS, null)) {
			String id = unit.getId();
			if (id.endsWith(GROUP_SUFFIX)) {
				result.add(new Plugin(id.substring(0, id.length() - GROUP_SUFFIX.length()),
						unit.getProperty(IInstallableUnit.PROP_NAME, null), unit.getVersion().toString()));
			}
		}
		result.sort(Comparator.comparing(Plugin::id));
		return result;
	}

	/** A repository used for one operation: forgotten again afterwards unless p2 knew it before. */
	private static final class Repository implements AutoCloseable {
		private final IProvisioningAgent agent;
		private final URI location;
		private final boolean known;

		Repository(IProvisioningAgent agent, URI location) {
			this.agent = agent;
			this.location = location;
			this.known = metadata().contains(location);
		}

		IMetadataRepository load(IProgressMonitor monitor) throws ProvisionException {
			return metadata().loadRepository(location, monitor);
		}

		ProvisioningContext context() {
			ProvisioningContext context = new ProvisioningContext(agent);
			context.setMetadataRepositories(location);
			context.setArtifactRepositories(location);
			return context;
		}

		private IMetadataRepositoryManager metadata() {
			return agent.getService(IMetadataRepositoryManager.class);
		}

		@Override
		public void close() {
			if (!known) {
				for (IRepositoryManager<?> manager : List.of(metadata(),
						agent.getService(IArtifactRepositoryManager.class))) {
					manager.removeRepository(location);
				}
			}
		}
	}
}
