package org.atrium.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.atrium.core.AuditTrail;
import org.atrium.core.Governance;
import org.atrium.core.ProjectHealthService;
import org.atrium.core.RagRollup;
import org.atrium.demo.Office;
import org.atrium.demo.DemoOffice;
import org.atrium.demo.OfficeScale;
import org.atrium.core.model.pmo.Kpi;
import org.atrium.core.model.pmo.Measurement;
import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.Program;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RagStatus;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.model.pmo.StatusReport;
import org.atrium.core.model.rules.EarnedValue;
import org.atrium.core.model.rules.HealthAssessment;
import org.atrium.core.model.validation.PmoValidation;
import org.atrium.core.store.AuditEntry;
import org.atrium.core.store.Condition;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.ModelStoreFactory;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreConfig;
import org.atrium.core.store.StoreException;
import org.atrium.core.store.StoreSession;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

/**
 * The {@code atrium} command: parses arguments, runs one command against the workspace database
 * and returns the exit code (0 done, 1 failed, 2 bad arguments).
 */
public final class AtriumCommandLine {

	public static final int OK = 0;
	public static final int FAILED = 1;
	public static final int USAGE = 2;

	static final String USAGE_TEXT = """
			Usage: atrium [--workspace DIR] [--db JDBC-URL] [--user NAME] <command> [options]

			Commands:
			  demo [--seed N] [--today YYYY-MM-DD] [--projects N]
			                                        fill an empty database with a demo office
			                                        (40 projects unless --projects asks for more)
			  projects [--rag red|amber|green]      list projects with RAG, phase, sponsor, next milestone
			  status <code> [--today YYYY-MM-DD]    one project's status
			  audit [--limit N]                     the most recent changes
			  validate                              every validation problem in the database
			  plugins list [--repo URL]             installed plugins, and those a repository offers
			  plugins install <id> [--repo URL]     install a plugin (e.g. org.atrium.risks) with p2
			  plugins uninstall <id>                uninstall a plugin; its data stays in the database
			  help                                  this text

			The database is embedded Derby in <workspace>/database unless --db names a JDBC URL.
			Plugins come from the repository the build made unless --repo names another; they
			take effect when Atrium starts next.
			""";

	/** The OSGi services the commands use. */
	public record Services(ModelStoreFactory stores, Governance governance, RagRollup rollup, AuditTrail audit,
			ProjectHealthService health, DemoOffice demo) {
	}

	/** Bad arguments; the message says which and why. */
	static final class UsageException extends RuntimeException {
		private static final long serialVersionUID = 1L;

		UsageException(String message) {
			super(message);
		}
	}

	private final Services services;
	private final PrintStream out;
	private final PrintStream err;
	private final Path defaultWorkspace;

	public AtriumCommandLine(Services services, PrintStream out, PrintStream err, Path defaultWorkspace) {
		this.services = services;
		this.out = out;
		this.err = err;
		this.defaultWorkspace = defaultWorkspace;
	}

	public int run(List<String> arguments) {
		Arguments args = new Arguments(arguments);
		try {
			Path workspace = args.option("--workspace").map(Path::of).orElse(defaultWorkspace);
			Optional<String> jdbcUrl = args.option("--db");
			String user = args.option("--user").orElse(System.getProperty("user.name", "atrium"));
			String command = args.next().orElse("help");
			return switch (command) {
			case "help", "--help", "-h" -> {
				args.finish();
				out.print(USAGE_TEXT);
				yield OK;
			}
			case "demo" -> demo(args, config(workspace, jdbcUrl, true), user);
			case "projects" -> projects(args, config(workspace, jdbcUrl, false), user);
			case "status" -> status(args, config(workspace, jdbcUrl, false), user);
			case "audit" -> audit(args, config(workspace, jdbcUrl, false));
			case "validate" -> validate(args, config(workspace, jdbcUrl, false), user);
			case "plugins" -> plugins(args);
			default -> throw new UsageException("unknown command '" + command + "'");
			};
		} catch (UsageException e) {
			err.println("atrium: " + e.getMessage() + ". Try 'atrium help'.");
			return USAGE;
		} catch (StoreException e) {
			err.println("atrium: " + e.getMessage() + hint(e));
			return FAILED;
		}
	}

