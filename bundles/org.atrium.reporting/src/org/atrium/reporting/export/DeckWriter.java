package org.atrium.reporting.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.atrium.core.model.pmo.RagStatus;
import org.atrium.core.report.ReportSection;
import org.atrium.core.report.ReportSection.Row;
import org.atrium.reporting.ReportContent;
import org.atrium.reporting.ReportFigures;
import org.atrium.reporting.ReportGenerator;

/**
 * The leadership deck: PDF slides at 16:9. A title slide, the portfolio summary (RAG distribution, budget per
 * program, the narrative), one slide per program with its exceptions, then the exception projects with their
 * reasons. Slides are capped so that a deck stays readable; what was left out is said on the last slide.
 */
final class DeckWriter implements ReportWriter {

	static final PDRectangle SLIDE = new PDRectangle(960, 540);
	static final int MAX_PROGRAM_SLIDES = 40;
	static final int ROWS_PER_SLIDE = 14;
	static final int MAX_EXCEPTION_SLIDES = 10;
	private static final int RAG_COLUMN = 3;

	@Override
	public void write(ReportContent report, OutputStream out) throws IOException {
		try (PdfLayout deck = new PdfLayout(SLIDE, 40, report.title())) {
			titleSlide(deck, report);
			summarySlide(deck, report);
			List<String> omitted = new ArrayList<>();
			programSlides(deck, report, omitted);
			exceptionSlides(deck, report, omitted);
			if (!omitted.isEmpty()) {
				slide(deck, "More in the full report");
				for (String line : omitted) {
					deck.paragraph("\u2022 " + line, deck.regular, 16);
				}
			}
			deck.save(out);
		}
	}

	private static void slide(PdfLayout deck, String title) throws IOException {
		deck.newPage();
		deck.paragraph(title, deck.bold, 26);
		deck.gap(6);
	}

	private static void titleSlide(PdfLayout deck, ReportContent report) throws IOException {
		deck.newPage();
		deck.gap(130);
		deck.paragraph(report.title(), deck.bold, 30);
		deck.gap(8);
		deck.paragraph("As of " + report.asOf() + (report.narrative().author().isEmpty() ? ""
				: "   \u2022   " + report.narrative().author()), deck.regular, 16);
		deck.gap(30);
		float top = deck.y();
		deck.fill(deck.left(), top - 60, 180, 60, PdfCharts.color(report.rag()));
		deck.write(report.rag().getLiteral(), deck.bold, 30, deck.left() + 20, top - 42);
	}

	private static void summarySlide(PdfLayout deck, ReportContent report) throws IOException {
		slide(deck, "Summary: " + report.scope());
		report.section(ReportGenerator.PROJECTS).ifPresent(section -> paragraph(deck, section.note(), 15));
		deck.gap(10);
		float top = deck.y();
		float height = 220;
		PdfCharts.ragDistribution(deck, ReportFigures.ragCounts(report), deck.left(), top, deck.width() * 0.35f, height);
		PdfCharts.budgets(deck, ReportFigures.budgets(report), deck.left() + deck.width() * 0.4f, top,
				deck.width() * 0.6f, height);
		deck.gap(height + 10);
		for (String[] part : report.narrative().parts()) {
			String text = part[1].replace('\n', ' ');
			deck.paragraph(part[0] + ": " + (text.length() > 200 ? text.substring(0, 199) + "\u2026" : text),
					deck.regular, 13);
		}
	}

	private static void paragraph(PdfLayout deck, String text, float size) {
		try {
			deck.paragraph(text, deck.regular, size);
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static void programSlides(PdfLayout deck, ReportContent report, List<String> omitted) throws IOException {
		ReportSection projects = report.section(ReportGenerator.PROJECTS).orElse(null);
		ReportSection programs = report.section(ReportGenerator.PROGRAM_BUDGETS).orElse(null);
		if (projects == null || programs == null) {
			return;
		}
		Map<String, List<Row>> byProgram = new LinkedHashMap<>();
		programs.rows().forEach(row -> byProgram.put(row.cells().get(0), new ArrayList<>()));
		for (Row row : projects.rows()) {
			byProgram.computeIfAbsent(row.cells().get(2).isEmpty() ? "(no program)" : row.cells().get(2),
					name -> new ArrayList<>()).add(row);
		}
		int slides = 0;
		int[] shown = { 0, 1, 3, 4, 5, 6, 7 };
		for (Map.Entry<String, List<Row>> program : byProgram.entrySet()) {
			if (slides++ == MAX_PROGRAM_SLIDES) {
				omitted.add((byProgram.size() - MAX_PROGRAM_SLIDES) + " more programs");
				break;
			}
			List<Row> rows = program.getValue();
			long red = rows.stream().filter(r -> isRag(r, RagStatus.RED)).count();
			long amber = rows.stream().filter(r -> isRag(r, RagStatus.AMBER)).count();
			slide(deck, "Program: " + program.getKey());
			deck.paragraph(rows.size() + " projects: " + red + " red, " + amber + " amber, " + (rows.size() - red - amber)
					+ " green", deck.regular, 15);
			List<Row> exceptions = rows.stream().filter(r -> !isRag(r, RagStatus.GREEN)).limit(ROWS_PER_SLIDE).toList();
			if (exceptions.isEmpty()) {
				deck.paragraph("Every project is green.", deck.regular, 15);
			} else {
				deck.gap(8);
				deck.table(pick(projects.columns(), shown), exceptions.stream().map(r -> pick(r.cells(), shown)).toList(),
						12);
			}
		}
	}

	private static void exceptionSlides(PdfLayout deck, ReportContent report, List<String> omitted) throws IOException {
		ReportSection reasons = report.section(ReportGenerator.RAG).orElse(null);
		if (reasons == null || reasons.rows().isEmpty()) {
			return;
		}
		List<Row> rows = reasons.rows().stream().filter(row -> !row.cells().get(1).equals(RagStatus.GREEN.getLiteral()))
				.toList();
		int slides = (rows.size() + ROWS_PER_SLIDE - 1) / ROWS_PER_SLIDE;
		for (int slide = 0; slide < Math.min(slides, MAX_EXCEPTION_SLIDES); slide++) {
			slide(deck, "Exceptions" + (slides > 1 ? " (" + (slide + 1) + " of " + slides + ")" : ""));
			deck.table(reasons.columns(), rows.subList(slide * ROWS_PER_SLIDE, Math.min(rows.size(),
					(slide + 1) * ROWS_PER_SLIDE)).stream().map(Row::cells).toList(), 12);
		}
		if (slides > MAX_EXCEPTION_SLIDES) {
			omitted.add((rows.size() - MAX_EXCEPTION_SLIDES * ROWS_PER_SLIDE) + " more exception reasons");
		}
	}

	private static boolean isRag(Row row, RagStatus rag) {
		return row.cells().get(RAG_COLUMN).equals(rag.getLiteral());
	}

	private static List<String> pick(List<String> cells, int[] columns) {
		List<String> picked = new ArrayList<>(columns.length);
		for (int column : columns) {
			picked.add(cells.get(column));
		}
		return picked;
	}
}
