package org.atrium.interop.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.atrium.core.exchange.ExchangeException;
import org.atrium.core.exchange.ImportResult;
import org.atrium.core.exchange.TableFormat;
import org.atrium.core.model.pmo.LifecyclePhase;
import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RagStatus;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.StoreSession;
import org.atrium.interop.SheetImport;
import org.atrium.interop.SheetMappings;
import org.atrium.interop.model.interop.SheetMapping;
import org.atrium.interop.model.interop.SheetTarget;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sheets as Smartsheet and Excel export them, imported with a saved column mapping through the core exchange. */
class SheetImportTest extends InteropTestSupport {

	/** A project list as a Smartsheet "Export to CSV" writes it: its own headers, no Atrium ids. */
	static final String SMARTSHEET_CSV = """
			Project ID,Project Name,Phase,Health,Start Date,End Date,Budget,Owner
			ERP-7,ERP Upgrade,Execution,Amber,2027-03-01,2027-12-17,1100000,Ann Lee
			HR-2,HR Self-Service,Planning,Green,2027-05-03,2028-02-25,250000.50,Bo Chen
			""";

	@BeforeEach
	void office() {
		saveOffice();
	}

	static Map<String, String> projectListChoices() {
		Map<String, String> choices = new LinkedHashMap<>();
		choices.put("code", "Project ID");
		choices.put("name", "Project Name");
		choices.put("phase", "Phase");
		choices.put("rag", "Health");
		choices.put("plannedStart", "Start Date");
		choices.put("plannedEnd", "End Date");
		choices.put("budgetPlanned", "Budget");
		choices.put("sponsor", "Owner");
		return choices;
	}

