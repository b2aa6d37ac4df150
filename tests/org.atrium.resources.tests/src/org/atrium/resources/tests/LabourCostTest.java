package org.atrium.resources.tests;

import static org.atrium.resources.tests.TimesheetRulesTest.hours;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;

import org.atrium.core.ProjectHealthService;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RagStatus;
import org.atrium.core.model.rules.EarnedValue;
import org.atrium.core.model.rules.HealthAssessment;
import org.atrium.core.store.Ids;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.resources.LabourCost;
import org.atrium.resources.TimesheetWeek;
import org.atrium.resources.model.resources.ResourcesPackage;
import org.atrium.resources.model.resources.Timesheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Approved hours times each person's rate feed the project's actual cost through the core's cost seam: earned
 * value's AC and the derived RAG. DIG-001 has a budget of 10,000 and is 10% complete (EV 1,000); Ann (100 an hour)
 * books 8 + 6 hours, Bob (80 an hour) 5.
 */
class LabourCostTest extends ResourceTestSupport {

	private final ProjectHealthService health = new ProjectHealthService();
	private ModelStore store;

	@BeforeEach
	void bookAndSubmit() {
		health.addCost(new LabourCost());
		store = openStore();
		saveOffice(store);
		try (StoreSession session = store.openSession("lead")) {
			Project project = projectOf(session, "DIG-001");
			project.setBudgetPlanned(BigDecimal.valueOf(10_000));
			project.setPercentComplete(10);
			session.save(project);
		}
		book("ann", "8", "6");
		book("bob", "5", "0");
	}

	@Test
	void onlyApprovedHoursCostAndTheyMakeTheActualCostAndTheCostIndex() {
		try (StoreSession session = store.openSession("lead")) {
			Project project = load(session);
			assertEquals(0, health.contributedCost(project, session, TODAY).signum(), "submitted hours cost nothing yet");
			assertNull(health.actualCost(project, session, TODAY));
			assertEquals(RagStatus.GREEN, health.assess(project, session, TODAY).rag());
		}
		try (StoreSession session = store.openSession("manager")) {
			List<Timesheet> anns = session.<Timesheet>query(Query.<Timesheet>of(ResourcesPackage.Literals.TIMESHEET))
					.stream().filter(sheet -> sheet.getPerson().getLogin().equals("ann")).toList();
			timesheets.decide(session, anns, true, null);
		}
		try (StoreSession session = store.openSession("lead")) {
			Project project = load(session);
			assertEquals(0, hours("1400").compareTo(health.actualCost(project, session, TODAY)));
			assertEquals(0, BigDecimal.ZERO.compareTo(health.contributedCost(project, session, TODAY.minusDays(5))),
					"nothing before the first entry");
			EarnedValue ev = health.earnedValue(project, session, TODAY).orElseThrow();
			assertEquals(hours("1400.00"), ev.actualCost());
			assertEquals(hours("0.7143"), ev.costPerformanceIndex());
			HealthAssessment assessment = health.assess(project, session, TODAY);
			assertEquals(RagStatus.AMBER, assessment.rag());
			assertEquals(List.of("Cost performance index is 0.7143: less earned than spent (AC 1400.00, EV 1000.00)"),
					assessment.reasons());

			project.setBudgetActual(BigDecimal.valueOf(9_000));
			assertEquals(0, hours("10400").compareTo(health.actualCost(project, session, TODAY)),
					"entered costs and labour add up");
			assertEquals(RagStatus.RED, health.assess(project, session, TODAY).rag());
			assertEquals("Actual cost 10400.00 is above the budget at completion 10000.00",
					health.assess(project, session, TODAY).reasons().get(0));
		}
	}

	private Project load(StoreSession session) {
		return session.load(PmoPackage.Literals.PROJECT, Ids.of(projectOf(session, "DIG-001")));
	}

	private void book(String login, String monday, String tuesday) {
		try (StoreSession session = store.openSession(login)) {
			TimesheetWeek week = timesheets.open(session, personOf(session, login), TODAY);
			TimesheetWeek.Line line = week.line(projectOf(session, "DIG-001"));
			week.set(line, 0, hours(monday));
			week.set(line, 1, hours(tuesday));
			timesheets.save(session, week);
			timesheets.submit(session, personOf(session, login), TODAY);
		}
	}
}
