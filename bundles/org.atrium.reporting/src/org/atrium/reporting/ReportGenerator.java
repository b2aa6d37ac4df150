package org.atrium.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.atrium.core.RagRollup;
import org.atrium.core.model.pmo.Kpi;
import org.atrium.core.model.pmo.KpiDirection;
import org.atrium.core.model.pmo.LifecyclePhase;
import org.atrium.core.model.pmo.Measurement;
import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.Program;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RagStatus;
import org.atrium.core.model.pmo.ReportPeriod;
import org.atrium.core.model.pmo.Scope;
import org.atrium.core.model.rules.EarnedValue;
import org.atrium.core.model.rules.HealthAssessment;
import org.atrium.core.model.rules.ProjectHealth;
import org.atrium.core.report.ReportSection;
import org.atrium.core.report.ReportSection.Row;
import org.atrium.core.store.Ids;

/**
 * Fills in a report from the data of its projects as of a date: the derived RAG with its reasons, the projects with
 * exceptions first, milestones achieved in the period, due next and slipped, KPIs against their thresholds, budget,
 * earned value, hours booked, what changed since the previous report, and the sections other plugins contribute.
 * <p>
 * Works on objects in memory and reads nothing itself, so the same data gives the same content. Cells are text that
 * reads the same in every locale: dates as YYYY-MM-DD, amounts and indices as plain decimals (so that spreadsheets
 * take them as numbers).
 */
public final class ReportGenerator {

	public static final String RAG = "rag";
	public static final String PROJECTS = "projects";
	public static final String CHANGES = "changes";
	public static final String ACHIEVED = "milestones.achieved";
	public static final String DUE_NEXT = "milestones.next";
	public static final String SLIPPED = "milestones.slipped";
	public static final String KPIS = "kpis";
	public static final String BUDGET = "budget";
	public static final String PROGRAM_BUDGETS = "budget.programs";
	public static final String EVM = "evm";
	public static final String HOURS = "hours";

	/** Column of the RAG in the projects section, and of the slipped milestones' slip. */
	static final int PROJECT_RAG_COLUMN = 3;

	/** Hours booked in the report's period, per project id. */
	public record Hours(Map<String, BigDecimal> inPeriod) {
		public static final Hours NONE = new Hours(Map.of());
	}

	private final Function<Project, HealthAssessment> health;

	/** With the health of each project as the given assessment says (the core's rules plus installed plugins'). */
	public ReportGenerator(Function<Project, HealthAssessment> health) {
		this.health = Objects.requireNonNull(health, "health");
	}

	/** With the core's health rules only. */
	public static ReportGenerator withCoreRules(LocalDate asOf) {
		ProjectHealth rules = ProjectHealth.withDefaults();
		return new ReportGenerator(project -> rules.assess(project, asOf));
	}

	/** The first day after the previous period: a week or a month before {@code asOf}, exclusive. */
	public static LocalDate periodStart(ReportPeriod period, LocalDate asOf) {
		return period == ReportPeriod.MONTHLY ? asOf.minusMonths(1) : asOf.minusWeeks(1);
	}

	/** The end of the period that follows: what is due next. */
	public static LocalDate nextPeriodEnd(ReportPeriod period, LocalDate asOf) {
		return period == ReportPeriod.MONTHLY ? asOf.plusMonths(1) : asOf.plusWeeks(1);
	}

	/** The projects a report of the scope covers: the project itself, or the active projects under the scope. */
	public static List<Project> projectsOf(Scope scope) {
		return switch (scope) {
		case Project project -> List.of(project);
		case Program program -> program.getProjects().stream().filter(ReportGenerator::isActive).toList();
		case Portfolio portfolio -> portfolio.getPrograms().stream().flatMap(program -> program.getProjects().stream())
				.filter(ReportGenerator::isActive).toList();
		default -> throw new IllegalArgumentException("no report for " + scope.eClass().getName());
		};
	}

	/** What the reader calls the scope: "DIG-001 CRM Consolidation", "Digital (portfolio)". */
	public static String label(Scope scope) {
		return switch (scope) {
		case Project project -> project.getCode() + " " + project.getName();
		case Program program -> program.getName() + " (program)";
		case Portfolio portfolio -> portfolio.getName() + " (portfolio)";
		default -> scope.getName();
		};
	}

