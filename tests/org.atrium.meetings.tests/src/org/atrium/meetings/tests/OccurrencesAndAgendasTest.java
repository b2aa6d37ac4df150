package org.atrium.meetings.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import org.atrium.core.Governance;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.meetings.Invitees;
import org.atrium.meetings.MeetingTemplates;
import org.atrium.meetings.Occurrences;
import org.atrium.meetings.model.meetings.ActionStatus;
import org.atrium.meetings.model.meetings.AgendaItem;
import org.atrium.meetings.model.meetings.Meeting;
import org.atrium.meetings.model.meetings.MeetingSeries;
import org.atrium.meetings.model.meetings.MeetingType;
import org.junit.jupiter.api.Test;

/** Occurrences from an RRULE with exceptions, template agendas, invitees from governance and carried-over actions. */
class OccurrencesAndAgendasTest extends MeetingTestSupport {

	@Test
	void aWeeklyRuleGivesMondaysAtTheSameLocalTimeAcrossTheClockChangeWithoutExceptionDates() {
		MeetingSeries series = MEETINGS.createMeetingSeries();
		series.setTitle("Sync");
		series.setTimeZone("Europe/Berlin");
		ZonedDateTime first = ZonedDateTime.of(2027, 3, 15, 9, 0, 0, 0, BERLIN);
		series.setFirstStart(first.toInstant());
		series.setDurationMinutes(30);
		series.setRecurrence("FREQ=WEEKLY;BYDAY=MO;COUNT=4");
		series.getExceptionDates().add(first.plusWeeks(1).toLocalDate());
		List<ZonedDateTime> starts = Occurrences.starts(series, first.plusYears(1).toInstant());
		assertEquals(List.of(first, first.plusWeeks(2), first.plusWeeks(3)), starts);
		assertEquals(9, starts.get(2).getHour(), "after the change to summer time the meeting stays at 09:00");
		assertEquals(7, starts.get(2).toInstant().atZone(java.time.ZoneOffset.UTC).getHour());
	}

	@Test
	void anEndlessRuleStopsAtTheHorizonAndAtTheLimit() {
		MeetingSeries series = MEETINGS.createMeetingSeries();
		series.setTimeZone("UTC");
		series.setFirstStart(Instant.parse("2027-01-01T08:00:00Z"));
		series.setRecurrence("FREQ=DAILY");
		assertEquals(31, Occurrences.starts(series, Instant.parse("2027-02-01T00:00:00Z")).size());
		assertEquals(Occurrences.LIMIT, Occurrences.starts(series, Instant.parse("2040-01-01T00:00:00Z")).size());
	}

	@Test
	void aBadRuleOrZoneIsRefusedNamingIt() {
		IllegalArgumentException rule = assertThrows(IllegalArgumentException.class,
				() -> Occurrences.rule("FREQ=FORTNIGHTLY"));
		assertTrue(rule.getMessage().startsWith("recurrence 'FREQ=FORTNIGHTLY' is not an RFC 5545 RRULE"),
				rule.getMessage());
		MeetingSeries series = MEETINGS.createMeetingSeries();
		series.setTitle("Sync");
		series.setTimeZone("Mars/Olympus");
		IllegalArgumentException zone = assertThrows(IllegalArgumentException.class, () -> Occurrences.zone(series));
		assertEquals("Meeting series 'Sync': time zone 'Mars/Olympus' is unknown", zone.getMessage());
	}

	@Test
	void aSteeringCommitteeInvitesTheSponsorOwnersAndMembersAndStartsWithItsTemplate() {
		Project project = project("DIG-001", "Digital onboarding");
		Person sponsor = person("Sam Sponsor", "sam");
		Person functional = person("Fay Functional", "fay");
		Person technology = person("Ted Tech", "ted");
		Person member = person("Mia Member", "mia");
		Person manager = person("Max Manager", "max");
		assign(project.getProgram(), RoleKind.SPONSOR, sponsor);
		assign(project, RoleKind.FUNCTIONAL_OWNER, functional);
		assign(project, RoleKind.TECHNOLOGY_OWNER, technology);
		assign(project, RoleKind.STEERING_COMMITTEE_MEMBER, member);
		assign(project, RoleKind.PROJECT_MANAGER, manager);
		assertEquals(List.of(sponsor, functional, technology, member),
				new Invitees(new Governance()).of(MeetingType.STEERING_COMMITTEE, project));
		assertEquals(List.of(sponsor, functional, technology, member, manager),
				new Invitees(new Governance()).of(MeetingType.KICKOFF, project));

		MeetingSeries series = planner().plan(MeetingType.STEERING_COMMITTEE, "SteerCo", project, manager,
				MONDAY_0930, 60, "FREQ=MONTHLY;BYDAY=1MO", null);
		assertEquals(4, series.getInvitees().size());
		Meeting first = series.getMeetings().get(0);
		assertEquals(List.of("Status by project", "RAID highlights", "Decisions needed", "Change requests for approval"),
				first.getAgendaItems().stream().map(AgendaItem::getTitle).toList());
		assertEquals(4, first.getAttendees().size());
		assertEquals(MeetingTemplates.defaults(MeetingType.UAT_REVIEW),
				List.of("Test progress", "Defects", "Go/no-go criteria"));
	}

	@Test
	void openActionsCarryOverIntoTheNextOccurrencesAgendaOnce() {
		Project project = project("DIG-001", "Digital onboarding");
		Person owner = person("Pia Presenter", "pia");
		MeetingSeries series = planner().plan(MeetingType.ONE_ON_ONE, "1:1", project, owner, MONDAY_0930, 30,
				"FREQ=WEEKLY", null);
		Meeting first = series.getMeetings().get(0);
		action(first, "Send the plan", owner, TODAY, ActionStatus.OPEN);
		action(first, "Book the room", owner, TODAY, ActionStatus.DONE);
		series.getMeetings().remove(1);
		series.getMeetings().remove(1);
		List<Meeting> added = Occurrences.extend(series, MONDAY_0930.plusWeeks(3).toInstant(), List.of("Blockers"));
		assertEquals(2, added.size());
		for (Meeting meeting : added) {
			List<String> titles = meeting.getAgendaItems().stream().map(AgendaItem::getTitle).toList();
			assertEquals(List.of("Blockers", "Open action: Send the plan"), titles);
			assertEquals(owner, meeting.getAgendaItems().get(1).getPresenter());
		}
		assertTrue(Occurrences.carryOver(series, added.get(0)).isEmpty(), "an action already on the agenda stays once");
	}
}
