package org.atrium.resources.tests;

import static org.atrium.resources.tests.TimesheetRulesTest.hours;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.atrium.core.command.CommandArguments;
import org.atrium.core.command.CommandContext;
import org.atrium.core.command.CommandContribution;
import org.atrium.core.command.UsageException;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.resources.CapacityCommand;
import org.atrium.resources.ResourcePlanning;
import org.atrium.resources.TimeCommand;
import org.atrium.resources.TimesheetWeek;
import org.atrium.resources.model.resources.ResourcesPackage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code atrium time} and {@code atrium capacity}, run as the command line runs them, on a real store and files. */
class ResourceCommandTest extends ResourceTestSupport {

	private final TimeCommand time = new TimeCommand(timesheets);
	private final CapacityCommand capacity = new CapacityCommand(new ResourcePlanning());
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private ModelStore store;

	@BeforeEach
	void office() {
		store = openStore();
		saveOffice(store);
		try (StoreSession session = store.openSession("ann")) {
			TimesheetWeek week = timesheets.open(session, personOf(session, "ann"), TODAY);
			week.set(week.line(projectOf(session, "DIG-001")), 0, hours("8"));
			week.set(week.line(projectOf(session, "DIG-002")), 1, hours("4"));
			timesheets.save(session, week);
		}
	}

	@Test
	void timeIsExportedEditedAndImportedBackAndABadRowImportsNothing() throws Exception {
		Path file = workspace.resolve("time.csv");
		assertEquals(CommandContext.OK, run(time, "ann", "export", "--from", "2026-11-23", "--to", "2026-11-29", file.toString()));
		assertEquals("Exported 2 entries to " + file + ".", out().strip());
		String csv = Files.readString(file);
		assertTrue(csv.startsWith("id,person login,project code,date,hours,description,version"), csv);

		Files.writeString(file, csv + ",ann,DIG-001,2026-11-25,-3,,\n,ann,OLD-001,2026-11-26,2,,\n,nobody,DIG-001,2026-11-26,2,,\n");
		assertEquals(CommandContext.FAILED, run(time, "ann", "import", "--from", "2026-11-23", "--to", "2026-11-29", file.toString()));
		String problems = err();
		assertTrue(problems.contains("row 4, column hours: DIG-001 on Wednesday 2026-11-25: -3 hours; hours may not be negative"), problems);
		assertTrue(problems.contains("row 5, column hours: OLD-001 on Thursday 2026-11-26: the project is closed"), problems);
		assertTrue(problems.contains("row 6, column person login"), problems);
		assertEquals(2, count(), "nothing of a file with a bad row is imported");

		Files.writeString(file, csv.replace(",8,", ",7.5,") + ",ann,DIG-001,2026-11-25,6,Workshop,\n");
		assertEquals(CommandContext.OK, run(time, "ann", "import", "--from", "2026-11-23", "--to", "2026-11-29", file.toString()), err());
		assertEquals("Imported " + file + ": 1 created, 1 updated, 1 unchanged.", out().strip());
		assertEquals(3, count());

		Files.writeString(file, "person login,project code,date,hours\nann,DIG-001,2026-12-01,2\n");
		assertEquals(CommandContext.FAILED, run(time, "ann", "import", "--from", "2026-11-23", "--to", "2026-11-29", file.toString()));
		assertTrue(err().contains("2026-12-01 is outside the period 2026-11-23 to 2026-11-29"), err());
	}

	@Test
	void submitSendsTheUsersWeekAndCapacityPrintsWhoIsOverAllocated() throws Exception {
		assertEquals(CommandContext.OK, run(time, "ann", "submit", "--week", "2026-11-25"));
		assertEquals("Submitted DIG-001, week of 2026-11-23: 8 hours\nSubmitted DIG-002, week of 2026-11-23: 4 hours",
				out().strip().replace("\r", ""));
		try (StoreSession session = store.openSession("lead")) {
			assertEquals(2, session.count(Query.of(ResourcesPackage.Literals.TIMESHEET)));
		}
		assertEquals(CommandContext.FAILED, run(time, "ann", "submit", "--week", "2026-11-25"));
		assertTrue(err().contains("has no time to submit"), err());
		assertThrows(UsageException.class, () -> run(time, "ann", "submit"));

		try (StoreSession session = store.openSession("lead")) {
			new ResourcePlanning().save(session, List.of(
					allocation(personOf(session, "bob"), projectOf(session, "DIG-001"), MONDAY, LocalDate.of(2026, 12, 31), 70),
					allocation(personOf(session, "bob"), projectOf(session, "DIG-002"), MONDAY.plusWeeks(1), LocalDate.of(2026, 12, 31), 50)));
		}
		assertEquals(CommandContext.OK, run(capacity, "lead", "--from", "2026-11-23", "--weeks", "2", "--department", "Engineering"));
		assertEquals("1 of 3 people over capacity in the 2 weeks from 2026-11-23 in Engineering\n"
				+ "Bob Stone                    Engineering      peak 120%: 2026-11-30 120%", out().strip().replace("\r", ""));
		assertThrows(UsageException.class, () -> run(capacity, "lead", "--from", "2026-11-23", "--weeks", "0"));
	}

	private long count() {
		try (StoreSession session = store.openSession("lead")) {
			return session.count(Query.of(PmoPackage.Literals.TIME_ENTRY));
		}
	}

	private int run(CommandContribution command, String user, String... words) {
		out.reset();
		err.reset();
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
				return new PrintStream(err, true, StandardCharsets.UTF_8);
			}

			@Override
			public String user() {
				return user;
			}

			@Override
			public ModelStore openStore(boolean create) {
				return ResourceCommandTest.this.openStore();
			}
		});
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
