package org.atrium.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.atrium.core.model.pmo.Allocation;
import org.atrium.core.model.pmo.DocumentRef;
import org.atrium.core.model.pmo.Entity;
import org.atrium.core.model.pmo.Kpi;
import org.atrium.core.model.pmo.Measurement;
import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.Program;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RoleAssignment;
import org.atrium.core.model.pmo.Scope;
import org.atrium.core.model.pmo.StatusReport;
import org.atrium.core.model.pmo.TimeEntry;
import org.atrium.core.model.pmo.Workstream;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The baseline import: hand-written INSERT statements per table, prepared once, executed in batches and committed
 * per transaction of the plan. It writes the rows the store writes, with the same values: the objects' columns,
 * their containment (parent id, feature and position), version 1 with creation and modification stamps, the list
 * rows of document tags and office roles, and one audit entry per created object with the values it created.
 */
final class JdbcWriter implements ImportPlan.Writer, AutoCloseable {

	private static final int BATCH = 1000;
	private static final int MAX_LABEL = 256;
	private static final int MAX_VALUE = 4000;

	private final Connection connection;
	private final String user;
	private final List<Insert> inserts = new ArrayList<>();
	private final Insert person;
	private final Insert portfolio;
	private final Insert program;
	private final Insert project;
	private final Insert roleAssignment;
	private final Insert workstream;
	private final Insert milestone;
	private final Insert kpi;
	private final Insert measurement;
	private final Insert statusReport;
	private final Insert documentRef;
	private final Insert documentTag;
	private final Insert officeRole;
	private final Insert timeEntry;
	private final Insert allocation;
	private final Insert audit;
	private String transactionId;
	private Timestamp now;

	JdbcWriter(Connection connection, String user) throws SQLException {
		this.connection = connection;
		this.user = user;
		person = entityTable("PMO_PERSON", "NAME", "LOGIN", "EMAIL", "DEPARTMENT", "HOURLY_RATE");
		portfolio = entityTable("PMO_PORTFOLIO", "NAME", "DESCRIPTION");
		program = entityTable("PMO_PROGRAM", "NAME", "DESCRIPTION");
		project = entityTable("PMO_PROJECT", "NAME", "DESCRIPTION", "CODE", "PHASE", "RAG", "RAG_TREND",
				"PLANNED_START", "PLANNED_END", "BASELINE_START", "BASELINE_END", "ACTUAL_START", "ACTUAL_END", "CURRENCY",
				"BUDGET_PLANNED", "BUDGET_ACTUAL", "BUDGET_FORECAST", "PERCENT_COMPLETE");
		roleAssignment = entityTable("PMO_ROLE_ASSIGNMENT", "KIND", "PERSON_ID", "WORKSTREAM_ID");
		workstream = entityTable("PMO_WORKSTREAM", "NAME", "DESCRIPTION");
		milestone = entityTable("PMO_MILESTONE", "NAME", "BASELINE_DATE", "PLANNED_DATE", "ACTUAL_DATE", "GATE",
				"GATE_DECISION", "WORKSTREAM_ID");
		kpi = entityTable("PMO_KPI", "NAME", "UNIT", "DIRECTION", "TARGET", "AMBER_THRESHOLD", "RED_THRESHOLD");
		measurement = entityTable("PMO_MEASUREMENT", "DATE", "VALUE", "COMMENT");
		statusReport = entityTable("PMO_STATUS_REPORT", "PERIOD", "PERIOD_END", "RAG", "TREND", "PERCENT_COMPLETE",
				"BUDGET_ACTUAL", "BUDGET_FORECAST", "SUMMARY", "ACCOMPLISHMENTS", "NEXT_STEPS", "AUTHOR_ID");
		documentRef = entityTable("PMO_DOCUMENT_REF", "TITLE", "URI", "KIND");
		documentTag = table("PMO_DOCUMENT_REF__TAGS", "OWNER_ID", "POSITION", "VALUE");
		officeRole = table("PMO_PERSON__OFFICE_ROLES", "OWNER_ID", "POSITION", "VALUE");
		timeEntry = entityTable("PMO_TIME_ENTRY", "PERSON_ID", "PROJECT_ID", "DATE", "HOURS", "DESCRIPTION");
		allocation = entityTable("PMO_ALLOCATION", "PERSON_ID", "PROJECT_ID", "START", "END", "PERCENTAGE");
		audit = table("ATRIUM_AUDIT", "TX_ID", "AT", "USER_NAME", "ACTION", "OBJECT_CLASS", "OBJECT_ID",
				"OBJECT_LABEL", "NEW_VALUE");
	}

