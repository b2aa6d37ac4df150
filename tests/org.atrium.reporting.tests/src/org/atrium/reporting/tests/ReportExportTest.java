package org.atrium.reporting.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.atrium.core.model.pmo.ReportPeriod;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.StoreSession;
import org.atrium.reporting.ReportContent;
import org.atrium.reporting.export.ReportExport;
import org.atrium.reporting.export.ReportFormat;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every export read back with a real reader: PDF through PDFBox, XLSX through fastexcel, CSV, HTML through jsoup. */
class ReportExportTest extends ReportingTestSupport {

	private static ReportContent report;

	/** One report for every test: generating it needs a store, reading it back does not. */
	@BeforeEach
	void generate() {
		if (report != null) {
			return;
		}
		ModelStore store = openStore();
		try (StoreSession session = store.openSession("alee")) {
			session.inTransaction(tx -> office().forEach(tx::save));
			report = reporting().generate(session, reporting().findScope(session, "Digital").orElseThrow(),
					ReportPeriod.MONTHLY, TODAY).withNarrative(new ReportContent.Narrative("Ann Lee",
							"Two exceptions <b>need</b> attention.", "Design signed off.", "Pilot next week.",
							"=A decision on the portal's go-live.", false));
		}
	}

	private byte[] export(ReportFormat format) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ReportExport.write(report, format, out);
		return out.toByteArray();
	}

	@Test
	void thePdfHoldsTheHeadingTheNarrativeTheChartsAndEverySection() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(export(ReportFormat.PDF))) {
			String text = new PDFTextStripper().getText(pdf);
			assertTrue(text.startsWith("Monthly status report: Digital (portfolio)"), text);
			assertTrue(text.contains("As of 2026-11-27   RAG: Red   Draft   Author: Ann Lee"), text);
			assertTrue(text.contains("Two exceptions <b>need</b> attention."), text);
			assertTrue(text.contains("RAG distribution (projects)"), "the chart's title: " + text);
			assertTrue(text.contains("Budget per program: planned, actual, forecast"), text);
			for (String title : List.of("RAG and reasons", "Projects", "Milestones achieved", "Milestones due next",
					"Slipped milestones", "KPIs", "Budget", "Budget per program", "Earned value", "Hours booked")) {
				assertTrue(text.contains("\n" + title + "\n"), title + " in " + text);
			}
			assertTrue(text.contains("DIG-002 Customer Portal Customer Red 30 1"), text);
			assertEquals(PDRectangle.A4.getWidth(), pdf.getPage(0).getMediaBox().getWidth(), 0.5);
		}
	}

	@Test
	void theDeckIsSixteenToNineSlidesSummaryProgramsThenExceptions() throws IOException {
		try (PDDocument deck = Loader.loadPDF(export(ReportFormat.DECK))) {
			assertEquals(960, deck.getPage(0).getMediaBox().getWidth(), 0.5);
			assertEquals(540, deck.getPage(0).getMediaBox().getHeight(), 0.5);
			assertEquals(5, deck.getNumberOfPages(), "title, summary, two programs, exceptions");
			PDFTextStripper stripper = new PDFTextStripper();
			List<String> slides = new java.util.ArrayList<>();
			for (int page = 1; page <= deck.getNumberOfPages(); page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				slides.add(stripper.getText(deck));
			}
			assertTrue(slides.get(0).contains("Monthly status report: Digital (portfolio)"), slides.get(0));
			assertTrue(slides.get(1).startsWith("Summary: Digital (portfolio)"), slides.get(1));
			assertTrue(slides.get(1).contains("RAG distribution (projects)"), slides.get(1));
			assertTrue(slides.get(2).startsWith("Program: Customer\n2 projects: 1 red, 1 amber, 0 green"), slides.get(2));
			assertTrue(slides.get(3).contains("Program: Platform") && slides.get(3).contains("Every project is green."),
					slides.get(3));
			assertTrue(slides.get(4).startsWith("Exceptions") && slides.get(4).contains("Gate 'Go-live' is red"),
					slides.get(4));
		}
	}

	@Test
	void theWorkbookHasOneSheetPerSectionWithNumbersAsNumbers() throws IOException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(export(ReportFormat.XLSX)))) {
			List<String> names = workbook.getSheets().map(Sheet::getName).toList();
			assertEquals(List.of("Report", "RAG and reasons", "Projects", "Milestones achieved", "Milestones due next",
					"Slipped milestones", "KPIs", "Budget", "Budget per program", "Earned value", "Hours booked"), names);
			List<Row> budget = workbook.getSheets().filter(sheet -> sheet.getName().equals("Budget per program"))
					.findFirst().orElseThrow().read();
			assertEquals("Program", budget.get(0).getCellText(0));
			assertEquals("Customer", budget.get(1).getCellText(0));
			assertEquals(CellType.NUMBER, budget.get(1).getCell(1).getType());
			assertEquals(0, new BigDecimal("200000").compareTo(budget.get(1).getCellAsNumber(1).orElseThrow()));
			List<Row> cover = workbook.getFirstSheet().read();
			assertEquals("=A decision on the portal's go-live.", cover.stream()
					.filter(row -> row.getCellText(0).equals("Help needed")).findFirst().orElseThrow().getCellText(1),
					"text stays text");
		}
	}

	@Test
	void theCsvHasABlockPerSectionAndGuardsFormulas() throws IOException {
		List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(new String(export(ReportFormat.CSV),
				StandardCharsets.UTF_8))).getRecords();
		assertEquals(List.of("report", "Monthly status report: Digital (portfolio)", "2026-11-27", "Red", "Draft"),
				records.get(0).toList());
		assertEquals("'=A decision on the portal's go-live.", records.stream()
				.filter(r -> r.get(0).equals("narrative") && r.get(1).equals("Help needed")).findFirst().orElseThrow().get(2));
		assertEquals(List.of("budget.programs", "row", "Customer", "200000", "90000", "204000"), records.stream()
				.filter(r -> r.get(0).equals("budget.programs") && r.get(1).equals("row")).findFirst().orElseThrow().toList());
		assertEquals(List.of("kpis", "columns", "Project", "KPI", "Unit", "Value", "Target", "Amber at", "Red at",
				"Status"), records.stream().filter(r -> r.get(0).equals("kpis") && r.get(1).equals("columns"))
						.findFirst().orElseThrow().toList());
	}

	@Test
	void theHtmlIsOneSelfContainedPageWithEscapedText() throws IOException {
		Document page = Jsoup.parse(new String(export(ReportFormat.HTML), StandardCharsets.UTF_8));
		assertEquals("Monthly status report: Digital (portfolio)", page.title());
		assertEquals("Two exceptions <b>need</b> attention.", page.select("h2:contains(Summary) + p").text());
		assertTrue(page.select("b").isEmpty(), "text is escaped, never markup");
		assertTrue(page.select("script, link, img, iframe, [src]").isEmpty(), "nothing is loaded from elsewhere");
		assertEquals(1, page.select("svg").size(), "the chart is inline");
		assertEquals("DIG-002 Customer Portal Customer Red 30 1", page.select("h2#projects ~ table").first()
				.select("tbody tr").first().select("td").stream().limit(6).map(td -> td.text())
				.collect(Collectors.joining(" ")));
	}

	@Test
	void aFailedExportLeavesNoFile() throws IOException {
		Path missing = workspace.resolve("absent/report.pdf");
		assertThrows(IOException.class, () -> ReportExport.write(report, ReportFormat.PDF, missing));
		assertFalse(Files.exists(missing.getParent()));

		Path folder = Files.createDirectories(workspace.resolve("out"));
		Files.createDirectory(folder.resolve("report.pdf"));
		assertThrows(IOException.class, () -> ReportExport.write(report, ReportFormat.PDF, folder.resolve("report.pdf")));
		try (var files = Files.list(folder)) {
			assertEquals(List.of("report.pdf"), files.map(file -> file.getFileName().toString()).toList(),
					"no partial file beside it");
		}
		Path written = folder.resolve("report.html");
		ReportExport.write(report, ReportFormat.HTML, written);
		assertTrue(Files.size(written) > 0);
	}
}
