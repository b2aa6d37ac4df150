package org.atrium.changes;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.atrium.changes.model.changes.CriterionStatus;
import org.atrium.changes.model.changes.GateCriterion;
import org.atrium.changes.model.changes.GateReview;
import org.atrium.core.command.CommandArguments;
import org.atrium.core.command.CommandContext;
import org.atrium.core.command.CommandContribution;
import org.atrium.core.command.UsageException;
import org.atrium.core.model.Formats;
import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.StoreSession;
import org.osgi.service.component.annotations.Component;

/** {@code atrium gates list}: every go/no-go review with its gate, checklist progress and decision. */
@Component(service = CommandContribution.class)
public class GatesCommand implements CommandContribution {

	@Override
	public String name() {
		return "gates";
	}

	@Override
	public List<Usage> usage() {
		return List.of(new Usage("list [--project CODE]",
				"Go/no-go reviews: gate, date, checklist (passed or waived of mandatory), decision"));
	}

	@Override
	public int run(CommandContext context) {
		CommandArguments arguments = context.arguments();
		Optional<String> projectCode = arguments.option("--project");
		String verb = arguments.required("gates needs list");
		if (!verb.equals("list")) {
			throw new UsageException("unknown gates command '" + verb + "'; use list");
		}
		arguments.finish();
		try (ModelStore store = context.openStore(false); StoreSession session = store.openSession(context.user())) {
			List<GateReview> reviews = GateReviews.all(session, null).stream()
					.filter(r -> projectCode.isEmpty() || projectCode.get().equals(r.getProject().getCode()))
					.sorted(Comparator.comparing((GateReview r) -> r.getProject().getCode())
							.thenComparing(r -> String.valueOf(r.getMilestone().getPlannedDate())))
					.toList();
			String format = "%-8s  %-26s  %-11s  %-18s  %-9s  %s%n";
			context.out().printf(Locale.ROOT, format, "PROJECT", "GATE", "DATE", "CHECKLIST", "MANDATORY",
					"DECISION");
			for (GateReview review : reviews) {
				Milestone milestone = review.getMilestone();
				List<GateCriterion> mandatory = review.getCriteria().stream().filter(GateCriterion::isMandatory)
						.toList();
				long met = mandatory.stream().filter(c -> c.getStatus() == CriterionStatus.PASSED
						|| c.getStatus() == CriterionStatus.WAIVED).count();
				context.out().printf(Locale.ROOT, format, review.getProject().getCode(),
						ChangesCommand.clip(milestone.getName(), 26),
						milestone.getPlannedDate() == null ? "-" : Formats.date(milestone.getPlannedDate()),
						ChangesCommand.clip(review.getTemplate(), 18), met + "/" + mandatory.size(),
						review.getDecision().getLiteral()
								+ (review.getDecidedBy() == null ? "" : " (" + review.getDecidedBy().getName() + ")"));
			}
			context.out().println(reviews.size() + (reviews.size() == 1 ? " gate review" : " gate reviews"));
			return CommandContext.OK;
		}
	}
}
