package org.atrium.risks.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.atrium.core.HealthContributor;
import org.atrium.core.ProjectHealthService;
import org.atrium.demo.DemoContribution;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RagStatus;
import org.atrium.core.model.rules.HealthAssessment;
import org.atrium.core.store.ModelContribution;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.ModelStoreFactory;
import org.atrium.core.store.SchemaInfo;
import org.atrium.core.store.StoreConfig;
import org.atrium.core.store.StoreSession;
import org.atrium.risks.OverdueMitigations;
import org.atrium.risks.RiskBand;
import org.atrium.risks.RiskDemo;
import org.atrium.risks.RiskEscalation;
import org.atrium.risks.RiskExchange;
import org.atrium.risks.RiskHealthContributor;
import org.atrium.risks.RiskModelContribution;
import org.atrium.risks.RiskScoring;
import org.atrium.risks.model.risks.RisksPackage;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;

/** The plugin's components are registered in OSGi and plug into the core's seams. */
class RiskServicesTest extends RiskTestSupport {

	private final BundleContext context = FrameworkUtil.getBundle(RiskServicesTest.class).getBundleContext();

	@Test
	void theServicesAreAvailable() throws InterruptedException {
		assertEquals(RiskBand.HIGH, service(RiskEscalation.class).threshold());
		assertNotNull(service(RiskScoring.class));
		assertNotNull(service(OverdueMitigations.class));
		assertNotNull(service(RiskExchange.class));
	}

	@Test
	void theContributionsToTheCoreSeamsAreRegistered() throws InterruptedException, InvalidSyntaxException {
		assertTrue(component(ModelContribution.class, RiskModelContribution.class) instanceof RiskModelContribution);
		assertTrue(component(HealthContributor.class, RiskHealthContributor.class) instanceof RiskHealthContributor);
		assertTrue(component(DemoContribution.class, RiskDemo.class) instanceof RiskDemo);
	}

	@Test
	void storesOfTheFactoryHoldTheRiskModelAndHealthCountsRisks() throws InterruptedException {
		try (ModelStore store = service(ModelStoreFactory.class).open(StoreConfig.derby(workspace.resolve("db"), true))) {
			assertTrue(store.schema().contains(new SchemaInfo(RisksPackage.eNS_URI, "risks", 1)));
			Project project = project("DIG-001", "CRM Consolidation");
			try (StoreSession session = store.openSession("alee")) {
				session.save(portfolioOf(project), risk(project, "Vendor delay", 5, 4));
			}
			try (StoreSession session = store.openSession("alee")) {
				Project loaded = session.load(PmoPackage.Literals.PROJECT, project.getId());
				HealthAssessment assessment = service(ProjectHealthService.class).assess(loaded, session, TODAY);
				assertEquals(new HealthAssessment(RagStatus.RED,
						List.of("Risk 'Vendor delay' (open) has a residual rating of critical (5 × 4 = 20).")), assessment);
			}
		}
	}

	private <T> T service(Class<T> type) throws InterruptedException {
		return await(new ServiceTracker<>(context, type, null), type.getName());
	}

	/** The service of the type that the implementation's component registers. */
	private <T> T component(Class<T> type, Class<? extends T> implementation)
			throws InterruptedException, InvalidSyntaxException {
		Filter filter = context.createFilter("(&(objectClass=" + type.getName() + ")(component.name="
				+ implementation.getName() + "))");
		return await(new ServiceTracker<T, T>(context, filter, null), filter.toString());
	}

	private static <T> T await(ServiceTracker<T, T> tracker, String what) throws InterruptedException {
		tracker.open();
		T service = tracker.waitForService(10_000);
		assertNotNull(service, what + " is registered");
		return service;
	}
}