	// ---- the transactions of the plan

	@Override
	public void portfolio(Portfolio portfolio) throws SQLException {
		begin();
		scope(this.portfolio, portfolio, null, null, 0).add();
		roleAssignments(portfolio);
		created(portfolio);
		commit();
	}

	@Override
	public void program(Portfolio portfolio, int position, Program program) throws SQLException {
		begin();
		scope(this.program, program, portfolio.getId(), "programs", position).add();
		roleAssignments(program);
		List<Project> projects = program.getProjects();
		for (int index = 0; index < projects.size(); index++) {
			project(projects.get(index), program.getId(), "projects", index);
		}
		created(program);
		commit();
	}

	@Override
	public void topLevel(List<? extends Entity> objects) throws SQLException {
		begin();
		for (Entity object : objects) {
			switch (object) {
			case Person p -> {
				person.row(p, null, null, 0).text(p.getName()).text(p.getLogin()).text(p.getEmail())
						.text(p.getDepartment()).decimal(p.getHourlyRate()).add();
				for (int i = 0; i < p.getOfficeRoles().size(); i++) {
					officeRole.start().text(p.getId()).integer(i).literal(p.getOfficeRoles().get(i)).add();
				}
				created(p);
			}
			case Allocation a -> {
				allocation.row(a, null, null, 0).ref(a.getPerson()).ref(a.getProject()).date(a.getStart())
						.date(a.getEnd()).integer(a.getPercentage()).add();
				created(a);
			}
			case TimeEntry t -> {
				timeEntry.row(t, null, null, 0).ref(t.getPerson()).ref(t.getProject()).date(t.getDate())
						.decimal(t.getHours()).text(t.getDescription()).add();
				created(t);
			}
			case Project p -> {
				project(p, null, null, 0);
			}
			default -> throw new IllegalArgumentException("no top-level import of " + object.eClass().getName());
			}
		}
		commit();
	}

	// ---- trees

	private void project(Project p, String parentId, String feature, int position) throws SQLException {
		scope(project, p, parentId, feature, position).text(p.getCode()).literal(p.getPhase()).literal(p.getRag())
				.literal(p.getRagTrend()).date(p.getPlannedStart()).date(p.getPlannedEnd()).date(p.getBaselineStart())
				.date(p.getBaselineEnd()).date(p.getActualStart()).date(p.getActualEnd()).text(p.getCurrency())
				.decimal(p.getBudgetPlanned()).decimal(p.getBudgetActual()).decimal(p.getBudgetForecast())
				.integer(p.getPercentComplete()).add();
		created(p);
		roleAssignments(p);
		String id = p.getId();
		List<Workstream> workstreams = p.getWorkstreams();
		for (int i = 0; i < workstreams.size(); i++) {
			Workstream w = workstreams.get(i);
			workstream.row(w, id, "workstreams", i).text(w.getName()).text(w.getDescription()).add();
			created(w);
		}
		List<Milestone> milestones = p.getMilestones();
		for (int i = 0; i < milestones.size(); i++) {
			Milestone m = milestones.get(i);
			milestone.row(m, id, "milestones", i).text(m.getName()).date(m.getBaselineDate()).date(m.getPlannedDate())
					.date(m.getActualDate()).flag(m.isGate()).literal(m.getGateDecision()).ref(m.getWorkstream()).add();
			created(m);
		}
		List<Kpi> kpis = p.getKpis();
		for (int i = 0; i < kpis.size(); i++) {
			kpi(kpis.get(i), id, i);
		}
		List<StatusReport> reports = p.getStatusReports();
		for (int i = 0; i < reports.size(); i++) {
			StatusReport r = reports.get(i);
			statusReport.row(r, id, "statusReports", i).literal(r.getPeriod()).date(r.getPeriodEnd())
					.literal(r.getRag()).literal(r.getTrend()).integer(r.getPercentComplete())
					.decimal(r.getBudgetActual()).decimal(r.getBudgetForecast()).text(r.getSummary())
					.text(r.getAccomplishments()).text(r.getNextSteps()).ref(r.getAuthor()).add();
			created(r);
		}
		List<DocumentRef> documents = p.getDocuments();
		for (int i = 0; i < documents.size(); i++) {
			document(documents.get(i), id, i);
		}
	}