	private static String hint(StoreException e) {
		return e instanceof org.atrium.core.store.MissingStoreException ? " Run 'atrium demo' to create a demo office." : "";
	}

	private static StoreConfig config(Path workspace, Optional<String> jdbcUrl, boolean create) {
		return jdbcUrl.map(url -> StoreConfig.jdbc(url, null, null))
				.orElseGet(() -> StoreConfig.derby(workspace.resolve("database"), create));
	}

	// ---- commands

	private int demo(Arguments args, StoreConfig config, String user) {
		long seed = args.option("--seed").map(v -> parseLong("--seed", v)).orElse(42L);
		int projects = args.option("--projects").map(v -> (int) parseLong("--projects", v)).orElse(OfficeScale.DEMO.projects());
		if (projects < 1 || projects > 100_000) {
			throw new UsageException("--projects must be between 1 and 100000, was " + projects);
		}
		LocalDate today = today(args);
		args.finish();
		try (ModelStore store = services.stores().open(config); StoreSession session = store.openSession(user)) {
			long existing = session.count(Query.of(PmoPackage.Literals.PORTFOLIO));
			if (existing > 0) {
				err.println("atrium: the database " + store.description() + " already holds " + existing
						+ " portfolios; use another --workspace for a fresh demo office.");
				return FAILED;
			}
			Office office = services.demo().create(session, seed, scale(projects), today);
			out.printf(Locale.ROOT,
					"Created a demo office in %s: %d portfolios, %d programs, %d projects, %d people, %d role assignments, %d time entries, %d allocations.%n",
					store.description(), office.portfolios().size(), office.programCount(), office.projectCount(),
					office.people().size(), office.roleAssignmentCount(), office.timeEntries().size(),
					office.allocations().size());
			return OK;
		}
	}

	private int projects(Arguments args, StoreConfig config, String user) {
		Optional<RagStatus> rag = args.option("--rag").map(AtriumCommandLine::parseRag);
		args.finish();
		try (ModelStore store = services.stores().open(config); StoreSession session = store.openSession(user)) {
			Query<Project> query = Query.<Project>of(PmoPackage.Literals.PROJECT).orderBy(PmoPackage.Literals.PROJECT__CODE)
					.withContents();
			if (rag.isPresent()) {
				query = query.where(Condition.eq(PmoPackage.Literals.PROJECT__RAG, rag.get()));
			}
			List<Project> projects = session.query(query);
			String format = "%-8s  %-36s  %-5s  %-10s  %-20s  %s%n";
			out.printf(Locale.ROOT, format, "CODE", "PROJECT", "RAG", "PHASE", "SPONSOR", "NEXT MILESTONE");
			for (Project project : projects) {
				out.printf(Locale.ROOT, format, project.getCode(), clip(project.getName(), 36), project.getRag().getLiteral(),
						project.getPhase().getLiteral(),
						clip(services.governance().sponsor(project).map(Person::getName).orElse("-"), 20),
						nextMilestone(project).map(m -> m.getName() + " (" + m.getPlannedDate() + ")").orElse("-"));
			}
			out.printf(Locale.ROOT, "%d projects%s%n", projects.size(),
					rag.map(r -> " with RAG " + r.getLiteral().toLowerCase(Locale.ROOT)).orElse(""));
			return OK;
		}
	}

	private int status(Arguments args, StoreConfig config, String user) {
		LocalDate today = today(args);
		String code = args.next().orElseThrow(() -> new UsageException("'status' needs a project code"));
		args.finish();
		try (ModelStore store = services.stores().open(config); StoreSession session = store.openSession(user)) {
			List<Project> found = session.query(Query.<Project>of(PmoPackage.Literals.PROJECT)
					.where(Condition.eq(PmoPackage.Literals.PROJECT__CODE, code)).withContents());
			if (found.isEmpty()) {
				err.println("atrium: there is no project with code '" + code + "'. Try 'atrium projects'.");
				return FAILED;
			}
			printStatus(session, found.get(0), today);
			return OK;
		}
	}

