package org.atrium.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.atrium.bench.Figure.Unit;
import org.atrium.bench.Runner.Comparison;
import org.atrium.bench.Runner.Trial;
import org.atrium.bench.Runner.Work;
import org.atrium.demo.Office;
import org.atrium.demo.OfficeScale;
import org.atrium.core.Governance;
import org.atrium.core.GovernanceGuard;
import org.atrium.core.Permissions;
import org.atrium.core.model.pmo.DocumentRef;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RagStatus;
import org.atrium.core.model.pmo.RoleAssignment;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.store.Condition;
import org.atrium.core.store.ModelContribution;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.ModelStoreFactory;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreConfig;
import org.atrium.core.store.StoreSession;

/**
 * Figures 1 to 4: the store against hand-written JDBC doing the same work on the same rows of the same Derby
 * schema: bulk inserts, loads and a typed query. Figure 9: the store with governance against the store without.
 */
final class StoreBenchmarks {

	private static final String USER = "bench";
	private static final double GOAL = 1.5;
	private static final RagStatus QUERIED_RAG = RagStatus.RED;

	/** What one import writes; the store gets fresh objects for every run, since a save changes them. */
	@FunctionalInterface
	private interface Import {
		void into(ImportPlan.Writer writer) throws Exception;
	}

	@FunctionalInterface
	private interface FreshImport {
		Import next();
	}

	/** The database of the latest run of one kind; the one before it is deleted. */
	private static final class Latest {
		private Path database;

		void replace(Path next) {
			if (database != null) {
				Databases.delete(database);
			}
			database = next;
		}

		Path get() {
			return database;
		}

		void discard() {
			replace(null);
		}
	}

	private final Settings settings;
	private final Databases databases;
	private final Office reference;
	private final List<Figure> figures = new ArrayList<>();

	/** @param reference the office at the measured scale, read by the baselines and never saved */
	StoreBenchmarks(Settings settings, Databases databases, Office reference) {
		this.settings = settings;
		this.databases = databases;
		this.reference = reference;
	}

	List<Figure> run() throws Exception {
		requireSameRowsAtDemoScale();
		Path office = bulkInsert();
		try {
			loads(office);
			governedSaves(office);
		} finally {
			Databases.delete(office);
		}
		projectsWithMilestonesAndKpis();
		return figures;
	}

	/** Both importers write the demo office, which uses every feature of the model; their rows must be equal. */
	private void requireSameRowsAtDemoScale() throws Exception {
		Bench.progress("checking that the store and the baseline write the same rows (demo office)");
		Latest store = new Latest();
		Latest jdbc = new Latest();
		Office demo = Offices.generate(OfficeScale.DEMO);
		Runner.timed(throughStore(() -> {
			Office fresh = Offices.generate(OfficeScale.DEMO);
			return writer -> ImportPlan.office(fresh, writer);
		}, store)).measure();
		Runner.timed(throughJdbc(writer -> ImportPlan.office(demo, writer), jdbc)).measure();
		SameRows.require(store.get(), jdbc.get());
		store.discard();
		jdbc.discard();
	}

	/** Figure 1; returns the database the store wrote last. */
	private Path bulkInsert() throws Exception {
		Bench.progress("1. bulk insert of the office");
		Latest store = new Latest();
		Latest jdbc = new Latest();
		Comparison result = Runner.compare(settings.bulkInsert(), Runner.timed(throughStore(() -> {
			Office fresh = Offices.generate(settings.scale());
			return writer -> ImportPlan.office(fresh, writer);
		}, store)), Runner.timed(throughJdbc(writer -> ImportPlan.office(reference, writer), jdbc)));
		long rows = requireSameRowCounts(store.get(), jdbc.get());
		jdbc.discard();
		figures.add(Figure.measured("1", String.format(Locale.ROOT, "Bulk insert of the %s office: %,d rows in %d "
				+ "transactions", settings.scaleName(), rows, transactions(reference)), "raw JDBC batch insert",
				Unit.TIME, GOAL, result));
		return store.get();
	}

