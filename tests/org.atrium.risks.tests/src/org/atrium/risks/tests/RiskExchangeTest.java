package org.atrium.risks.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.risks.ImportException;
import org.atrium.risks.ImportProblem;
import org.atrium.risks.RiskColumn;
import org.atrium.risks.RiskExchange;
import org.atrium.risks.model.risks.ResponseStrategy;
import org.atrium.risks.model.risks.Risk;
import org.atrium.risks.model.risks.RiskStatus;
import org.atrium.risks.model.risks.RisksPackage;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The risk register to and from CSV and XLSX, through a real store. */
class RiskExchangeTest extends RiskTestSupport {

	private static final String HEADER = "project code,title,category,probability,impact,residual probability,"
			+ "residual impact,status,strategy,owner login,proximity date,cause,effect,description";

	private final RiskExchange exchange = new RiskExchange();
	private final Person ann = person("Ann Lee", "alee");
	private final Project crm = project("DIG-001", "CRM Consolidation");
	private final Project portal = project("DIG-002", "Customer Portal");
	private ModelStore store;

	@BeforeEach
	void saveOffice() {
		store = openStore();
		try (StoreSession session = store.openSession("alee")) {
			session.save(ann, portfolioOf(crm), portfolioOf(portal));
		}
	}

	@Test
	void csvExportWritesOneRowPerRisk() throws IOException {
		Risk risk = residual(risk(crm, "Vendor delay", 4, 5), 2, 4);
		risk.setCategory("Supplier");
		risk.setStatus(RiskStatus.MITIGATING);
		risk.setStrategy(ResponseStrategy.TRANSFER);
		risk.setOwner(ann);
		risk.setProximityDate(LocalDate.of(2027, 2, 1));
		risk.setCause("Shared team, \"busy\" vendor");
		risk.setEffect("Late start");
		risk.setDescription("First line\nsecond line");
		StringWriter csv = new StringWriter();

		exchange.exportCsv(List.of(risk, risk(portal, "Low user adoption", 3, 3)), csv);

		assertEquals(HEADER + "\r\n"
				+ "DIG-001,Vendor delay,Supplier,4,5,2,4,Mitigating,Transfer,alee,2027-02-01,"
				+ "\"Shared team, \"\"busy\"\" vendor\",Late start,\"First line\nsecond line\"\r\n"
				+ "DIG-002,Low user adoption,,3,3,,,Open,Mitigate,,,,,\r\n", csv.toString());
	}

	@Test
	void textThatASpreadsheetWouldRunAsAFormulaIsQuoted() throws IOException {
		Risk risk = risk(crm, "=HYPERLINK(\"http://evil.example\",\"Click\")", 2, 2);
		risk.setCategory("+Supplier");
		risk.setCause("-5% budget");
		risk.setEffect("@SUM(A1:A9)");
		risk.setDescription("Budget = 5 FTE");
		StringWriter csv = new StringWriter();

		exchange.exportCsv(List.of(risk), csv);

		assertEquals("DIG-001,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\",'+Supplier,2,2,,,Open,"
				+ "Mitigate,,,'-5% budget,'@SUM(A1:A9),Budget = 5 FTE", csv.toString().lines().toList().get(1));
	}

	@Test
	void csvRoundTrip() throws IOException, ImportException {
		List<Risk> register = register();
		StringWriter csv = new StringWriter();
		exchange.exportCsv(register, csv);

		List<Risk> imported;
		try (StoreSession session = store.openSession("alee")) {
			imported = exchange.importCsv(new StringReader(csv.toString()), session);
		}

		assertEquals(rows(register), rows(imported));
		assertEquals(rows(register), storedRows());
	}

	@Test
	void xlsxRoundTrip() throws IOException, ImportException {
		List<Risk> register = register();
		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		exchange.exportXlsx(register, xlsx);

		List<Risk> imported;
		try (StoreSession session = store.openSession("alee")) {
			imported = exchange.importXlsx(new ByteArrayInputStream(xlsx.toByteArray()), session);
		}

		assertEquals(rows(register), rows(imported));
		assertEquals(rows(register), storedRows());
	}

