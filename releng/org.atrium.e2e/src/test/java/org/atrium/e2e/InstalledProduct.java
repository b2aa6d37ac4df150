package org.atrium.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A copy of the built product in a temporary folder, so that tests may install and uninstall
 * plugins without touching the build output. Starts its command line and its workbench.
 */
final class InstalledProduct {

	static final Path BUILT = CommandLineEndToEndTest.ROOT
			.resolve("releng/org.atrium.repository/target/products/org.atrium.product/linux/gtk/x86_64");
	static final Path REPOSITORY = CommandLineEndToEndTest.ROOT.resolve("releng/org.atrium.repository/target/repository");

	record Run(int exit, String out, String err) {
		@Override
		public String toString() {
			return "exit " + exit + "\n" + out + err;
		}
	}

	final Path home;

	InstalledProduct(Path folder) throws IOException {
		home = folder.resolve("atrium");
		try (Stream<Path> files = Files.walk(BUILT)) {
			for (Path source : files.toList()) {
				Path target = home.resolve(BUILT.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				} else {
					Files.copy(source, target);
				}
			}
		}
	}

	/** The bundles that start with this installation, as its simple configurator lists them. */
	String bundlesInfo() throws IOException {
		return Files.readString(home.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"));
	}

	/** A copy of the build's p2 repository in a folder of this name, which may contain spaces. */
	static Path copyOfRepository(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(REPOSITORY)) {
			for (Path source : files.toList()) {
				Path target = folder.resolve(REPOSITORY.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				} else {
					Files.copy(source, target);
				}
			}
		}
		return folder;
	}

	Path plugin(String prefix) throws IOException {
		try (Stream<Path> files = Files.list(home.resolve("plugins"))) {
			return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
		}
	}

	private List<String> java(String... options) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		command.addAll(List.of(options));
		command.addAll(List.of("-jar", plugin("org.eclipse.equinox.launcher_").toString(), "-nosplash"));
		return command;
	}

	/** Runs the command line of this installation on a workspace. */
	Run atrium(Path workspace, String... args) throws IOException, InterruptedException {
		List<String> command = java("-Datrium.workspace=" + workspace,
				"-Datrium.plugins.repository=" + REPOSITORY.toUri());
		command.addAll(List.of("-application", "org.atrium.cli.app", "-data", "@none"));
		command.addAll(List.of(args));
		Path out = Files.createTempFile("atrium", ".txt");
		Path err = Files.createTempFile("atrium", ".err.txt");
		Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		if (!process.waitFor(300, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("atrium " + String.join(" ", args) + " did not finish");
		}
		return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
	}

	/**
	 * Starts the workbench of this installation until the navigator shows the office; returns the start-up report. The
	 * layout is kept between starts in the workspace, as for a user.
	 */
	Properties workbench(Path workspace) throws IOException, InterruptedException {
		Path report = Files.createTempFile("startup", ".properties");
		Files.delete(report);
		List<String> command = java("-Datrium.startup.report=" + report, "-Datrium.startup.exit=true");
		command.addAll(List.of("-data", workspace.toString()));
		return startUntilReported(new ProcessBuilder(command), report);
	}

	/** Starts a workbench that writes a start-up report and closes itself; returns the report. */
	static Properties startUntilReported(ProcessBuilder builder, Path report) throws IOException, InterruptedException {
		Process process = builder.redirectErrorStream(true)
				.redirectOutput(Files.createTempFile("workbench", ".txt").toFile()).start();
		if (!process.waitFor(180, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("the workbench did not show the office within 3 minutes");
		}
		Properties properties = new Properties();
		try (var in = Files.newBufferedReader(report)) {
			properties.load(in);
		}
		return properties;
	}
}
