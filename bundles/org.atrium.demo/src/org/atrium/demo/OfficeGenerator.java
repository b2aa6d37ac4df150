package org.atrium.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.atrium.demo.ResourcePlanner.ProjectTeam;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.Program;
import org.atrium.core.model.pmo.Workstream;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Generates a realistic project management office for demos, manual testing and volume tests: portfolios,
 * programs and projects with their governance, schedules, budgets, milestones, KPIs, weekly status reports,
 * allocations and timesheets, all dated around a given day.
 * <p>
 * Generation is deterministic: the same seed, scale and day give the same office, ids included. The objects are
 * not attached to a resource or a store.
 */
public final class OfficeGenerator {

	/** One in this many people is deliberately overbooked. */
	private static final int OVERBOOKED_SHARE = 20;

	public Office generate(long seed, OfficeScale scale, LocalDate today) {
		return generate(seed, scale, today, null);
	}

	/** Generates the office, reporting one unit of work per project; a cancelled monitor stops it. */
	public Office generate(long seed, OfficeScale scale, LocalDate today, IProgressMonitor monitor) {
		Objects.requireNonNull(scale, "scale");
		Objects.requireNonNull(today, "today");
		SubMonitor progress = SubMonitor.convert(monitor, scale.projects() + 2);
		GenerationContext context = new GenerationContext(seed, scale, today);
		Staff staff = Staff.hire(context);
		ScopeTree tree = ScopeTree.grow(context);

		Governance governance = new Governance(context, staff);
		governance.staffTheOffice();
		for (Portfolio portfolio : tree.portfolios()) {
			governance.govern(portfolio);
			for (Program program : portfolio.getPrograms()) {
				governance.govern(program);
			}
		}

		ProjectDetails details = new ProjectDetails(context);
		ResourcePlanner resources = new ResourcePlanner(context, staff, tree.projects());
		ProgressReporting reporting = new ProgressReporting(context);
		List<ProjectTeam> teams = new ArrayList<>(tree.projects().size());
		progress.worked(1);
		for (ProjectPlan plan : tree.projects()) {
			progress.split(1);
			List<Workstream> workstreams = details.addWorkstreams(plan.project());
			ProjectTeam team = resources.lead(plan, workstreams);
			governance.govern(plan.project(), team);
			details.addMilestones(plan);
			details.addDocuments(plan.project());
			reporting.report(plan, team.manager().person());
			teams.add(team);
		}
		resources.addTeamMembers(teams);
		resources.overbook(tree.projects(), Math.max(1, scale.people() / OVERBOOKED_SHARE));

		Timesheets timesheets = new Timesheets(context, staff, tree.projects());
		Office office = new Office(today, tree.portfolios(), staff.people(), timesheets.book(resources.allocations()),
				resources.allocations());
		progress.done();
		return office;
	}
}
