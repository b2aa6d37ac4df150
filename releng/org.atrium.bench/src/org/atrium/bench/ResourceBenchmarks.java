package org.atrium.bench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.atrium.bench.Figure.Unit;
import org.atrium.bench.Runner.Comparison;
import org.atrium.core.Governance;
import org.atrium.core.GovernanceGuard;
import org.atrium.core.Permissions;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoFactory;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.RoleAssignment;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.model.pmo.TimeEntry;
import org.atrium.core.store.Condition;
import org.atrium.core.store.ModelContribution;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.ModelStoreFactory;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreConfig;
import org.atrium.core.store.StoreSession;
import org.atrium.core.store.WriteGuard;
import org.atrium.demo.Office;
import org.atrium.resources.HeatMap;
import org.atrium.resources.ResourceModelContribution;
import org.atrium.resources.ResourcePlanning;
import org.atrium.resources.TimesheetWeek;
import org.atrium.resources.TimesheetWriteRule;
import org.atrium.resources.Timesheets;
import org.atrium.resources.WeekKey;
import org.atrium.resources.Weeks;
import org.atrium.resources.model.resources.ResourcesFactory;
import org.atrium.resources.model.resources.ResourcesPackage;
import org.atrium.resources.model.resources.Timesheet;
import org.atrium.resources.model.resources.TimesheetStatus;

/**
 * Figures 12 to 14, the timesheets and resource planning plugin, on the office's people, projects, allocations and
 * time entries (written with plain JDBC, as figure 1's baseline writes them), each against hand-written SQL over
 * the same rows in the same run.
 */
final class ResourceBenchmarks {

	private static final String USER = "bench";
	private static final int WEEKS_OPENED = 20;
	private static final int HEAT_MAP_WEEKS = 52;
	private static final int APPROVED_WEEKS = 1_000;

	private final Settings settings;
	private final Databases databases;
	private final Office office;
	private final List<Figure> figures = new ArrayList<>();
	private final Governance governance = new Governance();
	private final Permissions permissions = new Permissions(governance);
	private final Timesheets timesheets = new Timesheets(BigDecimal.TEN, permissions, governance);
	private final ResourcePlanning planning = new ResourcePlanning();

	ResourceBenchmarks(Settings settings, Databases databases, Office office) {
		this.settings = settings;
		this.databases = databases;
		this.office = office;
	}

	List<Figure> run() throws Exception {
		Bench.progress("12-14. timesheets and resource planning: writing the office");
		Path database = databases.fresh();
		open(database, WriteGuard.NONE).close();
		try (Connection connection = Databases.connect(database); JdbcWriter writer = new JdbcWriter(connection, USER)) {
			ImportPlan.office(office, writer);
		}
		String approver = governAndSubmit(database);
		GovernanceGuard guard = new GovernanceGuard(permissions);
		guard.addRule(new TimesheetWriteRule(permissions, governance));
		try (ModelStore store = open(database, guard); Connection connection = Databases.connect(database)) {
			openWeeks(store, connection);
			heatMap(store, connection);
			approvals(store, connection, approver);
		} finally {
			Databases.delete(database);
		}
		return figures;
	}

	private static ModelStore open(Path database, WriteGuard guard) {
		return ModelStoreFactory.open(StoreConfig.derby(database, true),
				List.of(ModelContribution.of(PmoPackage.eINSTANCE), new ResourceModelContribution()), guard);
	}

