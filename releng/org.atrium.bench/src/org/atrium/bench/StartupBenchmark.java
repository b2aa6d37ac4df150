package org.atrium.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.atrium.bench.Figure.Unit;
import org.atrium.bench.Runner.Comparison;

/**
 * Figure 7: a new process running {@code atrium help}, as {@code releng/atrium help} starts it, against a bare
 * Equinox start of the same product that starts the configured bundles and stops again without an application.
 * Every run is a new JVM; the product's OSGi cache persists between runs, as it does between a user's launches.
 */
final class StartupBenchmark {

	private final Settings settings;
	private final Path product;

	StartupBenchmark(Settings settings, Path product) {
		this.settings = settings;
		this.product = product;
	}

	Figure run() throws Exception {
		Bench.progress("7. command-line cold start");
		Path launcher = launcher();
		Path workspace = Files.createTempDirectory("atrium-bench-workspace-");
		try {
			String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
			List<String> atrium = List.of(java, "-Datrium.workspace=" + workspace, "-jar", launcher.toString(),
					"-nosplash", "-application", "org.atrium.cli.app", "-data", "@none", "help");
			// Without launchDefault=false, Equinox waits five seconds for the default application while stopping.
			List<String> bare = List.of(java, "-Declipse.ignoreApp=true", "-Declipse.application.launchDefault=false",
					"-Dosgi.noShutdown=false", "-jar", launcher.toString(), "-nosplash", "-data", "@none");
			Comparison result = Runner.compare(settings.startup(), Runner.timed(() -> () -> run(atrium, "Usage: atrium")),
					Runner.timed(() -> () -> run(bare, "")));
			return Figure.measured("7", "Command-line cold start: `atrium help` in a new process",
					"bare Equinox start and stop of the same product", Unit.TIME, 0, result);
		} finally {
			Files.deleteIfExists(workspace);
		}
	}

	/** Runs the command to its end; fails unless it exits with 0 and prints the expected text. */
	private void run(List<String> command, String expected) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).directory(product.toFile()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		int exit = process.waitFor();
		if (exit != 0 || !output.contains(expected)) {
			throw new IllegalStateException(String.join(" ", command) + " exited with " + exit + ":\n" + output);
		}
	}

	private Path launcher() throws IOException {
		List<Path> found = new ArrayList<>();
		try (var files = Files.newDirectoryStream(product.resolve("plugins"), "org.eclipse.equinox.launcher_*.jar")) {
			files.forEach(found::add);
		}
		if (found.isEmpty()) {
			throw new IllegalStateException("no Equinox launcher in " + product.resolve("plugins"));
		}
		return found.get(0);
	}
}
