package org.atrium.plugins.testing;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.atrium.plugins.PluginInstallation;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.metadata.IProvidedCapability;
import org.eclipse.equinox.p2.metadata.MetadataFactory;
import org.eclipse.equinox.p2.metadata.MetadataFactory.InstallableUnitDescription;
import org.eclipse.equinox.p2.metadata.Version;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * A real p2 installation in a folder (an empty {@code DefaultProfile}), and real p2 repositories of features
 * that hold metadata only: enough for p2 to resolve, install and uninstall them without any bundle to start.
 */
public final class TestInstallation {

	private TestInstallation() {
	}

	/** An installation with an empty profile, in this folder. */
	public static PluginInstallation create(Path home) throws ProvisionException {
		IProvisioningAgent agent = agent(home);
		try {
			agent.getService(IProfileRegistry.class).addProfile(PluginInstallation.PROFILE,
					Map.of(IProfile.PROP_INSTALL_FOLDER, home.toString(), IProfile.PROP_CACHE, home.toString()));
		} finally {
			agent.stop();
		}
		return new PluginInstallation(home);
	}

	/**
	 * A repository in this folder that offers one feature per id (e.g. {@code org.example.audit.feature}), named
	 * by the map's values, each at version 1.0.0.
	 */
	public static URI repository(Path folder, Map<String, String> features) throws ProvisionException {
		URI location = folder.toUri();
		IProvisioningAgent agent = agent(folder.resolve(".p2"));
		try {
			IMetadataRepository repository = agent.getService(IMetadataRepositoryManager.class).createRepository(
					location, "Test plugins", IMetadataRepositoryManager.TYPE_SIMPLE_REPOSITORY, Map.of());
			List<IInstallableUnit> units = new ArrayList<>();
			features.forEach((id, name) -> units.add(feature(id, name)));
			repository.addInstallableUnits(units);
			agent.getService(IMetadataRepositoryManager.class).removeRepository(location);
		} finally {
			agent.stop();
		}
		return location;
	}

	private static IInstallableUnit feature(String id, String name) {
		InstallableUnitDescription unit = new InstallableUnitDescription();
		unit.setId(id + ".feature.group");
		unit.setVersion(Version.create("1.0.0"));
		unit.setProperty(IInstallableUnit.PROP_NAME, name);
		unit.setProperty(QueryUtil.PROP_TYPE_GROUP, Boolean.TRUE.toString());
		unit.setCapabilities(new IProvidedCapability[] {
				MetadataFactory.createProvidedCapability(IInstallableUnit.NAMESPACE_IU_ID, unit.getId(), unit.getVersion()) });
		return MetadataFactory.createInstallableUnit(unit);
	}

	private static IProvisioningAgent agent(Path folder) throws ProvisionException {
		BundleContext context = FrameworkUtil.getBundle(TestInstallation.class).getBundleContext();
		ServiceReference<IProvisioningAgentProvider> reference = context
				.getServiceReference(IProvisioningAgentProvider.class);
		if (reference == null) {
			throw new IllegalStateException("p2 is not running");
		}
		try {
			return context.getService(reference).createAgent(folder.resolve("p2").toUri());
		} finally {
			context.ungetService(reference);
		}
	}
}
