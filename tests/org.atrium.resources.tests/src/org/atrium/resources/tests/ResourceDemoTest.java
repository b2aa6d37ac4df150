package org.atrium.resources.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.atrium.core.ProjectHealthService;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.TimeEntry;
import org.atrium.core.store.Ids;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.demo.DemoOffice;
import org.atrium.demo.Office;
import org.atrium.demo.OfficeScale;
import org.atrium.resources.LabourCost;
import org.atrium.resources.ResourceDemo;
import org.atrium.resources.Weeks;
import org.atrium.resources.model.resources.Capacity;
import org.atrium.resources.model.resources.ResourcesPackage;
import org.atrium.resources.model.resources.Timesheet;
import org.atrium.resources.model.resources.TimesheetStatus;
import org.junit.jupiter.api.Test;

/** The demo office's timesheet weeks and capacities, saved with the office, and the labour cost they give. */
class ResourceDemoTest extends ResourceTestSupport {

	@Test
	void theDemoOfficeHasApprovedPastWeeksLastWeekWaitingAndPartTimePeople() {
		DemoOffice demo = new DemoOffice();
		demo.addContribution(new ResourceDemo());
		OfficeScale small = new OfficeScale(1, 2, 6, 12, 2, 1, 2, 4, 80, true);
		try (StoreSession session = openStore().openSession("setup")) {
			Office office = demo.create(session, 42, small, TODAY);
			List<Timesheet> sheets = session.query(Query.of(ResourcesPackage.Literals.TIMESHEET));
			Map<TimesheetStatus, Long> byStatus = sheets.stream()
					.collect(Collectors.groupingBy(Timesheet::getStatus, Collectors.counting()));
			assertTrue(byStatus.getOrDefault(TimesheetStatus.APPROVED, 0L) > 0, byStatus.toString());
			assertTrue(byStatus.getOrDefault(TimesheetStatus.SUBMITTED, 0L) > 0, byStatus.toString());
			assertTrue(sheets.stream().allMatch(sheet -> sheet.getWeekStart().isBefore(MONDAY)), "this week is open");
			assertTrue(sheets.stream().filter(sheet -> sheet.getStatus() == TimesheetStatus.SUBMITTED)
					.allMatch(sheet -> !sheet.getWeekStart().isBefore(MONDAY.minusWeeks(1))
							|| sheet.getDecidedBy() == null), "only last week waits, or a week without a manager");
			BigDecimal booked = office.timeEntries().stream().filter(e -> e.getDate().isBefore(MONDAY))
					.map(TimeEntry::getHours).reduce(BigDecimal.ZERO, BigDecimal::add);
			assertEquals(0, booked.compareTo(sheets.stream().map(Timesheet::getHours).reduce(BigDecimal.ZERO, BigDecimal::add)),
					"every hour before this week is in a submitted week");
			List<Capacity> capacities = session.query(Query.of(ResourcesPackage.Literals.CAPACITY));
			assertTrue(!capacities.isEmpty() && capacities.size() < office.people().size(), capacities.size() + " capacities");

			ProjectHealthService health = new ProjectHealthService();
			health.addCost(new LabourCost());
			Timesheet approved = sheets.stream().filter(sheet -> sheet.getStatus() == TimesheetStatus.APPROVED)
					.findFirst().orElseThrow();
			Project project = session.load(PmoPackage.Literals.PROJECT, Ids.of(approved.getProject()));
			assertTrue(health.contributedCost(project, session, TODAY).signum() > 0, "approved demo time has a cost");
			assertEquals(MONDAY, Weeks.monday(TODAY));
		}
	}
}