	/** Figure 2: the narrower set of projects with milestones, KPIs and measurements, inserted and loaded. */
	private void projectsWithMilestonesAndKpis() throws Exception {
		Bench.progress("2. insert and load of projects with milestones and KPIs");
		Latest store = new Latest();
		Latest jdbc = new Latest();
		List<Project> projects = Offices.milestonesAndKpis(reference);
		Comparison insert = Runner.compare(settings.projectInsert(), Runner.timed(throughStore(() -> {
			List<Project> fresh = Offices.milestonesAndKpis(reference);
			return writer -> ImportPlan.projects(fresh, writer);
		}, store)), Runner.timed(throughJdbc(writer -> ImportPlan.projects(projects, writer), jdbc)));
		long rows = requireSameRowCounts(store.get(), jdbc.get());
		jdbc.discard();
		String what = String.format(Locale.ROOT, "%,d projects with milestones, KPIs and measurements (%,d rows)",
				projects.size(), rows);
		figures.add(Figure.measured("2a", "Insert of " + what, "raw JDBC batch insert", Unit.TIME, 0, insert));
		try (ModelStore opened = Databases.openStore(store.get());
				Connection connection = Databases.connect(store.get())) {
			long[] counts = new long[2];
			Comparison load = Runner.compare(settings.projectLoad(),
					Runner.timed(Runner.afterGarbageCollection(() -> () -> {
						try (StoreSession session = opened.openSession(USER)) {
							counts[0] = 0;
							for (Project project : session
									.query(Query.<Project>of(PmoPackage.Literals.PROJECT).withContents())) {
								counts[0] += Offices.treeSize(project);
							}
						}
					})), Runner.timed(Runner.afterGarbageCollection(() -> () -> counts[1] = JdbcReader
							.tables(connection, "PMO_PROJECT", "PMO_MILESTONE", "PMO_KPI", "PMO_MEASUREMENT").size())));
			requireSame("objects and rows of the projects", counts[0], counts[1]);
			figures.add(Figure.measured("2b", "Load of " + what + " (query with contents)",
					"raw JDBC SELECT * of the four tables", Unit.TIME, 0, load));
		}
		store.discard();
	}

	/** Figures 3 and 4, on the office the store wrote. */
	private void loads(Path database) throws Exception {
		try (ModelStore store = Databases.openStore(database); Connection connection = Databases.connect(database)) {
			projectTrees(store, connection);
			projectHeaders(store, connection);
			sponsoredProjects(store, connection);
		}
	}

	/** Every n-th project of the office, as many as the settings load one by one. */
	private List<Project> sampledProjects() {
		return sample(reference.projects(), settings.projectLoads());
	}

	/** Every n-th project, {@code count} of them. */
	static List<Project> sample(List<Project> projects, int count) {
		int step = Math.max(1, projects.size() / count);
		List<Project> sampled = new ArrayList<>();
		for (int index = 0; index < projects.size() && sampled.size() < count; index += step) {
			sampled.add(projects.get(index));
		}
		return sampled;
	}

	private void projectTrees(ModelStore store, Connection connection) throws Exception {
		figures.add(projectTrees(settings, sampledProjects(), store, connection, "3a", ""));
	}

	private void projectHeaders(ModelStore store, Connection connection) throws Exception {
		figures.add(projectHeaders(settings, store, connection, "3b", ""));
	}

