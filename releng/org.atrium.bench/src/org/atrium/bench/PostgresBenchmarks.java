package org.atrium.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.atrium.bench.Figure.Unit;
import org.atrium.bench.Runner.Comparison;
import org.atrium.bench.Runner.Trial;
import org.atrium.bench.Runner.Work;
import org.atrium.core.model.pmo.PmoFactory;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.demo.Office;

/**
 * Figures 15 and 16: the store on a PostgreSQL server against hand-written JDBC on the same server in the same run.
 * Figure 15 repeats the write and the reads of figures 1 and 3; figure 16 is the commit rate of clients working at
 * once, each with its own connections, committing small updates of one object each.
 */
final class PostgresBenchmarks {

	private static final String USER = "bench";
	private static final double GOAL = 1.5;
	static final int CLIENTS = 8;
	/** Projects each client of figure 16 updates, its own, so that no update conflicts with another. */
	private static final int PROJECTS_PER_CLIENT = 20;

	private final Settings settings;
	private final Office reference;
	private final List<Figure> figures = new ArrayList<>();

	PostgresBenchmarks(Settings settings, Office reference) {
		this.settings = settings;
		this.reference = reference;
	}

	/** The figures, or one row saying why they were not measured when there is no server. */
	List<Figure> run() throws Exception {
		ServerDatabases server;
		try {
			server = new ServerDatabases();
		} catch (IllegalStateException e) {
			return List.of(Figure.notMeasured("15", "The store on PostgreSQL", e.getMessage()),
					Figure.notMeasured("16", "Commits per second with " + CLIENTS + " clients on PostgreSQL",
							e.getMessage()));
		}
		try (server) {
			String office = bulkInsert(server);
			try (ModelStore store = ServerDatabases.openStore(office); Connection connection = ServerDatabases.connect(office)) {
				figures.add(StoreBenchmarks.projectTrees(settings,
						StoreBenchmarks.sample(reference.projects(), settings.projectLoads()), store, connection, "15b",
						"PostgreSQL: "));
				figures.add(StoreBenchmarks.projectHeaders(settings, store, connection, "15c", "PostgreSQL: "));
			}
			server.drop(office);
			concurrentCommits(server);
		}
		return figures;
	}

	/** Figure 15a; returns the database the store wrote last. */
	private String bulkInsert(ServerDatabases server) throws Exception {
		Bench.progress("15a. bulk insert of the office on PostgreSQL");
		String[] latest = new String[2];
		Comparison result = Runner.compare(settings.bulkInsert(), Runner.timed(Runner.afterGarbageCollection(() -> {
			Office fresh = Offices.generate(settings.scale());
			String url = server.fresh();
			ModelStore store = ServerDatabases.openStore(url);
			StoreSession session = store.openSession(USER);
			return new Work() {
				@Override
				public void run() throws Exception {
					ImportPlan.office(fresh, new StoreWriter(session));
				}

				@Override
				public void close() throws Exception {
					session.close();
					store.close();
					server.drop(latest[0]);
					latest[0] = url;
				}
			};
		})), Runner.timed(Runner.afterGarbageCollection(() -> {
			String url = server.freshWithSchema();
			Connection connection = ServerDatabases.connect(url);
			return new Work() {
				@Override
				public void run() throws Exception {
					try (JdbcWriter writer = new JdbcWriter(connection, USER)) {
						ImportPlan.office(reference, writer);
					}
				}

				@Override
				public void close() throws Exception {
					connection.close();
					server.drop(latest[1]);
					latest[1] = url;
				}
			};
		})));
		Map<String, Long> store = ServerDatabases.rowCounts(latest[0]);
		Map<String, Long> jdbc = ServerDatabases.rowCounts(latest[1]);
		if (!store.equals(jdbc)) {
			throw new IllegalStateException("on PostgreSQL the store wrote " + store + " rows, the baseline " + jdbc);
		}
		server.drop(latest[1]);
		long rows = store.values().stream().mapToLong(Long::longValue).sum();
		figures.add(Figure.measured("15a", String.format(Locale.ROOT, "PostgreSQL: bulk insert of the %s office, %,d "
				+ "rows (as figure 1)", settings.scaleName(), rows), "raw JDBC batch insert on the same server",
				Unit.TIME, GOAL, result));
		return latest[0];
	}

	private void concurrentCommits(ServerDatabases server) throws Exception {
		Bench.progress("16. commits per second with " + CLIENTS + " clients at once, on PostgreSQL");
		String url = server.freshWithSchema();
		List<List<String>> owned = createProjects(url);
		int updates = settings.concurrentUpdates();
		int commits = CLIENTS * updates;
		Comparison result = Runner.compare(settings.reads(), Runner.timed(commits, () -> {
			List<ModelStore> stores = new ArrayList<>();
			for (int client = 0; client < CLIENTS; client++) {
				stores.add(ServerDatabases.openStore(url));
			}
			return clients(client -> storeUpdates(stores.get(client), owned.get(client), updates),
					() -> stores.forEach(ModelStore::close));
		}), Runner.timed(commits, () -> {
			List<Connection> connections = new ArrayList<>();
			for (int client = 0; client < CLIENTS; client++) {
				connections.add(ServerDatabases.connect(url));
			}
			return clients(client -> jdbcUpdates(connections.get(client), owned.get(client), updates), () -> {
				for (Connection connection : connections) {
					connection.close();
				}
			});
		}));
		server.drop(url);
		figures.add(Figure.measured("16", String.format(Locale.ROOT, "PostgreSQL: %d clients at once, each committing "
				+ "%d updates of one project (find, change, save); time per commit: store %,.0f commits/s, JDBC %,.0f "
				+ "commits/s", CLIENTS, updates, 1000 / result.subject().median(), 1000 / result.baseline().median()),
				"the same statements through raw JDBC, " + CLIENTS + " connections", Unit.TIME, GOAL, result));
	}

