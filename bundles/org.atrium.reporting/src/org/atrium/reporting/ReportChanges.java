package org.atrium.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.atrium.core.report.ReportSection;
import org.atrium.core.report.ReportSection.Row;

/**
 * What changed since the previous report of the same scope: projects whose RAG moved, milestones that slipped (newly,
 * or further), and new entries in the sections other plugins contribute (such as new top risks). Compares rows by
 * the id of the object they are about.
 */
public final class ReportChanges {

	private static final Set<String> GENERATED = Set.of(ReportGenerator.RAG, ReportGenerator.PROJECTS,
			ReportGenerator.CHANGES, ReportGenerator.ACHIEVED, ReportGenerator.DUE_NEXT, ReportGenerator.SLIPPED,
			ReportGenerator.KPIS, ReportGenerator.BUDGET, ReportGenerator.PROGRAM_BUDGETS, ReportGenerator.EVM,
			ReportGenerator.HOURS);
	private static final int SLIP_COLUMN = 6;

	private ReportChanges() {
	}

	public static ReportSection since(ReportContent previous, List<ReportSection> current) {
		List<Row> rows = new ArrayList<>();
		Map<String, ReportSection> now = new HashMap<>();
		current.forEach(section -> now.put(section.key(), section));
		ReportSection projects = now.get(ReportGenerator.PROJECTS);
		if (projects != null) {
			Map<String, Row> before = byId(previous.section(ReportGenerator.PROJECTS).orElse(null));
			for (Row row : projects.rows()) {
				Row was = before.get(row.objectId());
				String rag = row.cells().get(ReportGenerator.PROJECT_RAG_COLUMN);
				if (was != null && !was.cells().get(ReportGenerator.PROJECT_RAG_COLUMN).equals(rag)) {
					rows.add(Row.of(row.objectId(), "RAG moved", row.cells().get(0),
							was.cells().get(ReportGenerator.PROJECT_RAG_COLUMN) + " to " + rag));
				}
			}
		}
		ReportSection slipped = now.get(ReportGenerator.SLIPPED);
		if (slipped != null) {
			Map<String, Row> before = byId(previous.section(ReportGenerator.SLIPPED).orElse(null));
			for (Row row : slipped.rows()) {
				Row was = before.get(row.objectId());
				String slip = row.cells().get(SLIP_COLUMN);
				if (was == null) {
					rows.add(Row.of(row.objectId(), "Milestone slipped", row.cells().get(0),
							row.cells().get(1) + ", " + slip + " working days late"));
				} else if (days(slip) > days(was.cells().get(SLIP_COLUMN))) {
					rows.add(Row.of(row.objectId(), "Milestone slipped further", row.cells().get(0),
							row.cells().get(1) + ", " + was.cells().get(SLIP_COLUMN) + " to " + slip
									+ " working days late"));
				}
			}
		}
		for (ReportSection section : current) {
			if (GENERATED.contains(section.key())) {
				continue;
			}
			Map<String, Row> before = byId(previous.section(section.key()).orElse(null));
			for (Row row : section.rows()) {
				if (row.objectId() != null && !before.containsKey(row.objectId())) {
					rows.add(Row.of(row.objectId(), "New in " + section.title(), row.cells().get(0),
							String.join(", ", row.cells().subList(1, Math.min(3, row.cells().size())))));
				}
			}
		}
		return new ReportSection(ReportGenerator.CHANGES, "Changes since the report of " + previous.asOf(),
				List.of("Change", "Project", "What"), rows, rows.isEmpty() ? "Nothing changed." : "");
	}

	private static Map<String, Row> byId(ReportSection section) {
		Map<String, Row> rows = new HashMap<>();
		if (section != null) {
			for (Row row : section.rows()) {
				if (row.objectId() != null) {
					rows.putIfAbsent(row.objectId(), row);
				}
			}
		}
		return rows;
	}

	private static long days(String cell) {
		try {
			return Long.parseLong(Objects.toString(cell, "").trim());
		} catch (NumberFormatException e) {
			return 0;
		}
	}
}
