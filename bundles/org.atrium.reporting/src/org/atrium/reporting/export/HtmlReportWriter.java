package org.atrium.reporting.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.atrium.core.model.pmo.RagStatus;
import org.atrium.core.report.ReportSection;
import org.atrium.core.report.ReportSection.Row;
import org.atrium.reporting.ReportContent;
import org.atrium.reporting.ReportFigures;

/**
 * The report as one self-contained HTML page for an intranet: styles inline, charts as inline SVG, no script and
 * nothing loaded from elsewhere. All text is escaped.
 */
final class HtmlReportWriter implements ReportWriter {

	private static final String STYLE = "body{font-family:sans-serif;margin:2em;color:#222}"
			+ "table{border-collapse:collapse;margin:.5em 0 1.5em}th,td{border:1px solid #ccc;padding:3px 6px;"
			+ "font-size:13px}th{background:#e1e6ec;text-align:left}td.n{text-align:right}.note{color:#555}"
			+ ".rag{display:inline-block;padding:2px 10px;color:#fff;border-radius:3px}"
			+ ".Red{background:#c62828}.Amber{background:#e69100}.Green{background:#2e8b57}";

	@Override
	public void write(ReportContent report, OutputStream out) throws IOException {
		Writer html = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		html.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(report.title())
				+ "</title><style>" + STYLE + "</style></head><body>\n");
		html.write("<h1>" + escape(report.title()) + "</h1>\n<p>As of " + report.asOf() + " <span class=\"rag "
				+ report.rag().getLiteral() + "\">" + report.rag().getLiteral() + "</span> "
				+ (report.narrative().published() ? "Published" : "Draft")
				+ (report.narrative().author().isEmpty() ? "" : " by " + escape(report.narrative().author())) + "</p>\n");
		for (String[] part : report.narrative().parts()) {
			html.write("<h2>" + part[0] + "</h2>\n<p>" + escape(part[1]).replace("\n", "<br>") + "</p>\n");
		}
		html.write(ragChart(ReportFigures.ragCounts(report)));
		for (ReportSection section : report.sections()) {
			html.write("<h2 id=\"" + escape(section.key()) + "\">" + escape(section.title()) + "</h2>\n");
			if (!section.note().isEmpty()) {
				html.write("<p class=\"note\">" + escape(section.note()) + "</p>\n");
			}
			if (section.rows().isEmpty()) {
				continue;
			}
			html.write("<table><thead><tr>");
			for (String column : section.columns()) {
				html.write("<th>" + escape(column) + "</th>");
			}
			html.write("</tr></thead><tbody>\n");
			for (Row row : section.rows()) {
				html.write("<tr>");
				for (String cell : row.cells()) {
					html.write(ReportFigures.isNumber(cell) ? "<td class=\"n\">" + cell + "</td>"
							: "<td>" + escape(cell) + "</td>");
				}
				html.write("</tr>\n");
			}
			html.write("</tbody></table>\n");
		}
		html.write("</body></html>\n");
		html.flush();
	}

	private static String ragChart(Map<RagStatus, Integer> counts) {
		int max = Math.max(1, counts.values().stream().mapToInt(Integer::intValue).max().orElse(1));
		StringBuilder svg = new StringBuilder("<figure><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"420\" "
				+ "height=\"96\" role=\"img\" aria-label=\"RAG distribution\">");
		int y = 4;
		for (RagStatus rag : List.of(RagStatus.RED, RagStatus.AMBER, RagStatus.GREEN)) {
			int count = counts.get(rag);
			int width = Math.max(1, 300 * count / max);
			svg.append("<text x=\"0\" y=\"").append(y + 18).append("\" font-size=\"13\">").append(rag.getLiteral())
					.append("</text><rect class=\"").append(rag.getLiteral()).append("\" x=\"60\" y=\"").append(y)
					.append("\" width=\"").append(width).append("\" height=\"24\" fill=\"")
					.append(rag == RagStatus.RED ? "#c62828" : rag == RagStatus.AMBER ? "#e69100" : "#2e8b57")
					.append("\"/><text x=\"").append(66 + width).append("\" y=\"").append(y + 18)
					.append("\" font-size=\"13\">").append(count).append("</text>");
			y += 30;
		}
		return svg.append("</svg><figcaption>RAG distribution (projects)</figcaption></figure>\n").toString();
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '&' -> out.append("&amp;");
			case '"' -> out.append("&quot;");
			case '\'' -> out.append("&#39;");
			default -> out.append(c);
			}
		}
		return out.toString();
	}
}
