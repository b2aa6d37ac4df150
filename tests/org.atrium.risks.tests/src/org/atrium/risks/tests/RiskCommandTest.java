package org.atrium.risks.tests;

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
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.risks.RiskCommand;
import org.atrium.risks.model.risks.Risk;
import org.atrium.risks.model.risks.RisksPackage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code atrium risks export|import}, run as the command line runs it, on a real store and real files. */
class RiskCommandTest extends RiskTestSupport {

	private final RiskCommand command = new RiskCommand();
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void saveOffice() {
		Person ann = person("Ann Lee", "alee");
		Project crm = project("DIG-001", "CRM Consolidation");
		Project portal = project("DIG-002", "Customer Portal");
		Risk vendor = risk(crm, "Vendor delay", 4, 5);
		vendor.setOwner(ann);
		try (ModelStore store = openStore(); StoreSession session = store.openSession("alee")) {
			session.save(ann, portfolioOf(crm), portfolioOf(portal), vendor, risk(crm, "Scope creep", 3, 3),
					risk(portal, "Low user adoption", 3, 4));
		}
	}

	@Test
	void exportEditAndImportUpdatesOneRiskInCsvAndXlsx() throws Exception {
		for (String name : List.of("register.csv", "register.xlsx")) {
			Path file = workspace.resolve(name);
			assertEquals(CommandContext.OK, run("export", file.toString()));
			assertTrue(out().startsWith("Exported 3 risks to " + file), out());

			if (name.endsWith(".csv")) {
				String csv = Files.readString(file);
				Files.writeString(file, csv.replace(",Scope creep,,3,3,", ",Scope creep,,2,3,"));
			} else {
				List<List<Object>> sheet = RiskExchangeTest.readSheet(Files.readAllBytes(file));
				sheet.stream().filter(row -> "Scope creep".equals(row.get(2))).findFirst().orElseThrow()
						.set(4, java.math.BigDecimal.ONE);
				Files.write(file, RiskExchangeTest.writeSheet(sheet));
			}
			out.reset();
			assertEquals(CommandContext.OK, run("import", file.toString()), err());
			assertEquals("Imported " + file + ": 0 created, 1 updated, 2 unchanged.", out().strip());
			out.reset();
		}
		assertEquals(List.of("Low user adoption 3", "Scope creep 1", "Vendor delay 4"), stored());
	}

	@Test
	void theFormatOptionOverridesTheExtensionAndProjectLimitsTheExport() throws Exception {
		Path file = workspace.resolve("register.txt");

		assertEquals(CommandContext.OK, run("export", "--format", "xlsx", file.toString(), "--project", "DIG-002"));

		assertEquals("Exported 1 risk to " + file + ".", out().strip());
		assertEquals("PK", new String(Files.readAllBytes(file), 0, 2, StandardCharsets.ISO_8859_1));
	}

	@Test
	void aFileWithProblemsImportsNothingAndPrintsEachProblem() throws Exception {
		Path file = workspace.resolve("new-risks.csv");
		Files.writeString(file, "project code,title,probability,impact\nDIG-001,Data migration,2,4\n"
				+ "DIG-001,Key person leaves,high,4\nDIG-007,Unknown,2,2\n");

		assertEquals(CommandContext.FAILED, run("import", file.toString()));

		assertEquals("Nothing was imported, the file has 2 problems:\n"
				+ "row 3, column probability: 'high' is not a number\n"
				+ "row 4, column project code: 'DIG-007' is not the code of a project", err().strip());
		assertEquals(3, stored().size());
	}

	@Test
	void importWithAProjectRefusesRowsOfOtherProjects() throws Exception {
		Path file = workspace.resolve("crm.csv");
		Files.writeString(file, "project code,title,probability,impact\nDIG-001,Data migration,2,4\n"
				+ "DIG-002,Search is slow,2,2\n");

		assertEquals(CommandContext.FAILED, run("import", "--project", "DIG-001", file.toString()));

		assertTrue(err().contains("row 3, column project code: the risk is in DIG-002, not in DIG-001 given by "
				+ "--project"), err());
		assertEquals(3, stored().size());
		assertEquals(CommandContext.FAILED, run("export", "--project", "DIG-404", file.toString()));
		assertTrue(err().contains("No project has the code DIG-404."), err());
	}

	@Test
	void badArgumentsAreUsageErrors() {
		assertEquals("--format must be csv or xlsx, was 'ods'", assertThrows(UsageException.class,
				() -> run("export", "--format", "ods", "x.ods")).getMessage());
		assertEquals("give --format csv or xlsx; the name x.ods ends in neither .csv nor .xlsx",
				assertThrows(UsageException.class, () -> run("export", "x.ods")).getMessage());
		assertEquals("unknown risks command 'purge'; use export or import",
				assertThrows(UsageException.class, () -> run("purge", "x.csv")).getMessage());
		assertEquals("risks import needs a FILE",
				assertThrows(UsageException.class, () -> run("import")).getMessage());
		assertEquals("import", command.usage().get(1).synopsis().split(" ")[0]);
	}

	@Test
	void aMissingFileIsReported() {
		assertEquals(CommandContext.FAILED, run("import", workspace.resolve("absent.csv").toString()));
		assertEquals("No file " + workspace.resolve("absent.csv") + ".", err().strip());
	}

	private int run(String... words) {
		return command.run(new TestContext(List.of(words)));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	/** Each stored risk as "title probability", by title. */
	private List<String> stored() {
		try (ModelStore store = openStore(); StoreSession session = store.openSession("alee")) {
			return session.query(Query.<Risk>of(RisksPackage.Literals.RISK).orderBy(RisksPackage.Literals.RISK__TITLE))
					.stream().map(risk -> risk.getTitle() + " " + risk.getProbability()).toList();
		}
	}

	/** The command line's context, on the test's store and streams. */
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
			return RiskCommandTest.this.openStore();
		}
	}
}
