package org.atrium.meetings.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;

import org.atrium.core.AccessDeniedException;
import org.atrium.core.Governance;
import org.atrium.core.GovernanceGuard;
import org.atrium.core.Permission;
import org.atrium.core.Permissions;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.meetings.MeetingRule;
import org.atrium.meetings.model.meetings.ActionStatus;
import org.atrium.meetings.model.meetings.AgendaItem;
import org.atrium.meetings.model.meetings.Meeting;
import org.atrium.meetings.model.meetings.MeetingSeries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * The organizer and the PMO edit a meeting; an attendee writes the minutes of the items they present and the status
 * of the actions they own, and nothing else: enforced by the core's write guard with the plugin's rule.
 */
class GovernedMeetingWritesTest extends MeetingTestSupport {

	private ModelStore store;

	@BeforeEach
	void officeWithAMeeting() {
		store = openGovernedStore();
		Person lead = person("Lena Lead", "lead");
		lead.getOfficeRoles().add(RoleKind.PMO_LEAD);
		Person organizer = person("Olga Organizer", "olga");
		Person presenter = person("Pia Presenter", "pia");
		Person stranger = person("Stan Stakeholder", "stan");
		Project project = project("PIL-001", "Pilot");
		assign(project, RoleKind.STAKEHOLDER, organizer);
		assign(project, RoleKind.STAKEHOLDER, presenter);
		assign(project, RoleKind.STAKEHOLDER, stranger);
		try (StoreSession session = store.openSession("setup")) {
			session.inTransaction(tx -> {
				tx.save(lead);
				tx.save(organizer);
				tx.save(presenter);
				tx.save(stranger);
				tx.save(portfolioOf(project));
			});
		}
		try (StoreSession session = store.openSession("lead")) {
			Project stored = session.<Project>query(Query.<Project>of(PmoPackage.Literals.PROJECT)).get(0);
			MeetingSeries series = weekly(stored, personByLogin(session, "olga"), session);
			Meeting first = series.getMeetings().get(0);
			first.getAgendaItems().get(0).setPresenter(personByLogin(session, "pia"));
			first.getAgendaItems().get(1).setPresenter(personByLogin(session, "olga"));
			action(first, "Send the plan", personByLogin(session, "pia"), TODAY.plusDays(7), ActionStatus.OPEN);
			session.save(series);
		}
	}

	@Test
	void theOrganizerEditsTheMeetingWithoutARoleThatAllowsEditing() {
		assertDoesNotThrow(() -> change("olga", series -> series.getMeetings().get(1).setLocation("Room 4.12")));
		assertEquals("Room 4.12", read(series -> series.getMeetings().get(1).getLocation()));
	}

	@Test
	void someoneWhoIsNeitherOrganizerNorPmoIsRefusedAndNothingIsSaved() {
		AccessDeniedException refused = assertThrows(AccessDeniedException.class,
				() -> change("stan", series -> series.getMeetings().get(1).setLocation("Canteen")));
		assertTrue(refused.getMessage().startsWith("Stan Stakeholder may not edit at Project 'Pilot'"),
				refused.getMessage());
		assertNull(read(series -> series.getMeetings().get(1).getLocation()));
	}

	@Test
	void nobodyMakesThemselvesOrganizerToGainTheRight() {
		assertThrows(AccessDeniedException.class,
				() -> change("stan", series -> series.setOrganizer(personByLogin(StoreSession.of(series).get(), "stan"))));
		assertThrows(AccessDeniedException.class,
				() -> change("olga", series -> series.setOrganizer(personByLogin(StoreSession.of(series).get(), "stan"))));
		assertEquals("Olga Organizer", read(series -> series.getOrganizer().getName()));
	}

	@Test
	void anAttendeeWritesTheMinutesOfTheItemTheyPresentButNotOfOthers() {
		assertDoesNotThrow(() -> change("pia", series -> firstItems(series).get(0).setMinutes("On track.")));
		assertEquals("On track.", read(series -> firstItems(series).get(0).getMinutes()));
		assertThrows(AccessDeniedException.class,
				() -> change("pia", series -> firstItems(series).get(1).setMinutes("Not mine.")));
		assertThrows(AccessDeniedException.class,
				() -> change("pia", series -> firstItems(series).get(0).setTitle("Renamed")));
		assertNull(read(series -> firstItems(series).get(1).getMinutes()));
	}

	@Test
	void theOwnerOfAnActionUpdatesItsStatusAndNothingElse() {
		assertDoesNotThrow(() -> change("pia",
				series -> series.getMeetings().get(0).getActions().get(0).setStatus(ActionStatus.DONE)));
		assertEquals(ActionStatus.DONE, read(series -> series.getMeetings().get(0).getActions().get(0).getStatus()));
		assertThrows(AccessDeniedException.class, () -> change("pia",
				series -> series.getMeetings().get(0).getActions().get(0).setDueDate(TODAY.plusDays(60))));
	}

	@Test
	void theGuardAnswersTheEditorsQuestionForTheOrganizer() {
		GovernanceGuard guard = new GovernanceGuard(new Permissions(new Governance()), new MeetingRule());
		try (StoreSession session = store.openSession("olga")) {
			MeetingSeries series = onlySeries(session);
			assertTrue(guard.whyNot(session, "olga", series.getMeetings().get(0), Permission.EDIT).isEmpty());
			assertTrue(guard.whyNot(session, "stan", series.getMeetings().get(0), Permission.EDIT).isPresent());

			org.atrium.core.WriteRule failing = new org.atrium.core.WriteRule() {
				@Override
				public java.util.Set<org.atrium.core.store.Write> allowed(org.atrium.core.store.WriteCheck check,
						Person actor) {
					throw new IllegalStateException("broken rule");
				}

				@Override
				public boolean allowsEditing(Person actor, org.eclipse.emf.ecore.EObject object, StoreSession s) {
					throw new IllegalStateException("broken rule");
				}
			};
			GovernanceGuard broken = new GovernanceGuard(new Permissions(new Governance()), failing);
			assertTrue(broken.whyNot(session, "olga", series.getMeetings().get(0), Permission.EDIT).isPresent(),
					"a rule that fails allows nothing");
		}
	}

	private static List<AgendaItem> firstItems(MeetingSeries series) {
		return series.getMeetings().get(0).getAgendaItems();
	}

	private void change(String login, Consumer<MeetingSeries> change) {
		try (StoreSession session = store.openSession(login)) {
			MeetingSeries series = onlySeries(session);
			change.accept(series);
			session.save(series);
		}
	}

	private <T> T read(java.util.function.Function<MeetingSeries, T> read) {
		try (StoreSession session = store.openSession("lead")) {
			return read.apply(onlySeries(session));
		}
	}
}
