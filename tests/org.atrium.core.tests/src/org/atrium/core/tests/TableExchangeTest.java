package org.atrium.core.tests;

import static org.atrium.core.model.pmo.PmoPackage.Literals.PERSON;
import static org.atrium.core.model.pmo.PmoPackage.Literals.PERSON__DEPARTMENT;
import static org.atrium.core.model.pmo.PmoPackage.Literals.PERSON__HOURLY_RATE;
import static org.atrium.core.model.pmo.PmoPackage.Literals.PERSON__LOGIN;
import static org.atrium.core.model.pmo.PmoPackage.Literals.PERSON__NAME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.atrium.core.exchange.Column;
import org.atrium.core.exchange.ExchangeException;
import org.atrium.core.exchange.ExchangeLimits;
import org.atrium.core.exchange.ExchangeProblem;
import org.atrium.core.exchange.ImportResult;
import org.atrium.core.exchange.TableExchange;
import org.atrium.core.exchange.TableFormat;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoFactory;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.store.ModelContribution;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.ModelStoreFactory;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreConfig;
import org.atrium.core.store.StoreSession;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tabular exchange of people through a real Derby store: round trips, limits and every kind of bad input. */
class TableExchangeTest {

	private static final List<Column> COLUMNS = List.of(
			Column.text("login", PERSON__LOGIN).required(),
			Column.text("name", PERSON__NAME).required(),
			Column.text("department", PERSON__DEPARTMENT).maxLength(20),
			Column.decimal("hourly rate", PERSON__HOURLY_RATE));

	private final TableExchange<Person> people = new TableExchange<>(PERSON, "People", COLUMNS);

	@TempDir
	Path workspace;
	private ModelStore store;

	@BeforeEach
	void saveStaff() {
		store = ModelStoreFactory.open(StoreConfig.derby(workspace.resolve("db"), true),
				List.of(ModelContribution.of(PmoPackage.eINSTANCE)));
		try (StoreSession session = store.openSession("alee")) {
			session.save(person("alee", "Ann Lee", "Finance", "85.50"), person("bkim", "Bo Kim", "IT", "92"),
					person("cruiz", "Carla Ruiz", "Legal", null));
		}
	}

	@AfterEach
	void closeStore() {
		store.close();
	}

	@Test
	void csvRoundTripChangesOnlyTheEditedCell() throws Exception {
		String csv = exportCsv();
		assertTrue(csv.startsWith("id,login,name,department,hourly rate,version\r\n"), csv);

		ImportResult<Person> result = importCsv(csv.replace(",Bo Kim,IT,", ",Bo Kim,Operations,"));

		assertEquals("0 created, 1 updated, 2 unchanged", result.summary());
		assertEquals(List.of("alee Ann Lee Finance 85.5 v1", "bkim Bo Kim Operations 92 v2",
				"cruiz Carla Ruiz Legal null v1"), stored());
	}

	@Test
	void xlsxRoundTripChangesOnlyTheEditedCell() throws Exception {
		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		try (StoreSession session = store.openSession("alee")) {
			people.exportXlsx(all(session), xlsx);
		}
		List<List<Object>> sheet = readSheet(xlsx.toByteArray());
		assertEquals(List.of("id", "login", "name", "department", "hourly rate", "version"), sheet.get(0));
		sheet.get(3).set(4, new BigDecimal("70.25"));

		ImportResult<Person> result = importFile(writeSheet(sheet), TableFormat.XLSX);

		assertEquals("0 created, 1 updated, 2 unchanged", result.summary());
		assertEquals(List.of("alee Ann Lee Finance 85.5 v1", "bkim Bo Kim IT 92 v1",
				"cruiz Carla Ruiz Legal 70.25 v2"), stored());
	}

	@Test
	void rowsWithoutAnIdCreateObjects() throws Exception {
		ImportResult<Person> result = importCsv("login,name,hourly rate\ndnovak,Dana Novak,1234.5\n");

		assertEquals("1 created, 0 updated, 0 unchanged", result.summary());
		assertEquals(4, stored().size());
		assertEquals("dnovak Dana Novak null 1234.5 v1", stored().get(3));
	}

	@Test
	void semicolonSeparatedCsvWithAByteOrderMarkImports() throws Exception {
		ImportResult<Person> result = importCsv("\uFEFFLogin;Name;Hourly rate\ndnovak;Novak, Dana;12.5\n");

		assertEquals("1 created, 0 updated, 0 unchanged", result.summary());
		assertEquals("dnovak Novak, Dana null 12.5 v1", stored().get(3));
	}

	@Test
	void anUnknownIdIsAnErrorOfItsRow() {
		assertEquals(List.of("row 2, column id: 'no-such-id' is not the id of a person in the database; "
				+ "leave the id empty to create a new one"),
				problems(() -> importCsv("id,login,name\nno-such-id,x,X\n")));
	}

