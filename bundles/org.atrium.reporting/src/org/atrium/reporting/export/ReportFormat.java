package org.atrium.reporting.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The forms a report is exported in. The deck is a PDF of 16:9 slides. */
public enum ReportFormat {
	PDF("pdf", "pdf"), XLSX("xlsx", "xlsx"), CSV("csv", "csv"), HTML("html", "html"), DECK("deck", "pdf");

	private final String name;
	private final String extension;

	ReportFormat(String name, String extension) {
		this.name = name;
		this.extension = extension;
	}

	/** As typed on the command line: pdf, xlsx, csv, html or deck. */
	public String label() {
		return name;
	}

	public String extension() {
		return extension;
	}

	public static Optional<ReportFormat> named(String name) {
		return Arrays.stream(values()).filter(format -> format.name.equals(name.toLowerCase(Locale.ROOT))).findFirst();
	}

	ReportWriter writer() {
		return switch (this) {
		case PDF -> new PdfReportWriter();
		case XLSX -> new XlsxReportWriter();
		case CSV -> new CsvReportWriter();
		case HTML -> new HtmlReportWriter();
		case DECK -> new DeckWriter();
		};
	}
}
