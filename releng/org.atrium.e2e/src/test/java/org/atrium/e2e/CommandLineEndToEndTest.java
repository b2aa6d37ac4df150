package org.atrium.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** The built product, started through {@code releng/atrium} as a user would, in a temporary workspace. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommandLineEndToEndTest {

	static final Path ROOT = Path.of(System.getProperty("atrium.root", "../..")).toAbsolutePath().normalize();

	@TempDir
	static Path workspace;

	record Run(int exit, String out, String err) {
	}

	static Run atrium(String... args) throws IOException, InterruptedException {
		return atriumWith("", args);
	}

	/** Runs {@code releng/atrium} with options for its JVM. */
	static Run atriumWith(String javaOptions, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(ROOT.resolve("releng/atrium").toString());
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().put("ATRIUM_WORKSPACE", workspace.toString());
		builder.environment().put("ATRIUM_JAVA_OPTIONS", javaOptions);
		Path out = Files.createTempFile(workspace, "out", ".txt");
		Path err = Files.createTempFile(workspace, "err", ".txt");
		Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		int exit = process.waitFor();
		return new Run(exit, Files.readString(out), Files.readString(err));
	}

	@Test
	@Order(1)
	void missingDatabaseIsAOneLineError() throws Exception {
		Run run = atrium("projects");
		assertEquals(1, run.exit(), run.err());
		assertEquals(1, run.err().lines().count(), run.err());
		assertTrue(run.err().startsWith("atrium: There is no Atrium database at "), run.err());
	}

	@Test
	@Order(2)
	void demoThenProjectsThenStatus() throws Exception {
		Run demo = atrium("demo", "--today", "2026-11-27");
		assertEquals(0, demo.exit(), demo.err());
		assertTrue(demo.out().contains("3 portfolios, 9 programs, 40 projects"), demo.out());
		Run projects = atrium("projects");
		assertEquals(0, projects.exit(), projects.err());
		assertTrue(projects.out().endsWith("40 projects\n"), projects.out());
		String code = projects.out().lines().skip(1).findFirst().orElseThrow().split("\\s+")[0];
		Run status = atrium("status", code);
		assertEquals(0, status.exit(), status.err());
		assertTrue(status.out().startsWith(code), status.out());
		assertEquals("", status.err(), "nothing is logged to the terminal");
	}

	@Test
	@Order(3)
	void badArgumentsExitWithTwo() throws Exception {
		Run run = atrium("frobnicate");
		assertEquals(2, run.exit());
		assertEquals("atrium: unknown command 'frobnicate'. Try 'atrium help'.\n", run.err());
	}

	@Test
	@Order(3)
	void aBlankUserIsAUsageErrorNotASilentExit() throws Exception {
		Run run = atrium("--user", " ", "projects");
		assertEquals(2, run.exit(), run.err());
		assertEquals("atrium: --user must name a person, was blank. Try 'atrium help'.\n", run.err());
	}

	@Test
	@Order(3)
	void helpListsEveryInstalledCommand() throws Exception {
		Run run = atrium("help");
		assertEquals(0, run.exit(), run.err());
		for (String verb : List.of("audit", "demo", "help", "plugins", "projects", "status", "validate")) {
			assertTrue(run.out().contains("\n  " + verb + " ") || run.out().contains("\n  " + verb + "\n"),
					verb + " missing in\n" + run.out());
		}
	}

	@Test
	@Order(3)
	void validateChecksTheDemoOffice() throws Exception {
		Run run = atrium("validate");
		assertEquals(0, run.exit(), run.out() + run.err());
		assertTrue(run.out().lines().reduce((first, last) -> last).orElseThrow()
				.matches("0 errors, [1-9]\\d* warnings in \\d+ objects"), run.out());
	}

	@Test
	@Order(3)
	void anUnexpectedFailureIsOneLineNamingTheLogInTheWorkspace() throws Exception {
		Path other = workspace.resolve("too-small");
		Run run = atriumWith("-Xmx64m", "--workspace", other.toString(), "demo", "--projects", "100000");
		assertEquals(1, run.exit(), run.err());
		Path log = other.resolve(".metadata/.log");
		// Another thread that runs out of memory too may print the JVM's own report first; atrium's word is the last.
		List<String> lines = run.err().lines().toList();
		assertEquals("atrium: demo failed: Java heap space. Details are in " + log + ".", lines.get(lines.size() - 1),
				run.err());
		assertEquals(1, lines.stream().filter(line -> line.startsWith("atrium:")).count(), run.err());
		assertTrue(Files.readString(log).contains("java.lang.OutOfMemoryError: Java heap space"), "the log has the details");
	}

	@Test
	@Order(4)
	void lockedDatabaseIsAOneLineError() throws Exception {
		Path holder = workspace.resolve("HoldDatabase.java");
		Files.writeString(holder, """
				public class HoldDatabase {
					public static void main(String[] args) throws Exception {
						java.sql.Driver driver = (java.sql.Driver) Class.forName("org.apache.derby.iapi.jdbc.AutoloadedDriver")
								.getDeclaredConstructor().newInstance();
						try (java.sql.Connection c = driver.connect("jdbc:derby:" + args[0], new java.util.Properties())) {
							System.out.println("holding");
							System.in.read();
						}
					}
				}
				""");
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				productJar("derby_") + File.pathSeparator + productJar("derby.shared_"), holder.toString(),
				workspace.resolve("database").toString()).redirectErrorStream(true).start();
		try {
			BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
			assertEquals("holding", out.readLine());
			Run run = atrium("projects");
			assertEquals(1, run.exit());
			assertEquals("atrium: The database at " + workspace.resolve("database")
					+ " is in use by another Atrium process; close that process or use another workspace.\n", run.err());
		} finally {
			process.getOutputStream().close();
			process.waitFor();
		}
	}

	static String productJar(String prefix) throws IOException {
		Path plugins = ROOT.resolve("releng/org.atrium.repository/target/products/org.atrium.product/linux/gtk/x86_64/plugins");
		try (Stream<Path> files = Files.list(plugins)) {
			return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow().toString();
		}
	}
}
