package org.atrium.changes;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.atrium.changes.ApprovalPolicies.Approvers;
import org.atrium.changes.ChangeControl.VoteResult;
import org.atrium.changes.model.changes.ChangeRequest;
import org.atrium.changes.model.changes.ChangesPackage.Literals;
import org.atrium.changes.model.changes.Vote;
import org.atrium.changes.model.changes.VoteChoice;
import org.atrium.core.GovernanceGuard;
import org.atrium.core.command.CommandArguments;
import org.atrium.core.command.CommandContext;
import org.atrium.core.command.CommandContribution;
import org.atrium.core.command.UsageException;
import org.atrium.core.exchange.ExchangeException;
import org.atrium.core.exchange.ImportResult;
import org.atrium.core.exchange.TableFormat;
import org.atrium.core.model.Formats;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code atrium changes}: the change log ({@code list [--awaiting-me]}), one request with its impact and votes
 * ({@code show CODE}), a vote as the {@code --user} ({@code vote CODE approve|reject|abstain --comment TEXT}), and the
 * change log to and from CSV or XLSX ({@code export|import FILE}). The store's guard enforces who may vote.
 */
@Component(service = CommandContribution.class)
public class ChangesCommand implements CommandContribution {

	private ChangeControl control;
	private Clock clock = Clock.systemUTC();

	public ChangesCommand() {
	}

	/** For use outside OSGi. */
	public ChangesCommand(ChangeControl control) {
		this.control = control;
	}

	@Reference
	void setControl(ChangeControl control) {
		this.control = control;
	}

	@Override
	public String name() {
		return "changes";
	}

	@Override
	public List<Usage> usage() {
		return List.of(new Usage("list [--awaiting-me] [--project CODE]",
				"The change log; with --awaiting-me, the requests on which the user is yet to vote"),
				new Usage("show CODE", "A change request: its impact, who decides, the votes and what may happen next"),
				new Usage("vote CODE approve|reject|abstain [--comment TEXT]",
						"Vote on a request awaiting decision, as the --user; the vote that decides it approves or rejects it"),
				new Usage("export|import [--format csv|xlsx] FILE",
						"Write the change log to FILE, or update and add requests from it; any bad row imports nothing"));
	}

	@Override
	public int run(CommandContext context) {
		CommandArguments arguments = context.arguments();
		String verb = arguments.required("changes needs list, show, vote, export or import");
		return switch (verb) {
		case "list" -> list(context, arguments.flag("--awaiting-me"), arguments.option("--project"));
		case "show" -> show(context, arguments.required("changes show needs a CODE"));
		case "vote" -> vote(context, arguments);
		case "export", "import" -> exchange(context, verb, arguments);
		default -> throw new UsageException(
				"unknown changes command '" + verb + "'; use list, show, vote, export or import");
		};
	}

	private int list(CommandContext context, boolean awaitingMe, Optional<String> projectCode) {
		context.arguments().finish();
		try (ModelStore store = context.openStore(false); StoreSession session = store.openSession(context.user())) {
			List<ChangeRequest> requests;
			if (awaitingMe) {
				Optional<Person> me = GovernanceGuard.person(session, context.user());
				if (me.isEmpty()) {
					context.err().println("'" + context.user() + "' is not one of the office's people.");
					return CommandContext.FAILED;
				}
				requests = control.awaiting(session, me.get());
			} else {
				requests = session.query(Query.<ChangeRequest>of(Literals.CHANGE_REQUEST)
						.orderBy(Literals.CHANGE_REQUEST__CODE));
			}
			if (projectCode.isPresent()) {
				requests = requests.stream().filter(r -> projectCode.get().equals(r.getProject().getCode())).toList();
			}
			String format = "%-16s  %-18s  %-34s  %12s  %5s%n";
			context.out().printf(Locale.ROOT, format, "CODE", "STATUS", "TITLE", "COST DELTA", "DAYS");
			for (ChangeRequest request : requests) {
				context.out().printf(Locale.ROOT, format, request.getCode(), request.getStatus().getLiteral(),
						clip(request.getTitle(), 34),
						request.getCostDelta() == null ? "-" : request.getCostDelta().toPlainString(),
						request.getScheduleImpactDays());
			}
			context.out().println(requests.size() + (requests.size() == 1 ? " change request" : " change requests")
					+ (awaitingMe ? " awaiting your vote" : ""));
			return CommandContext.OK;
		}
	}