	private void printStatus(StoreSession session, Project project, LocalDate today) {
		Governance governance = services.governance();
		Program program = session.containerId(project)
				.flatMap(id -> session.<Program>find(PmoPackage.Literals.PROGRAM, id)).orElse(null);
		out.printf(Locale.ROOT, "%s  %s%n", project.getCode(), project.getName());
		if (program != null) {
			out.printf(Locale.ROOT, "Program:      %s%n", program.getName());
		}
		out.printf(Locale.ROOT, "Phase:        %s%n", project.getPhase().getLiteral());
		out.printf(Locale.ROOT, "RAG:          %s (%s)%n", project.getRag().getLiteral(), project.getRagTrend().getLiteral());
		HealthAssessment health = services.health().assess(project, session, today);
		out.printf(Locale.ROOT, "Derived RAG:  %s%n", health.rag().getLiteral());
		for (String reason : health.reasons()) {
			out.printf(Locale.ROOT, "              - %s%n", reason);
		}
		out.printf(Locale.ROOT, "Planned:      %s to %s%n", project.getPlannedStart(), project.getPlannedEnd());
		out.printf(Locale.ROOT, "Baseline:     %s to %s%n", project.getBaselineStart(), project.getBaselineEnd());
		out.printf(Locale.ROOT, "Complete:     %d%%%n", project.getPercentComplete());
		out.printf(Locale.ROOT, "Budget:       planned %s, actual %s, forecast %s %s%n", money(project.getBudgetPlanned()),
				money(project.getBudgetActual()), money(project.getBudgetForecast()), project.getCurrency());
		EarnedValue.of(project, today).ifPresent(ev -> out.printf(Locale.ROOT,
				"Earned value: PV %s, EV %s, AC %s, SPI %s, CPI %s, EAC %s%n", money(ev.plannedValue()),
				money(ev.earnedValue()), money(ev.actualCost()), ratio(ev.schedulePerformanceIndex()),
				ratio(ev.costPerformanceIndex()), money(ev.estimateAtCompletion())));
		out.printf(Locale.ROOT, "Sponsor:      %s%n", governance.sponsor(project).map(Person::getName).orElse("-"));
		out.printf(Locale.ROOT, "Manager:      %s%n", names(governance.holders(project, RoleKind.PROJECT_MANAGER)));
		out.printf(Locale.ROOT, "Steering:     %s%n", names(governance.steeringCommittee(project)));
		out.println("Milestones:");
		for (Milestone milestone : project.getMilestones()) {
			out.printf(Locale.ROOT, "  %-3s %-36s baseline %s  planned %s  %s%n", milestone.isGate() ? "[G]" : "",
					clip(milestone.getName(), 36), milestone.getBaselineDate(), milestone.getPlannedDate(),
					milestone.getActualDate() != null ? "done " + milestone.getActualDate() : "open");
		}
		out.println("KPIs:");
		for (Kpi kpi : project.getKpis()) {
			List<Measurement> measurements = kpi.getMeasurements();
			String latest = measurements.isEmpty() ? "no measurement"
					: measurements.get(measurements.size() - 1).getValue() + " on "
							+ measurements.get(measurements.size() - 1).getDate();
			out.printf(Locale.ROOT, "  %-36s %s (amber %s, red %s %s)%n", clip(kpi.getName(), 36), latest,
					kpi.getAmberThreshold(), kpi.getRedThreshold(), kpi.getUnit() == null ? "" : kpi.getUnit());
		}
		project.getStatusReports().stream().max(Comparator.comparing(StatusReport::getPeriodEnd)).ifPresent(report -> {
			out.printf(Locale.ROOT, "Last report:  %s, %s (%s)%n", report.getPeriodEnd(), report.getRag().getLiteral(),
					report.getTrend().getLiteral());
			out.printf(Locale.ROOT, "              %s%n", report.getSummary());
		});
	}

