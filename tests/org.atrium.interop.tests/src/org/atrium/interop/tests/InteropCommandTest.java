package org.atrium.interop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.atrium.core.command.CommandArguments;
import org.atrium.core.command.CommandContext;
import org.atrium.core.command.CommandContribution;
import org.atrium.core.command.UsageException;
import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.StoreSession;
import org.atrium.interop.ExportCommand;
import org.atrium.interop.ImportCommand;
import org.atrium.interop.SheetMappings;
import org.atrium.interop.model.interop.SheetTarget;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code atrium import} and {@code atrium export}, run as the command line runs them, on a real store and files. */
class InteropCommandTest extends InteropTestSupport {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void office() {
		saveOffice();
	}

	@Test
	void aDryRunPrintsTheMappingReportAndWritesNothingThenTheImportWrites() throws Exception {
		Path plan = workspace.resolve("erp.xml");
		Files.write(plan, mspdi(phasedPlan()));

		assertEquals(CommandContext.OK, run(new ImportCommand(), "msproject", plan.toString(), "--project", "ERP-7",
				"--dry-run"));
		assertTrue(out().contains("Create      Workstream  Build"), out());
		assertTrue(out().contains("Not mapped  Resource    Carla Diaz"), out());
		assertTrue(out().contains("nothing was written (--dry-run)"), out());
		try (ModelStore store = openStore(); StoreSession session = store.openSession("alee")) {
			assertTrue(erp(session).getWorkstreams().isEmpty());
		}

		assertEquals(CommandContext.OK, run(new ImportCommand(), "msproject", plan.toString(), "--project", "ERP-7"));
		assertTrue(out().contains("Imported: 6 to create"), out());
		try (ModelStore store = openStore(); StoreSession session = store.openSession("alee")) {
			assertEquals(2, erp(session).getWorkstreams().size());
		}
	}

	@Test
	void aHostileFileFailsWithItsReasonAndNothingIsWritten() throws Exception {
		Path plan = workspace.resolve("hostile.xml");
		String xml = new String(mspdi(phasedPlan()), StandardCharsets.UTF_8);
		Files.writeString(plan, xml.replaceFirst("<Project ", "<!DOCTYPE Project SYSTEM \"http://example.org/x.dtd\">\n<Project "));

		assertEquals(CommandContext.FAILED, run(new ImportCommand(), "msproject", plan.toString(), "--project", "ERP-7"));

		assertTrue(err().contains("DOCTYPE") && err().contains("Nothing was imported."), err());
		try (ModelStore store = openStore(); StoreSession session = store.openSession("alee")) {
			assertTrue(erp(session).getWorkstreams().isEmpty());
		}
	}

	@Test
	void exportThenImportWithoutACodeFindsTheSameProject() throws Exception {
		Path plan = workspace.resolve("first.xml");
		Files.write(plan, mspdi(smallPlan()));
		assertEquals(CommandContext.OK, run(new ImportCommand(), "msproject", plan.toString(), "--project", "ERP-7"));
		Path exported = workspace.resolve("exported.xml");

		assertEquals(CommandContext.OK, run(new ExportCommand(), "msproject", "ERP-7", exported.toString()));
		assertTrue(out().contains("Exported ERP-7 to " + exported + ": 3 tasks"), out());
		assertTrue(Files.readString(exported).contains("<Name>Content frozen</Name>"));

		assertEquals(CommandContext.OK, run(new ImportCommand(), "msproject", exported.toString()));
		assertTrue(out().contains("0 to create, 0 to update"), out());
	}

	@Test
	void importSheetUsesTheSavedMappingAndExportPortfolioWritesXlsx() throws Exception {
		try (ModelStore store = openStore(); StoreSession session = store.openSession("alee")) {
			SheetMappings.save(session, "Smartsheet projects", SheetTarget.PROJECT_LIST,
					SheetImportTest.projectListChoices());
			Project erp = erp(session);
			Milestone live = PMO.createMilestone();
			live.setName("Go live");
			live.setPlannedDate(java.time.LocalDate.now().plusDays(30));
			erp.getMilestones().add(live);
			var sponsor = PMO.createRoleAssignment();
			sponsor.setKind(RoleKind.SPONSOR);
			sponsor.setPerson(all(session, PmoPackage.Literals.PERSON).stream().map(p -> (org.atrium.core.model.pmo.Person) p)
					.filter(p -> p.getLogin().equals("alee")).findFirst().orElseThrow());
			erp.getRoleAssignments().add(sponsor);
			session.save(erp);
		}
		Path sheet = workspace.resolve("projects.csv");
		Files.writeString(sheet, SheetImportTest.SMARTSHEET_CSV);

		assertEquals(CommandContext.OK,
				run(new ImportCommand(), "sheet", sheet.toString(), "--mapping", "Smartsheet projects"));
		assertTrue(out().contains("1 created, 1 updated"), out());

		Path portfolio = workspace.resolve("portfolio.xlsx");
		assertEquals(CommandContext.OK, run(new ExportCommand(), "portfolio", portfolio.toString()));
		assertTrue(out().contains("Exported 2 projects"), out());
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(Files.readAllBytes(portfolio)))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertEquals("Code,Project,Portfolio,Program,Phase,RAG,Trend,Sponsor,Planned start,Planned end,"
					+ "Baseline end,Actual end,% complete,Currency,Budget planned,Budget forecast,Budget actual,"
					+ "Next milestone,Next milestone date", text(rows.get(0), 19));
			Row erp = rows.get(1);
			assertEquals("ERP-7", erp.getCellText(0));
			assertEquals("Execution", erp.getCellText(4));
			assertEquals("Amber", erp.getCellText(5));
			assertEquals("Ann Lee", erp.getCellText(7));
			assertEquals("Go live", erp.getCellText(17));
		}
	}

	@Test
	void badArgumentsAreUsageErrorsNamingTheRule() {
		assertTrue(assertThrows(UsageException.class, () -> run(new ImportCommand(), "sheet", "x.csv")).getMessage()
				.contains("--mapping NAME"));
		assertTrue(assertThrows(UsageException.class, () -> run(new ImportCommand(), "gantt", "x.csv")).getMessage()
				.contains("use msproject or sheet"));
		assertTrue(assertThrows(UsageException.class, () -> run(new ImportCommand(), "sheet", "x.txt", "--mapping", "m"))
				.getMessage().contains("neither .csv nor .xlsx"));
		assertEquals(CommandContext.FAILED, run(new ExportCommand(), "msproject", "NOPE-1", "x.xml"));
		assertTrue(err().contains("No project has the code NOPE-1."), err());
	}

	private static String text(Row row, int cells) {
		return java.util.stream.IntStream.range(0, cells).mapToObj(row::getCellText).collect(Collectors.joining(","));
	}

	private Project erp(StoreSession session) {
		return session.<Project>query(org.atrium.core.store.Query.<Project>of(PmoPackage.Literals.PROJECT).withContents())
				.stream().filter(p -> "ERP-7".equals(p.getCode())).findFirst().orElseThrow();
	}

	private int run(CommandContribution command, String... words) {
		out.reset();
		err.reset();
		return command.run(new TestContext(List.of(words)));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	private final class TestContext implements CommandContext {

		private final CommandArguments arguments;

		TestContext(List<String> words) {
			this.arguments = new CommandArguments(words);
		}

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
			return "alee";
		}

		@Override
		public ModelStore openStore(boolean create) {
			return InteropCommandTest.this.openStore();
		}
	}
}