	private void kpi(Kpi k, String projectId, int position) throws SQLException {
		kpi.row(k, projectId, "kpis", position).text(k.getName()).text(k.getUnit()).literal(k.getDirection())
				.real(k.getTarget()).real(k.getAmberThreshold()).real(k.getRedThreshold()).add();
		created(k);
		List<Measurement> measurements = k.getMeasurements();
		for (int i = 0; i < measurements.size(); i++) {
			Measurement m = measurements.get(i);
			measurement.row(m, k.getId(), "measurements", i).date(m.getDate()).real(m.getValue()).text(m.getComment())
					.add();
			created(m);
		}
	}

	private void document(DocumentRef d, String projectId, int position) throws SQLException {
		documentRef.row(d, projectId, "documents", position).text(d.getTitle()).text(d.getUri()).text(d.getKind())
				.add();
		created(d);
		List<String> tags = d.getTags();
		for (int i = 0; i < tags.size(); i++) {
			documentTag.start().text(d.getId()).integer(i).text(tags.get(i)).add();
		}
	}

	private Insert scope(Insert table, Scope scope, String parentId, String feature, int position)
			throws SQLException {
		return table.row(scope, parentId, feature, position).text(scope.getName()).text(scope.getDescription());
	}

	private void roleAssignments(Scope scope) throws SQLException {
		List<RoleAssignment> assignments = scope.getRoleAssignments();
		for (int i = 0; i < assignments.size(); i++) {
			RoleAssignment r = assignments.get(i);
			roleAssignment.row(r, scope.getId(), "roleAssignments", i).literal(r.getKind()).ref(r.getPerson())
					.ref(r.getWorkstream()).add();
			created(r);
		}
	}

	/**
	 * The audit entry of a created object as the store writes it: labelled by class and name (else title, code,
	 * description, else id), with its values as {@code feature=value} pairs, references by id.
	 */
	private void created(Entity object) throws SQLException {
		EClass type = object.eClass();
		String name = null;
		for (String feature : new String[] { "name", "title", "code", "description" }) {
			EStructuralFeature labelFeature = type.getEStructuralFeature(feature);
			if (labelFeature != null && object.eGet(labelFeature) != null) {
				name = object.eGet(labelFeature).toString();
				break;
			}
		}
		String label = type.getName() + (name != null ? " '" + name + "'" : " " + object.getId());
		audit.start().text(transactionId).timestamp(now).text(user).text("CREATE").text("pmo:" + type.getName())
				.text(object.getId()).text(clip(label, MAX_LABEL)).text(clip(values(object), MAX_VALUE)).add();
	}