	private int audit(Arguments args, StoreConfig config) {
		int limit = args.option("--limit").map(v -> (int) parseLong("--limit", v)).orElse(20);
		args.finish();
		if (limit <= 0) {
			throw new UsageException("--limit must be a positive number, was " + limit);
		}
		try (ModelStore store = services.stores().open(config)) {
			List<AuditEntry> entries = services.audit().recent(store, limit);
			for (AuditEntry entry : entries) {
				out.println(services.audit().describe(entry));
			}
			out.printf(Locale.ROOT, "%d changes shown%n", entries.size());
			return OK;
		}
	}

	private int validate(Arguments args, StoreConfig config, String user) {
		args.finish();
		try (ModelStore store = services.stores().open(config); StoreSession session = store.openSession(user)) {
			List<EObject> roots = new ArrayList<>();
			roots.addAll(session.query(Query.of(PmoPackage.Literals.PERSON)));
			roots.addAll(session.query(Query.<Portfolio>of(PmoPackage.Literals.PORTFOLIO).withContents()));
			roots.addAll(session.query(Query.of(PmoPackage.Literals.ALLOCATION)));
			roots.addAll(session.query(Query.of(PmoPackage.Literals.TIME_ENTRY)));
			Diagnostic result = PmoValidation.validate(roots);
			int errors = 0;
			int warnings = 0;
			for (Diagnostic problem : result.getChildren()) {
				if (problem.getSeverity() >= Diagnostic.ERROR) {
					errors++;
					out.println("ERROR    " + problem.getMessage());
				} else if (problem.getSeverity() >= Diagnostic.WARNING) {
					warnings++;
					out.println("WARNING  " + problem.getMessage());
				}
			}
			out.printf(Locale.ROOT, "%d errors, %d warnings in %d objects%n", errors, warnings, roots.size());
			return errors == 0 ? OK : FAILED;
		}
	}

	private int plugins(Arguments args) {
		String repository = args.option("--repo").orElse(System.getProperty("atrium.plugins.repository"));
		String action = args.next().orElseThrow(() -> new UsageException("'plugins' needs list, install or uninstall"));
		PluginManager plugins = new PluginManager(PluginManager.runningInstallation());
		try {
			return switch (action) {
			case "list" -> {
				args.finish();
				yield listPlugins(plugins, repository);
			}
			case "install" -> {
				String feature = PluginManager.featureId(args.next().orElseThrow(() -> new UsageException("'plugins install' needs a plugin id")));
				args.finish();
				if (repository == null) {
					throw new UsageException("no plugin repository is known; name one with --repo URL");
				}
				PluginManager.Outcome outcome = plugins.install(feature, repositoryUri(repository));
				yield report(outcome, "Installed " + feature + " from " + repository);
			}
			case "uninstall" -> {
				String feature = PluginManager.featureId(args.next().orElseThrow(() -> new UsageException("'plugins uninstall' needs a plugin id")));
				args.finish();
				if (PluginManager.BUILT_IN.contains(feature)) {
					err.println("atrium: " + feature + " is part of Atrium itself and stays installed.");
					yield FAILED;
				}
				if (plugins.installed().stream().noneMatch(p -> p.id().equals(feature))) {
					err.println("atrium: " + feature + " is not installed. Try 'atrium plugins list'.");
					yield FAILED;
				}
				yield report(plugins.uninstall(feature), "Uninstalled " + feature + "; its data stays in the database");
			}
			default -> throw new UsageException("unknown plugins action '" + action + "'; use list, install or uninstall");
			};
		} catch (org.eclipse.equinox.p2.core.ProvisionException e) {
			err.println("atrium: " + e.getMessage());
			return FAILED;
		}
	}

	private int listPlugins(PluginManager plugins, String repository) throws org.eclipse.equinox.p2.core.ProvisionException {
		List<PluginManager.Plugin> installed = plugins.installed();
		out.println("Installed:");
		installed.forEach(p -> out.printf(Locale.ROOT, "  %-32s %-28s %s%n", p.id(), p.name(), p.version()));
		if (repository != null) {
			List<String> installedIds = installed.stream().map(PluginManager.Plugin::id).toList();
			out.println("Available from " + repository + ":");
			plugins.available(repositoryUri(repository)).stream().filter(p -> !installedIds.contains(p.id()))
					.forEach(p -> out.printf(Locale.ROOT, "  %-32s %-28s %s%n", p.id(), p.name(), p.version()));
		}
		return OK;
	}