	/**
	 * Names a PMO lead (so that every write is governed), makes one person sponsor of every portfolio (so that they
	 * may approve everywhere), and submits {@value #APPROVED_WEEKS} weeks; returns that person's login.
	 */
	private String governAndSubmit(Path database) {
		try (ModelStore store = open(database, WriteGuard.NONE); StoreSession session = store.openSession(USER)) {
			List<Person> people = session.query(Query.<Person>of(PmoPackage.Literals.PERSON).orderBy(PmoPackage.Literals.PERSON__LOGIN));
			Person lead = people.get(0);
			Person approver = people.get(1);
			Map<WeekKey, BigDecimal> weeks = new LinkedHashMap<>();
			for (TimeEntry entry : office.timeEntries()) {
				if (!entry.getPerson().getId().equals(approver.getId())) {
					weeks.merge(WeekKey.of(entry), entry.getHours(), BigDecimal::add);
				}
			}
			session.inTransaction(tx -> {
				lead.getOfficeRoles().add(RoleKind.PMO_LEAD);
				tx.save(lead);
				for (Portfolio portfolio : session.<Portfolio>query(Query.<Portfolio>of(PmoPackage.Literals.PORTFOLIO))) {
					session.loadContents(portfolio);
					RoleAssignment sponsor = PmoFactory.eINSTANCE.createRoleAssignment();
					sponsor.setKind(RoleKind.SPONSOR);
					sponsor.setPerson(approver);
					portfolio.getRoleAssignments().add(sponsor);
					tx.save(portfolio);
				}
				weeks.entrySet().stream().limit(APPROVED_WEEKS).forEach(week -> {
					Timesheet sheet = ResourcesFactory.eINSTANCE.createTimesheet();
					sheet.setPerson(session.<Person>find(PmoPackage.Literals.PERSON, week.getKey().personId()).orElseThrow());
					sheet.setProject(session.find(PmoPackage.Literals.PROJECT, week.getKey().projectId()).map(
							org.atrium.core.model.pmo.Project.class::cast).orElseThrow());
					sheet.setWeekStart(week.getKey().monday());
					sheet.setHours(week.getValue());
					sheet.setStatus(TimesheetStatus.SUBMITTED);
					sheet.setSubmitted(Instant.now());
					tx.save(sheet);
				});
			});
			return approver.getLogin();
		}
	}

	/** Figure 12: one person's week, as the timesheet opens it, for people who booked time that week. */
	private void openWeeks(ModelStore store, Connection connection) throws Exception {
		Bench.progress("12. opening one person's week");
		LocalDate monday = Weeks.monday(Offices.TODAY).minusWeeks(1);
		List<String> people = office.timeEntries().stream().filter(e -> Weeks.monday(e.getDate()).equals(monday))
				.map(e -> e.getPerson().getId()).distinct().limit(WEEKS_OPENED).toList();
		long[] counts = new long[2];
		Comparison result = Runner.compare(settings.reads(), Runner.timed(people.size(), () -> () -> {
			counts[0] = 0;
			for (String id : people) {
				try (StoreSession session = store.openSession(USER)) {
					Person person = session.<Person>find(PmoPackage.Literals.PERSON, id).orElseThrow();
					TimesheetWeek week = timesheets.open(session, person, monday);
					counts[0] += week.lines().stream().mapToLong(line -> {
						long entries = 0;
						for (int day = 0; day < Weeks.DAYS; day++) {
							entries += line.entries(day).size();
						}
						return entries;
					}).sum();
				}
			}
		}), Runner.timed(people.size(), () -> () -> {
			counts[1] = 0;
			try (PreparedStatement person = connection.prepareStatement("SELECT * FROM \"PMO_PERSON\" WHERE \"ID\" = ?");
					PreparedStatement entries = connection.prepareStatement("SELECT * FROM \"PMO_TIME_ENTRY\" "
							+ "WHERE \"PERSON_ID\" = ? AND \"DATE\" >= ? AND \"DATE\" <= ? ORDER BY \"DATE\"");
					PreparedStatement sheets = connection.prepareStatement("SELECT * FROM \"RESOURCES_TIMESHEET\" "
							+ "WHERE \"PERSON_ID\" = ? AND \"WEEK_START\" = ?")) {
				for (String id : people) {
					person.setString(1, id);
					drain(person);
					entries.setString(1, id);
					entries.setDate(2, Date.valueOf(monday));
					entries.setDate(3, Date.valueOf(monday.plusDays(Weeks.DAYS - 1)));
					counts[1] += drain(entries);
					sheets.setString(1, id);
					sheets.setDate(2, Date.valueOf(monday));
					drain(sheets);
				}
			}
			connection.commit();
		}));
		requireSame("entries of the opened weeks", counts[0], counts[1]);
		figures.add(Figure.measured("12", String.format(Locale.ROOT, "Opening one person's week in the timesheet "
				+ "(%d people, %d entries in all; per week)", people.size(), counts[1]),
				"raw JDBC SELECT of the person, their entries of the week and its timesheet weeks", Unit.TIME, 0, result));
	}

