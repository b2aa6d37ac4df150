package org.atrium.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.atrium.core.Governance;
import org.atrium.core.ProjectHealthService;
import org.atrium.core.command.CommandArguments;
import org.atrium.core.command.CommandContext;
import org.atrium.core.command.CommandContribution;
import org.atrium.core.model.pmo.Kpi;
import org.atrium.core.model.pmo.Measurement;
import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Program;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.model.pmo.StatusReport;
import org.atrium.core.model.rules.HealthAssessment;
import org.atrium.core.store.Condition;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code atrium status <code>}: one project's status, derived RAG, budget, governance, milestones and KPIs. */
@Component(service = CommandContribution.class)
public class StatusCommand implements CommandContribution {

	private Governance governance;
	private ProjectHealthService health;

	@Reference
	void setGovernance(Governance governance) {
		this.governance = governance;
	}

	@Reference
	void setHealth(ProjectHealthService health) {
		this.health = health;
	}

	@Override
	public String name() {
		return "status";
	}

	@Override
	public List<Usage> usage() {
		return List.of(new Usage("<code> [--today YYYY-MM-DD]", "one project's status"));
	}

	@Override
	public int run(CommandContext context) {
		CommandArguments args = context.arguments();
		LocalDate today = args.dateOption("--today").orElseGet(LocalDate::now);
		String code = args.required("'status' needs a project code");
		args.finish();
		try (ModelStore store = context.openStore(false); StoreSession session = store.openSession(context.user())) {
			List<Project> found = session.query(Query.<Project>of(PmoPackage.Literals.PROJECT)
					.where(Condition.eq(PmoPackage.Literals.PROJECT__CODE, code)).withContents());
			if (found.isEmpty()) {
				context.err().println("atrium: there is no project with code '" + code + "'. Try 'atrium projects'.");
				return CommandContext.FAILED;
			}
			print(context.out(), session, found.get(0), today);
			return CommandContext.OK;
		}
	}

	private void print(PrintStream out, StoreSession session, Project project, LocalDate today) {
		Program program = session.containerId(project)
				.flatMap(id -> session.<Program>find(PmoPackage.Literals.PROGRAM, id)).orElse(null);
		out.printf(Locale.ROOT, "%s  %s%n", project.getCode(), project.getName());
		if (program != null) {
			out.printf(Locale.ROOT, "Program:      %s%n", program.getName());
		}
		out.printf(Locale.ROOT, "Phase:        %s%n", project.getPhase().getLiteral());
		out.printf(Locale.ROOT, "RAG:          %s (%s)%n", project.getRag().getLiteral(), project.getRagTrend().getLiteral());
		HealthAssessment assessment = health.assess(project, session, today);
		out.printf(Locale.ROOT, "Derived RAG:  %s%n", assessment.rag().getLiteral());
		for (String reason : assessment.reasons()) {
			out.printf(Locale.ROOT, "              - %s%n", reason);
		}
		out.printf(Locale.ROOT, "Planned:      %s to %s%n", project.getPlannedStart(), project.getPlannedEnd());
		out.printf(Locale.ROOT, "Baseline:     %s to %s%n", project.getBaselineStart(), project.getBaselineEnd());
		out.printf(Locale.ROOT, "Complete:     %d%%%n", project.getPercentComplete());
		out.printf(Locale.ROOT, "Budget:       planned %s, actual %s, forecast %s %s%n", Text.money(project.getBudgetPlanned()),
				Text.money(project.getBudgetActual()), Text.money(project.getBudgetForecast()), project.getCurrency());
		health.earnedValue(project, session, today).ifPresent(ev -> out.printf(Locale.ROOT,
				"Earned value: PV %s, EV %s, AC %s, SPI %s, CPI %s, EAC %s%n", Text.money(ev.plannedValue()),
				Text.money(ev.earnedValue()), Text.money(ev.actualCost()), Text.ratio(ev.schedulePerformanceIndex()),
				Text.ratio(ev.costPerformanceIndex()), Text.money(ev.estimateAtCompletion())));
		out.printf(Locale.ROOT, "Sponsor:      %s%n", governance.sponsor(project).map(Person::getName).orElse("-"));
		out.printf(Locale.ROOT, "Manager:      %s%n", Text.names(governance.holders(project, RoleKind.PROJECT_MANAGER)));
		out.printf(Locale.ROOT, "Steering:     %s%n", Text.names(governance.steeringCommittee(project)));
		out.println("Milestones:");
		for (Milestone milestone : project.getMilestones()) {
			out.printf(Locale.ROOT, "  %-3s %-36s baseline %s  planned %s  %s%n", milestone.isGate() ? "[G]" : "",
					Text.clip(milestone.getName(), 36), milestone.getBaselineDate(), milestone.getPlannedDate(),
					milestone.getActualDate() != null ? "done " + milestone.getActualDate() : "open");
		}
		out.println("KPIs:");
		for (Kpi kpi : project.getKpis()) {
			List<Measurement> measurements = kpi.getMeasurements();
			String latest = measurements.isEmpty() ? "no measurement"
					: measurements.get(measurements.size() - 1).getValue() + " on "
							+ measurements.get(measurements.size() - 1).getDate();
			out.printf(Locale.ROOT, "  %-36s %s (amber %s, red %s %s)%n", Text.clip(kpi.getName(), 36), latest,
					kpi.getAmberThreshold(), kpi.getRedThreshold(), kpi.getUnit() == null ? "" : kpi.getUnit());
		}
		project.getStatusReports().stream().max(Comparator.comparing(StatusReport::getPeriodEnd)).ifPresent(report -> {
			out.printf(Locale.ROOT, "Last report:  %s, %s (%s)%n", report.getPeriodEnd(), report.getRag().getLiteral(),
					report.getTrend().getLiteral());
			out.printf(Locale.ROOT, "              %s%n", report.getSummary());
		});
	}
}