	private int report(PluginManager.Outcome outcome, String done) {
		if (!outcome.done()) {
			err.println("atrium: p2 could not do it: " + outcome.message());
			return FAILED;
		}
		out.printf(Locale.ROOT, "%s in %.1f s. Restart Atrium to see the change.%n", done, outcome.millis() / 1000.0);
		return OK;
	}

	/** A URL such as file:/repo or https://host/repo, or a folder. */
	private static java.net.URI repositoryUri(String repository) {
		return repository.startsWith("file:") || repository.contains("://") ? java.net.URI.create(repository)
				: Path.of(repository).toAbsolutePath().toUri();
	}

	/** The demo office, or one as rich per project with more projects (full governance up to 1,000). */
	static OfficeScale scale(int projects) {
		OfficeScale demo = OfficeScale.DEMO;
		if (projects == demo.projects()) {
			return demo;
		}
		return new OfficeScale(demo.portfolios(), Math.max(demo.programs(), projects / 200), projects,
				Math.max(demo.people(), projects / 5), demo.milestonesPerProject(), demo.kpisPerProject(),
				demo.measurementsPerKpi(), demo.statusReportWeeks(), demo.timeEntries() * Math.max(1, projects / demo.projects()) / 10,
				projects <= 1_000);
	}

	// ---- helpers

	static Optional<Milestone> nextMilestone(Project project) {
		return project.getMilestones().stream().filter(m -> m.getActualDate() == null && m.getPlannedDate() != null)
				.min(Comparator.comparing(Milestone::getPlannedDate));
	}

	private static RagStatus parseRag(String value) {
		RagStatus rag = RagStatus.getByName(value.toLowerCase(Locale.ROOT));
		if (rag == null) {
			throw new UsageException("--rag must be red, amber or green, was '" + value + "'");
		}
		return rag;
	}

	private static LocalDate today(Arguments args) {
		return args.option("--today").map(v -> {
			try {
				return LocalDate.parse(v);
			} catch (DateTimeParseException e) {
				throw new UsageException("--today must be a date like 2026-11-27, was '" + v + "'");
			}
		}).orElse(LocalDate.now());
	}

	private static long parseLong(String option, String value) {
		try {
			return Long.parseLong(value);
		} catch (NumberFormatException e) {
			throw new UsageException(option + " must be a whole number, was '" + value + "'");
		}
	}

	private static String names(List<Person> people) {
		return people.isEmpty() ? "-" : String.join(", ", people.stream().map(Person::getName).toList());
	}

	private static String money(BigDecimal value) {
		return value == null ? "-" : String.format(Locale.ROOT, "%,.0f", value.setScale(0, RoundingMode.HALF_UP));
	}

	private static String ratio(BigDecimal value) {
		return value == null ? "-" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	private static String clip(String text, int width) {
		if (text == null) {
			return "";
		}
		return text.length() <= width ? text : text.substring(0, width - 1) + "\u2026";
	}

	/** Options anywhere ({@code --name value}) and positional words, consumed in order. */
	static final class Arguments {
		private final List<String> words;

		Arguments(List<String> words) {
			this.words = new ArrayList<>(words);
		}

		Optional<String> option(String name) {
			int index = words.indexOf(name);
			if (index < 0) {
				return Optional.empty();
			}
			if (index + 1 >= words.size() || words.get(index + 1).startsWith("--")) {
				throw new UsageException(name + " needs a value");
			}
			String value = words.get(index + 1);
			words.subList(index, index + 2).clear();
			return Optional.of(value);
		}

		Optional<String> next() {
			for (int i = 0; i < words.size(); i++) {
				if (!words.get(i).startsWith("--") || words.get(i).equals("--help")) {
					return Optional.of(words.remove(i));
				}
			}
			return Optional.empty();
		}

		void finish() {
			if (!words.isEmpty()) {
				throw new UsageException("unexpected argument '" + words.get(0) + "'");
			}
		}
	}
}
