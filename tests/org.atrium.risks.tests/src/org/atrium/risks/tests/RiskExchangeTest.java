package org.atrium.risks.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.atrium.core.exchange.Column;
import org.atrium.core.exchange.ExchangeException;
import org.atrium.core.exchange.ExchangeProblem;
import org.atrium.core.exchange.ImportResult;
import org.atrium.core.exchange.TableExchange;
import org.atrium.core.exchange.TableFormat;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
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
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The risk register to and from CSV and XLSX through the core's table exchange and a real store. */
class RiskExchangeTest extends RiskTestSupport {

	private static final String HEADER = "id,project code,title,category,probability,impact,residual probability,"
			+ "residual impact,status,strategy,owner login,proximity date,cause,effect,description,version";

	private final TableExchange<Risk> register = new RiskExchange().register();
	private final Person ann = person("Ann Lee", "alee");
	private final Project crm = project("DIG-001", "CRM Consolidation");
	private final Project portal = project("DIG-002", "Customer Portal");
	private ModelStore store;

	@BeforeEach
	void openTheStore() {
		store = openStore();
	}

	@Test
	void csvExportWritesEachRiskWithItsIdAndVersion() throws IOException {
		Risk risk = residual(risk(crm, "Vendor delay", 4, 5), 2, 4);
		risk.setId("risk-vendor-delay");
		risk.setCategory("Supplier");
		risk.setStatus(RiskStatus.MITIGATING);
		risk.setStrategy(ResponseStrategy.TRANSFER);
		risk.setOwner(ann);
		risk.setProximityDate(LocalDate.of(2027, 2, 1));
		risk.setCause("Shared team, \"busy\" vendor");
		risk.setDescription("First line\nsecond line");
		save(risk, risk(portal, "Low user adoption", 3, 3));

		String csv = exportCsv();

		List<String> lines = csv.lines().toList();
		assertEquals(HEADER, lines.get(0));
		assertEquals("risk-vendor-delay,DIG-001,Vendor delay,Supplier,4,5,2,4,Mitigating,Transfer,alee,2027-02-01,"
				+ "\"Shared team, \"\"busy\"\" vendor\",,\"First line", lines.get(1));
		assertEquals("second line\",1", lines.get(2));
		assertTrue(lines.get(3).matches("[-0-9a-f]{36},DIG-002,Low user adoption,,3,3,,,Open,Mitigate,,,,,,1"),
				lines.get(3));
	}

	@Test
	void csvRoundTripUpdatesExactlyTheEditedRisk() throws Exception {
		save(register());
		String csv = exportCsv();
		List<List<Object>> before = storedRows();

		ImportResult<Risk> result = importFile(csv.replace(",Low user adoption,,1,5,", ",Low user adoption,,2,5,")
				.getBytes(StandardCharsets.UTF_8), TableFormat.CSV);

		assertEquals("0 created, 1 updated, 1 unchanged", result.summary());
		List<List<Object>> after = storedRows();
		assertEquals(before.get(0), after.get(0), "the risk that was not edited");
		assertEquals(2, after.get(1).get(3), "the edited probability");
		assertEquals(2, riskCount());
	}

	@Test
	void xlsxRoundTripUpdatesExactlyTheEditedRisk() throws Exception {
		save(register());
		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		try (StoreSession session = store.openSession("alee")) {
			register.exportXlsx(risks(session), xlsx);
		}
		List<List<Object>> before = storedRows();
		List<List<Object>> sheet = readSheet(xlsx.toByteArray());
		assertEquals("=Supplier", sheet.get(1).get(3), "no quote in front of text in XLSX");
		sheet.get(2).set(2, "Low user adoption in sales");

		ImportResult<Risk> result = importFile(writeSheet(sheet), TableFormat.XLSX);

		assertEquals("0 created, 1 updated, 1 unchanged", result.summary());
		List<List<Object>> after = storedRows();
		assertEquals(before.get(0), after.get(0), "the risk that was not edited, its proximity date included");
		assertEquals("Low user adoption in sales", after.get(1).get(1));
		assertEquals(2, riskCount());
	}

