package org.atrium.resources.tests;

import static org.atrium.resources.tests.TimesheetRulesTest.hours;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.atrium.core.AccessDeniedException;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.TimeEntry;
import org.atrium.core.store.AuditEntry;
import org.atrium.core.store.AuditQuery;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.resources.ResourceRuleException;
import org.atrium.resources.TimesheetWeek;
import org.atrium.resources.model.resources.Correction;
import org.atrium.resources.model.resources.ResourcesPackage;
import org.atrium.resources.model.resources.Timesheet;
import org.atrium.resources.model.resources.TimesheetStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Submitting, approving, rejecting and correcting a week on a governed store: who may, what locks, and what the
 * audit keeps.
 */
class TimesheetApprovalTest extends ResourceTestSupport {

	private ModelStore store;

	@BeforeEach
	void annBooksAndSubmitsHerWeek() {
		store = openStore();
		saveOffice(store);
		try (StoreSession session = store.openSession("ann")) {
			TimesheetWeek week = timesheets.open(session, personOf(session, "ann"), TODAY);
			TimesheetWeek.Line line = week.line(projectOf(session, "DIG-001"));
			week.set(line, 0, hours("8"));
			week.set(line, 1, hours("6"));
			timesheets.save(session, week);
			List<Timesheet> submitted = timesheets.submit(session, personOf(session, "ann"), TODAY);
			assertEquals(1, submitted.size());
			assertEquals(0, hours("14").compareTo(submitted.get(0).getHours()));
		}
	}

	@Test
	void aSubmittedWeekIsLockedUntilRejectedWithAComment() {
		try (StoreSession session = store.openSession("ann")) {
			TimesheetWeek week = timesheets.open(session, personOf(session, "ann"), TODAY);
			assertTrue(week.lines().get(0).isLocked());
			week.set(week.lines().get(0), 2, hours("4"));
			ResourceRuleException refused = assertThrows(ResourceRuleException.class, () -> timesheets.save(session, week));
			assertEquals(List.of("The week of 2026-11-23 of Ann Lee on DIG-001 is submitted; it changes only once it is rejected."),
					refused.problems());
		}
		try (StoreSession session = store.openSession("manager")) {
			ResourceRuleException noComment = assertThrows(ResourceRuleException.class,
					() -> timesheets.decide(session, submitted(session), false, " "));
			assertEquals(List.of("Comment: a rejected week needs a comment that says what to change."), noComment.problems());
			timesheets.decide(session, submitted(session), false, "Tuesday was a holiday");
		}
		try (StoreSession session = store.openSession("ann")) {
			Timesheet sheet = session.<Timesheet>query(Query.of(ResourcesPackage.Literals.TIMESHEET)).get(0);
			assertEquals(TimesheetStatus.REJECTED, sheet.getStatus());
			assertEquals("Tuesday was a holiday", sheet.getComment());
			assertEquals("Max Manager", sheet.getDecidedBy().getName());
			TimesheetWeek week = timesheets.open(session, personOf(session, "ann"), TODAY);
			week.set(week.lines().get(0), 1, BigDecimal.ZERO);
			timesheets.save(session, week);
			assertEquals(TimesheetStatus.SUBMITTED, timesheets.submit(session, personOf(session, "ann"), TODAY).get(0).getStatus());
		}
	}