	public ReportContent generate(Scope scope, ReportPeriod period, LocalDate asOf, Hours hours,
			List<ReportSection> contributed, ReportContent previous) {
		List<Project> projects = projectsOf(scope);
		Map<Project, HealthAssessment> assessed = new LinkedHashMap<>();
		for (Project project : projects) {
			assessed.put(project, health.apply(project));
		}
		RagStatus rag = scope instanceof Project project ? assessed.get(project).rag() : new RagRollup().of(scope).rag();
		LocalDate start = periodStart(period, asOf);
		LocalDate nextEnd = nextPeriodEnd(period, asOf);
		List<Project> ordered = exceptionsFirst(assessed, asOf);

		List<ReportSection> sections = new ArrayList<>();
		sections.add(reasons(scope, ordered, assessed));
		sections.add(projects(ordered, assessed, asOf));
		sections.add(milestones(ACHIEVED, "Milestones achieved", ordered, asOf,
				m -> m.getActualDate() != null && m.getActualDate().isAfter(start) && !m.getActualDate().isAfter(asOf),
				"No milestone was achieved in the period."));
		sections.add(milestones(DUE_NEXT, "Milestones due next", ordered, asOf,
				m -> m.getActualDate() == null && m.getPlannedDate() != null && m.getPlannedDate().isAfter(asOf)
						&& !m.getPlannedDate().isAfter(nextEnd),
				"No milestone is due by " + nextEnd + "."));
		sections.add(milestones(SLIPPED, "Slipped milestones", ordered, asOf, m -> isSlipped(m, start, asOf),
				"No milestone has slipped."));
		sections.add(kpis(ordered, asOf));
		sections.add(budget(ordered));
		if (!(scope instanceof Project)) {
			sections.add(programBudgets(ordered));
		}
		sections.add(earnedValue(ordered, asOf));
		sections.add(hours(ordered, hours));
		sections.addAll(contributed);
		if (previous != null) {
			sections.add(2, ReportChanges.since(previous, sections));
		}
		String title = (period == ReportPeriod.MONTHLY ? "Monthly" : "Weekly") + " status report: " + label(scope);
		return new ReportContent(title, label(scope), period, asOf, rag, sections, null);
	}

	private static boolean isActive(Project project) {
		return project.getPhase() != LifecyclePhase.CLOSED;
	}

	/** Red, then amber, then those with slipped milestones, then the rest; by code within each. */
	private static List<Project> exceptionsFirst(Map<Project, HealthAssessment> assessed, LocalDate asOf) {
		Map<Project, Integer> rank = new HashMap<>();
		assessed.forEach((project, health) -> rank.put(project, switch (health.rag()) {
		case RED -> 0;
		case AMBER -> 1;
		default -> project.getMilestones().stream().anyMatch(m -> slip(m, asOf) > 0) ? 2 : 3;
		}));
		return assessed.keySet().stream().sorted(Comparator.comparing((Project p) -> rank.get(p))
				.thenComparing(p -> Objects.toString(p.getCode(), ""))).toList();
	}

	private static ReportSection reasons(Scope scope, List<Project> ordered, Map<Project, HealthAssessment> assessed) {
		List<Row> rows = new ArrayList<>();
		for (Project project : ordered) {
			HealthAssessment health = assessed.get(project);
			if (scope instanceof Project || health.rag() != RagStatus.GREEN) {
				for (String reason : health.reasons()) {
					rows.add(Row.of(Ids.of(project), project.getCode(), health.rag().getLiteral(), reason));
				}
			}
		}
		String note = rows.isEmpty() ? (scope instanceof Project ? "On track: no KPI, schedule or budget concern."
				: "Every project is green.") : scope instanceof Project ? "" : "Red and amber projects only.";
		return new ReportSection(RAG, "RAG and reasons", List.of("Project", "RAG", "Reason"), rows, note);
	}

