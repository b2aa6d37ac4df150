package org.atrium.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The risk plugin's life in a copy of the built product: absent, installed with p2, used,
 * uninstalled (its rows stay) and installed again (its rows show again). The build's repository is not
 * signed, so each install says {@code --trust-unsigned}; {@link TrustedInstallEndToEndTest} shows the refusal.
 */
class PluginCycleEndToEndTest {

	static final String FEATURE = "org.atrium.risks.feature";
	static final List<String> RISK_PARTS = List.of("org.atrium.risks.ui.part.register", "org.atrium.risks.ui.part.heatmap",
			"org.atrium.risks.ui.part.raid");

	@TempDir
	Path folder;

	@Test
	void installUseUninstallReinstall() throws Exception {
		InstalledProduct atrium = new InstalledProduct(folder);
		Path workspace = folder.resolve("workspace");

		InstalledProduct.Run list = atrium.atrium(workspace, "plugins", "list");
		assertEquals(0, list.exit(), list.toString());
		assertTrue(list.out().matches("(?s).*Available from .*\\n  " + FEATURE.replace(".", "\\.") + " .*"), list.out());
		assertEquals(0, atrium.atrium(workspace, "demo", "--today", "2026-11-27").exit());
		Properties before = atrium.workbench(workspace);
		assertTrue(RISK_PARTS.stream().noneMatch(before.getProperty("parts")::contains), "no risk UI before install");

		InstalledProduct.Run install = atrium.atrium(workspace, "plugins", "install", "org.atrium.risks",
				"--trust-unsigned");
		assertEquals(0, install.exit(), install.toString());
		assertTrue(install.out().startsWith("Installed " + FEATURE + " from "), install.toString());

		Path office = folder.resolve("office");
		InstalledProduct.Run demo = atrium.atrium(office, "demo", "--today", "2026-11-27");
		assertEquals(0, demo.exit(), demo.toString());
		Properties installed = atrium.workbench(office);
		RISK_PARTS.forEach(part -> assertTrue(installed.getProperty("parts").contains(part), part + " after install"));
		int children = Integer.parseInt(installed.getProperty("navigatorContributedChildren"));
		assertTrue(children > 40, "risks under projects in the navigator: " + children);
		long risks = countRisks(atrium, office);
		assertTrue(risks > 40, "demo risks stored: " + risks);

		InstalledProduct.Run uninstall = atrium.atrium(office, "plugins", "uninstall", "org.atrium.risks");
		assertEquals(0, uninstall.exit(), uninstall.toString());
		Properties uninstalled = atrium.workbench(office);
		assertTrue(RISK_PARTS.stream().noneMatch(uninstalled.getProperty("parts")::contains), "risk UI gone");
		assertEquals("0", uninstalled.getProperty("navigatorContributedChildren"));
		assertEquals(risks, countRisks(atrium, office), "uninstall leaves every risk row");

		assertEquals(0, atrium.atrium(office, "plugins", "install", "org.atrium.risks", "--trust-unsigned").exit());
		Properties reinstalled = atrium.workbench(office);
		assertEquals(String.valueOf(children), reinstalled.getProperty("navigatorContributedChildren"),
				"the same risks show again");
		List<String> parts = List.of(reinstalled.getProperty("parts").split("\\|"));
		RISK_PARTS.forEach(part -> assertEquals(1, parts.stream().filter(part::equals).count(),
				part + " once in the layout kept since the first start: " + parts));
	}

	/** Reads the risk table directly with the product's Derby. */
	private static long countRisks(InstalledProduct atrium, Path workspace) throws Exception {
		try (java.net.URLClassLoader derby = new java.net.URLClassLoader(new java.net.URL[] {
				atrium.plugin("derby_").toUri().toURL(), atrium.plugin("derby.shared_").toUri().toURL() },
				ClassLoader.getPlatformClassLoader())) {
			Driver driver = (Driver) derby.loadClass("org.apache.derby.iapi.jdbc.AutoloadedDriver").getDeclaredConstructor()
					.newInstance();
			try (Connection connection = driver.connect("jdbc:derby:" + workspace.resolve("database"), new Properties());
					ResultSet rs = connection.createStatement().executeQuery("SELECT COUNT(*) FROM \"RISKS_RISK\"")) {
				rs.next();
				return rs.getLong(1);
			} finally {
				try {
					driver.connect("jdbc:derby:;shutdown=true", new Properties());
				} catch (java.sql.SQLException expected) {
					// Derby reports a clean shutdown as an exception.
				}
			}
		}
	}
}
