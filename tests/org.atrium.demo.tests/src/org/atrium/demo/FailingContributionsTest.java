package org.atrium.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.atrium.core.Contributions;
import org.atrium.core.HealthContributor;
import org.atrium.core.ProjectHealthService;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RagStatus;
import org.atrium.core.model.rules.HealthAssessment;
import org.atrium.core.store.Condition;
import org.atrium.core.store.ModelContribution;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.ModelStoreFactory;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreConfig;
import org.atrium.core.store.StoreSession;
import org.atrium.testing.faulty.FailingDemoContribution;
import org.atrium.testing.faulty.FaultyPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * A plugin whose demo data and health findings throw, installed and removed at run time: the demo office and the
 * derived RAG carry on without it, and the log names the plugin.
 */
class FailingContributionsTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
	private static final OfficeScale SMALL = new OfficeScale(1, 2, 6, 12, 2, 1, 2, 2, 40, true);

	@TempDir
	Path workspace;

	private final BundleContext bundles = FrameworkUtil.getBundle(FailingContributionsTest.class).getBundleContext();
	private final List<IStatus> logged = new CopyOnWriteArrayList<>();
	private final ILogListener listener = (status, plugin) -> logged.add(status);
	private ServiceTracker<DemoContribution, DemoContribution> demoContributions;
	private ServiceTracker<HealthContributor, HealthContributor> healthContributors;
	private ModelStore store;

	@BeforeEach
	void setUp() throws Exception {
		ILog.of(Contributions.class).addLogListener(listener);
		demoContributions = new ServiceTracker<>(bundles, DemoContribution.class, null);
		demoContributions.open();
		healthContributors = new ServiceTracker<>(bundles, HealthContributor.class, null);
		healthContributors.open();
		store = ModelStoreFactory.open(StoreConfig.derby(workspace.resolve("db"), true),
				List.of(ModelContribution.of(PmoPackage.eINSTANCE)));
		FaultyPlugin.start();
		awaitTrue(() -> faultyServices(demoContributions) == 1 && faultyServices(healthContributors) == 1);
	}

	@AfterEach
	void tearDown() throws Exception {
		FaultyPlugin.stop();
		store.close();
		demoContributions.close();
		healthContributors.close();
		ILog.of(Contributions.class).removeLogListener(listener);
	}

	@Test
	void theDemoOfficeIsSavedWithoutTheFailingPluginsHalfOfIt() {
		try (StoreSession session = store.openSession("alee")) {
			Office office = service(DemoOffice.class).create(session, 42, SMALL, TODAY);

			assertEquals(office.projectCount(), session.count(Query.of(PmoPackage.Literals.PROJECT)));
			assertEquals(0, session.count(Query.of(PmoPackage.Literals.PERSON)
					.where(Condition.eq(PmoPackage.Literals.PERSON__LOGIN, FailingDemoContribution.HALF_WRITTEN_LOGIN))),
					"the failing contribution's person is not saved");
		}
		assertLoggedOnce("the demo office");
	}

	@Test
	void theDerivedRagStandsWhenAPluginsFindingsFail() {
		Project project = PmoPackage.eINSTANCE.getPmoFactory().createProject();
		project.setCode("ISO-001");
		try (StoreSession session = store.openSession("alee")) {
			HealthAssessment health = service(ProjectHealthService.class).assess(project, session, TODAY);

			assertEquals(RagStatus.GREEN, health.rag());
		}
		assertLoggedOnce("the health findings of ISO-001");
	}

	@Test
	void aPluginThatLeavesContributesNothingMore() throws Exception {
		FaultyPlugin.stop();
		awaitTrue(() -> faultyServices(demoContributions) == 0 && faultyServices(healthContributors) == 0);
		try (StoreSession session = store.openSession("alee")) {
			service(DemoOffice.class).create(session, 42, SMALL, TODAY);
			service(ProjectHealthService.class).assess(PmoPackage.eINSTANCE.getPmoFactory().createProject(), session,
					TODAY);
		}
		assertTrue(logged.isEmpty(), logged.toString());
	}

	private void assertLoggedOnce(String what) {
		List<IStatus> failures = logged.stream().filter(status -> status.getMessage().contains(what)).toList();
		assertEquals(1, failures.size(), logged.toString());
		IStatus failure = failures.get(0);
		assertEquals(IStatus.ERROR, failure.getSeverity());
		assertEquals(FaultyPlugin.SYMBOLIC_NAME, failure.getPlugin());
		assertTrue(failure.getMessage().contains(FaultyPlugin.SYMBOLIC_NAME), failure.getMessage());
		assertEquals(FaultyPlugin.FAILURE, failure.getException().getMessage());
	}

	private <T> T service(Class<T> type) {
		return bundles.getService(bundles.getServiceReference(type));
	}

	private static long faultyServices(ServiceTracker<?, ?> tracker) {
		var references = tracker.getServiceReferences();
		if (references == null) {
			return 0;
		}
		return java.util.Arrays.stream(references)
				.filter(reference -> FaultyPlugin.SYMBOLIC_NAME.equals(reference.getBundle().getSymbolicName())).count();
	}

	/** Waits for service events that the framework delivers on its own threads. */
	private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
		for (int i = 0; i < 500 && !condition.getAsBoolean(); i++) {
			Thread.sleep(10);
		}
		assertTrue(condition.getAsBoolean(), "the services did not change");
	}
}
