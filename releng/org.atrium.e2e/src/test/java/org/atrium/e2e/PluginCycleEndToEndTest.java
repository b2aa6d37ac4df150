package org.atrium.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each plugin's life in a copy of the built product: absent, installed with p2, used,
 * uninstalled (its rows stay) and installed again (its rows show again). The build's repository is not
 * signed, so each install says {@code --trust-unsigned}; {@link TrustedInstallEndToEndTest} shows the refusal.
 */
class PluginCycleEndToEndTest {

	/**
	 * A plugin as the cycle sees it.
	 *
	 * @param name              what {@code atrium plugins install} takes
	 * @param parts             the part ids its UI adds
	 * @param table             a table its demo data fills
	 * @param demoRows          more rows than this in that table after the demo
	 * @param navigatorChildren more navigator children than this under the demo's projects
	 */
	record Plugin(String name, List<String> parts, String table, int demoRows, int navigatorChildren) {
		String feature() {
			return name + ".feature";
		}

		@Override
		public String toString() {
			return name;
		}
	}

	static Stream<Plugin> plugins() {
		return Stream.of(
				new Plugin("org.atrium.risks", List.of("org.atrium.risks.ui.part.register",
						"org.atrium.risks.ui.part.heatmap", "org.atrium.risks.ui.part.raid"), "RISKS_RISK", 40, 40),
				new Plugin("org.atrium.meetings", List.of("org.atrium.meetings.ui.part.calendar",
						"org.atrium.meetings.ui.part.actions", "org.atrium.meetings.ui.part.decisions"), "MEETINGS_MEETING",
						40, 4),
				new Plugin("org.atrium.changes", List.of("org.atrium.changes.ui.part.changelog",
						"org.atrium.changes.ui.part.baselines"), "CHANGES_CHANGE_REQUEST", 40, 40),
				new Plugin("org.atrium.reporting", List.of("org.atrium.reporting.ui.part.reports",
						"org.atrium.reporting.ui.part.dashboard", "org.atrium.reporting.ui.part.roadmap"),
						"REPORTING_REPORT", 10, -1),
				new Plugin("org.atrium.resources", List.of("org.atrium.resources.ui.part.timesheet",
						"org.atrium.resources.ui.part.utilisation", "org.atrium.resources.ui.part.approvals"),
						"RESOURCES_TIMESHEET", 40, 40),
				new Plugin("org.atrium.interop", List.of(), "INTEROP_SHEET_MAPPING", 1, -1));
	}

	@TempDir
	Path folder;

	/** The product ships without plugins: each is offered by the repository, none is installed or shown. */
	@org.junit.jupiter.api.Test
	void theProductOffersEveryPluginAndShowsNone() throws Exception {
		InstalledProduct atrium = new InstalledProduct(folder);
		Path workspace = folder.resolve("workspace");

		InstalledProduct.Run list = atrium.atrium(workspace, "plugins", "list");
		assertEquals(0, list.exit(), list.toString());
		assertEquals(0, atrium.atrium(workspace, "demo", "--today", "2026-11-27").exit());
		Properties before = atrium.workbench(workspace);
		plugins().forEach(plugin -> {
			assertTrue(list.out().matches("(?s).*Available from .*\\n  " + plugin.feature().replace(".", "\\.") + " .*"),
					list.out());
			assertTrue(plugin.parts().stream().noneMatch(before.getProperty("parts")::contains),
					"no UI of " + plugin + " before it is installed");
		});
		assertEquals("0", before.getProperty("navigatorContributedChildren"));
	}

	@ParameterizedTest
	@MethodSource("plugins")
	void installUseUninstallReinstall(Plugin plugin) throws Exception {
		InstalledProduct atrium = new InstalledProduct(folder);
		Path workspace = folder.resolve("workspace");

		InstalledProduct.Run install = atrium.atrium(workspace, "plugins", "install", plugin.name(), "--trust-unsigned");
		assertEquals(0, install.exit(), install.toString());
		assertTrue(install.out().startsWith("Installed " + plugin.feature() + " from "), install.toString());

		Path office = folder.resolve("office");
		InstalledProduct.Run demo = atrium.atrium(office, "demo", "--today", "2026-11-27");
		assertEquals(0, demo.exit(), demo.toString());
		Properties installed = atrium.workbench(office);
		plugin.parts().forEach(part -> assertTrue(installed.getProperty("parts").contains(part), part + " after install"));
		int children = Integer.parseInt(installed.getProperty("navigatorContributedChildren"));
		assertTrue(children > plugin.navigatorChildren(), "plugin objects under projects in the navigator: " + children);
		long rows = countRows(atrium, office, plugin.table());
		assertTrue(rows > plugin.demoRows(), "demo rows in " + plugin.table() + ": " + rows);

		InstalledProduct.Run uninstall = atrium.atrium(office, "plugins", "uninstall", plugin.name());
		assertEquals(0, uninstall.exit(), uninstall.toString());
		Properties uninstalled = atrium.workbench(office);
		assertTrue(plugin.parts().stream().noneMatch(uninstalled.getProperty("parts")::contains), "plugin UI gone");
		assertEquals("0", uninstalled.getProperty("navigatorContributedChildren"));
		assertEquals(rows, countRows(atrium, office, plugin.table()), "uninstall leaves every row");

		assertEquals(0, atrium.atrium(office, "plugins", "install", plugin.name(), "--trust-unsigned").exit());
		Properties reinstalled = atrium.workbench(office);
		assertEquals(String.valueOf(children), reinstalled.getProperty("navigatorContributedChildren"),
				"the same objects show again");
		List<String> parts = List.of(reinstalled.getProperty("parts").split("\\|"));
		plugin.parts().forEach(part -> assertEquals(1, parts.stream().filter(part::equals).count(),
				part + " once in the layout kept since the first start: " + parts));
	}

	/** Counts a table's rows directly with the product's Derby. */
	private static long countRows(InstalledProduct atrium, Path workspace, String table) throws Exception {
		try (java.net.URLClassLoader derby = new java.net.URLClassLoader(new java.net.URL[] {
				atrium.plugin("derby_").toUri().toURL(), atrium.plugin("derby.shared_").toUri().toURL() },
				ClassLoader.getPlatformClassLoader())) {
			Driver driver = (Driver) derby.loadClass("org.apache.derby.iapi.jdbc.AutoloadedDriver").getDeclaredConstructor()
					.newInstance();
			try (Connection connection = driver.connect("jdbc:derby:" + workspace.resolve("database"), new Properties());
					ResultSet rs = connection.createStatement().executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
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
