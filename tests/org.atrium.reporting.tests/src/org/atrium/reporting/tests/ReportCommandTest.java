package org.atrium.reporting.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.atrium.core.command.CommandArguments;
import org.atrium.core.command.CommandContext;
import org.atrium.core.command.UsageException;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.StoreSession;
import org.atrium.reporting.ReportCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code atrium report}, run as the command line runs it, on a real store and real files. */
class ReportCommandTest extends ReportingTestSupport {

	private final ReportCommand command = new ReportCommand(reporting());
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private Path folder;

	@BeforeEach
	void saveOffice() throws Exception {
		try (ModelStore store = openStore(); StoreSession session = store.openSession("alee")) {
			session.inTransaction(tx -> office().forEach(tx::save));
		}
		folder = Files.createDirectories(workspace.resolve("reports"));
	}

	@Test
	void everyFormatIsWrittenAndTheSameDataGivesTheSameFile() throws Exception {
		for (String format : List.of("pdf", "xlsx", "csv", "html", "deck")) {
			Path file = folder.resolve("digital-" + format + "." + (format.equals("deck") ? "pdf" : format));
			assertEquals(CommandContext.OK, run("monthly", "--scope", "Digital", "--as-of", "2026-11-27", "--format",
					format, "--out", file.toString()));
			assertTrue(Files.size(file) > 0, format);
		}
		assertTrue(out().contains("Wrote Monthly status report: Digital (portfolio) as of 2026-11-27 (deck) to "), out());
		byte[] first = Files.readAllBytes(folder.resolve("digital-csv.csv"));
		run("monthly", "--scope", "Digital", "--as-of", "2026-11-27", "--out", folder.resolve("again.csv").toString());
		assertArrayEquals(first, Files.readAllBytes(folder.resolve("again.csv")));
	}

	@Test
	void anUnknownScopeAFutureDateOrAnUnwritablePathIsOneLineAndLeavesNoFile() throws Exception {
		Path file = folder.resolve("report.pdf");
		assertEquals("--scope DIG-404 is neither a project's code nor a program's or portfolio's name",
				refused("weekly", "--scope", "DIG-404", "--out", file.toString()));
		assertEquals("--as-of 2026-11-28 is in the future; a report shows what has happened",
				refused("weekly", "--scope", "Digital", "--as-of", "2026-11-28", "--out", file.toString()));
		Path nowhere = workspace.resolve("no-such-folder/report.pdf");
		assertEquals("--out " + nowhere + " cannot be written: the folder " + nowhere.getParent() + " does not exist",
				refused("weekly", "--scope", "Digital", "--out", nowhere.toString()));
		Files.createDirectory(file);
		assertEquals("--out " + file + " cannot be written: it is a folder",
				refused("weekly", "--scope", "Digital", "--out", file.toString()));
		try (var files = Files.list(folder)) {
			assertEquals(List.of("report.pdf"), files.map(f -> f.getFileName().toString()).toList());
		}
		assertEquals("", out());
	}

	@Test
	void badArgumentsAreUsageErrors() {
		assertEquals("report needs weekly or monthly, was 'daily'",
				refused("daily", "--scope", "Digital", "--out", "x.pdf"));
		assertEquals("--format must be pdf, xlsx, csv, html or deck, was 'pptx'",
				refused("weekly", "--scope", "Digital", "--format", "pptx", "--out", "x.pptx"));
		assertEquals("give --format pdf, xlsx, csv, html or deck; the name x.doc ends in none of .pdf, .xlsx, .csv, .html",
				refused("weekly", "--scope", "Digital", "--out", "x.doc"));
		assertEquals("report needs --scope CODE", refused("weekly", "--out", "x.pdf"));
	}

	private String refused(String... words) {
		return assertThrows(UsageException.class, () -> run(words)).getMessage();
	}

	private int run(String... words) {
		return command.run(new CommandContext() {
			private final CommandArguments arguments = new CommandArguments(List.of(words));

			@Override
			public CommandArguments arguments() {
				return arguments;
			}

			@Override
			public PrintStream out() {
				return new PrintStream(out, true, StandardCharsets.UTF_8);
			}

			@Override
			public PrintStream err() {
				return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
			}

			@Override
			public String user() {
				return "alee";
			}

			@Override
			public ModelStore openStore(boolean create) {
				return ReportCommandTest.this.openStore();
			}
		});
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}
}
