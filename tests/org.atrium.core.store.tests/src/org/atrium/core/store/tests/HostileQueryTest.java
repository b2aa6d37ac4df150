package org.atrium.core.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.Program;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RagStatus;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.store.Condition;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Typed queries: values are bound as parameters, so text from users is matched literally. */
class HostileQueryTest extends StoreTestSupport {

	@ParameterizedTest
	@ValueSource(strings = { "' OR 1=1 --", "x' OR '1'='1", "\"; DROP TABLE \"PMO_PROJECT\"; --", "100%", "a_b", "back\\slash" })
	void hostileTextIsMatchedLiterally(String hostile) {
		Portfolio portfolio = portfolio("Ops");
		Program program = program(portfolio, "Lean");
		project(program, "P-1", hostile);
		project(program, "P-2", "Plain name");
		project(program, "P-3", "another 100 percent a-b");
		ModelStore store = openStore();
		try (StoreSession session = store.openSession("ann")) {
			session.save(portfolio);
			List<Project> exact = session.query(Query.<Project>of(P.getProject()).where(Condition.eq(P.getScope_Name(), hostile)));
			assertEquals(List.of("P-1"), exact.stream().map(Project::getCode).toList());
			List<Project> containing = session.query(Query.<Project>of(P.getProject()).where(Condition.contains(P.getScope_Name(), hostile)));
			assertEquals(List.of("P-1"), containing.stream().map(Project::getCode).toList());
			assertEquals(0, session.count(Query.of(P.getProject()).where(Condition.eq(P.getProject_Code(), hostile))));
			assertEquals(3, session.count(Query.of(P.getProject())), "nothing was dropped or altered");
		}
	}

	@Test
	void projectsBySponsorAndRag() {
		Person ann = person("Ann Lee", "alee");
		Person bob = person("Bob Stone", "bstone");
		Portfolio portfolio = portfolio("Ops");
		Program program = program(portfolio, "Lean");
		for (int i = 0; i < 6; i++) {
			Project project = project(program, "P-" + i, "Project " + i);
			project.setRag(i % 2 == 0 ? RagStatus.RED : RagStatus.GREEN);
			assign(project, RoleKind.SPONSOR, i < 3 ? ann : bob);
			assign(project, RoleKind.STAKEHOLDER, i < 3 ? bob : ann);
		}
		ModelStore store = openStore();
		try (StoreSession session = store.openSession("ann")) {
			session.save(ann, bob, portfolio);
			Query<Project> annsRed = Query.<Project>of(P.getProject())
					.where(Condition.eq(P.getProject_Rag(), RagStatus.RED))
					.where(Condition.has(P.getScope_RoleAssignments(),
							Condition.eq(P.getRoleAssignment_Kind(), RoleKind.SPONSOR),
							Condition.eq(P.getRoleAssignment_Person(), ann)))
					.orderBy(P.getProject_Code());
			assertEquals(List.of("P-0", "P-2"), session.query(annsRed).stream().map(Project::getCode).toList());
			Query<Project> top = Query.<Project>of(P.getProject()).orderBy(P.getProject_Code(), false).limit(2);
			assertEquals(List.of("P-5", "P-4"), session.query(top).stream().map(Project::getCode).toList());
		}
	}
}