	@Test
	void aWorkbookSavedByLibreOfficeImports() throws Exception {
		Risk vendor = residual(risk(crm, "Vendor delay", 4, 5), 2, 4);
		vendor.setId("risk-vendor-delay");
		vendor.setCategory("Supplier");
		vendor.setStatus(RiskStatus.MITIGATING);
		vendor.setStrategy(ResponseStrategy.TRANSFER);
		vendor.setOwner(ann);
		vendor.setProximityDate(LocalDate.of(2027, 2, 1));
		vendor.setCause("Shared team");
		vendor.setEffect("Late start");
		Risk adoption = risk(portal, "Low user adoption", 3, 3);
		adoption.setId("risk-adoption");
		save(vendor, adoption);

		ImportResult<Risk> result;
		// libreoffice-risk-register.source.csv converted by LibreOffice 7.4:
		// soffice --headless --convert-to xlsx libreoffice-risk-register.source.csv
		try (InputStream in = getClass().getResourceAsStream("libreoffice-risk-register.xlsx")) {
			assertNotNull(in, "the LibreOffice workbook is in the test bundle");
			result = importFile(in.readAllBytes(), TableFormat.XLSX);
		}

		assertEquals("1 created, 1 updated, 1 unchanged", result.summary());
		Risk created = result.created().get(0);
		assertEquals(List.of("DIG-001", "Data migration slips", 2, 4, LocalDate.of(2027, 3, 15), "alee"),
				List.of(created.getProject().getCode(), created.getTitle(), created.getProbability(),
						created.getImpact(), created.getProximityDate(), created.getOwner().getLogin()));
		try (StoreSession session = store.openSession("alee")) {
			Risk updated = session.load(RisksPackage.Literals.RISK, "risk-vendor-delay");
			assertEquals(List.of(3, 5, LocalDate.of(2027, 2, 1), 2), List.of(updated.getProbability(),
					updated.getImpact(), updated.getProximityDate(), updated.getVersion()));
		}
		assertEquals(3, riskCount());
	}

	@Test
	void anyBadRowMeansNothingIsImportedAndEveryProblemIsReported() {
		save();
		String csv = """
				project code,title,probability,impact,residual probability,residual impact,status,owner login,proximity date
				DIG-001,Good one,3,3,,,,alee,2027-01-31
				DIG-009,Unknown project,3,3,,,,,
				DIG-001,,9,3,,,Pending,nobody,31/12/2026

				DIG-002,Worse after the response,2,3,4,2,,,
				DIG-001,Bad impact,3,high,,,,,
				DIG-001,Beyond all scales,1E999999999,3,,,,,
				""";

		assertEquals(List.of(
				"row 3, column project code: 'DIG-009' is not the code of a project",
				"row 4, column title: a value is required",
				"row 4, column status: 'Pending' is not one of Open, Mitigating, Closed, Occurred",
				"row 4, column owner login: 'nobody' is not the login of a person",
				"row 4, column proximity date: '31/12/2026' is not a date in the form YYYY-MM-DD",
				"row 6, column residual probability: Risk 'Worse after the response': residual score 8 (4 × 2) is "
						+ "above the inherent score 6 (2 × 3); a response must not raise a risk's score",
				"row 7, column impact: 'high' is not a number",
				"row 8, column probability: '1E999999999' is out of range; numbers may have at most 30 digits "
						+ "before and after the point"),
				problems(csv));
		assertEquals(0, riskCount(), "the good row was not imported either");
	}

	@Test
	void levelsOutsideTheMatrixAreReportedByTheRiskRules() {
		save();
		assertEquals(List.of("row 2, column probability: Risk 'Vendor delay': probability 9 is not in 1..5"),
				problems("project code,title,probability,impact\nDIG-001,Vendor delay,9,3\n"));
	}

	@Test
	void aStoredRiskThatBreaksARuleBlocksOnlyRowsThatChangeIt() throws Exception {
		save(risk(crm, "Legacy rating", 9, 3), risk(portal, "Low user adoption", 3, 3));

		ImportResult<Risk> result = importFile(exportCsv().replace(",Low user adoption,,3,3,", ",Low user adoption,,2,3,")
				.getBytes(StandardCharsets.UTF_8), TableFormat.CSV);

		assertEquals("0 created, 1 updated, 1 unchanged", result.summary());
		assertEquals(List.of("row 2, column probability: Risk 'Legacy rating': probability 9 is not in 1..5"),
				problems(exportCsv().replace(",Legacy rating,,9,3,", ",Legacy rating,,9,4,")));
	}