	/** Figure 13: the heat map of everyone over 52 weeks against a SQL GROUP BY of the allocations per person and week. */
	private void heatMap(ModelStore store, Connection connection) throws Exception {
		Bench.progress("13. utilisation heat map, all people x 52 weeks");
		LocalDate monday = Weeks.monday(Offices.TODAY).minusWeeks(HEAT_MAP_WEEKS / 2);
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("CREATE TABLE \"BENCH_WEEK\" (\"MONDAY\" DATE NOT NULL, \"FRIDAY\" DATE NOT NULL)");
		}
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO \"BENCH_WEEK\" VALUES (?, ?)")) {
			for (int week = 0; week < HEAT_MAP_WEEKS; week++) {
				insert.setDate(1, Date.valueOf(monday.plusWeeks(week)));
				insert.setDate(2, Date.valueOf(monday.plusWeeks(week).plusDays(Weeks.WORKING_DAYS - 1)));
				insert.addBatch();
			}
			insert.executeBatch();
		}
		connection.commit();
		long[] counts = new long[2];
		Comparison result = Runner.compare(settings.reads(), Runner.timed(() -> () -> {
			try (StoreSession session = store.openSession(USER)) {
				HeatMap map = planning.heatMap(session, monday, HEAT_MAP_WEEKS, null);
				counts[0] = map.rows().size();
			}
		}), Runner.timed(() -> () -> {
			try (Statement statement = connection.createStatement()) {
				try (ResultSet people = statement.executeQuery("SELECT \"ID\", \"NAME\", \"DEPARTMENT\" FROM \"PMO_PERSON\" ORDER BY \"NAME\"")) {
					counts[1] = 0;
					while (people.next()) {
						counts[1]++;
					}
				}
				drain(statement.executeQuery("SELECT * FROM \"RESOURCES_CAPACITY\""));
				drain(statement.executeQuery("SELECT a.\"PERSON_ID\", w.\"MONDAY\", SUM(a.\"PERCENTAGE\") "
						+ "FROM \"PMO_ALLOCATION\" a JOIN \"BENCH_WEEK\" w ON a.\"START\" <= w.\"FRIDAY\" AND a.\"END\" >= w.\"MONDAY\" "
						+ "GROUP BY a.\"PERSON_ID\", w.\"MONDAY\""));
			}
			connection.commit();
		}));
		requireSame("people in the heat map", counts[0], counts[1]);
		figures.add(Figure.measured("13", String.format(Locale.ROOT, "Utilisation heat map of all %,d people x %d weeks "
				+ "(%,d allocations; ResourcePlanning.heatMap)", counts[1], HEAT_MAP_WEEKS, office.allocations().size()),
				"SQL GROUP BY of allocation percentages per person and week, with the people and capacities", Unit.TIME,
				2.0, result));
	}

	/** Figure 14: approving 1,000 submitted weeks in one transaction, governed, against batched SQL updates. */
	private void approvals(ModelStore store, Connection connection, String approver) throws Exception {
		Bench.progress("14. approving 1,000 weeks");
		String submitted;
		String approved;
		String approverId;
		try (StoreSession session = store.openSession(approver)) {
			approverId = GovernanceGuard.person(session, approver).orElseThrow().getId();
		}
		try (Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery("SELECT \"STATUS\" FROM \"RESOURCES_TIMESHEET\" FETCH FIRST 1 ROWS ONLY")) {
			row.next();
			submitted = row.getString(1);
		}
		approved = submitted.equals(TimesheetStatus.SUBMITTED.getName()) ? TimesheetStatus.APPROVED.getName()
				: submitted.equals(TimesheetStatus.SUBMITTED.getLiteral()) ? TimesheetStatus.APPROVED.getLiteral()
						: String.valueOf(TimesheetStatus.APPROVED.getValue());
		long[] counts = new long[2];
		Runner.Work reset = () -> {
			try (PreparedStatement update = connection.prepareStatement("UPDATE \"RESOURCES_TIMESHEET\" SET \"STATUS\" = ?, "
					+ "\"DECIDED_BY_ID\" = NULL, \"DECIDED\" = NULL")) {
				update.setString(1, submitted);
				update.executeUpdate();
			}
			connection.commit();
		};
		Comparison result = Runner.compare(settings.reads(), Runner.timed(APPROVED_WEEKS, () -> {
			reset.run();
			return () -> {
				try (StoreSession session = store.openSession(approver)) {
					List<Timesheet> sheets = session.query(Query.<Timesheet>of(ResourcesPackage.Literals.TIMESHEET)
							.where(Condition.eq(ResourcesPackage.Literals.TIMESHEET__STATUS, TimesheetStatus.SUBMITTED)));
					timesheets.decide(session, sheets, true, null);
					counts[0] = sheets.size();
				}
			};
		}), Runner.timed(APPROVED_WEEKS, () -> {
			reset.run();
			return () -> counts[1] = approveBySql(connection, submitted, approved, approverId);
		}));
		requireSame("approved weeks", counts[0], counts[1]);
		figures.add(Figure.measured("14", String.format(Locale.ROOT, "Approving %,d submitted weeks in one "
				+ "transaction, governed (Timesheets.decide; per week)", counts[1]),
				"raw JDBC: SELECT the weeks, batched UPDATE with the version check, 3 audit rows each", Unit.TIME, 0, result));
	}

	/** The approval by hand: the same reads and writes, with the same audit rows. */
	private static long approveBySql(Connection connection, String submitted, String approved, String approverId)
			throws Exception {
		Timestamp now = Timestamp.from(Instant.now());
		String transaction = UUID.randomUUID().toString();
		List<String[]> rows = new ArrayList<>();
		try (PreparedStatement select = connection.prepareStatement(
				"SELECT \"ID\", \"VERSION\" FROM \"RESOURCES_TIMESHEET\" WHERE \"STATUS\" = ?")) {
			select.setString(1, submitted);
			try (ResultSet result = select.executeQuery()) {
				while (result.next()) {
					rows.add(new String[] { result.getString(1), String.valueOf(result.getInt(2)) });
				}
			}
		}
		try (PreparedStatement update = connection.prepareStatement("UPDATE \"RESOURCES_TIMESHEET\" SET \"STATUS\" = ?, "
				+ "\"DECIDED_BY_ID\" = ?, \"DECIDED\" = ?, \"MODIFIED\" = ?, \"VERSION\" = \"VERSION\" + 1 "
				+ "WHERE \"ID\" = ? AND \"VERSION\" = ?");
				PreparedStatement audit = connection.prepareStatement("INSERT INTO \"ATRIUM_AUDIT\" (\"TX_ID\", \"AT\", "
						+ "\"USER_NAME\", \"ACTION\", \"OBJECT_CLASS\", \"OBJECT_ID\", \"OBJECT_LABEL\", \"FEATURE\", "
						+ "\"OLD_VALUE\", \"NEW_VALUE\") VALUES (?, ?, ?, 'UPDATE', 'resources:Timesheet', ?, ?, ?, ?, ?)")) {
			for (String[] row : rows) {
				update.setString(1, approved);
				update.setString(2, approverId);
				update.setTimestamp(3, now);
				update.setTimestamp(4, now);
				update.setString(5, row[0]);
				update.setInt(6, Integer.parseInt(row[1]));
				update.addBatch();
				for (String[] change : new String[][] { { "status", submitted, approved }, { "decidedBy", null, approverId },
						{ "decided", null, now.toString() } }) {
					audit.setString(1, transaction);
					audit.setTimestamp(2, now);
					audit.setString(3, USER);
					audit.setString(4, row[0]);
					audit.setString(5, "Timesheet week");
					audit.setString(6, change[0]);
					audit.setString(7, change[1]);
					audit.setString(8, change[2]);
					audit.addBatch();
				}
			}
			update.executeBatch();
			audit.executeBatch();
		}
		connection.commit();
		return rows.size();
	}

	private static long drain(PreparedStatement statement) throws Exception {
		return drain(statement.executeQuery());
	}

	private static long drain(ResultSet result) throws Exception {
		long rows = 0;
		try (result) {
			int columns = result.getMetaData().getColumnCount();
			while (result.next()) {
				for (int column = 1; column <= columns; column++) {
					result.getObject(column);
				}
				rows++;
			}
		}
		return rows;
	}

	private static void requireSame(String what, long store, long jdbc) {
		if (store != jdbc) {
			throw new IllegalStateException(what + ": the store found " + store + ", the baseline " + jdbc);
		}
	}
}
