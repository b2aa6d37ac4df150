package org.atrium.plugins.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.atrium.plugins.Plugin;
import org.atrium.plugins.PluginInstallation;
import org.atrium.plugins.TrustPolicy;
import org.atrium.plugins.testing.TestInstallation;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Installs and uninstalls through p2's operations in a real installation and real repositories in a folder. */
class PluginInstallationTest {

	static final Plugin AUDIT = new Plugin("org.example.audit.feature", "Audit Trail", "1.0.0");
	static final Plugin MEETINGS = new Plugin("org.example.meetings.feature", "Meetings", "1.0.0");

	@TempDir
	Path folder;

	PluginInstallation installation;
	URI repository;

	@BeforeEach
	void installationAndRepository() throws Exception {
		installation = TestInstallation.create(folder.resolve("atrium"));
		repository = TestInstallation.repository(folder.resolve("plugin repo"),
				Map.of(AUDIT.id(), AUDIT.name(), MEETINGS.id(), MEETINGS.name()));
	}

	@Test
	void aRepositoryOffersItsFeaturesAndNothingIsInstalledAtFirst() throws Exception {
		assertEquals(List.of(AUDIT, MEETINGS), installation.available(repository, new NullProgressMonitor()));
		assertEquals(List.of(), installation.installed());
	}

	@Test
	void installThenUninstall() throws Exception {
		IStatus installed = installation.install(AUDIT.id(), repository, TrustPolicy.REFUSE, new NullProgressMonitor());
		assertTrue(installed.isOK(), installed.toString());
		assertEquals(List.of(AUDIT), installation.installed());

		IStatus again = installation.install(AUDIT.id(), repository, TrustPolicy.REFUSE, new NullProgressMonitor());
		assertEquals(IStatus.INFO, again.getSeverity(), again.toString());
		assertEquals("org.example.audit.feature 1.0.0 is installed already", again.getMessage());

		IStatus uninstalled = installation.uninstall(AUDIT.id(), new NullProgressMonitor());
		assertTrue(uninstalled.isOK(), uninstalled.toString());
		assertEquals(List.of(), installation.installed());
	}

	@Test
	void aFeatureTheRepositoryDoesNotOfferIsAnErrorNamingBoth() throws Exception {
		IStatus status = installation.install("org.example.nothing.feature", repository, TrustPolicy.REFUSE,
				new NullProgressMonitor());
		assertEquals(IStatus.ERROR, status.getSeverity());
		assertEquals(repository + " offers no plugin org.example.nothing.feature", status.getMessage());
		assertEquals(List.of(), installation.installed());
	}

	@Test
	void aMissingRepositoryIsAnError() {
		URI nowhere = folder.resolve("nowhere").toUri();
		IStatus status = installation.install(AUDIT.id(), nowhere, TrustPolicy.REFUSE, new NullProgressMonitor());
		assertEquals(IStatus.ERROR, status.getSeverity());
		assertTrue(status.getMessage().contains("nowhere"), status.getMessage());
		CoreException listing = assertThrows(CoreException.class,
				() -> installation.available(nowhere, new NullProgressMonitor()));
		assertTrue(listing.getMessage().contains("nowhere"), listing.getMessage());
	}

	@Test
	void uninstallRefusesWhatIsNotInstalledAndAtriumItself() {
		IStatus notInstalled = installation.uninstall(MEETINGS.id(), new NullProgressMonitor());
		assertEquals(IStatus.ERROR, notInstalled.getSeverity());
		assertEquals("org.example.meetings.feature is not installed", notInstalled.getMessage());
		IStatus core = installation.uninstall("org.atrium.core.feature", new NullProgressMonitor());
		assertEquals(IStatus.ERROR, core.getSeverity());
		assertEquals("org.atrium.core.feature is part of Atrium itself and stays installed", core.getMessage());
	}

	@Test
	void featureIdsMayOmitTheirSuffix() {
		assertEquals("org.atrium.risks.feature", PluginInstallation.featureId("org.atrium.risks"));
		assertEquals("org.atrium.risks.feature", PluginInstallation.featureId("org.atrium.risks.feature"));
	}
}
