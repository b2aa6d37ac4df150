package org.atrium.interop;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.atrium.core.command.CommandArguments;
import org.atrium.core.command.CommandContext;
import org.atrium.core.command.CommandContribution;
import org.atrium.core.command.UsageException;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.StoreSession;
import org.osgi.service.component.annotations.Component;

/**
 * {@code atrium export msproject CODE FILE}: a project as an MSPDI plan; {@code atrium export portfolio FILE}: every
 * project as an XLSX sheet (RAG, phase, sponsor, dates, budget, next milestone).
 */
@Component(service = CommandContribution.class)
public class ExportCommand implements CommandContribution {

	@Override
	public String name() {
		return "export";
	}

	@Override
	public List<Usage> usage() {
		return List.of(
				new Usage("msproject CODE FILE",
						"Write the project as an MS Project plan (MSPDI XML): workstreams, milestones, people, allocations"),
				new Usage("portfolio FILE",
						"Write every project with RAG, phase, sponsor, dates, budget and next milestone as XLSX"));
	}

	@Override
	public int run(CommandContext context) {
		CommandArguments arguments = context.arguments();
		String what = arguments.required("export needs msproject or portfolio");
		return switch (what) {
			case "msproject" -> msproject(context, arguments.required("export msproject needs a project CODE"),
					arguments.required("export msproject needs a FILE"));
			case "portfolio" -> portfolio(context, arguments.required("export portfolio needs a FILE"));
			default -> throw new UsageException("unknown export '" + what + "'; use msproject or portfolio");
		};
	}

	private int msproject(CommandContext context, String code, String file) {
		context.arguments().finish();
		try (ModelStore store = context.openStore(false); StoreSession session = store.openSession(context.user())) {
			Optional<Project> project = ProjectCodes.find(session, code);
			if (project.isEmpty()) {
				context.err().println("No project has the code " + code + ".");
				return CommandContext.FAILED;
			}
			var plan = PlanExport.plan(session, project.get());
			AtomicFiles.write(Path.of(file), out -> PlanExport.write(plan, out));
			context.out().println("Exported " + code + " to " + file + ": " + (plan.getTasks().size() - 1)
					+ " tasks, " + plan.getResources().size() + " resources, "
					+ plan.getResourceAssignments().size() + " assignments.");
			return CommandContext.OK;
		} catch (IOException e) {
			context.err().println("Could not write " + file + ": " + e.getMessage());
			return CommandContext.FAILED;
		}
	}

	private int portfolio(CommandContext context, String file) {
		context.arguments().finish();
		try (ModelStore store = context.openStore(false); StoreSession session = store.openSession(context.user())) {
			int[] count = { 0 };
			AtomicFiles.write(Path.of(file), out -> count[0] = PortfolioExport.write(session, out));
			context.out().println("Exported " + count[0] + " projects to " + file + ".");
			return CommandContext.OK;
		} catch (IOException e) {
			context.err().println("Could not write " + file + ": " + e.getMessage());
			return CommandContext.FAILED;
		}
	}
}
