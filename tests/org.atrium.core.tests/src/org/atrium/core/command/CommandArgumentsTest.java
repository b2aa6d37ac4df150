package org.atrium.core.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Options anywhere, positional words in order, and bad input refused with a message naming the option and rule. */
class CommandArgumentsTest {

	@Test
	void optionsAnywhereAndWordsInOrder() {
		CommandArguments args = new CommandArguments(List.of("import", "--format", "csv", "risks.csv", "--dry-run"));

		assertEquals(Optional.of("csv"), args.option("--format"));
		assertTrue(args.flag("--dry-run"));
		assertFalse(args.flag("--dry-run"), "a flag is consumed once");
		assertEquals("import", args.required("needs an action"));
		assertEquals(Optional.of("risks.csv"), args.next());
		assertEquals(Optional.empty(), args.next());
		args.finish();
	}

	@Test
	void badInputNamesTheOptionAndTheRule() {
		assertUsage("--limit needs a value", () -> new CommandArguments(List.of("--limit")).option("--limit"));
		assertUsage("--limit needs a value",
				() -> new CommandArguments(List.of("--limit", "--all")).option("--limit"));
		assertUsage("'status' needs a project code",
				() -> new CommandArguments(List.of()).required("'status' needs a project code"));
		assertUsage("unexpected argument 'extra'", () -> new CommandArguments(List.of("extra")).finish());
		assertUsage("--limit must be a whole number between 1 and 100, was 'many'",
				() -> new CommandArguments(List.of("--limit", "many")).longOption("--limit", 1, 100));
		assertUsage("--limit must be a whole number between 1 and 100, was '99999999999999999999'",
				() -> new CommandArguments(List.of("--limit", "99999999999999999999")).longOption("--limit", 1, 100));
		assertUsage("--limit must be between 1 and 100, was 0",
				() -> new CommandArguments(List.of("--limit", "0")).longOption("--limit", 1, 100));
		assertUsage("--today must be a date like 2026-11-27, was '2026-02-30'",
				() -> new CommandArguments(List.of("--today", "2026-02-30")).dateOption("--today"));
	}

	@Test
	void wellFormedNumbersAndDatesAreRead() {
		CommandArguments args = new CommandArguments(List.of("--limit", " 7 ", "--today", "2026-11-27"));

		assertEquals(Optional.of(7L), args.longOption("--limit", 1, 100));
		assertEquals(Optional.of(LocalDate.of(2026, 11, 27)), args.dateOption("--today"));
		assertEquals(Optional.empty(), args.longOption("--seed", 0, 10));
	}

	private static void assertUsage(String message, Runnable parse) {
		assertEquals(message, assertThrows(UsageException.class, parse::run).getMessage());
	}
}
