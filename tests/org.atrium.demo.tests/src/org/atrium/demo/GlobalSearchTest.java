package org.atrium.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.atrium.core.Contributions;
import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.search.Search;
import org.atrium.core.search.SearchContribution;
import org.atrium.core.search.SearchHit;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.ModelStoreFactory;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreConfig;
import org.atrium.core.store.StoreSession;
import org.atrium.testing.faulty.FaultyPlugin;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The global search over the demo office in Derby, through the installed search contributions. */
class GlobalSearchTest {

	@TempDir
	static Path workspace;

	private static final BundleContext BUNDLES = FrameworkUtil.getBundle(GlobalSearchTest.class).getBundleContext();
	private static ModelStore store;
	private static Office office;

	private final List<IStatus> logged = new CopyOnWriteArrayList<>();
	private final ILogListener listener = (status, plugin) -> logged.add(status);
	private StoreSession session;

	@BeforeAll
	static void demoOffice() {
		store = service(ModelStoreFactory.class).open(StoreConfig.derby(workspace.resolve("db"), true));
		try (StoreSession session = store.openSession("alee")) {
			office = service(DemoOffice.class).create(session, Offices.SEED, OfficeScale.DEMO, Offices.TODAY);
		}
	}

	@AfterAll
	static void closeStore() {
		store.close();
	}

	@BeforeEach
	void openSession() {
		ILog.of(Contributions.class).addLogListener(listener);
		session = store.openSession("alee");
	}

	@AfterEach
	void closeSession() {
		session.close();
		ILog.of(Contributions.class).removeLogListener(listener);
	}

	private List<SearchHit> find(String text) {
		return service(Search.class).find(text, session, Search.DEFAULT_LIMIT);
	}

	@Test
	void findsAProjectByItsCodeInAnyCase() {
		Project project = office.projects().get(7);
		List<SearchHit> hits = find(project.getCode().toLowerCase(Locale.ROOT));
		SearchHit hit = hits.stream().filter(h -> h.id().equals(project.getId())).findFirst().orElseThrow();
		assertEquals("Project", hit.kind());
		assertEquals(project.getCode() + "  " + project.getName(), hit.label());
		assertEquals(PmoPackage.Literals.PROJECT, hit.type());
		assertEquals(project.getProgram().getName() + ", " + project.getPhase().getLiteral(), hit.detail());
	}

	@Test
	void withinAKindTheHitsWhoseLabelHoldsTheTextComeFirst() {
		List<Boolean> labelHolds = find("data").stream().filter(h -> h.kind().equals("Project"))
				.map(h -> h.label().toLowerCase(Locale.ROOT).contains("data")).toList();
		assertTrue(labelHolds.contains(true) && labelHolds.contains(false), "some match by description only");
		assertEquals(labelHolds.stream().sorted(java.util.Comparator.reverseOrder()).toList(), labelHolds);
	}

	@Test
	void findsAPersonByLoginWithTheLoginInTheDetails() {
		Person person = office.people().get(3);
		List<SearchHit> hits = find(person.getLogin().toUpperCase(Locale.ROOT));
		SearchHit hit = hits.stream().filter(h -> h.id().equals(person.getId())).findFirst().orElseThrow();
		assertEquals("Person", hit.kind());
		assertEquals(person.getName(), hit.label());
		assertTrue(hit.detail().startsWith(person.getLogin()), hit.detail());
	}

