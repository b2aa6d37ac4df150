package org.atrium.meetings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.atrium.core.Governance;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.model.pmo.Scope;
import org.atrium.core.store.Ids;
import org.atrium.meetings.model.meetings.Attendance;
import org.atrium.meetings.model.meetings.Attendee;
import org.atrium.meetings.model.meetings.AttendeeRole;
import org.atrium.meetings.model.meetings.MeetingType;
import org.atrium.meetings.model.meetings.MeetingsFactory;

/**
 * Who a meeting invites, from the governance of the portfolio, program or project it belongs to. A steering
 * committee invites the sponsor, the functional and technology owners and the steering committee members; a kickoff
 * or go/no-go also the project managers; a check-in, review or sync the project managers and workstream leads.
 * Roles missing at a project are taken from its program and portfolio, as governance reads them.
 */
public final class Invitees {

	private final Governance governance;

	public Invitees(Governance governance) {
		this.governance = governance;
	}

	/** The people to invite, each once, in the order of the roles above; all required. */
	public List<Person> of(MeetingType type, Scope scope) {
		Map<String, Person> people = new LinkedHashMap<>();
		if (scope == null || type == null) {
			return List.of();
		}
		switch (type) {
		case STEERING_COMMITTEE -> governingBoard(scope, people);
		case KICKOFF, GO_NO_GO -> {
			governingBoard(scope, people);
			add(people, upward(scope, RoleKind.PROJECT_MANAGER));
		}
		case PROJECT_CHECK_IN, CROSS_FUNCTIONAL_REVIEW, TECHNICAL_SYNC, UAT_REVIEW -> {
			add(people, upward(scope, RoleKind.PROJECT_MANAGER));
			add(people, governance.holders(scope, RoleKind.WORKSTREAM_LEAD));
		}
		default -> {
		}
		}
		return List.copyOf(people.values());
	}

	/** Attendees for the people, required, attendance not yet recorded. */
	public static List<Attendee> attendees(List<Person> people) {
		List<Attendee> attendees = new ArrayList<>();
		for (Person person : people) {
			attendees.add(attendee(person, AttendeeRole.REQUIRED));
		}
		return attendees;
	}

	public static Attendee attendee(Person person, AttendeeRole role) {
		Attendee attendee = MeetingsFactory.eINSTANCE.createAttendee();
		attendee.setPerson(person);
		attendee.setRole(role);
		attendee.setAttendance(Attendance.UNRECORDED);
		return attendee;
	}

	private void governingBoard(Scope scope, Map<String, Person> people) {
		governance.sponsor(scope).ifPresent(sponsor -> add(people, List.of(sponsor)));
		add(people, upward(scope, RoleKind.FUNCTIONAL_OWNER));
		add(people, upward(scope, RoleKind.TECHNOLOGY_OWNER));
		add(people, governance.steeringCommittee(scope));
	}

	/** The holders of a role at the scope, else at the nearest containing scope that has some. */
	private List<Person> upward(Scope scope, RoleKind kind) {
		for (Scope s = scope; s != null; s = Governance.parent(s)) {
			List<Person> holders = governance.holders(s, kind);
			if (!holders.isEmpty()) {
				return holders;
			}
		}
		return List.of();
	}

	private static void add(Map<String, Person> people, List<Person> more) {
		for (Person person : more) {
			people.putIfAbsent(Ids.of(person) != null ? Ids.of(person) : String.valueOf(System.identityHashCode(person)),
					person);
		}
	}
}
