package org.atrium.meetings.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.atrium.core.HealthContributor.Finding;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RagStatus;
import org.atrium.core.store.Condition;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.meetings.DoubleBookings;
import org.atrium.meetings.MeetingHealthContributor;
import org.atrium.meetings.MeetingQueries;
import org.atrium.meetings.MeetingQueries.Occurrence;
import org.atrium.meetings.MeetingQueries.RaisedAction;
import org.atrium.meetings.model.meetings.ActionStatus;
import org.atrium.meetings.model.meetings.Decision;
import org.atrium.meetings.model.meetings.DecisionStatus;
import org.atrium.meetings.model.meetings.Meeting;
import org.atrium.meetings.model.meetings.MeetingSeries;
import org.atrium.meetings.model.meetings.MeetingType;
import org.junit.jupiter.api.Test;

/**
 * What the stored meetings answer across projects: "my meetings" and "my actions" of the acting person, double
 * bookings of required attendees, and overdue actions and undecided decisions in the project's health.
 */
class MeetingRecordsTest extends MeetingTestSupport {

	@Test
	void myMeetingsAndMyActionsSpanProjectsAndDoubleBookingsAreWarned() {
		ModelStore store = openStore();
		Person ann = person("Ann Lee", "ann");
		Person bob = person("Bob Stone", "bob");
		Project alpha = project("ALP-001", "Alpha");
		Project beta = project("BET-001", "Beta");
		try (StoreSession session = store.openSession("setup")) {
			session.inTransaction(tx -> {
				tx.save(ann);
				tx.save(bob);
				tx.save(portfolioOf(alpha));
				tx.save(portfolioOf(beta));
			});
		}
		try (StoreSession session = store.openSession("ann")) {
			Person me = personByLogin(session, "ann");
			Person other = personByLogin(session, "bob");
			MeetingSeries alphaWeekly = weekly(project(session, "ALP-001"), me, session);
			MeetingSeries betaReview = planner().plan(MeetingType.CROSS_FUNCTIONAL_REVIEW, "Beta review",
					project(session, "BET-001"), other, MONDAY_0930.plusMinutes(15), 60, null, session);
			betaReview.getInvitees().add(org.atrium.meetings.Invitees.attendee(me,
					org.atrium.meetings.model.meetings.AttendeeRole.REQUIRED));
			betaReview.getMeetings().get(0).getAttendees().add(org.atrium.meetings.Invitees.attendee(me,
					org.atrium.meetings.model.meetings.AttendeeRole.REQUIRED));
			action(alphaWeekly.getMeetings().get(0), "Alpha plan", me, TODAY.plusDays(3), ActionStatus.OPEN);
			action(betaReview.getMeetings().get(0), "Beta budget", me, TODAY.plusDays(1), ActionStatus.IN_PROGRESS);
			action(betaReview.getMeetings().get(0), "Beta done", me, TODAY, ActionStatus.DONE);
			action(betaReview.getMeetings().get(0), "Bob's own", other, TODAY, ActionStatus.OPEN);
			alphaWeekly.getMeetings().get(0).getAttendees().add(org.atrium.meetings.Invitees.attendee(me,
					org.atrium.meetings.model.meetings.AttendeeRole.REQUIRED));
			session.inTransaction(tx -> {
				tx.save(alphaWeekly);
				tx.save(betaReview);
			});
		}
		try (StoreSession session = store.openSession("ann")) {
			Person me = personByLogin(session, "ann");
			Instant from = MONDAY_0930.toInstant().minus(Duration.ofDays(1));
			List<Occurrence> week = MeetingQueries.meetingsOf(me, from, from.plus(Duration.ofDays(7)), session);
			assertEquals(List.of("Weekly check-in", "Beta review"), week.stream().map(o -> o.series().getTitle()).toList());
			assertEquals(14, MeetingQueries.meetingsOf(me, from, from.plus(Duration.ofDays(100)), session).size(),
					"13 weekly check-ins and the review");
			List<RaisedAction> actions = MeetingQueries.actionsOf(me, session);
			assertEquals(List.of("Beta budget", "Alpha plan"), actions.stream().map(a -> a.action().getTitle()).toList());

			Meeting monday = week.get(0).meeting();
			List<DoubleBookings.Clash> clashes = DoubleBookings.of(monday, session);
			assertEquals(1, clashes.size());
			assertEquals("Ann Lee", clashes.get(0).person().getName());
			assertTrue(clashes.get(0).sentence().startsWith("Ann Lee is also in Meeting 'Beta review' on "),
					clashes.get(0).sentence());
			assertTrue(DoubleBookings.of(week.get(0).series().getMeetings().get(1), session).isEmpty());
		}
	}

	@Test
	void overdueActionsAndLongUndecidedDecisionsFeedTheProjectsHealth() {
		ModelStore store = openStore();
		Person ann = person("Ann Lee", "ann");
		Project alpha = project("ALP-001", "Alpha");
		try (StoreSession session = store.openSession("setup")) {
			session.inTransaction(tx -> {
				tx.save(ann);
				tx.save(portfolioOf(alpha));
			});
		}
		try (StoreSession session = store.openSession("ann")) {
			Person me = personByLogin(session, "ann");
			MeetingSeries series = weekly(project(session, "ALP-001"), me, session);
			Meeting first = series.getMeetings().get(0);
			action(first, "Late a little", me, TODAY.plusDays(10), ActionStatus.OPEN);
			action(first, "Late a lot", me, TODAY.plusDays(2), ActionStatus.IN_PROGRESS);
			action(first, "Done late", me, TODAY.plusDays(2), ActionStatus.DONE);
			Decision open = MEETINGS.createDecision();
			open.setText("Choose the vendor");
			open.setStatus(DecisionStatus.UNDECIDED);
			first.getDecisions().add(open);
			Decision taken = MEETINGS.createDecision();
			taken.setText("Go live in March");
			taken.setStatus(DecisionStatus.DECIDED);
			first.getDecisions().add(taken);
			session.save(series);
		}
		try (StoreSession session = store.openSession("ann")) {
			Project project = project(session, "ALP-001");
			java.time.LocalDate today = TODAY.plusDays(40);
			List<Finding> findings = new MeetingHealthContributor().findings(project, session, today);
			assertEquals(List.of(RagStatus.RED, RagStatus.AMBER, RagStatus.AMBER),
					findings.stream().map(Finding::rag).toList(), findings.toString());
			assertTrue(findings.get(0).reason().startsWith("Action 'Late a lot' of Meeting 'Weekly check-in' on "),
					findings.get(0).reason());
			assertTrue(findings.get(2).reason().startsWith("Decision 'Choose the vendor' raised in Meeting"),
					findings.get(2).reason());
			assertEquals(List.of(), new MeetingHealthContributor().findings(project, session, TODAY));
		}
	}

	private static Project project(StoreSession session, String code) {
		return session.<Project>query(Query.<Project>of(PmoPackage.Literals.PROJECT)
				.where(Condition.eq(PmoPackage.Literals.PROJECT__CODE, code))).get(0);
	}
}
