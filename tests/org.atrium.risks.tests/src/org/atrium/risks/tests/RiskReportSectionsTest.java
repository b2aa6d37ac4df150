package org.atrium.risks.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.report.ReportSection;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.risks.RiskReportSections;
import org.atrium.risks.RiskScoring;
import org.atrium.risks.model.risks.Risk;
import org.atrium.risks.model.risks.RiskStatus;
import org.junit.jupiter.api.Test;

/** The risk plugin's sections of status reports: top risks by residual score and the heat map's counts. */
class RiskReportSectionsTest extends RiskTestSupport {

	private final RiskReportSections sections = new RiskReportSections(new RiskScoring());

	@Test
	void topRisksAreTheActiveOnesOfTheReportsProjectsHighestResidualScoreFirst() {
		Project crm = project("DIG-001", "CRM Consolidation");
		Project portal = project("DIG-002", "Customer Portal");
		Project other = project("OPS-001", "Data Centre Exit");
		Risk closed = risk(crm, "Old vendor issue", 5, 5);
		closed.setStatus(RiskStatus.CLOSED);
		try (ModelStore store = openStore(); StoreSession session = store.openSession("alee")) {
			session.save(portfolioOf(crm), portfolioOf(portal), portfolioOf(other), residual(risk(crm, "Vendor delay", 5, 5), 4, 5),
					risk(crm, "Scope creep", 3, 3), risk(portal, "Low adoption", 3, 4), closed,
					risk(other, "Not in this report", 5, 5));
			List<Project> reported = session.<Project>query(Query.<Project>of(PmoPackage.Literals.PROJECT)).stream()
					.filter(project -> project.getCode().startsWith("DIG")).toList();

			List<ReportSection> found = sections.sections(reported, session, TODAY);

			ReportSection top = found.get(0);
			assertEquals("risks.top", top.key());
			assertEquals(List.of("DIG-001 Vendor delay 20 Critical", "DIG-002 Low adoption 12 High",
					"DIG-001 Scope creep 9 Medium"), top.rows().stream().map(row -> String.join(" ", row.cells().get(0),
							row.cells().get(1), row.cells().get(3), row.cells().get(4))).toList());
			ReportSection heat = found.get(1);
			assertEquals("risks.heatmap", heat.key());
			assertEquals(List.of("4", "0", "0", "0", "0", "1"), heat.rows().get(1).cells(), "probability 4, impact 5");
			assertEquals("3 open and mitigating risks.", heat.note());
		}
	}

	@Test
	void projectsWithoutRisksGiveSectionsThatSaySo() {
		Project quiet = project("DIG-003", "API Gateway");
		try (ModelStore store = openStore(); StoreSession session = store.openSession("alee")) {
			session.save(portfolioOf(quiet));
			List<ReportSection> found = sections.sections(List.of(quiet), session, TODAY);
			assertEquals("No open risks.", found.get(0).note());
			assertEquals(List.of(), found.get(0).rows());
		}
	}
}
