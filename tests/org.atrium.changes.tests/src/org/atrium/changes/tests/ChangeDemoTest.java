package org.atrium.changes.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.atrium.changes.ChangeDemo;
import org.atrium.changes.ChangeHealthContributor;
import org.atrium.changes.GateReviews;
import org.atrium.changes.model.changes.Baseline;
import org.atrium.changes.model.changes.ChangeRequest;
import org.atrium.changes.model.changes.ChangeStatus;
import org.atrium.changes.model.changes.ChangesPackage;
import org.atrium.changes.model.changes.GateReview;
import org.atrium.core.HealthContributor.Finding;
import org.atrium.core.model.pmo.GateDecision;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RagStatus;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.demo.DemoOffice;
import org.atrium.demo.Office;
import org.atrium.demo.OfficeScale;
import org.junit.jupiter.api.Test;

/** The demo office's change logs, saved through the guarded store with the office, and what health makes of them. */
class ChangeDemoTest extends ChangeTestSupport {

	private static final LocalDate DEMO_TODAY = LocalDate.of(2026, 11, 27);

	@Test
	void everyStatusVotesThatDecideGatesThatAgreeAndBaselinesPerProject() {
		DemoOffice demo = new DemoOffice();
		demo.addContribution(new ChangeDemo(policies));
		ModelStore demoStore = openStore("demo-db");
		try (StoreSession session = demoStore.openSession("lead")) {
			Office office = demo.create(session, 42, new OfficeScale(1, 2, 6, 12, 2, 1, 2, 2, 40, true), DEMO_TODAY);

			List<ChangeRequest> requests = session.query(
					Query.<ChangeRequest>of(ChangesPackage.Literals.CHANGE_REQUEST).withContents());
			Set<ChangeStatus> statuses = requests.stream().map(ChangeRequest::getStatus)
					.collect(Collectors.toCollection(() -> EnumSet.noneOf(ChangeStatus.class)));
			assertEquals(EnumSet.allOf(ChangeStatus.class), statuses);
			assertTrue(requests.stream().filter(r -> r.getStatus() == ChangeStatus.APPROVED)
					.allMatch(r -> !r.getVotes().isEmpty()));

			for (GateReview review : GateReviews.all(session, null)) {
				assertEquals(review.getMilestone().getGateDecision(), review.getDecision(), GateReviews.label(review));
			}
			List<Baseline> baselines = session.query(Query.of(ChangesPackage.Literals.BASELINE));
			assertTrue(baselines.stream().filter(b -> b.getName().equals("Initial plan")).count() >= 1);

			ChangeHealthContributor health = new ChangeHealthContributor(policies);
			List<Finding> findings = office.projects().stream()
					.flatMap(p -> health.findings(session.<Project>find(org.atrium.core.model.pmo.PmoPackage.Literals.PROJECT,
							p.getId()).orElseThrow(), session, DEMO_TODAY).stream()).toList();
			assertTrue(findings.stream().anyMatch(f -> f.rag() == RagStatus.AMBER
					&& f.reason().contains("has awaited a decision for 16 days (due within 10)")), findings.toString());
			boolean noGo = GateReviews.all(session, null).stream().anyMatch(r -> r.getDecision() == GateDecision.NO_GO);
			assertEquals(noGo, findings.stream().anyMatch(f -> f.rag() == RagStatus.RED));
		}
	}
}
