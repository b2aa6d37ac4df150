package org.atrium.risks.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.search.Search;
import org.atrium.core.search.SearchHit;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.ModelStoreFactory;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreConfig;
import org.atrium.core.store.StoreSession;
import org.atrium.demo.DemoOffice;
import org.atrium.demo.OfficeScale;
import org.atrium.risks.RiskSearch;
import org.atrium.risks.model.risks.Risk;
import org.atrium.risks.model.risks.RiskStatus;
import org.atrium.risks.model.risks.RisksPackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Risks in the global search: by title, description or category, with their project's code. */
class RiskSearchTest extends RiskTestSupport {

	private final BundleContext context = FrameworkUtil.getBundle(RiskSearchTest.class).getBundleContext();

	@Test
	void theGlobalSearchFindsARiskOfTheDemoOfficeByTitle() throws InterruptedException {
		try (ModelStore store = service(ModelStoreFactory.class).open(StoreConfig.derby(workspace.resolve("db"), true));
				StoreSession session = store.openSession("alee")) {
			service(DemoOffice.class).create(session, 42, OfficeScale.DEMO, TODAY);
			Risk risk = session.query(Query.<Risk>of(RisksPackage.Literals.RISK).orderBy(RisksPackage.Literals.RISK__TITLE)).get(5);
			Project project = (Project) EcoreUtil.resolve(risk.getProject(), risk);

			List<SearchHit> hits = service(Search.class).find(risk.getTitle().toUpperCase(Locale.ROOT), session, 500);

			SearchHit hit = hits.stream().filter(h -> h.id().equals(risk.getId())).findFirst()
					.orElseThrow(() -> new AssertionError(risk.getTitle() + " not among " + hits));
			assertEquals("Risk", hit.kind());
			assertEquals(risk.getTitle(), hit.label());
			assertEquals(RisksPackage.Literals.RISK, hit.type());
			assertTrue(hit.detail().startsWith(project.getCode() + ", "), hit.detail());
		}
	}

	@Test
	void findsByDescriptionAndCategoryButNotByOtherFields() {
		Project project = project("DIG-001", "CRM Consolidation");
		Risk risk = risk(project, "Vendor delay", 5, 4);
		risk.setDescription("The integrator may not deliver the interfaces on time.");
		risk.setCategory("Supply chain");
		risk.setCause("Unclear contract");
		risk.setStatus(RiskStatus.MITIGATING);
		try (ModelStore store = openStore(); StoreSession session = store.openSession("alee")) {
			session.save(portfolioOf(project), risk);
			RiskSearch search = new RiskSearch();

			for (String text : List.of("vendor", "INTEGRATOR", "supply")) {
				List<SearchHit> hits = search.find(text, session, 10);
				assertEquals(List.of(new SearchHit("Risk", "Vendor delay", "DIG-001, Mitigating", RisksPackage.Literals.RISK,
						risk.getId())), hits, text);
			}
			assertEquals(List.of(), search.find("contract", session, 10), "the cause is not searched");
			assertEquals(List.of(), search.find("%", session, 10));
			assertEquals(1, session.count(Query.of(PmoPackage.Literals.PROJECT)));
		}
	}

	private <T> T service(Class<T> type) throws InterruptedException {
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		T service = tracker.waitForService(10_000);
		assertNotNull(service, type.getName() + " is registered");
		return service;
	}
}
