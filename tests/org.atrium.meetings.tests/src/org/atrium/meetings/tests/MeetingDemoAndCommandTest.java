package org.atrium.meetings.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.atrium.core.command.CommandArguments;
import org.atrium.core.command.CommandContext;
import org.atrium.core.command.UsageException;
import org.atrium.core.model.pmo.Entity;
import org.atrium.core.search.SearchHit;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.core.store.Transaction;
import org.atrium.core.validation.ModelValidation;
import org.atrium.demo.DemoOffice;
import org.atrium.demo.Office;
import org.atrium.demo.OfficeGenerator;
import org.atrium.demo.OfficeScale;
import org.atrium.meetings.MeetingCommand;
import org.atrium.meetings.MeetingDemo;
import org.atrium.meetings.MeetingQueries;
import org.atrium.meetings.MeetingSearch;
import org.atrium.meetings.model.meetings.MeetingSeries;
import org.atrium.meetings.model.meetings.MeetingStatus;
import org.atrium.meetings.model.meetings.MeetingsPackage;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

/**
 * The demo office's meetings, saved with the office, and {@code atrium meetings list|export-ics|import-ics} and the
 * search on them, as the command line and the workbench run them.
 */
class MeetingDemoAndCommandTest extends MeetingTestSupport {

	private static final long SEED = 42;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private String login;

	@Test
	void theDemoIsTheSameForASeedAndHasHeldMeetingsWithMinutesDecisionsAndOpenActions() {
		Office office = new OfficeGenerator().generate(SEED, OfficeScale.DEMO, TODAY);
		List<String> first = ids(contribute(office, SEED));
		assertEquals(first, ids(contribute(office, SEED)));
		List<EObject> saved = contribute(office, SEED);
		List<MeetingSeries> series = saved.stream().map(MeetingSeries.class::cast).toList();
		assertTrue(series.size() >= 2, series.size() + " series");
		assertTrue(series.stream().flatMap(s -> s.getMeetings().stream()).anyMatch(m -> m.getStatus() == MeetingStatus.HELD
				&& m.getAgendaItems().stream().allMatch(item -> item.getMinutes() != null)));
		assertTrue(series.stream().flatMap(s -> s.getMeetings().stream()).anyMatch(m -> !m.getDecisions().isEmpty()));
		assertTrue(!MeetingQueries.overdueActions(series, TODAY).isEmpty(), "some actions are overdue");
		Diagnostic validation = ModelValidation.validate(saved);
		assertTrue(validation.getSeverity() < Diagnostic.ERROR, validation.getChildren().toString());
	}

	@Test
	void listExportImportAndSearchOnTheDemoOffice() throws Exception {
		DemoOffice demo = new DemoOffice();
		demo.addContribution(new MeetingDemo());
		OfficeScale small = new OfficeScale(1, 2, 6, 12, 2, 1, 2, 2, 40, true);
		String code;
		try (ModelStore store = openStore(); StoreSession session = store.openSession("setup")) {
			Office office = demo.create(session, SEED, small, TODAY);
			code = office.projects().get(0).getCode();
			MeetingSeries weekly = session.<MeetingSeries>query(Query.<MeetingSeries>of(MeetingsPackage.Literals.MEETING_SERIES)
					.where(org.atrium.core.store.Condition.eq(MeetingsPackage.Literals.MEETING_SERIES__TITLE,
							code + " weekly check-in")).withContents()).get(0);
			login = weekly.getOrganizer().getLogin();
			List<SearchHit> hits = new MeetingSearch().find("weekly check", session, 10);
			assertTrue(hits.size() >= 2, hits.toString());
			assertEquals("Project check-in", hits.get(0).detail());
		}

		assertEquals(CommandContext.OK, run("list", "--project", code, "--from", TODAY.minusDays(7).toString(), "--days", "14"));
		List<String> lines = out().lines().toList();
		assertEquals("2 meetings.", lines.get(lines.size() - 1), out());
		assertTrue(lines.get(0).contains("Project check-in") && lines.get(0).contains(code + " weekly check-in")
				&& lines.get(0).contains("Held"), lines.get(0));

		out.reset();
		assertEquals(CommandContext.OK, run("list", "--from", TODAY.minusDays(7).toString(), "--days", "14"), err());
		assertTrue(out().contains(code + " weekly check-in"), "the organizer's own meetings: " + out());

		Path file = workspace.resolve("project.ics");
		out.reset();
		assertEquals(CommandContext.OK, run("export-ics", file.toString(), "--project", code), err());
		assertEquals("Exported 1 series to " + file + ".", out().strip());
		String ics = Files.readString(file);
		assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n") && ics.contains("RRULE:FREQ=WEEKLY"), ics);

		out.reset();
		assertEquals(CommandContext.OK, run("import-ics", file.toString()), err());
		assertEquals("Imported " + file + ": 0 series created, 0 updated, 1 unchanged.", out().strip());

		Files.writeString(file, ics.replace("RRULE:FREQ=WEEKLY", "RRULE:FREQ=WEEKLYISH"));
		assertEquals(CommandContext.FAILED, run("import-ics", file.toString()));
		assertTrue(err().startsWith(file + " was not imported, nothing was saved: line "), err());

		assertEquals(CommandContext.FAILED, run("list", "--project", "NOPE-1"));
		assertEquals("unknown meetings command 'purge'; use list, export-ics or import-ics",
				assertThrows(UsageException.class, () -> run("purge")).getMessage());
		assertEquals("meetings import-ics needs a FILE",
				assertThrows(UsageException.class, () -> run("import-ics")).getMessage());
	}

	private static List<EObject> contribute(Office office, long seed) {
		List<EObject> saved = new ArrayList<>();
		new MeetingDemo().contribute(office, seed, new Transaction() {
			@Override
			public void save(EObject object) {
				saved.add(object);
			}

			@Override
			public void delete(EObject object) {
				throw new AssertionError("the demo deletes nothing");
			}
		});
		return saved;
	}

	private static List<String> ids(List<EObject> objects) {
		List<String> ids = new ArrayList<>();
		for (EObject object : objects) {
			ids.add(((Entity) object).getId());
			object.eAllContents().forEachRemaining(child -> ids.add(((Entity) child).getId()));
		}
		return ids;
	}

	private int run(String... words) {
		return new MeetingCommand().run(new CommandContext() {
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
				return login;
			}

			@Override
			public ModelStore openStore(boolean create) {
				return MeetingDemoAndCommandTest.this.openStore();
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
