package org.atrium.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.atrium.cli.tests.Atrium.Result;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.ModelStoreFactory;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreConfig;
import org.atrium.core.store.StoreSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No input makes {@code atrium} exit without a message: each hostile argument gets its exit code (0, 1 or 2 only)
 * and one line that says what is wrong; stored text reaches the terminal without control characters.
 */
class HostileArgumentsTest {

	@TempDir
	static Path workspace;

	@BeforeAll
	static void demoOffice() {
		assertEquals(0, Atrium.run(workspace, "demo", "--projects", "1", "--today", "2026-11-27").exit());
	}

	static Stream<Arguments> hostile() {
		return Stream.of(
				usage("--projects must be between 1 and 100000, was 4294967297", "demo", "--projects", "4294967297"),
				usage("--projects must be between 1 and 100000, was -1", "demo", "--projects", "-1"),
				usage("--projects must be a whole number", "demo", "--projects", "1e3"),
				usage("--seed must be a whole number", "demo", "--seed", "99999999999999999999"),
				usage("--limit must be", "audit", "--limit", "0"),
				usage("--limit must be a whole number", "audit", "--limit", "NaN"),
				usage("--today must be a date like 2026-11-27, was '2026-13-45'", "status", "X", "--today", "2026-13-45"),
				usage("--rag must be red, amber or green", "projects", "--rag", "purple"),
				usage("--user", "--user", " ", "projects"),
				usage("--user", "--user", "", "projects"),
				usage("--user", "--user", "a".repeat(65), "projects"),
				usage("--user", "--user", "bell\u0007", "projects"),
				usage("--workspace needs a value", "projects", "--workspace"),
				usage("unknown command", "\u001b[2Jnonsense"),
				usage("'status' needs a project code", "status"),
				usage("unexpected argument 'extra'", "projects", "extra"),
				usage("--repo must be a file: or https: URL or a folder; 'ftp:' repositories are not trusted",
						"plugins", "list", "--repo", "ftp://example.org/repo"),
				usage("--repo must be a file: or https: URL or a folder; 'http:' repositories are not trusted",
						"plugins", "list", "--repo", "http://example.org/repo"),
				usage("--repo must be a file: or https: URL or a folder, was 'https://exa mple.org/%zz'",
						"plugins", "list", "--repo", "https://exa mple.org/%zz"),
				usage("--trust-unsigned belongs to 'plugins install' only", "plugins", "list", "--trust-unsigned"),
				failed("there is no project with code 'NOPE'", "status", "NOPE"),
				failed("already holds", "demo"));
	}

	private static Arguments usage(String message, String... args) {
		return Arguments.of(List.of(args), 2, message);
	}

	private static Arguments failed(String message, String... args) {
		return Arguments.of(List.of(args), 1, message);
	}

	@ParameterizedTest
	@MethodSource("hostile")
	void eachHostileArgumentGetsItsCodeAndOneLine(List<String> args, int exit, String message) {
		Result result = Atrium.run(workspace, args.toArray(String[]::new));

		assertEquals(exit, result.exit(), result.err());
		List<String> lines = result.err().lines().toList();
		assertEquals(1, lines.size(), result.err());
		assertTrue(lines.get(0).startsWith("atrium: "), result.err());
		assertTrue(lines.get(0).contains(message), result.err());
		assertFalse(result.err().contains("\u001b") || result.err().contains("\u0007"), result.err());
	}

	@Test
	void storedTextIsPrintedWithoutTerminalControls() {
		ModelStore store = Atrium.service(ModelStoreFactory.class)
				.open(StoreConfig.derby(workspace.resolve("database"), false));
		try (store; StoreSession session = Atrium.sessionAsPmoLead(store)) {
			Project project = session.query(Query.<Project>of(PmoPackage.Literals.PROJECT)).get(0);
			project.setName("Clear\u001b[2J screen\u009b31m red\rover");
			session.save(project);
		}

		Result result = Atrium.run(workspace, "projects");

		assertEquals(0, result.exit(), result.err());
		assertTrue(result.out().contains("Clear?[2J screen?31m red?over"), result.out());
		assertTrue(result.out().chars().noneMatch(c -> c < 0x20 && c != '\n' || c >= 0x80 && c <= 0x9F),
				result.out());
	}
}