	@Test
	void aRowForAnObjectChangedSinceTheExportIsRefused() throws Exception {
		String csv = exportCsv();
		try (StoreSession session = store.openSession("bkim")) {
			Person bo = byLogin(session, "bkim");
			bo.setName("Bo-Ra Kim");
			session.save(bo);
		}

		List<String> problems = problems(() -> importCsv(csv.replace(",IT,", ",Operations,")));

		assertEquals(List.of("row 3, column version: this person was changed in the database since the file was "
				+ "exported (version '1' in the file, 2 now); export again and redo the edit"), problems);
		assertEquals("bkim Bo-Ra Kim IT 92 v2", stored().get(1));
	}

	@Test
	void formulaLookingTextIsGuardedInCsvAndPlainInXlsx() throws Exception {
		try (StoreSession session = store.openSession("alee")) {
			session.save(person("eve", "=HYPERLINK(\"http://evil.example\")", "@SUM(A1:A9)", null));
		}
		String csv = exportCsv();
		assertTrue(csv.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\")\",'@SUM(A1:A9),"), csv);
		assertEquals("0 created, 0 updated, 4 unchanged", importCsv(csv).summary(), "the quote is dropped again");

		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		try (StoreSession session = store.openSession("alee")) {
			people.exportXlsx(all(session), xlsx);
		}
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
			Cell name = workbook.getFirstSheet().read().get(4).getCell(2);
			assertEquals(CellType.STRING, name.getType());
			assertEquals("=HYPERLINK(\"http://evil.example\")", name.getText());
		}
		assertEquals("0 created, 0 updated, 4 unchanged", importFile(xlsx.toByteArray(), TableFormat.XLSX).summary());
	}

	@Test
	void numbersOutOfRangeOrInALocaleFormatAreCellErrors() {
		assertEquals(List.of(
				"row 2, column hourly rate: '1E999999999' is out of range; numbers may have at most 30 digits "
						+ "before and after the point",
				"row 3, column hourly rate: '12,50' is not a number; write decimals with a point and no grouping, "
						+ "e.g. 1234.5",
				"row 4, column hourly rate: 'lots' is not a number"),
				problems(() -> importCsv("login,name,hourly rate\na,A,1E999999999\nb,B,\"12,50\"\nc,C,lots\n")));
		assertEquals(3, stored().size());
	}

	@Test
	void hugeNumbersInAnXlsxCellAreCellErrors() throws Exception {
		List<List<Object>> sheet = new ArrayList<>();
		sheet.add(List.of("login", "name", "hourly rate"));
		sheet.add(new ArrayList<>(List.of("a", "A", new BigDecimal("1E+400"))));
		List<String> problems = problems(() -> importFile(writeSheet(sheet), TableFormat.XLSX));

		assertEquals(1, problems.size(), problems.toString());
		assertTrue(problems.get(0).startsWith("row 2, column hourly rate: '1")
				&& problems.get(0).endsWith("is out of range; numbers may have at most 30 digits before and after the "
						+ "point"), problems.get(0));
	}

	@Test
	void malformedCsvNamesTheRow() {
		assertEquals(List.of("row 3: the CSV is malformed: a quoted value is not closed, or text follows its closing "
				+ "quote"),
				problems(() -> importCsv("login,name\na,A\nb,\"B\nc,C\n")).stream()
						.map(problem -> problem.replaceAll(" \\(.*", "")).toList());
		assertEquals(3, stored().size());
	}

	@Test
	void textOverTheColumnLengthIsACellError() {
		assertEquals(List.of("row 2, column department: the text has 21 characters, more than the 20 this column "
				+ "holds"), problems(() -> importCsv("login,name,department\nd,D,Strategy and Planning\n")));
	}

	@Test
	void bytesThatAreNotUtf8NameTheRowAndTheByteOffset() {
		byte[] latin1 = "login,name\nalee,Ann\nbjorn,Bj\u00f6rn\n".getBytes(StandardCharsets.ISO_8859_1);

		assertEquals(List.of("row 3: byte offset 28 (0xF6) is not UTF-8; save the file as CSV in UTF-8"),
				problems(() -> importFile(latin1, TableFormat.CSV)));
	}

	@Test
	void filesBeyondTheLimitsAreRefused() {
		TableExchange<Person> small = people.withLimits(new ExchangeLimits(100, 3, 10, 1_000_000, 100));

		assertEquals(List.of("the file has more than 3 rows; import it in parts"),
				problems(() -> importWith(small, "login,name\na,A\nb,B\nc,C\n")));
		assertEquals(List.of("the file is larger than 100 bytes, the most that can be imported"),
				problems(() -> importWith(small, "login,name\n" + "a,A\n".repeat(30))));
		assertEquals(List.of("row 2, column name: a cell of 11 characters is longer than 10, the most any cell may "
				+ "hold"), problems(() -> importWith(small, "login,name\na,Annabel Lee\n")));
		assertEquals(3, stored().size());
	}

	@Test
	void aZipBombIsRefusedBeforeItIsParsed() throws IOException {
		ByteArrayOutputStream bomb = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
			zip.setLevel(Deflater.BEST_COMPRESSION);
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] block = "<c><v>0</v></c>".repeat(4096).getBytes(StandardCharsets.UTF_8);
			for (long written = 0; written < 300L * 1024 * 1024; written += block.length) {
				zip.write(block);
			}
		}
		assertTrue(bomb.size() < 2 * 1024 * 1024, "compressed to " + bomb.size());

		List<String> problems = problems(() -> importFile(bomb.toByteArray(), TableFormat.XLSX));

		assertEquals(1, problems.size(), problems.toString());
		assertTrue(problems.get(0).startsWith("the workbook expands to more than ")
				&& problems.get(0).contains("xl/worksheets/sheet1.xml")
				&& problems.get(0).endsWith("it is refused as a possible zip bomb"), problems.get(0));
	}

	@Test
	void aFailingImportWritesNothing() throws Exception {
		String csv = exportCsv().replace(",Ann Lee,Finance,", ",Ann Lee,Treasury,") + ",dnovak,Dana Novak,,,\n"
				+ ",,Nameless,,,\n";

		assertEquals(List.of("row 6, column login: a value is required"), problems(() -> importCsv(csv)));
		assertEquals(List.of("alee Ann Lee Finance 85.5 v1", "bkim Bo Kim IT 92 v1", "cruiz Carla Ruiz Legal null v1"),
				stored());
	}

	@Test
	void theHeaderMustNameTheRequiredColumnsOnce() {
		assertEquals(List.of("row 1, column name: the column appears more than once",
				"row 1, column login: the column is missing"),
				problems(() -> importCsv("Name,NAME\nAnn,Ann\n")));
		assertEquals(List.of("row 1: the file is empty; the first row must name the columns"),
				problems(() -> importCsv("")));
	}

	private static Person person(String login, String name, String department, String rate) {
		Person person = PmoFactory.eINSTANCE.createPerson();
		person.setLogin(login);
		person.setName(name);
		person.setDepartment(department);
		person.setHourlyRate(rate == null ? null : new BigDecimal(rate));
		return person;
	}

	private String exportCsv() throws IOException {
		StringWriter csv = new StringWriter();
		try (StoreSession session = store.openSession("alee")) {
			people.exportCsv(all(session), csv);
		}
		return csv.toString();
	}

	private ImportResult<Person> importCsv(String csv) throws IOException, ExchangeException {
		return importFile(csv.getBytes(StandardCharsets.UTF_8), TableFormat.CSV);
	}

	private ImportResult<Person> importWith(TableExchange<Person> exchange, String csv)
			throws IOException, ExchangeException {
		try (StoreSession session = store.openSession("alee")) {
			return exchange.importFrom(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), TableFormat.CSV,
					session);
		}
	}

	private ImportResult<Person> importFile(byte[] bytes, TableFormat format) throws IOException, ExchangeException {
		try (StoreSession session = store.openSession("alee")) {
			return people.importFrom(new ByteArrayInputStream(bytes), format, session);
		}
	}

	@FunctionalInterface
	private interface Import {
		void run() throws Exception;
	}

	private static List<String> problems(Import run) {
		return assertThrows(ExchangeException.class, run::run).problems().stream().map(ExchangeProblem::toString)
				.toList();
	}

	private static List<Person> all(StoreSession session) {
		return session.query(Query.<Person>of(PERSON).orderBy(PERSON__LOGIN));
	}

	private static Person byLogin(StoreSession session, String login) {
		return all(session).stream().filter(person -> login.equals(person.getLogin())).findFirst().orElseThrow();
	}

	/** Each stored person as "login name department rate vVERSION", by login. */
	private List<String> stored() {
		try (StoreSession session = store.openSession("alee")) {
			return all(session).stream().map(person -> person.getLogin() + " " + person.getName() + " "
					+ person.getDepartment() + " " + (person.getHourlyRate() == null ? null
							: person.getHourlyRate().stripTrailingZeros().toPlainString()) + " v" + person.getVersion())
					.toList();
		}
	}

	/** The cells of the first sheet: text as String, numbers as BigDecimal, as a spreadsheet would keep them. */
	private static List<List<Object>> readSheet(byte[] xlsx) throws IOException {
		List<List<Object>> rows = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row row : workbook.getFirstSheet().read()) {
				List<Object> cells = new ArrayList<>();
				for (int index = 0; index < row.getCellCount(); index++) {
					Cell cell = row.getCell(index);
					cells.add(cell == null ? null : switch (cell.getType()) {
						case NUMBER -> cell.asNumber();
						case EMPTY -> null;
						default -> cell.getText();
					});
				}
				rows.add(cells);
			}
		}
		return rows;
	}

	/** A workbook of one sheet with the cells, as a spreadsheet application saves it after an edit. */
	private static byte[] writeSheet(List<List<Object>> rows) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (OutputStream out = bytes) {
			Workbook workbook = new Workbook(out, "Spreadsheet", "1.0");
			Worksheet sheet = workbook.newWorksheet("Edited");
			for (int row = 0; row < rows.size(); row++) {
				for (int col = 0; col < rows.get(row).size(); col++) {
					switch (rows.get(row).get(col)) {
						case String text -> sheet.value(row, col, text);
						case Number number -> sheet.value(row, col, number);
						case null, default -> {
							// an empty cell
						}
					}
				}
			}
			workbook.finish();
		}
		return bytes.toByteArray();
	}
}
