package org.atrium.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.atrium.core.command.CommandArguments;
import org.atrium.core.command.CommandContext;
import org.atrium.core.command.CommandContribution;
import org.atrium.demo.DemoOffice;
import org.atrium.demo.Office;
import org.atrium.demo.OfficeScale;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code atrium demo}: fills an empty database with a demo office, with every installed plugin's demo data. */
@Component(service = CommandContribution.class)
public class DemoCommand implements CommandContribution {

	private static final long MAX_PROJECTS = 100_000;

	private DemoOffice demo;

	@Reference
	void setDemo(DemoOffice demo) {
		this.demo = demo;
	}

	@Override
	public String name() {
		return "demo";
	}

	@Override
	public List<Usage> usage() {
		return List.of(new Usage("[--seed N] [--today YYYY-MM-DD] [--projects N]", """
				fill an empty database with a demo office
				(40 projects unless --projects asks for more)"""));
	}

	@Override
	public int run(CommandContext context) {
		CommandArguments args = context.arguments();
		long seed = args.longOption("--seed", Long.MIN_VALUE, Long.MAX_VALUE).orElse(42L);
		int projects = args.longOption("--projects", 1, MAX_PROJECTS).orElse((long) OfficeScale.DEMO.projects())
				.intValue();
		LocalDate today = args.dateOption("--today").orElseGet(LocalDate::now);
		args.finish();
		try (ModelStore store = context.openStore(true); StoreSession session = store.openSession(context.user())) {
			long existing = session.count(Query.of(PmoPackage.Literals.PORTFOLIO));
			if (existing > 0) {
				context.err().println("atrium: the database " + store.description() + " already holds " + existing
						+ " portfolios; use another --workspace for a fresh demo office.");
				return CommandContext.FAILED;
			}
			Office office = demo.create(session, seed, scale(projects), today, new ProgressLines(context.out()));
			context.out().printf(Locale.ROOT,
					"Created a demo office in %s: %d portfolios, %d programs, %d projects, %d people, %d role assignments, %d time entries, %d allocations.%n",
					store.description(), office.portfolios().size(), office.programCount(), office.projectCount(),
					office.people().size(), office.roleAssignmentCount(), office.timeEntries().size(),
					office.allocations().size());
			office.people().stream().filter(person -> person.getOfficeRoles().contains(RoleKind.PMO_LEAD)).findFirst()
					.ifPresent(lead -> context.out().printf(Locale.ROOT,
							"Its PMO lead, who may change all but approvals, is %s: work as them with --user %s.%n",
							lead.getName(), lead.getLogin()));
			return CommandContext.OK;
		}
	}

	/** The demo office, or one as rich per project with more projects (full governance up to 1,000). */
	static OfficeScale scale(int projects) {
		OfficeScale demo = OfficeScale.DEMO;
		if (projects == demo.projects()) {
			return demo;
		}
		return new OfficeScale(demo.portfolios(), Math.max(demo.programs(), projects / 200), projects,
				Math.max(demo.people(), projects / 5), demo.milestonesPerProject(), demo.kpisPerProject(),
				demo.measurementsPerKpi(), demo.statusReportWeeks(),
				demo.timeEntries() * Math.max(1, projects / demo.projects()) / 10, projects <= 1_000);
	}
}