	@Test
	void xlsxExportWritesNumbersAndDatesAsSuch() throws IOException {
		Risk risk = risk(crm, "-5% budget", 4, 5);
		risk.setProximityDate(LocalDate.of(2027, 2, 1));
		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();

		exchange.exportXlsx(List.of(risk), xlsx);

		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
			assertEquals("Risks", workbook.getFirstSheet().getName());
			List<Row> rows = workbook.getFirstSheet().read();
			assertEquals(Arrays.stream(RiskColumn.values()).map(RiskColumn::header).toList(),
					rows.get(0).stream().map(Cell::getText).toList());
			Row row = rows.get(1);
			assertEquals("'-5% budget", row.getCell(RiskColumn.TITLE.ordinal()).getText());
			Cell probability = row.getCell(RiskColumn.PROBABILITY.ordinal());
			assertEquals(CellType.NUMBER, probability.getType());
			assertEquals(4, probability.asNumber().intValueExact());
			Cell proximity = row.getCell(RiskColumn.PROXIMITY_DATE.ordinal());
			assertEquals(CellType.NUMBER, proximity.getType());
			assertEquals(LocalDate.of(2027, 2, 1), proximity.asDate().toLocalDate());
		}
	}

	@Test
	void anyBadRowMeansNothingIsImportedAndEveryProblemIsReported() {
		String csv = """
				project code,title,probability,impact,residual probability,residual impact,status,owner login,proximity date
				DIG-001,Good one,3,3,,,,alee,2027-01-31
				DIG-009,Unknown project,3,3,,,,,
				DIG-001,,9,3,,,Pending,nobody,31/12/2026

				DIG-002,Worse after the response,2,3,4,2,,,
				DIG-001,Bad impact,3,high,,,,,
				""";

		ImportException e = assertThrows(ImportException.class, () -> importCsv(csv));

		assertEquals(List.of(
				"row 3, column project code: 'DIG-009' is not the code of a project",
				"row 4, column title: a value is required",
				"row 4, column probability: '9' is not in 1..5",
				"row 4, column status: 'Pending' is not one of Open, Mitigating, Closed, Occurred",
				"row 4, column owner login: 'nobody' is not the login of a person",
				"row 4, column proximity date: '31/12/2026' is not a date in the form YYYY-MM-DD",
				"row 6, column residual probability: residual score 8 (4 × 2) is above the inherent score 6 (2 × 3); "
						+ "a response must not raise a risk's score",
				"row 7, column impact: 'high' is not in 1..5"), messages(e));
		assertEquals(new ImportProblem(7, "impact", "'high' is not in 1..5"), e.problems().get(7));
		assertEquals(0, riskCount(), "the good row was not imported either");
	}

	@Test
	void columnsAreFoundByHeaderInAnyOrderAndCase() throws IOException, ImportException {
		String csv = "\uFEFFImpact , Title,Notes,PROJECT CODE,Probability,Status,Strategy\n"
				+ "4,Vendor delay,ignored,DIG-001,2,mitigating,ESCALATE\n";

		Risk risk = importCsv(csv).get(0);

		assertEquals(List.of("DIG-001", "Vendor delay", 2, 4, "Mitigating", "Escalate"),
				List.of(risk.getProject().getCode(), risk.getTitle(), risk.getProbability(), risk.getImpact(),
						risk.getStatus().getLiteral(), risk.getStrategy().getLiteral()));
		assertEquals(1, riskCount());
	}

	@Test
	void requiredColumnsMustBeThere() {
		ImportException e = assertThrows(ImportException.class,
				() -> importCsv("project code,title,probability,title\nDIG-001,Vendor delay,3,Again\n"));

		assertEquals(List.of("row 1, column title: the column appears more than once",
				"row 1, column impact: the column is missing"),
				messages(e));
		assertEquals("Nothing was imported, the file has 2 problems:\n"
				+ "row 1, column title: the column appears more than once\n"
				+ "row 1, column impact: the column is missing", e.getMessage());
		assertEquals(List.of("row 1: the file is empty; the first row must name the columns"),
				messages(assertThrows(ImportException.class, () -> importCsv(""))));
	}

	@Test
	void badXlsxCellsAreReportedWithTheirRowAndColumn() throws IOException {
		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(xlsx, "Test", "1.0");
		Worksheet sheet = workbook.newWorksheet("Register");
		List<String> header = List.of("project code", "title", "probability", "impact", "proximity date");
		for (int column = 0; column < header.size(); column++) {
			sheet.value(0, column, header.get(column));
		}
		sheet.value(1, 0, "DIG-001");
		sheet.value(1, 1, "Typed by hand");
		sheet.value(1, 2, "3");
		sheet.value(1, 3, 4.0);
		sheet.value(1, 4, "2027-03-01");
		sheet.value(2, 0, "DIG-002");
		sheet.value(2, 1, "Half a level");
		sheet.value(2, 2, 2.5);
		sheet.value(2, 3, 9);
		workbook.finish();

		ImportException e = assertThrows(ImportException.class, () -> {
			try (StoreSession session = store.openSession("alee")) {
				exchange.importXlsx(new ByteArrayInputStream(xlsx.toByteArray()), session);
			}
		});

		assertEquals(List.of("row 3, column probability: '2.5' is not in 1..5",
				"row 3, column impact: '9' is not in 1..5"),
				messages(e));
		assertEquals(0, riskCount());
	}

	/** Two risks: one with every column set, including text a spreadsheet would take for a formula, one minimal. */
	private List<Risk> register() {
		Risk full = residual(risk(crm, "Vendor delay, \"phase 2\"", 4, 5), 2, 4);
		full.setCategory("=Supplier");
		full.setStatus(RiskStatus.OCCURRED);
		full.setStrategy(ResponseStrategy.ACCEPT);
		full.setOwner(ann);
		full.setProximityDate(LocalDate.of(2027, 2, 1));
		full.setCause("-5% budget");
		full.setEffect("Späterer Start; @risk");
		full.setDescription("First line\nsecond line, with a comma");
		Risk minimal = risk(portal, "Low user adoption", 1, 5);
		minimal.setResidualImpact(3);
		return List.of(full, minimal);
	}

	private List<Risk> importCsv(String csv) throws IOException, ImportException {
		try (StoreSession session = store.openSession("alee")) {
			return exchange.importCsv(new StringReader(csv), session);
		}
	}

	/** The rows of the risks in the store, the most probable first. */
	private List<List<Object>> storedRows() {
		try (StoreSession session = store.openSession("alee")) {
			return rows(session.query(Query.<Risk>of(RisksPackage.Literals.RISK)
					.orderBy(RisksPackage.Literals.RISK__PROBABILITY, false)));
		}
	}

	private long riskCount() {
		try (StoreSession session = store.openSession("alee")) {
			return session.count(Query.of(RisksPackage.Literals.RISK));
		}
	}

	private static List<String> messages(ImportException e) {
		return e.problems().stream().map(ImportProblem::toString).toList();
	}

	/** Every column's value of every risk; resolves the references to projects and owners. */
	private static List<List<Object>> rows(List<Risk> risks) {
		return risks.stream().map(risk -> Arrays.stream(RiskColumn.values()).map(column -> column.valueOf(risk)).toList())
				.toList();
	}
}
