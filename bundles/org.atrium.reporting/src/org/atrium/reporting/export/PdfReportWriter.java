package org.atrium.reporting.export;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.atrium.core.report.ReportSection;
import org.atrium.core.report.ReportSection.Row;
import org.atrium.reporting.ReportContent;
import org.atrium.reporting.ReportFigures;

/**
 * The report as an A4 PDF: heading and RAG, the narrative, the charts, then every section as a table whose header
 * repeats on each page.
 */
final class PdfReportWriter implements ReportWriter {

	private static final float CHARTS_HEIGHT = 120;

	@Override
	public void write(ReportContent report, OutputStream out) throws IOException {
		try (PdfLayout pdf = new PdfLayout(PDRectangle.A4, 36, report.title())) {
			pdf.newPage();
			pdf.paragraph(report.title(), pdf.bold, 16);
			pdf.paragraph("As of " + report.asOf() + "   RAG: " + report.rag().getLiteral()
					+ (report.narrative().published() ? "   Published" : "   Draft")
					+ (report.narrative().author().isEmpty() ? "" : "   Author: " + report.narrative().author()),
					pdf.regular, 9);
			for (String[] part : report.narrative().parts()) {
				heading(pdf, part[0]);
				pdf.paragraph(part[1], pdf.regular, 9);
			}
			pdf.gap(10);
			pdf.ensure(CHARTS_HEIGHT);
			float top = pdf.y();
			float third = pdf.width() / 3;
			PdfCharts.ragDistribution(pdf, ReportFigures.ragCounts(report), pdf.left(), top, third - 12, CHARTS_HEIGHT);
			PdfCharts.budgets(pdf, ReportFigures.budgets(report), pdf.left() + third, top, 2 * third, CHARTS_HEIGHT);
			pdf.gap(CHARTS_HEIGHT);
			for (ReportSection section : report.sections()) {
				heading(pdf, section.title());
				if (!section.note().isEmpty()) {
					pdf.paragraph(section.note(), pdf.regular, 9);
				}
				if (!section.rows().isEmpty()) {
					pdf.table(section.columns(), section.rows().stream().map(Row::cells).toList(), 7.5f);
				}
			}
			pdf.save(out);
		}
	}

	static void heading(PdfLayout pdf, String text) throws IOException {
		pdf.ensure(60);
		pdf.gap(8);
		pdf.paragraph(text, pdf.bold, 12);
		pdf.gap(2);
	}
}
