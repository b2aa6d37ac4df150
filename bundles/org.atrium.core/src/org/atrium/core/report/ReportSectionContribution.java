package org.atrium.core.report;

import java.time.LocalDate;
import java.util.List;

import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.StoreSession;

/**
 * Sections that a plugin adds to status reports: the risk plugin its top risks and heat-map counts, a meetings
 * plugin its decisions and overdue actions. A report of a project, program or portfolio asks every installed
 * contribution, through {@link org.atrium.core.Contributions}, for the sections of its projects; a contribution
 * that throws is logged and the report renders without it.
 * <p>
 * Register an implementation as an OSGi service. Read with a few queries over all the projects at once, never one
 * per project: a portfolio report passes thousands.
 */
public interface ReportSectionContribution {

	/**
	 * The sections this plugin adds for the given projects, as of the report's date, in the order they should appear.
	 * Return a section with no rows and a note (such as "No open risks.") rather than leaving it out, so readers see
	 * that it was looked at. The projects are those of the report's scope, read by {@code session}.
	 */
	List<ReportSection> sections(List<Project> projects, StoreSession session, LocalDate asOf);
}
