package org.atrium.reporting;

import java.util.ArrayList;
import java.util.List;

import org.atrium.core.report.ReportSection;
import org.atrium.core.report.ReportSection.Row;
import org.atrium.reporting.model.reporting.Report;
import org.atrium.reporting.model.reporting.ReportRow;
import org.atrium.reporting.model.reporting.ReportSnapshot;
import org.atrium.reporting.model.reporting.ReportingFactory;
import org.atrium.reporting.model.reporting.ReportingPackage;
import org.atrium.core.model.pmo.Scope;

/** Keeps a report's generated content in its stored sections, and reads it back as it was. */
public final class ReportSnapshots {

	private ReportSnapshots() {
	}

	/** Replaces the report's heading, RAG and sections by the content's. */
	public static void write(ReportContent content, Report report) {
		report.setTitle(content.title());
		report.setPeriod(content.period());
		report.setAsOf(content.asOf());
		report.setRag(content.rag());
		report.getSections().clear();
		List<ReportSnapshot> snapshots = new ArrayList<>(content.sections().size());
		for (ReportSection section : content.sections()) {
			ReportSnapshot snapshot = ReportingFactory.eINSTANCE.createReportSnapshot();
			snapshot.setKey(section.key());
			snapshot.setTitle(section.title());
			snapshot.setNote(section.note());
			snapshot.getColumns().addAll(section.columns());
			for (Row row : section.rows()) {
				ReportRow stored = ReportingFactory.eINSTANCE.createReportRow();
				stored.getCells().addAll(row.cells());
				stored.setObjectId(row.objectId());
				snapshot.getRows().add(stored);
			}
			snapshots.add(snapshot);
		}
		report.getSections().addAll(snapshots);
	}

	/** The report as stored: its frozen sections and its narrative. */
	public static ReportContent read(Report report) {
		List<ReportSection> sections = new ArrayList<>();
		for (ReportSnapshot snapshot : report.getSections()) {
			List<Row> rows = new ArrayList<>(snapshot.getRows().size());
			for (ReportRow row : snapshot.getRows()) {
				rows.add(new Row(padded(row.getCells(), snapshot.getColumns().size()), row.getObjectId()));
			}
			sections.add(new ReportSection(snapshot.getKey(), snapshot.getTitle(), snapshot.getColumns(), rows,
					snapshot.getNote()));
		}
		String scope = report.eGet(ReportingPackage.Literals.REPORT__SCOPE, true) instanceof Scope stored
				&& !stored.eIsProxy() ? ReportGenerator.label(stored) : "";
		return new ReportContent(report.getTitle(), scope, report.getPeriod(), report.getAsOf(), report.getRag(),
				sections, narrative(report));
	}

	public static ReportContent.Narrative narrative(Report report) {
		return new ReportContent.Narrative(report.getAuthor() == null ? "" : report.getAuthor().getName(),
				report.getSummary(), report.getAccomplishments(), report.getNextSteps(), report.getHelpNeeded(),
				report.isPublished());
	}

	/** The store keeps empty strings as empty; a row always has a cell per column. */
	private static List<String> padded(List<String> cells, int size) {
		List<String> padded = new ArrayList<>(cells);
		while (padded.size() < size) {
			padded.add("");
		}
		return padded.size() > size ? padded.subList(0, size) : padded;
	}
}
