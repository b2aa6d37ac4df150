package org.atrium.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built workbench, started through {@code releng/atrium-workbench --demo} on the X display of
 * the build: its window shows the navigator with the demo portfolios, and its log holds no error.
 */
class WorkbenchEndToEndTest {

	@TempDir
	Path workspace;

	/** Starts the workbench until the navigator shows the office, then lets it close itself. */
	static Properties start(Path workspace, String... args) throws IOException, InterruptedException {
		assertTrue(System.getenv("DISPLAY") != null,
				"the workbench test needs an X display; run the build under xvfb-run (see .ci/run)");
		Path report = workspace.resolveSibling(workspace.getFileName() + "-startup.properties");
		List<String> command = new java.util.ArrayList<>(List.of(
				CommandLineEndToEndTest.ROOT.resolve("releng/atrium-workbench").toString(), "--workspace", workspace.toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().put("ATRIUM_JAVA_OPTIONS",
				"-Datrium.startup.report=" + report + " -Datrium.startup.exit=true");
		return InstalledProduct.startUntilReported(builder, report);
	}

	@Test
	void demoWorkbenchShowsTheDemoPortfoliosAndLogsNoError() throws Exception {
		Properties report = start(workspace, "--demo");
		assertEquals("Digital Transformation|Operational Excellence|Regulatory & Compliance",
				report.getProperty("navigatorTopLevel"));
		assertTrue(Long.parseLong(report.getProperty("windowPaintedMillis")) > 0, report.toString());
		Path log = workspace.resolve(".metadata/.log");
		if (Files.exists(log)) {
			String text = Files.readString(log);
			assertFalse(text.matches("(?s).*!ENTRY \\S+ 4 .*"), "errors in the workbench log:\n" + text);
		}
	}
}