	@Test
	void theManagerOrAWorkstreamLeadApprovesNeitherAStakeholderNorTheOwner() {
		for (String login : List.of("stan", "bob", "lead")) {
			try (StoreSession session = store.openSession(login)) {
				AccessDeniedException refused = assertThrows(AccessDeniedException.class,
						() -> timesheets.decide(session, submitted(session), true, null), login);
				assertTrue(refused.getMessage().contains("may not approve, reject or correct time on DIG-001: that takes "
						+ "the project's manager, a workstream lead, its sponsor or an approver."), refused.getMessage());
			}
		}
		try (StoreSession session = store.openSession("ann")) {
			Timesheet own = submitted(session).get(0);
			own.setStatus(TimesheetStatus.APPROVED);
			AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> session.save(own));
			assertEquals("Ann Lee may not approve, reject or correct their own time on DIG-001. Nothing was saved.",
					refused.getMessage());
		}
		try (StoreSession session = store.openSession("wanda")) {
			timesheets.decide(session, submitted(session), true, "Fine");
		}
		try (StoreSession session = store.openSession("lead")) {
			Timesheet sheet = session.<Timesheet>query(Query.of(ResourcesPackage.Literals.TIMESHEET)).get(0);
			assertEquals(TimesheetStatus.APPROVED, sheet.getStatus());
			assertEquals("Wanda Lead", sheet.getDecidedBy().getName());
		}
	}

	@Test
	void anApprovedWeekIsLockedForEveryWriterAndCorrectedByAReversingEntryThatIsAudited() {
		try (StoreSession session = store.openSession("manager")) {
			timesheets.decide(session, submitted(session), true, null);
		}
		try (StoreSession session = store.openSession("ann")) {
			TimeEntry monday = entries(session).get(0);
			monday.setHours(hours("9"));
			AccessDeniedException changed = assertThrows(AccessDeniedException.class, () -> session.save(monday));
			assertEquals("The week of 2026-11-23 of Ann Lee on DIG-001 is approved and locked; correct it with a "
					+ "reversing entry. Nothing was saved.", changed.getMessage());
		}
		try (StoreSession session = store.openSession("lead")) {
			TimeEntry monday = entries(session).get(0);
			assertThrows(AccessDeniedException.class, () -> session.delete(monday), "the PMO lead may not either");
			Timesheet sheet = session.<Timesheet>query(Query.of(ResourcesPackage.Literals.TIMESHEET)).get(0);
			sheet.setComment("reopened");
			assertThrows(AccessDeniedException.class, () -> session.save(sheet));
		}
		try (StoreSession session = store.openSession("ann")) {
			AccessDeniedException own = assertThrows(AccessDeniedException.class,
					() -> timesheets.correct(session, entries(session).get(0), hours("7"), "Left early"));
			assertTrue(own.getMessage().startsWith("Ann Lee may not approve, reject or correct their own time"), own.getMessage());
		}
		try (StoreSession session = store.openSession("manager")) {
			ResourceRuleException noReason = assertThrows(ResourceRuleException.class,
					() -> timesheets.correct(session, entries(session).get(0), hours("7"), ""));
			assertEquals(List.of("Reason: a correction needs a reason."), noReason.problems());
			Correction correction = timesheets.correct(session, entries(session).get(0), hours("7"), "Left early");
			assertEquals(0, hours("-8").compareTo(correction.getReversal().getHours()));
			assertEquals(0, hours("7").compareTo(correction.getReplacement().getHours()));
		}
		try (StoreSession session = store.openSession("ann")) {
			TimesheetWeek week = timesheets.open(session, personOf(session, "ann"), TODAY);
			assertEquals(0, hours("7").compareTo(week.dayTotal(0)), "the day shows the corrected hours");
			assertEquals(0, hours("13").compareTo(week.total()));
			assertEquals(4, entries(session).size(), "the original stays, with its reversal and replacement");
		}
		List<String> created = store.auditLog(new AuditQuery(null, "manager", 100)).stream()
				.filter(entry -> entry.action() == AuditEntry.Action.CREATE).map(AuditEntry::objectClass).sorted().toList();
		assertEquals(List.of("pmo:TimeEntry", "pmo:TimeEntry", "resources:Correction"), created);
	}

	private static List<Timesheet> submitted(StoreSession session) {
		return session.query(Query.<Timesheet>of(ResourcesPackage.Literals.TIMESHEET));
	}

	private static List<TimeEntry> entries(StoreSession session) {
		return session.query(Query.<TimeEntry>of(PmoPackage.Literals.TIME_ENTRY).orderBy(PmoPackage.Literals.TIME_ENTRY__DATE));
	}
}
