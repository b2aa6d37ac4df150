package org.atrium.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.atrium.demo.Office;
import org.atrium.demo.OfficeGenerator;
import org.atrium.demo.OfficeScale;
import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.model.pmo.Project;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** The generated offices the benchmarks work on: always the same for a scale, ids included. */
final class Offices {

	static final long SEED = 42;
	static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

	/** A tenth of {@link OfficeScale#LARGE}: 1,000 projects in 10 programs, 200 people, 50,000 time entries. */
	static final OfficeScale TENTH = new OfficeScale(5, 10, 1_000, 200, 20, 5, 26, 26, 50_000, false);

	private Offices() {
	}

	static Office generate(OfficeScale scale) {
		return new OfficeGenerator().generate(SEED, scale, TODAY);
	}

	/**
	 * Copies of the office's projects with their milestones, KPIs and measurements only: no role assignments,
	 * workstreams, status reports or documents, and outside any program.
	 */
	static List<Project> milestonesAndKpis(Office office) {
		Collection<Project> copies = EcoreUtil.copyAll(office.projects());
		for (Project project : copies) {
			project.getRoleAssignments().clear();
			project.getStatusReports().clear();
			project.getDocuments().clear();
			for (Milestone milestone : project.getMilestones()) {
				milestone.setWorkstream(null);
			}
			project.getWorkstreams().clear();
		}
		return new ArrayList<>(copies);
	}

	/** The objects of the office: its portfolio trees with everything they contain, people and the rest. */
	static long objectCount(Office office) {
		long count = office.people().size() + office.allocations().size() + office.timeEntries().size();
		for (EObject portfolio : office.portfolios()) {
			count += treeSize(portfolio);
		}
		return count;
	}

	/** The object and everything it contains. */
	static long treeSize(EObject root) {
		long count = 1;
		for (var contents = root.eAllContents(); contents.hasNext(); contents.next()) {
			count++;
		}
		return count;
	}
}
