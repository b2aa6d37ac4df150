package org.atrium.risks.tests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.atrium.demo.DemoOffice;
import org.atrium.demo.Office;
import org.atrium.demo.OfficeGenerator;
import org.atrium.demo.OfficeScale;
import org.atrium.core.model.pmo.Entity;
import org.atrium.core.model.pmo.LifecyclePhase;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RoleAssignment;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.core.store.Transaction;
import org.atrium.core.validation.ModelValidation;
import org.atrium.risks.OverdueMitigations;
import org.atrium.risks.RiskDemo;
import org.atrium.risks.model.risks.Assumption;
import org.atrium.risks.model.risks.Dependency;
import org.atrium.risks.model.risks.Issue;
import org.atrium.risks.model.risks.Risk;
import org.atrium.risks.model.risks.RiskStatus;
import org.atrium.risks.model.risks.RisksPackage;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

/** The demo office's risk registers and RAID logs: realistic, and the same for the same seed. */
class RiskDemoTest extends RiskTestSupport {

	private static final long SEED = 42;
	private static final Office OFFICE = new OfficeGenerator().generate(SEED, OfficeScale.DEMO, TODAY);

	/** Keeps what the contribution saves. */
	private record Recorder(List<EObject> saved) implements Transaction {

		@Override
		public void save(EObject object) {
			saved.add(object);
		}

		@Override
		public void delete(EObject object) {
			throw new AssertionError("the demo deletes nothing");
		}
	}

	private final List<EObject> saved = contribute(SEED);

	@Test
	void theSameSeedGivesTheSameObjectsIdsIncluded() {
		List<EObject> again = contribute(SEED);

		assertEquals(saved.size(), again.size());
		assertTrue(EcoreUtil.equals(saved, again));
		assertNotEquals(ids(saved), ids(contribute(SEED + 1)), "another seed, other risks");
	}

	@Test
	void idsDifferFromTheOfficeOnes() {
		Set<String> officeIds = Stream.<List<? extends EObject>>of(OFFICE.people(), OFFICE.portfolios(),
				OFFICE.allocations(), OFFICE.timeEntries()).<EObject>flatMap(List::stream)
				.flatMap(RiskDemoTest::withContents).map(object -> ((Entity) object).getId())
				.collect(Collectors.toSet());
		Set<String> riskIds = saved.stream().flatMap(RiskDemoTest::withContents)
				.map(object -> ((Entity) object).getId()).collect(Collectors.toSet());

		assertEquals(saved.stream().flatMap(RiskDemoTest::withContents).count(), riskIds.size(), "ids are unique");
		assertFalse(riskIds.stream().anyMatch(officeIds::contains));
	}

	@Test
	void everyActiveProjectHasThreeToSixRisksOwnedByItsPeople() {
		Map<Project, List<Risk>> byProject = risks().stream().collect(Collectors.groupingBy(Risk::getProject));
		for (Project project : OFFICE.projects()) {
			List<Risk> risks = byProject.getOrDefault(project, List.of());
			if (project.getPhase() == LifecyclePhase.CLOSED) {
				assertEquals(List.of(), risks, project.getCode());
				continue;
			}
			Set<Person> people = peopleOf(project);
			assertAll(project.getCode(), () -> assertTrue(risks.size() >= 3 && risks.size() <= 6, risks.size() + " risks"),
					() -> assertEquals(risks.size(), risks.stream().map(Risk::getTitle).distinct().count()),
					() -> assertTrue(risks.stream().allMatch(risk -> people.contains(risk.getOwner())), "owners"),
					() -> assertTrue(risks.stream().flatMap(risk -> risk.getActions().stream())
							.allMatch(action -> people.contains(action.getOwner())), "action owners"));
		}
	}

	@Test
	void theRegistersShowEveryStatusOverdueActionsIssuesAssumptionsAndDependencies() {
		List<Risk> risks = risks();
		List<Issue> issues = all(Issue.class);

		assertEquals(EnumSet.allOf(RiskStatus.class), risks.stream().map(Risk::getStatus)
				.collect(Collectors.toCollection(() -> EnumSet.noneOf(RiskStatus.class))));
		assertFalse(new OverdueMitigations().among(risks, TODAY).isEmpty(), "some actions are overdue");
		assertEquals(risks.stream().filter(risk -> risk.getStatus() == RiskStatus.OCCURRED).toList(),
				issues.stream().map(Issue::getSourceRisk).toList(), "every occurred risk became an issue");
		assertTrue(issues.stream().allMatch(issue -> issue.getProject() == issue.getSourceRisk().getProject()));
		assertFalse(all(Assumption.class).isEmpty());
		assertFalse(all(Dependency.class).isEmpty());
		Diagnostic validation = ModelValidation.validate(risks);
		assertTrue(validation.getSeverity() < Diagnostic.WARNING, validation.getChildren().toString());
	}

	@Test
	void theDemoOfficeSavesTheRegistersWithTheOffice() {
		DemoOffice demo = new DemoOffice();
		demo.addContribution(new RiskDemo());
		OfficeScale small = new OfficeScale(1, 2, 6, 12, 2, 1, 2, 2, 40, true);

		try (StoreSession session = openStore().openSession("alee")) {
			Office office = demo.create(session, SEED, small, TODAY);

			List<Risk> stored = session.query(Query.of(RisksPackage.Literals.RISK));
			long active = office.projects().stream().filter(project -> project.getPhase() != LifecyclePhase.CLOSED).count();
			assertTrue(stored.size() >= 3 * active && stored.size() <= 6 * active, stored.size() + " risks");
			assertEquals(stored.stream().filter(risk -> risk.getStatus() == RiskStatus.OCCURRED).count(),
					session.count(Query.of(RisksPackage.Literals.ISSUE)));
		}
	}

	private static List<EObject> contribute(long seed) {
		Recorder recorder = new Recorder(new ArrayList<>());
		new RiskDemo().contribute(OFFICE, seed, recorder);
		return recorder.saved();
	}

	private List<Risk> risks() {
		return all(Risk.class);
	}

	private <T> List<T> all(Class<T> type) {
		return saved.stream().filter(type::isInstance).map(type::cast).toList();
	}

	private static Set<Person> peopleOf(Project project) {
		Set<Person> people = new HashSet<>();
		project.getRoleAssignments().stream().map(RoleAssignment::getPerson).forEach(people::add);
		OFFICE.allocations().stream().filter(allocation -> allocation.getProject() == project)
				.forEach(allocation -> people.add(allocation.getPerson()));
		return people;
	}

	private static List<String> ids(List<EObject> objects) {
		return objects.stream().map(object -> ((Entity) object).getId()).toList();
	}

	private static Stream<EObject> withContents(EObject root) {
		List<EObject> objects = new ArrayList<>(List.of(root));
		root.eAllContents().forEachRemaining(objects::add);
		return objects.stream();
	}
}