	private ImportResult<?> importCsv(String mappingName, String csv, String projectCode) throws Exception {
		try (ModelStore store = openStore(); StoreSession session = store.openSession("alee")) {
			SheetMapping mapping = SheetMappings.find(session, mappingName).orElseThrow();
			Project project = projectCode == null ? null
					: all(session, PmoPackage.Literals.PROJECT).stream().map(Project.class::cast)
							.filter(p -> p.getCode().equals(projectCode)).findFirst().orElseThrow();
			return SheetImport.run(session, mapping, project,
					new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), TableFormat.CSV, null);
		}
	}

	@Test
	void aProjectListUpdatesProjectsByCodeAndCreatesTheOthers() throws Exception {
		try (ModelStore store = openStore(); StoreSession session = store.openSession("alee")) {
			SheetMappings.save(session, "Smartsheet projects", SheetTarget.PROJECT_LIST, projectListChoices());
		}
		ImportResult<?> first = importCsv("Smartsheet projects", SMARTSHEET_CSV, null);
		assertEquals(1, first.created().size());
		assertEquals(1, first.updated().size());

		ImportResult<?> again = importCsv("Smartsheet projects", SMARTSHEET_CSV.replace("250000.50", "260000"), null);
		assertEquals(0, again.created().size(), again.summary());
		assertEquals(1, again.updated().size(), again.summary());

		try (ModelStore store = openStore(); StoreSession session = store.openSession("alee")) {
			List<Project> projects = all(session, PmoPackage.Literals.PROJECT);
			assertEquals(2, projects.size());
			Project erp = projects.stream().filter(p -> p.getCode().equals("ERP-7")).findFirst().orElseThrow();
			assertEquals(RagStatus.AMBER, erp.getRag());
			assertEquals(LifecyclePhase.EXECUTION, erp.getPhase());
			assertEquals(LocalDate.of(2027, 12, 17), erp.getPlannedEnd());
			Project hr = projects.stream().filter(p -> p.getCode().equals("HR-2")).findFirst().orElseThrow();
			assertEquals(0, new BigDecimal("260000").compareTo(hr.getBudgetPlanned()));
		}
	}

	@Test
	void aBadRowImportsNothingAndNamesRowAndColumn() throws Exception {
		try (ModelStore store = openStore(); StoreSession session = store.openSession("alee")) {
			SheetMappings.save(session, "Smartsheet projects", SheetTarget.PROJECT_LIST, projectListChoices());
		}
		String bad = SMARTSHEET_CSV.replace("2028-02-25", "next spring");

		ExchangeException refused = assertThrows(ExchangeException.class,
				() -> importCsv("Smartsheet projects", bad, null));

		assertTrue(refused.getMessage().contains("row 3, column End Date"), refused.getMessage());
		try (ModelStore store = openStore(); StoreSession session = store.openSession("alee")) {
			assertEquals(1, all(session, PmoPackage.Literals.PROJECT).size());
			Project erp = (Project) all(session, PmoPackage.Literals.PROJECT).get(0);
			assertEquals(null, erp.getPlannedEnd());
		}
	}

	@Test
	void aMilestonePlanFromExcelFillsOneProjectAndIsReusedForTheNextImport() throws Exception {
		try (ModelStore store = openStore(); StoreSession session = store.openSession("alee")) {
			SheetMappings.save(session, "Excel milestones", SheetTarget.MILESTONE_PLAN,
					Map.of("name", "Milestone", "plannedDate", "Due", "baselineDate", "Baseline"));
		}
		byte[] xlsx = workbook(List.of(List.of("Milestone", "Due", "Baseline"),
				List.of("Design signed off", LocalDate.of(2027, 4, 2), LocalDate.of(2027, 3, 26)),
				List.of("Go live", LocalDate.of(2027, 12, 17), LocalDate.of(2027, 12, 17))));
		try (ModelStore store = openStore(); StoreSession session = store.openSession("alee")) {
			SheetMapping mapping = SheetMappings.find(session, "Excel milestones").orElseThrow();
			Project erp = (Project) all(session, PmoPackage.Literals.PROJECT).get(0);
			ImportResult<?> result = SheetImport.run(session, mapping, erp, new ByteArrayInputStream(xlsx),
					TableFormat.XLSX, null);
			assertEquals(2, result.created().size(), result.summary());
			ImportResult<?> again = SheetImport.run(session, mapping, erp, new ByteArrayInputStream(xlsx),
					TableFormat.XLSX, null);
			assertEquals(0, again.created().size(), again.summary());
		}
		try (ModelStore store = openStore(); StoreSession session = store.openSession("alee")) {
			Project erp = (Project) all(session, PmoPackage.Literals.PROJECT).get(0);
			assertEquals(List.of("Design signed off", "Go live"),
					erp.getMilestones().stream().map(Milestone::getName).toList());
			assertEquals(LocalDate.of(2027, 3, 26), erp.getMilestones().get(0).getBaselineDate());
		}
	}

	@Test
	void aNewProjectWithoutAKnownSponsorIsRefused() throws Exception {
		try (ModelStore store = openStore(); StoreSession session = store.openSession("alee")) {
			SheetMappings.save(session, "Smartsheet projects", SheetTarget.PROJECT_LIST, projectListChoices());
		}
		ExchangeException refused = assertThrows(ExchangeException.class,
				() -> importCsv("Smartsheet projects", SMARTSHEET_CSV.replace("Bo Chen", "Dana Roe"), null));
		assertTrue(refused.getMessage().contains("row 3, column Owner: no person has the name or login 'Dana Roe'"),
				refused.getMessage());
	}

	@Test
	void aMappingNeedsItsRequiredFieldsAndOneFieldPerColumn() {
		try (ModelStore store = openStore(); StoreSession session = store.openSession("alee")) {
			Map<String, String> noCode = new LinkedHashMap<>(projectListChoices());
			noCode.remove("code");
			String missing = assertThrows(IllegalArgumentException.class,
					() -> SheetMappings.save(session, "x", SheetTarget.PROJECT_LIST, noCode)).getMessage();
			assertTrue(missing.startsWith("Project code:") && missing.contains("required"), missing);

			Map<String, String> twice = new LinkedHashMap<>(projectListChoices());
			twice.put("plannedEnd", "Start Date");
			String doubled = assertThrows(IllegalArgumentException.class,
					() -> SheetMappings.save(session, "x", SheetTarget.PROJECT_LIST, twice)).getMessage();
			assertTrue(doubled.contains("'Start Date'") && doubled.contains("Planned end"), doubled);

			String blank = assertThrows(IllegalArgumentException.class,
					() -> SheetMappings.save(session, " ", SheetTarget.PROJECT_LIST, projectListChoices())).getMessage();
			assertTrue(blank.contains("name"), blank);
			assertTrue(SheetMappings.all(session).isEmpty());
		}
	}

	static byte[] workbook(List<List<Object>> rows) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "Microsoft Excel", "16.0");
		Worksheet sheet = workbook.newWorksheet("Plan");
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < rows.get(r).size(); c++) {
				Object value = rows.get(r).get(c);
				if (value instanceof LocalDate date) {
					sheet.value(r, c, date);
					sheet.style(r, c).format("yyyy-mm-dd").set();
				} else {
					sheet.value(r, c, String.valueOf(value));
				}
			}
		}
		workbook.finish();
		return out.toByteArray();
	}
}