	/**
	 * Figure 3a, or its twin on another engine: loads of sampled projects with everything they contain, against raw
	 * JDBC reading the same rows. {@code engine} prefixes the figure's name ("" for the embedded default).
	 */
	static Figure projectTrees(Settings settings, List<Project> sampled, ModelStore store, Connection connection,
			String id, String engine) throws Exception {
		Bench.progress(id + ". " + engine + "load of one project with everything it contains");
		long[] counts = new long[2];
		Comparison result = Runner.compare(settings.reads(), Runner.timed(sampled.size(), () -> () -> {
			counts[0] = 0;
			for (Project project : sampled) {
				try (StoreSession session = store.openSession(USER)) {
					Project loaded = session.load(PmoPackage.Literals.PROJECT, project.getId());
					counts[0] += Offices.treeSize(loaded) + tags(loaded);
				}
			}
		}), Runner.timed(sampled.size(), () -> () -> {
			counts[1] = 0;
			for (Project project : sampled) {
				counts[1] += JdbcReader.projectTree(connection, project.getId()).size();
			}
		}));
		requireSame("rows of the sampled projects", counts[0], counts[1]);
		return Figure.measured(id, String.format(Locale.ROOT, "%sLoad of one project with everything it "
				+ "contains (%d rows on average; StoreSession.load, per project)", engine, counts[1] / sampled.size()),
				"raw JDBC SELECT of the same rows", Unit.TIME, GOAL, result);
	}

	/** Figure 3b, or its twin on another engine: all project headers through a query, against raw JDBC. */
	static Figure projectHeaders(Settings settings, ModelStore store, Connection connection, String id, String engine)
			throws Exception {
		Bench.progress(id + ". " + engine + "load of all project headers");
		long[] counts = new long[2];
		Comparison result = Runner.compare(settings.reads(), Runner.timed(() -> () -> {
			try (StoreSession session = store.openSession(USER)) {
				counts[0] = session.query(Query.of(PmoPackage.Literals.PROJECT)).size();
			}
		}), Runner.timed(() -> () -> counts[1] = JdbcReader.tables(connection, "PMO_PROJECT").size()));
		requireSame("project headers", counts[0], counts[1]);
		return Figure.measured(id, String.format(Locale.ROOT, "%sLoad of all %,d project headers "
				+ "(session.query(Query.of(PROJECT)))", engine, counts[1]), "raw JDBC SELECT * FROM PMO_PROJECT", Unit.TIME,
				GOAL, result);
	}

	private void sponsoredProjects(ModelStore store, Connection connection) throws Exception {
		Bench.progress("4. typed query: projects by sponsor and RAG");
		List<String> sponsors = sponsors().stream().limit(settings.sponsorQueries()).toList();
		long[] counts = new long[2];
		Comparison result = Runner.compare(settings.reads(), Runner.timed(sponsors.size(), () -> () -> {
			counts[0] = 0;
			for (String sponsor : sponsors) {
				try (StoreSession session = store.openSession(USER)) {
					counts[0] += session.query(Query.of(PmoPackage.Literals.PROJECT)
							.where(Condition.eq(PmoPackage.Literals.PROJECT__RAG, QUERIED_RAG))
							.where(Condition.has(PmoPackage.Literals.SCOPE__ROLE_ASSIGNMENTS,
									Condition.eq(PmoPackage.Literals.ROLE_ASSIGNMENT__KIND, RoleKind.SPONSOR),
									Condition.eq(PmoPackage.Literals.ROLE_ASSIGNMENT__PERSON, sponsor))))
							.size();
				}
			}
		}), Runner.timed(sponsors.size(), () -> () -> {
			counts[1] = 0;
			for (String sponsor : sponsors) {
				counts[1] += JdbcReader.sponsoredProjects(connection, QUERIED_RAG.getName(), sponsor).size();
			}
		}));
		requireSame("projects found", counts[0], counts[1]);
		figures.add(Figure.measured("4", String.format(Locale.ROOT, "Typed query: %s projects of one sponsor "
				+ "(%d sponsors, %.1f projects found on average; per query)", QUERIED_RAG.getLiteral().toLowerCase(
						Locale.ROOT), sponsors.size(), (double) counts[1] / sponsors.size()),
				"the same SQL by hand (EXISTS subquery)", Unit.TIME, 0, result));
	}