	private static ReportSection projects(List<Project> ordered, Map<Project, HealthAssessment> assessed, LocalDate asOf) {
		List<Row> rows = new ArrayList<>();
		int red = 0;
		int amber = 0;
		for (Project project : ordered) {
			RagStatus rag = assessed.get(project).rag();
			red += rag == RagStatus.RED ? 1 : 0;
			amber += rag == RagStatus.AMBER ? 1 : 0;
			EarnedValue ev = EarnedValue.of(project, asOf).orElse(null);
			long slipped = project.getMilestones().stream().filter(m -> slip(m, asOf) > 0).count();
			rows.add(Row.of(Ids.of(project), project.getCode(), project.getName(),
					project.getProgram() == null ? "" : project.getProgram().getName(), rag.getLiteral(),
					Integer.toString(project.getPercentComplete()), Long.toString(slipped),
					ev == null ? "" : plain(ev.schedulePerformanceIndex()),
					ev == null ? "" : plain(ev.costPerformanceIndex())));
		}
		String note = ordered.size() + (ordered.size() == 1 ? " project: " : " projects: ") + red + " red, " + amber
				+ " amber, " + (ordered.size() - red - amber) + " green. Exceptions first.";
		return new ReportSection(PROJECTS, "Projects", List.of("Code", "Project", "Program", "RAG", "% complete",
				"Slipped milestones", "SPI", "CPI"), rows, ordered.isEmpty() ? "No active project." : note);
	}

	private static ReportSection milestones(String key, String title, List<Project> ordered, LocalDate asOf,
			java.util.function.Predicate<Milestone> which, String none) {
		List<Row> rows = new ArrayList<>();
		boolean anyMilestone = false;
		for (Project project : ordered) {
			anyMilestone |= !project.getMilestones().isEmpty();
			for (Milestone milestone : project.getMilestones()) {
				if (which.test(milestone)) {
					Long slip = ProjectHealth.slipWorkingDays(milestone, asOf);
					rows.add(Row.of(Ids.of(milestone), project.getCode(), milestone.getName(),
							milestone.isGate() ? "Gate" : "", date(milestone.getBaselineDate()),
							date(milestone.getPlannedDate()), date(milestone.getActualDate()),
							slip == null ? "" : slip.toString()));
				}
			}
		}
		String note = !anyMilestone ? (ordered.size() == 1 ? "No milestones are defined for this project."
				: "No milestones are defined for these projects.") : rows.isEmpty() ? none : "";
		return new ReportSection(key, title, List.of("Project", "Milestone", "Gate", "Baseline", "Planned", "Actual",
				"Slip (working days)"), rows, note);
	}

	private static long slip(Milestone milestone, LocalDate asOf) {
		Long slip = ProjectHealth.slipWorkingDays(milestone, asOf);
		return slip == null ? 0 : slip;
	}

	/** Late and not achieved, or achieved late in the period. */
	private static boolean isSlipped(Milestone milestone, LocalDate start, LocalDate asOf) {
		if (slip(milestone, asOf) <= 0) {
			return false;
		}
		LocalDate actual = milestone.getActualDate();
		return actual == null || actual.isAfter(start) && !actual.isAfter(asOf);
	}

	private static ReportSection kpis(List<Project> ordered, LocalDate asOf) {
		List<Row> rows = new ArrayList<>();
		for (Project project : ordered) {
			for (Kpi kpi : project.getKpis()) {
				Measurement latest = kpi.getMeasurements().stream()
						.filter(m -> m.getDate() != null && !m.getDate().isAfter(asOf))
						.max(Comparator.comparing(Measurement::getDate)).orElse(null);
				rows.add(Row.of(Ids.of(kpi), project.getCode(), kpi.getName(), Objects.toString(kpi.getUnit(), ""),
						latest == null ? "" : number(latest.getValue()), number(kpi.getTarget()),
						number(kpi.getAmberThreshold()), number(kpi.getRedThreshold()),
						latest == null ? "No measurement" : kpiStatus(kpi, latest.getValue()).getLiteral()));
			}
		}
		String note = rows.isEmpty() ? (ordered.size() == 1 ? "No KPIs are defined for this project."
				: "No KPIs are defined for these projects.") : "";
		return new ReportSection(KPIS, "KPIs", List.of("Project", "KPI", "Unit", "Value", "Target", "Amber at",
				"Red at", "Status"), rows, note);
	}

	/** A KPI's status by its thresholds: at or past the red threshold red, at or past the amber one amber. */
	public static RagStatus kpiStatus(Kpi kpi, double value) {
		boolean higherIsBetter = kpi.getDirection() == KpiDirection.HIGHER_IS_BETTER;
		if (breaches(value, kpi.getRedThreshold(), higherIsBetter)) {
			return RagStatus.RED;
		}
		return breaches(value, kpi.getAmberThreshold(), higherIsBetter) ? RagStatus.AMBER : RagStatus.GREEN;
	}

