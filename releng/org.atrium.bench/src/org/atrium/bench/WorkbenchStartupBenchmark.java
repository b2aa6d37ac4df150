package org.atrium.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.atrium.bench.Figure.Unit;
import org.atrium.bench.Runner.Comparison;

/**
 * Figure 8: milliseconds from the JVM start to the first painted workbench window, with an office of
 * {@code projects} projects against an empty database. The workbench reports the time itself
 * ({@code -Datrium.startup.report}) and closes; every run is a new process. Needs an X display.
 */
final class WorkbenchStartupBenchmark {

	private final Settings settings;
	private final Path product;
	private final int projects;

	WorkbenchStartupBenchmark(Settings settings, Path product, int projects) {
		this.settings = settings;
		this.product = product;
		this.projects = projects;
	}

	Figure run() throws Exception {
		String title = "Workbench start to first painted window, " + String.format("%,d", projects) + " projects";
		if (System.getenv("DISPLAY") == null) {
			return Figure.notMeasured("8", title, "not measured: no X display (run under xvfb-run)");
		}
		Bench.progress("8. workbench start: creating an office of " + projects + " projects");
		Path empty = Files.createTempDirectory("atrium-bench-empty-");
		Path office = Files.createTempDirectory("atrium-bench-office-");
		run(List.of(java(), "-Datrium.workspace=" + office, "-jar", launcher(), "-nosplash", "-application",
				"org.atrium.cli.app", "-data", "@none", "demo", "--projects", String.valueOf(projects)), 1800);
		Bench.progress("8. workbench start");
		Comparison result = Runner.compare(settings.startup(), () -> firstPaint(office), () -> firstPaint(empty));
		return Figure.measured("8", title, "the same start with an empty database", Unit.TIME, 0, result);
	}

	private double firstPaint(Path workspace) throws Exception {
		Path report = Files.createTempFile("atrium-startup-", ".properties");
		Files.delete(report);
		run(List.of(java(), "-Datrium.startup.report=" + report, "-Datrium.startup.exit=true", "-jar", launcher(),
				"-data", workspace.toString(), "-clearPersistedState"), 300);
		Properties properties = new Properties();
		try (Reader in = Files.newBufferedReader(report)) {
			properties.load(in);
		}
		Files.delete(report);
		return Double.parseDouble(properties.getProperty("windowPaintedMillis"));
	}

	private void run(List<String> command, long timeoutSeconds) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).directory(product.toFile()).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS) || process.exitValue() != 0) {
			process.destroyForcibly();
			throw new IllegalStateException(String.join(" ", command) + " failed or did not finish");
		}
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private String launcher() throws IOException {
		try (var files = Files.newDirectoryStream(product.resolve("plugins"), "org.eclipse.equinox.launcher_*.jar")) {
			return files.iterator().next().toString();
		}
	}
}
