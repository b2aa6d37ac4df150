package org.atrium.cli;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.atrium.core.Governance;
import org.atrium.core.command.CommandArguments;
import org.atrium.core.command.CommandContext;
import org.atrium.core.command.CommandContribution;
import org.atrium.core.command.UsageException;
import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RagStatus;
import org.atrium.core.store.Condition;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code atrium projects}: every project with its RAG, phase, sponsor and next milestone. */
@Component(service = CommandContribution.class)
public class ProjectsCommand implements CommandContribution {

	private Governance governance;

	@Reference
	void setGovernance(Governance governance) {
		this.governance = governance;
	}

	@Override
	public String name() {
		return "projects";
	}

	@Override
	public List<Usage> usage() {
		return List.of(new Usage("[--rag red|amber|green]", "list projects with RAG, phase, sponsor, next milestone"));
	}

	@Override
	public int run(CommandContext context) {
		CommandArguments args = context.arguments();
		Optional<RagStatus> rag = args.option("--rag").map(ProjectsCommand::rag);
		args.finish();
		try (ModelStore store = context.openStore(false); StoreSession session = store.openSession(context.user())) {
			Query<Project> query = Query.<Project>of(PmoPackage.Literals.PROJECT).orderBy(PmoPackage.Literals.PROJECT__CODE)
					.withContents();
			if (rag.isPresent()) {
				query = query.where(Condition.eq(PmoPackage.Literals.PROJECT__RAG, rag.get()));
			}
			List<Project> projects = session.query(query);
			String format = "%-8s  %-36s  %-5s  %-10s  %-20s  %s%n";
			context.out().printf(Locale.ROOT, format, "CODE", "PROJECT", "RAG", "PHASE", "SPONSOR", "NEXT MILESTONE");
			for (Project project : projects) {
				context.out().printf(Locale.ROOT, format, project.getCode(), Text.clip(project.getName(), 36),
						project.getRag().getLiteral(), project.getPhase().getLiteral(),
						Text.clip(governance.sponsor(project).map(Person::getName).orElse("-"), 20),
						nextMilestone(project).map(m -> m.getName() + " (" + m.getPlannedDate() + ")").orElse("-"));
			}
			context.out().printf(Locale.ROOT, "%d projects%s%n", projects.size(),
					rag.map(r -> " with RAG " + r.getLiteral().toLowerCase(Locale.ROOT)).orElse(""));
			return CommandContext.OK;
		}
	}

	static Optional<Milestone> nextMilestone(Project project) {
		return project.getMilestones().stream().filter(m -> m.getActualDate() == null && m.getPlannedDate() != null)
				.min(Comparator.comparing(Milestone::getPlannedDate));
	}

	private static RagStatus rag(String value) {
		RagStatus rag = RagStatus.getByName(value.toLowerCase(Locale.ROOT));
		if (rag == null) {
			throw new UsageException("--rag must be red, amber or green, was '" + value + "'");
		}
		return rag;
	}
}
