package org.atrium.meetings.tests;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.atrium.core.Governance;
import org.atrium.core.GovernanceGuard;
import org.atrium.core.Permissions;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoFactory;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.Program;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RoleAssignment;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.model.pmo.Scope;
import org.atrium.core.store.Condition;
import org.atrium.core.store.ModelContribution;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.ModelStoreFactory;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreConfig;
import org.atrium.core.store.StoreSession;
import org.atrium.core.store.WriteGuard;
import org.atrium.meetings.MeetingRule;
import org.atrium.meetings.MeetingModelContribution;
import org.atrium.meetings.MeetingPlanner;
import org.atrium.meetings.model.meetings.ActionItem;
import org.atrium.meetings.model.meetings.ActionStatus;
import org.atrium.meetings.model.meetings.Meeting;
import org.atrium.meetings.model.meetings.MeetingSeries;
import org.atrium.meetings.model.meetings.MeetingType;
import org.atrium.meetings.model.meetings.MeetingsFactory;
import org.atrium.meetings.model.meetings.MeetingsPackage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** A small office with a project and its people, a fresh embedded Derby store per test, and meeting builders. */
abstract class MeetingTestSupport {

	static final PmoFactory PMO = PmoFactory.eINSTANCE;
	static final MeetingsFactory MEETINGS = MeetingsFactory.eINSTANCE;
	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
	/** A Monday. */
	static final ZonedDateTime MONDAY_0930 = ZonedDateTime.of(2026, 11, 30, 9, 30, 0, 0, BERLIN);
	static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

	@TempDir
	Path workspace;

	private final List<ModelStore> opened = new ArrayList<>();

	ModelStore openStore() {
		return openStore(WriteGuard.NONE);
	}

	/** The store with the core's governance and the meeting plugin's rule, as in the product. */
	ModelStore openGovernedStore() {
		return openStore(new GovernanceGuard(new Permissions(new Governance()), new MeetingRule()));
	}

	ModelStore openStore(WriteGuard guard) {
		ModelStore store = ModelStoreFactory.open(StoreConfig.derby(workspace.resolve("db"), true),
				List.of(ModelContribution.of(PmoPackage.eINSTANCE), new MeetingModelContribution()), guard);
		opened.add(store);
		return store;
	}

	@AfterEach
	void closeStores() {
		opened.forEach(ModelStore::close);
	}

	static Person person(String name, String login) {
		Person person = PMO.createPerson();
		person.setName(name);
		person.setLogin(login);
		person.setEmail(login + "@example.com");
		return person;
	}

	/** A project in a program in a portfolio. */
	static Project project(String code, String name) {
		Portfolio portfolio = PMO.createPortfolio();
		portfolio.setName("Digital " + code);
		Program program = PMO.createProgram();
		program.setName("Customer " + code);
		portfolio.getPrograms().add(program);
		Project project = PMO.createProject();
		project.setCode(code);
		project.setName(name);
		program.getProjects().add(project);
		return project;
	}

	static Portfolio portfolioOf(Project project) {
		return project.getProgram().getPortfolio();
	}

	static RoleAssignment assign(Scope scope, RoleKind kind, Person person) {
		RoleAssignment assignment = PMO.createRoleAssignment();
		assignment.setKind(kind);
		assignment.setPerson(person);
		scope.getRoleAssignments().add(assignment);
		return assignment;
	}

	static MeetingPlanner planner() {
		return new MeetingPlanner(new Governance());
	}

	/** A weekly check-in on Mondays at 09:30 Berlin time, 45 minutes, planned for 13 weeks. */
	static MeetingSeries weekly(Project project, Person organizer, StoreSession session) {
		return planner().plan(MeetingType.PROJECT_CHECK_IN, "Weekly check-in", project, organizer, MONDAY_0930, 45,
				"FREQ=WEEKLY;BYDAY=MO", session);
	}

	static ActionItem action(Meeting meeting, String title, Person owner, LocalDate due, ActionStatus status) {
		ActionItem action = MEETINGS.createActionItem();
		action.setTitle(title);
		action.setOwner(owner);
		action.setDueDate(due);
		action.setStatus(status);
		meeting.getActions().add(action);
		return action;
	}

	static <T extends org.eclipse.emf.ecore.EObject> T load(StoreSession session, org.eclipse.emf.ecore.EClass type,
			String id) {
		return session.load(type, id);
	}

	static Person personByLogin(StoreSession session, String login) {
		return session.<Person>query(Query.<Person>of(PmoPackage.Literals.PERSON)
				.where(Condition.eq(PmoPackage.Literals.PERSON__LOGIN, login))).get(0);
	}

	static MeetingSeries onlySeries(StoreSession session) {
		List<MeetingSeries> all = session.query(
				Query.<MeetingSeries>of(MeetingsPackage.Literals.MEETING_SERIES).withContents());
		if (all.size() != 1) {
			throw new AssertionError("expected one series, found " + all.size());
		}
		return all.get(0);
	}
}