	/** Figure 9: the cost of governance on a small save, the same save with no guard as the baseline. */
	private void governedSaves(Path database) throws Exception {
		Bench.progress("9. a save of one project, checked by governance");
		List<Project> sampled = sampledProjects();
		List<String> sponsors = sampled.stream().map(project -> new Governance().sponsor(project).orElseThrow().getLogin())
				.toList();
		int[] edits = new int[1];
		try (ModelStore guarded = ModelStoreFactory.open(StoreConfig.derby(database, false),
				List.of(ModelContribution.of(PmoPackage.eINSTANCE)),
				new GovernanceGuard(new Permissions(new Governance())));
				ModelStore unguarded = Databases.openStore(database)) {
			Comparison result = Runner.compare(settings.reads(),
					Runner.timed(sampled.size(), () -> () -> describeEach(guarded, sampled, sponsors, edits)),
					Runner.timed(sampled.size(), () -> () -> describeEach(unguarded, sampled, sponsors, edits)));
			figures.add(Figure.measured("9", "A save of one project's description as its sponsor, every write checked "
					+ "by governance (find, change, save; per project)", "the same save with no write guard", Unit.TIME, 0,
					result));
		}
	}

	private static void describeEach(ModelStore store, List<Project> projects, List<String> sponsors, int[] edits) {
		for (int index = 0; index < projects.size(); index++) {
			try (StoreSession session = store.openSession(sponsors.get(index))) {
				Project project = session.<Project>find(PmoPackage.Literals.PROJECT, projects.get(index).getId())
						.orElseThrow();
				project.setDescription("Edit " + edits[0]++);
				session.save(project);
			}
		}
	}

	// ---- trials

	/** Imports fresh objects into a fresh database through a store session; the schema is made untimed. */
	private Trial throughStore(FreshImport source, Latest latest) {
		return Runner.afterGarbageCollection(() -> {
			Import data = source.next();
			Path database = databases.fresh();
			ModelStore store = Databases.openStore(database);
			StoreSession session = store.openSession(USER);
			return new Work() {
				@Override
				public void run() throws Exception {
					data.into(new StoreWriter(session));
				}

				@Override
				public void close() {
					session.close();
					store.close();
					latest.replace(database);
				}
			};
		});
	}

	/** Imports into a fresh database that the store made (untimed), with hand-written JDBC. */
	private Trial throughJdbc(Import data, Latest latest) {
		return Runner.afterGarbageCollection(() -> {
			Path database = databases.freshWithSchema();
			Connection connection = Databases.connect(database);
			return new Work() {
				@Override
				public void run() throws Exception {
					try (JdbcWriter writer = new JdbcWriter(connection, USER)) {
						data.into(writer);
					}
				}

				@Override
				public void close() throws Exception {
					connection.close();
					Databases.shutdown(database);
					latest.replace(database);
				}
			};
		});
	}

	// ---- checks and counts

	private static long requireSameRowCounts(Path store, Path jdbc) throws Exception {
		Map<String, Long> expected = SameRows.rowCounts(store);
		Map<String, Long> actual = SameRows.rowCounts(jdbc);
		if (!expected.equals(actual)) {
			throw new IllegalStateException("the store wrote " + expected + " rows, the baseline " + actual);
		}
		return expected.values().stream().mapToLong(Long::longValue).sum();
	}

	static void requireSame(String what, long store, long jdbc) {
		if (store != jdbc) {
			throw new IllegalStateException(what + ": the store read " + store + ", the baseline " + jdbc);
		}
	}

	/** The list rows (document tags) of a project tree. */
	static long tags(Project project) {
		return project.getDocuments().stream().map(DocumentRef::getTags).mapToLong(List::size).sum();
	}

	/** The ids of the people who sponsor a project, in id order. */
	private TreeSet<String> sponsors() {
		TreeSet<String> ids = new TreeSet<>();
		for (Project project : reference.projects()) {
			for (RoleAssignment assignment : project.getRoleAssignments()) {
				if (assignment.getKind() == RoleKind.SPONSOR) {
					ids.add(assignment.getPerson().getId());
				}
			}
		}
		return ids;
	}

	/** The transactions of {@link ImportPlan#office}. */
	private static int transactions(Office office) {
		return 1 + office.portfolios().size() + office.programCount() + batches(office.allocations().size())
				+ batches(office.timeEntries().size());
	}

	private static int batches(int objects) {
		return (objects + ImportPlan.BATCH - 1) / ImportPlan.BATCH;
	}
}
