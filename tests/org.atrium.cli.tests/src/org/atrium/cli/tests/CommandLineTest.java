package org.atrium.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.atrium.cli.tests.Atrium.Result;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end, on the real services and an embedded database in a temporary workspace. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommandLineTest {

	private static final String TODAY = "2026-11-27";

	@TempDir
	static Path workspace;

	static Result atrium(String... args) {
		return Atrium.run(workspace, args);
	}

	@Test
	@Order(1)
	void commandsBeforeTheDemoSayThereIsNoDatabase() {
		Result result = atrium("projects");
		assertEquals(1, result.exit());
		assertEquals("atrium: There is no Atrium database at " + workspace.resolve("database").toAbsolutePath()
				+ ". Run 'atrium demo' to create a demo office." + System.lineSeparator(), result.err());
		assertTrue(Files.notExists(workspace.resolve("database")), "a read command creates no database");
	}

	@Test
	@Order(2)
	void demoFillsTheDatabase() {
		Result result = atrium("demo", "--today", TODAY);
		assertEquals(0, result.exit(), result.err());
		List<String> lines = result.lines();
		String summary = lines.get(lines.size() - 2);
		assertTrue(summary.startsWith("Created a demo office in Derby "), result.out());
		assertTrue(summary.contains(": 3 portfolios, 9 programs, 40 projects, "), result.out());
		assertTrue(lines.get(lines.size() - 1)
				.matches("Its PMO lead, who may change all but approvals, is .+: work as them with --user [a-z]+\\."),
				result.out());
	}

	@Test
	@Order(2)
	void demoPrintsItsPhasesWithTheirCountsAsPlainLines() {
		Path fresh = workspace.resolve("progress");
		Result result = Atrium.run(fresh, "demo", "--today", TODAY, "--projects", "120");
		assertEquals(0, result.exit(), result.err());
		assertTrue(result.out().indexOf('\r') < 0, "no line is overwritten in place: " + result.out());
		List<String> lines = result.lines();
		assertEquals("Creating the demo office...", lines.get(0));
		List<String> phases = lines.stream().filter(l -> l.startsWith("  ") && l.endsWith("...")).map(String::strip).toList();
		assertEquals(List.of("Generating 120 projects with their people, plans and reports...",
				"Writing to the database..."), List.of(phases.get(0), phases.get(phases.size() - 1)), result.out());
		assertTrue(phases.stream().anyMatch(p -> p.startsWith("Preparing 3 portfolios, ") && p.contains(" 120 projects, ")),
				result.out());
		List<Integer> percents = lines.stream().filter(l -> l.matches("  \\d+%")).map(l -> Integer.parseInt(l.strip().replace("%", ""))).toList();
		assertTrue(percents.size() >= 5, "the share done is reported as the work goes: " + result.out());
		assertEquals(percents.stream().sorted().distinct().toList(), percents, "each share once, growing");
		assertTrue(lines.get(lines.size() - 2).startsWith("Created a demo office in Derby "), result.out());
	}

	@Test
	@Order(3)
	void demoRefusesToFillADatabaseTwice() {
		Result result = atrium("demo");
		assertEquals(1, result.exit());
		assertTrue(result.err().contains("already holds 3 portfolios"), result.err());
	}

	@Test
	@Order(4)
	void projectsListsEveryProjectWithSponsorAndNextMilestone() {
		Result result = atrium("projects");
		assertEquals(0, result.exit(), result.err());
		List<String> lines = result.lines();
		assertTrue(lines.get(0).startsWith("CODE      PROJECT"), lines.get(0));
		assertEquals("40 projects", lines.get(lines.size() - 1));
		List<String> rows = lines.subList(1, lines.size() - 1);
		assertEquals(40, rows.size());
		for (String row : rows) {
			assertTrue(row.matches("\\S+\\s+.+\\s(Green|Amber|Red)\\s+\\S+.*"), row);
		}
		Result red = atrium("projects", "--rag", "red");
		assertEquals(0, red.exit());
		List<String> redRows = red.lines().subList(1, red.lines().size() - 1);
		assertTrue(redRows.stream().allMatch(r -> r.contains(" Red ")), red.out());
	}

	@Test
	@Order(5)
	void statusShowsOneProject() {
		String code = atrium("projects").lines().get(1).split("\\s+")[0];
		Result result = atrium("status", code, "--today", TODAY);
		assertEquals(0, result.exit(), result.err());
		assertTrue(result.out().startsWith(code + "  "), result.out());
		for (String section : List.of("Phase:", "RAG:", "Derived RAG:", "Budget:", "Sponsor:", "Manager:", "Steering:",
				"Milestones:", "KPIs:", "Last report:")) {
			assertTrue(result.out().contains(section), section + " missing in\n" + result.out());
		}
	}

	@Test
	@Order(6)
	void statusOfAnUnknownProjectFails() {
		Result result = atrium("status", "' OR 1=1 --");
		assertEquals(1, result.exit());
		assertEquals("atrium: there is no project with code '' OR 1=1 --'. Try 'atrium projects'." + System.lineSeparator(),
				result.err());
	}

	@Test
	@Order(7)
	void auditShowsTheDemoCreation() {
		Result result = atrium("audit", "--limit", "5");
		assertEquals(0, result.exit(), result.err());
		assertEquals("5 changes shown", result.lines().get(5));
		assertTrue(result.out().contains(" created "), result.out());
	}

	@Test
	@Order(8)
	void validateReportsProblemsOfTheDemoOffice() {
		Result result = atrium("validate");
		assertEquals(0, result.exit(), result.out());
		String summary = result.lines().get(result.lines().size() - 1);
		assertTrue(summary.matches("0 errors, [1-9]\\d* warnings in \\d+ objects"), summary);
		assertTrue(result.out().contains("WARNING  "), "the demo office has over-allocated people");
	}

	@Test
	@Order(9)
	void badArgumentsAreUsageErrors() {
		assertEquals(2, atrium("bogus").exit());
		assertEquals("atrium: unknown command 'bogus'. Try 'atrium help'." + System.lineSeparator(), atrium("bogus").err());
		assertEquals(2, atrium("audit", "--limit", "many").exit());
		assertEquals(2, atrium("projects", "--rag", "purple").exit());
		assertEquals(2, atrium("status").exit());
		assertEquals(2, atrium("projects", "extra").exit());
		assertEquals(2, atrium("demo", "--projects", "0").exit());
		assertEquals(0, atrium("help").exit());
	}
}