	@Test
	void aMilestoneOpensTheProjectItBelongsTo() {
		Project project = office.projects().get(11);
		Milestone milestone = project.getMilestones().get(0);
		List<SearchHit> hits = service(Search.class).find(milestone.getName(), session, 1_000).stream()
				.filter(h -> h.kind().equals("Milestone")).toList();
		assertFalse(hits.isEmpty());
		SearchHit mine = hits.stream().filter(h -> h.id().equals(project.getId())).findFirst()
				.orElseThrow(() -> new AssertionError(project.getCode() + " not among " + hits));
		assertEquals(PmoPackage.Literals.PROJECT, mine.type());
		assertTrue(mine.detail().startsWith(project.getCode() + "  " + project.getName()), mine.detail());
		List<String> sameName = hits.stream().filter(h -> h.label().equals(milestone.getName())).map(SearchHit::detail)
				.toList();
		assertEquals(sameName.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), sameName,
				"milestones of one name in the order of their projects' codes");
	}

	@Test
	void findsProgramsAndPortfoliosByName() {
		String program = office.programs().get(2).getName();
		assertTrue(find(program).stream().anyMatch(h -> h.kind().equals("Program") && h.label().equals(program)));
		String portfolio = office.portfolios().get(1).getName();
		assertTrue(find(portfolio).stream().anyMatch(h -> h.kind().equals("Portfolio") && h.label().equals(portfolio)));
	}

	@Test
	void eachContributionGivesAtMostTheLimit() {
		List<SearchHit> hits = service(Search.class).find("e", session, 3);
		for (String kind : List.of("Project", "Person", "Milestone")) {
			long count = hits.stream().filter(h -> h.kind().equals(kind)).count();
			assertTrue(count > 0 && count <= 3, kind + ": " + count);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "%", "_", "%%", "' OR 1=1 --", "\"; DROP TABLE \"PMO_PROJECT\"; --", "\\" })
	void hostileTextIsMatchedLiterallyAndChangesNothing(String hostile) {
		assertEquals(List.of(), find(hostile), "no name, code, login or text of the demo office holds " + hostile);
		assertEquals(office.projectCount(), session.count(Query.of(PmoPackage.Literals.PROJECT)));
	}

	@Test
	void blankTextFindsNothing() {
		assertEquals(List.of(), find("   "));
		assertEquals(List.of(), find(null));
	}

	@Test
	void textTooLongOrWithControlCharactersIsRefusedWithTheRule() {
		IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class, () -> find("x".repeat(101)));
		assertEquals("The search text must be at most 100 characters; it has 101.", tooLong.getMessage());
		IllegalArgumentException control = assertThrows(IllegalArgumentException.class, () -> find("DIG\u001b[2J"));
		assertEquals("The search text must not contain control characters.", control.getMessage());
	}

	@Test
	void aFailingPluginIsLeftOutAndLoggedAndTheOthersStillFind() throws Exception {
		ServiceTracker<SearchContribution, SearchContribution> contributions = new ServiceTracker<>(BUNDLES,
				SearchContribution.class, null);
		contributions.open();
		FaultyPlugin.start();
		try {
			awaitTrue(() -> faulty(contributions) == 1);
			Project project = office.projects().get(0);
			List<SearchHit> hits = find(project.getCode());
			assertTrue(hits.stream().anyMatch(h -> h.id().equals(project.getId())), hits.toString());
			List<IStatus> failures = logged.stream()
					.filter(s -> s.getMessage().contains("the search for '" + project.getCode() + "'")).toList();
			assertEquals(1, failures.size(), logged.toString());
			assertEquals(FaultyPlugin.SYMBOLIC_NAME, failures.get(0).getPlugin());
			assertEquals(FaultyPlugin.FAILURE, failures.get(0).getException().getMessage());
		} finally {
			FaultyPlugin.stop();
			awaitTrue(() -> faulty(contributions) == 0);
			contributions.close();
		}
		logged.clear();
		find(office.projects().get(0).getCode());
		assertEquals(List.of(), logged, "a stopped plugin is no longer asked");
	}

	private static long faulty(ServiceTracker<?, ?> tracker) {
		var references = tracker.getServiceReferences();
		return references == null ? 0
				: java.util.Arrays.stream(references)
						.filter(r -> FaultyPlugin.SYMBOLIC_NAME.equals(r.getBundle().getSymbolicName())).count();
	}

	/** Waits for service events that the framework delivers on its own threads. */
	private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
		for (int i = 0; i < 500 && !condition.getAsBoolean(); i++) {
			Thread.sleep(10);
		}
		assertTrue(condition.getAsBoolean(), "the services did not change");
	}

	private static <T> T service(Class<T> type) {
		ServiceTracker<T, T> tracker = new ServiceTracker<>(BUNDLES, type, null);
		tracker.open();
		try {
			T service = tracker.waitForService(30_000);
			if (service == null) {
				throw new AssertionError("no " + type.getSimpleName() + " service");
			}
			return service;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}
}