	private int show(CommandContext context, String code) {
		context.arguments().finish();
		try (ModelStore store = context.openStore(false); StoreSession session = store.openSession(context.user())) {
			Optional<ChangeRequest> found = ChangeControl.find(session, code);
			if (found.isEmpty()) {
				context.err().println("No change request has the code " + code + ".");
				return CommandContext.FAILED;
			}
			ChangeRequest request = found.get();
			Project project = request.getProject();
			var out = context.out();
			out.println(request.getCode() + "  " + request.getTitle());
			out.println("  Project:       " + project.getCode() + " " + project.getName());
			out.println("  Status:        " + request.getStatus().getLiteral()
					+ (request.getStatusSince() == null ? "" : " since " + Formats.date(request.getStatusSince())));
			out.println("  Requested by:  " + name(request.getRequestedBy())
					+ (request.getRequested() == null ? "" : " on " + Formats.date(request.getRequested())));
			out.println("  Category:      " + literal(request.getCategory()) + ", priority "
					+ literal(request.getPriority()).toLowerCase(Locale.ROOT));
			out.println("  Impact:        " + Formats.days(request.getScheduleImpactDays()) + ", cost delta "
					+ (request.getCostDelta() == null ? "-" : Formats.amount(request.getCostDelta(), project.getCurrency()))
					+ ", effort " + request.getEffortDays() + " person-days");
			if (!request.getAffectedMilestones().isEmpty()) {
				out.println("  Milestones:    " + request.getAffectedMilestones().stream()
						.map(m -> m.getName()).collect(Collectors.joining(", ")));
			}
			Approvers approvers = control.approvers(session, request);
			out.println("  Decided by:    " + approvers.tier().deciders() + ", quorum " + approvers.quorum() + ": "
					+ (approvers.people().isEmpty() ? "nobody holds the role"
							: approvers.people().stream().map(Person::getName).collect(Collectors.joining(", "))));
			out.println("  Votes:         " + Tally.of(request.getVotes(), approvers).describe());
			for (Vote vote : request.getVotes()) {
				out.println("    " + name(vote.getPerson()) + ": " + literal(vote.getChoice())
						+ (vote.getCast() == null ? "" : " at " + Formats.time(vote.getCast()))
						+ (vote.getComment() == null || vote.getComment().isBlank() ? "" : ", \"" + vote.getComment() + "\""));
			}
			out.println("  Next:          " + ChangeLifecycle.next(request.getStatus()).stream()
					.map(ChangeLifecycle::lower).collect(Collectors.joining(", ")));
			return CommandContext.OK;
		}
	}

	private int vote(CommandContext context, CommandArguments arguments) {
		Optional<String> comment = arguments.option("--comment");
		String code = arguments.required("changes vote needs a CODE");
		String word = arguments.required("changes vote needs approve, reject or abstain");
		VoteChoice choice = VoteChoice.getByName(word.toLowerCase(Locale.ROOT));
		if (choice == null) {
			throw new UsageException("the vote must be approve, reject or abstain, was '" + word + "'");
		}
		arguments.finish();
		try (ModelStore store = context.openStore(false); StoreSession session = store.openSession(context.user())) {
			Optional<ChangeRequest> found = ChangeControl.find(session, code);
			if (found.isEmpty()) {
				context.err().println("No change request has the code " + code + ".");
				return CommandContext.FAILED;
			}
			Instant now = clock.instant();
			VoteResult result = control.vote(session, found.get(), choice, comment.orElse(null), now,
					LocalDate.ofInstant(now, clock.getZone()));
			context.out().println("Voted " + choice.getName() + " on " + code + ": " + result.tally().describe() + ".");
			if (result.decision() != null) {
				context.out().println(code + " is " + ChangeLifecycle.lower(result.decision()) + ".");
			}
			if (result.baseline() != null) {
				context.out().println("The plan of " + found.get().getProject().getCode()
						+ " is updated from the impact assessment; baseline '" + result.baseline().getName() + "' taken.");
			}
			return CommandContext.OK;
		}
	}

	private int exchange(CommandContext context, String verb, CommandArguments arguments) {
		Optional<String> formatName = arguments.option("--format");
		String file = arguments.required("changes " + verb + " needs a FILE");
		arguments.finish();
		TableFormat format = formatName.map(name -> TableFormat.named(name)
				.orElseThrow(() -> new UsageException("--format must be csv or xlsx, was '" + name + "'")))
				.orElseGet(() -> TableFormat.ofFileName(file).orElseThrow(() -> new UsageException(
						"give --format csv or xlsx; the name " + file + " ends in neither .csv nor .xlsx")));
		try (ModelStore store = context.openStore(false); StoreSession session = store.openSession(context.user())) {
			if (verb.equals("export")) {
				List<ChangeRequest> requests = session.query(
						Query.<ChangeRequest>of(Literals.CHANGE_REQUEST).orderBy(Literals.CHANGE_REQUEST__CODE));
				requests.forEach(EcoreUtil::resolveAll);
				try (OutputStream out = Files.newOutputStream(Path.of(file))) {
					ChangeExchange.LOG.export(requests, format, out);
				}
				context.out().println("Exported " + requests.size() + " change requests to " + file + ".");
				return CommandContext.OK;
			}
			try (InputStream in = Files.newInputStream(Path.of(file))) {
				ImportResult<ChangeRequest> result = ChangeExchange.LOG.importFrom(in, format, session);
				context.out().println("Imported " + file + ": " + result.summary() + ".");
				return CommandContext.OK;
			}
		} catch (ExchangeException e) {
			context.err().println(e.getMessage());
			return CommandContext.FAILED;
		} catch (NoSuchFileException e) {
			context.err().println("No file " + file + ".");
			return CommandContext.FAILED;
		} catch (IOException e) {
			context.err().println("Could not " + (verb.equals("export") ? "write " : "read ") + file + ": "
					+ e.getMessage());
			return CommandContext.FAILED;
		}
	}

	static String clip(String text, int width) {
		return text == null ? "" : text.length() <= width ? text : text.substring(0, width - 1) + "…";
	}

	private static String name(Person person) {
		return person == null ? "-" : person.getName();
	}

	private static String literal(org.eclipse.emf.common.util.Enumerator value) {
		return value == null ? "-" : value.getLiteral();
	}
}