	/** A client's share of the work of figure 16. */
	@FunctionalInterface
	private interface ClientWork {
		void run(int client) throws Exception;
	}

	/** Work that runs every client in a thread of its own and waits for all of them. */
	private static Work clients(ClientWork work, Work cleanup) {
		return new Work() {
			@Override
			public void run() throws Exception {
				ExecutorService threads = Executors.newFixedThreadPool(CLIENTS);
				try {
					List<Future<?>> running = new ArrayList<>();
					for (int client = 0; client < CLIENTS; client++) {
						int index = client;
						running.add(threads.submit(() -> {
							work.run(index);
							return null;
						}));
					}
					for (Future<?> future : running) {
						future.get();
					}
				} finally {
					threads.shutdownNow();
				}
			}

			@Override
			public void close() throws Exception {
				cleanup.run();
			}
		};
	}

	private static void storeUpdates(ModelStore store, List<String> projects, int updates) {
		for (int update = 0; update < updates; update++) {
			try (StoreSession session = store.openSession(USER)) {
				Project project = session.<Project>find(PmoPackage.Literals.PROJECT, projects.get(update % projects.size()))
						.orElseThrow();
				project.setPercentComplete((project.getPercentComplete() + 1) % 101);
				session.save(project);
			}
		}
	}

	/**
	 * What the store sends for one update, by hand: read the row, update the changed column with the version check,
	 * append the audit entry, commit.
	 */
	private static void jdbcUpdates(Connection connection, List<String> projects, int updates) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement("SELECT * FROM \"PMO_PROJECT\" WHERE \"ID\" = ?");
				PreparedStatement change = connection.prepareStatement("UPDATE \"PMO_PROJECT\" SET "
						+ "\"PERCENT_COMPLETE\" = ?, \"POSITION\" = ?, \"VERSION\" = ?, \"MODIFIED\" = ? WHERE \"ID\" = ? "
						+ "AND \"VERSION\" = ?");
				PreparedStatement audit = connection.prepareStatement("INSERT INTO \"ATRIUM_AUDIT\" (\"TX_ID\", \"AT\", "
						+ "\"USER_NAME\", \"ACTION\", \"OBJECT_CLASS\", \"OBJECT_ID\", \"OBJECT_LABEL\", \"FEATURE\", "
						+ "\"OLD_VALUE\", \"NEW_VALUE\") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			for (int update = 0; update < updates; update++) {
				String id = projects.get(update % projects.size());
				select.setString(1, id);
				int version;
				int percent;
				int position;
				String name;
				try (ResultSet rs = select.executeQuery()) {
					rs.next();
					version = rs.getInt("VERSION");
					percent = rs.getInt("PERCENT_COMPLETE");
					position = rs.getInt("POSITION");
					name = rs.getString("NAME");
				}
				int next = (percent + 1) % 101;
				Timestamp now = Timestamp.from(Instant.now());
				change.setInt(1, next);
				change.setInt(2, position);
				change.setInt(3, version + 1);
				change.setTimestamp(4, now);
				change.setString(5, id);
				change.setInt(6, version);
				if (change.executeUpdate() != 1) {
					throw new IllegalStateException("project " + id + " changed under the baseline");
				}
				audit.setString(1, UUID.randomUUID().toString());
				audit.setTimestamp(2, now);
				audit.setString(3, USER);
				audit.setString(4, "UPDATE");
				audit.setString(5, "pmo:Project");
				audit.setString(6, id);
				audit.setString(7, "Project '" + name + "'");
				audit.setString(8, "percentComplete");
				audit.setString(9, Integer.toString(percent));
				audit.setString(10, Integer.toString(next));
				audit.executeUpdate();
				connection.commit();
			}
		}
	}

	/** The projects of figure 16, {@link #PROJECTS_PER_CLIENT} of them per client; returns their ids per client. */
	private static List<List<String>> createProjects(String url) {
		List<List<String>> owned = new ArrayList<>();
		List<Project> all = new ArrayList<>();
		for (int client = 0; client < CLIENTS; client++) {
			List<String> ids = new ArrayList<>();
			for (int index = 0; index < PROJECTS_PER_CLIENT; index++) {
				Project project = PmoFactory.eINSTANCE.createProject();
				project.setCode("C" + client + "-" + index);
				project.setName("Client " + client + " project " + index);
				all.add(project);
			}
			owned.add(ids);
		}
		try (ModelStore store = ServerDatabases.openStore(url); StoreSession session = store.openSession(USER)) {
			session.inTransaction(tx -> all.forEach(tx::save));
		}
		for (int index = 0; index < all.size(); index++) {
			owned.get(index / PROJECTS_PER_CLIENT).add(all.get(index).getId());
		}
		return owned;
	}
}