	@Test
	void columnsAreFoundByHeaderInAnyOrderAndCase() throws Exception {
		save();
		ImportResult<Risk> result = importFile(("\uFEFFImpact , Title,Notes,PROJECT CODE,Probability,Status,Strategy\n"
				+ "4,Vendor delay,ignored,DIG-001,2,mitigating,ESCALATE\n").getBytes(StandardCharsets.UTF_8),
				TableFormat.CSV);

		Risk risk = result.created().get(0);
		assertEquals(List.of("DIG-001", "Vendor delay", 2, 4, "Mitigating", "Escalate"),
				List.of(risk.getProject().getCode(), risk.getTitle(), risk.getProbability(), risk.getImpact(),
						risk.getStatus().getLiteral(), risk.getStrategy().getLiteral()));
		assertEquals(1, riskCount());
	}

	@Test
	void theColumnsDescribeTheRegister() {
		assertEquals(HEADER, String.join(",", register.headers()));
		assertEquals(List.of("project code", "title", "probability", "impact"),
				RiskExchange.COLUMNS.stream().filter(Column::isRequired).map(Column::header).toList());
		assertEquals(128, RiskExchange.COLUMNS.get(2).maxLength(), "the store's length of a category");
	}

	/** Two risks: one with every column set, including text a spreadsheet would take for a formula, one minimal. */
	private Risk[] register() {
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
		return new Risk[] { full, minimal };
	}

	/** Saves the office (a person, two projects) with the risks, in one session. */
	private void save(Risk... risks) {
		List<EObject> objects = new ArrayList<>(List.of(ann, portfolioOf(crm), portfolioOf(portal)));
		objects.addAll(List.of(risks));
		try (StoreSession session = store.openSession("alee")) {
			session.save(objects.toArray(EObject[]::new));
		}
	}

	private String exportCsv() throws IOException {
		StringWriter csv = new StringWriter();
		try (StoreSession session = store.openSession("alee")) {
			register.exportCsv(risks(session), csv);
		}
		return csv.toString();
	}

	private ImportResult<Risk> importFile(byte[] bytes, TableFormat format) throws IOException, ExchangeException {
		try (StoreSession session = store.openSession("alee")) {
			return register.importFrom(new ByteArrayInputStream(bytes), format, session);
		}
	}

	private List<String> problems(String csv) {
		return assertThrows(ExchangeException.class,
				() -> importFile(csv.getBytes(StandardCharsets.UTF_8), TableFormat.CSV)).problems().stream()
				.map(ExchangeProblem::toString).toList();
	}

	/** The stored risks, the most probable first, with their references resolved. */
	private static List<Risk> risks(StoreSession session) {
		List<Risk> risks = session.query(Query.<Risk>of(RisksPackage.Literals.RISK)
				.orderBy(RisksPackage.Literals.RISK__PROBABILITY, false));
		risks.forEach(org.eclipse.emf.ecore.util.EcoreUtil::resolveAll);
		return risks;
	}

	/** Every column's value of every stored risk, the most probable first, and its version. */
	private List<List<Object>> storedRows() {
		try (StoreSession session = store.openSession("alee")) {
			return risks(session).stream().map(risk -> {
				List<Object> row = new ArrayList<>();
				RiskExchange.COLUMNS.forEach(column -> row.add(column.valueOf(risk)));
				row.add(risk.getVersion());
				return row;
			}).toList();
		}
	}

	private long riskCount() {
		try (StoreSession session = store.openSession("alee")) {
			return session.count(Query.of(RisksPackage.Literals.RISK));
		}
	}

	/** The cells of the first sheet: text as String, numbers as BigDecimal, as a spreadsheet would keep them. */
	static List<List<Object>> readSheet(byte[] xlsx) throws IOException {
		List<List<Object>> rows = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row row : workbook.getFirstSheet().read()) {
				List<Object> cells = new ArrayList<>();
				for (int index = 0; index < row.getCellCount(); index++) {
					Cell cell = row.getCell(index);
					cells.add(cell == null || cell.getType() == CellType.EMPTY ? null
							: cell.getType() == CellType.NUMBER ? cell.asNumber() : cell.getText());
				}
				rows.add(cells);
			}
		}
		return rows;
	}

	/** A workbook of one sheet with the cells, as a spreadsheet application saves it after an edit. */
	static byte[] writeSheet(List<List<Object>> rows) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(bytes, "Spreadsheet", "1.0");
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
		return bytes.toByteArray();
	}
}