	private static String values(Entity object) {
		StringBuilder values = new StringBuilder();
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (feature.isMany() || feature.isTransient() || feature.isDerived() || feature.isVolatile()
					|| feature instanceof EReference r && (r.isContainment() || r.isContainer())
					|| feature.getEContainingClass() == PmoPackage.Literals.ENTITY) {
				continue;
			}
			Object value = object.eGet(feature, false);
			if (value == null) {
				continue;
			}
			values.append(values.isEmpty() ? "" : ", ").append(feature.getName()).append('=')
					.append(feature instanceof EAttribute attribute
							? EcoreUtil.convertToString(attribute.getEAttributeType(), value)
							: ((Entity) value).getId());
		}
		return values.toString();
	}

	private static String clip(String value, int max) {
		return value.length() <= max ? value : value.substring(0, max - 1) + "\u2026";
	}

	// ---- transactions and statements

	private void begin() {
		transactionId = UUID.randomUUID().toString();
		now = Timestamp.from(Instant.now());
	}

	private void commit() throws SQLException {
		for (Insert insert : inserts) {
			insert.flush();
		}
		connection.commit();
	}

	private Insert entityTable(String name, String... columns) throws SQLException {
		String[] all = new String[columns.length + 7];
		System.arraycopy(new String[] { "ID", "PARENT_ID", "PARENT_FEATURE", "POSITION", "CREATED", "MODIFIED",
				"VERSION" }, 0, all, 0, 7);
		System.arraycopy(columns, 0, all, 7, columns.length);
		return table(name, all);
	}

	private Insert table(String name, String... columns) throws SQLException {
		StringBuilder sql = new StringBuilder("INSERT INTO \"").append(name).append("\" (");
		StringBuilder values = new StringBuilder();
		for (int i = 0; i < columns.length; i++) {
			sql.append(i == 0 ? "\"" : ", \"").append(columns[i]).append('"');
			values.append(i == 0 ? "?" : ", ?");
		}
		Insert insert = new Insert(connection.prepareStatement(sql.append(") VALUES (").append(values).append(')')
				.toString()));
		inserts.add(insert);
		return insert;
	}

	@Override
	public void close() throws SQLException {
		for (Insert insert : inserts) {
			insert.statement.close();
		}
	}

	/** One table's INSERT statement: a row's values are set left to right, then added to the batch. */
	private final class Insert {

		final PreparedStatement statement;
		private int parameter;
		private int pending;

		Insert(PreparedStatement statement) {
			this.statement = statement;
		}

		Insert start() {
			parameter = 1;
			return this;
		}

		/** Starts an entity's row: id, containment, creation and modification stamps, version 1. */
		Insert row(Entity entity, String parentId, String feature, int position) throws SQLException {
			Instant created = entity.getCreated();
			return start().text(entity.getId()).text(parentId).text(feature).integer(position)
					.timestamp(created == null ? now : Timestamp.from(created)).timestamp(now).integer(1);
		}

		Insert text(String value) throws SQLException {
			statement.setString(parameter++, value);
			return this;
		}

		Insert literal(Enumerator value) throws SQLException {
			return text(value == null ? null : value.getName());
		}

		Insert ref(Entity target) throws SQLException {
			return text(target == null ? null : target.getId());
		}

		Insert integer(int value) throws SQLException {
			statement.setInt(parameter++, value);
			return this;
		}

		Insert real(double value) throws SQLException {
			statement.setDouble(parameter++, value);
			return this;
		}

		Insert flag(boolean value) throws SQLException {
			statement.setBoolean(parameter++, value);
			return this;
		}

		Insert decimal(BigDecimal value) throws SQLException {
			if (value == null) {
				statement.setNull(parameter++, Types.DECIMAL);
			} else {
				statement.setBigDecimal(parameter++, value);
			}
			return this;
		}

		Insert date(LocalDate value) throws SQLException {
			if (value == null) {
				statement.setNull(parameter++, Types.DATE);
			} else {
				statement.setDate(parameter++, Date.valueOf(value));
			}
			return this;
		}

		Insert timestamp(Timestamp value) throws SQLException {
			statement.setTimestamp(parameter++, value);
			return this;
		}

		void add() throws SQLException {
			statement.addBatch();
			if (++pending == BATCH) {
				flush();
			}
		}

		void flush() throws SQLException {
			if (pending > 0) {
				statement.executeBatch();
				pending = 0;
			}
		}
	}
}
