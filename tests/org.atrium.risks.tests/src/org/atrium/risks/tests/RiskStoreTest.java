package org.atrium.risks.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.Query;
import org.atrium.core.store.SchemaInfo;
import org.atrium.core.store.StoreSession;
import org.atrium.risks.RiskQueries;
import org.atrium.risks.model.risks.ActionStatus;
import org.atrium.risks.model.risks.Assumption;
import org.atrium.risks.model.risks.Dependency;
import org.atrium.risks.model.risks.DependencyStatus;
import org.atrium.risks.model.risks.Issue;
import org.atrium.risks.model.risks.IssuePriority;
import org.atrium.risks.model.risks.IssueStatus;
import org.atrium.risks.model.risks.RaidItem;
import org.atrium.risks.model.risks.ResponseStrategy;
import org.atrium.risks.model.risks.Risk;
import org.atrium.risks.model.risks.RiskStatus;
import org.atrium.risks.model.risks.RisksPackage;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

/** Every class of the risk model persists in a real Derby store, with its references into the core model. */
class RiskStoreTest extends RiskTestSupport {

	private static final RisksPackage R = RisksPackage.eINSTANCE;

	@Test
	void everyRiskClassSurvivesAStoreRoundTrip() {
		Person ann = person("Ann Lee", "alee");
		Person bob = person("Bob Stone", "bstone");
		Project project = project("DIG-001", "CRM Consolidation");
		Risk risk = residual(risk(project, "Vendor delay", 4, 5), 2, 4);
		risk.setDescription("x".repeat(20_000));
		risk.setCategory("Supplier");
		risk.setCause("The vendor's team is shared with other clients.");
		risk.setEffect("Integration testing starts late.");
		risk.setTriggers("Two missed sprint reviews.");
		risk.setProximityDate(LocalDate.of(2027, 2, 1));
		risk.setStatus(RiskStatus.OCCURRED);
		risk.setStrategy(ResponseStrategy.TRANSFER);
		risk.setOwner(ann);
		action(risk, "Weekly checkpoints", ActionStatus.IN_PROGRESS, LocalDate.of(2026, 12, 4)).setOwner(bob);
		action(risk, "Penalty clause", ActionStatus.CANCELLED, LocalDate.of(2026, 12, 18));
		Assumption assumption = RISKS.createAssumption();
		fill(assumption, "Users available for testing", project, bob);
		assumption.setValidated(true);
		Issue issue = RISKS.createIssue();
		fill(issue, "Vendor missed the integration release", project, ann);
		issue.setPriority(IssuePriority.CRITICAL);
		issue.setStatus(IssueStatus.RESOLVED);
		issue.setSourceRisk(risk);
		Dependency dependency = RISKS.createDependency();
		fill(dependency, "Single sign-on", project, null);
		dependency.setDependsOn("Northwind Systems");
		dependency.setStatus(DependencyStatus.LATE);

		ModelStore store = openStore();
		try (StoreSession writer = store.openSession("alee")) {
			writer.save(ann, bob, project.getProgram().getPortfolio(), risk, assumption, issue, dependency);
		}
		assertTrue(store.schema().contains(new SchemaInfo(RisksPackage.eNS_URI, "risks", 1)));

		try (StoreSession reader = store.openSession("bstone")) {
			Risk loadedRisk = reader.load(R.getRisk(), risk.getId());
			List<EObject> loaded = List.of(loadedRisk, reader.load(R.getAssumption(), assumption.getId()),
					reader.load(R.getIssue(), issue.getId()), reader.load(R.getDependency(), dependency.getId()));
			loaded.forEach(EcoreUtil::resolveAll);
			List<EObject> saved = List.of(risk, assumption, issue, dependency);
			for (int index = 0; index < saved.size(); index++) {
				assertTrue(sameValues(saved.get(index), loaded.get(index)), saved.get(index).eClass().getName());
			}
			assertEquals(List.of("Weekly checkpoints", "Penalty clause"),
					loadedRisk.getActions().stream().map(action -> action.getTitle()).toList());
			assertEquals("bstone", loadedRisk.getActions().get(0).getOwner().getLogin());
			assertEquals("DIG-001", loadedRisk.getProject().getCode());
			assertSame(loadedRisk, ((Issue) loaded.get(2)).getSourceRisk(), "one instance per id in a session");
			assertEquals(3, reader.count(Query.of(R.getRaidItem())), "RAID items are queried across their classes");
			assertEquals(List.of(loadedRisk), reader.query(RiskQueries.risksOf(loadedRisk.getProject())));
			assertEquals(List.of(), reader.query(RiskQueries.activeRisksOf(loadedRisk.getProject())), "it occurred");
		}
	}

	@Test
	void everyConcreteRiskClassHasATable() {
		try (StoreSession session = openStore().openSession("alee")) {
			for (EClassifier classifier : R.getEClassifiers()) {
				if (classifier instanceof EClass eClass && !eClass.isAbstract()) {
					assertEquals(0, session.count(Query.of(eClass)), eClass.getName());
				}
			}
		}
	}

	private static void fill(RaidItem item, String title, Project project, Person owner) {
		item.setTitle(title);
		item.setDescription(title + ", in detail.");
		item.setProject(project);
		item.setOwner(owner);
		item.setRaised(LocalDate.of(2026, 9, 1));
		item.setDueDate(LocalDate.of(2026, 12, 1));
	}

	/** Equal attribute values and equal references by id; contained objects compared the same way. */
	private static boolean sameValues(EObject expected, EObject actual) {
		return new EcoreUtil.EqualityHelper() {
			private static final long serialVersionUID = 1L;

			@Override
			protected boolean haveEqualReference(EObject eObject1, EObject eObject2,
					EReference reference) {
				if (reference.isContainment()) {
					return super.haveEqualReference(eObject1, eObject2, reference);
				}
				EObject first = (EObject) eObject1.eGet(reference);
				EObject second = (EObject) eObject2.eGet(reference);
				return first == null ? second == null
						: second != null && EcoreUtil.getID(first).equals(EcoreUtil.getID(second));
			}
		}.equals(expected, actual);
	}
}