	private static boolean breaches(double value, double threshold, boolean higherIsBetter) {
		return higherIsBetter ? value <= threshold : value >= threshold;
	}

	private static ReportSection budget(List<Project> ordered) {
		List<Row> rows = new ArrayList<>();
		for (Project project : ordered) {
			BigDecimal variance = project.getBudgetForecast() == null || project.getBudgetPlanned() == null ? null
					: project.getBudgetForecast().subtract(project.getBudgetPlanned());
			rows.add(Row.of(Ids.of(project), project.getCode(), Objects.toString(project.getCurrency(), ""),
					plain(project.getBudgetPlanned()), plain(project.getBudgetActual()),
					plain(project.getBudgetForecast()), plain(variance)));
		}
		return new ReportSection(BUDGET, "Budget", List.of("Project", "Currency", "Planned", "Actual", "Forecast",
				"Forecast variance"), rows, rows.isEmpty() ? "No active project." : "");
	}

	private static ReportSection programBudgets(List<Project> ordered) {
		Map<String, BigDecimal[]> totals = new LinkedHashMap<>();
		Map<String, String> ids = new HashMap<>();
		for (Project project : ordered.stream().sorted(Comparator.comparing(p -> programName(p))).toList()) {
			String program = programName(project);
			BigDecimal[] sums = totals.computeIfAbsent(program,
					name -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO });
			sums[0] = sums[0].add(zero(project.getBudgetPlanned()));
			sums[1] = sums[1].add(zero(project.getBudgetActual()));
			sums[2] = sums[2].add(zero(project.getBudgetForecast()));
			if (project.getProgram() != null) {
				ids.put(program, Ids.of(project.getProgram()));
			}
		}
		List<Row> rows = new ArrayList<>();
		totals.forEach((program, sums) -> rows.add(Row.of(ids.get(program), program, plain(sums[0]), plain(sums[1]),
				plain(sums[2]))));
		return new ReportSection(PROGRAM_BUDGETS, "Budget per program", List.of("Program", "Planned", "Actual",
				"Forecast"), rows, rows.isEmpty() ? "No active project." : "");
	}

	private static String programName(Project project) {
		return project.getProgram() == null ? "(no program)" : Objects.toString(project.getProgram().getName(), "");
	}

	private static ReportSection earnedValue(List<Project> ordered, LocalDate asOf) {
		List<Row> rows = new ArrayList<>();
		for (Project project : ordered) {
			EarnedValue.of(project, asOf).ifPresent(ev -> rows.add(Row.of(Ids.of(project), project.getCode(),
					plain(ev.plannedValue()), plain(ev.earnedValue()), plain(ev.actualCost()),
					plain(ev.schedulePerformanceIndex()), plain(ev.costPerformanceIndex()),
					plain(ev.estimateAtCompletion()))));
		}
		String note = rows.isEmpty() ? "No earned value: a planned budget, a start and an end date are needed."
				: rows.size() < ordered.size() ? (ordered.size() - rows.size())
						+ " projects lack a planned budget or dates and have no earned value." : "";
		return new ReportSection(EVM, "Earned value", List.of("Project", "PV", "EV", "AC", "SPI", "CPI", "EAC"), rows,
				note);
	}

	private static ReportSection hours(List<Project> ordered, Hours hours) {
		List<Row> rows = new ArrayList<>();
		for (Project project : ordered) {
			String id = Ids.of(project);
			BigDecimal inPeriod = hours.inPeriod().get(id);
			if (inPeriod != null) {
				rows.add(Row.of(id, project.getCode(), plain(inPeriod)));
			}
		}
		return new ReportSection(HOURS, "Hours booked", List.of("Project", "Hours in the period"), rows,
				rows.isEmpty() ? "No hours are booked in the period." : "");
	}

	private static BigDecimal zero(BigDecimal value) {
		return value == null ? BigDecimal.ZERO : value;
	}

	static String plain(BigDecimal value) {
		return value == null ? "" : value.toPlainString();
	}

	static String number(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	static String date(LocalDate date) {
		return date == null ? "" : date.toString();
	}
}
