package org.atrium.resources;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.atrium.core.GovernanceGuard;
import org.atrium.core.command.CommandArguments;
import org.atrium.core.command.CommandContext;
import org.atrium.core.command.CommandContribution;
import org.atrium.core.command.UsageException;
import org.atrium.core.exchange.ExchangeException;
import org.atrium.core.exchange.ImportResult;
import org.atrium.core.exchange.TableFormat;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.TimeEntry;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.StoreSession;
import org.atrium.resources.model.resources.Timesheet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code atrium time export|import --from DATE --to DATE [--format csv|xlsx] FILE} and
 * {@code atrium time submit --week DATE}: time entries to and from a file, all rows or none, and the acting user's
 * week submitted for approval.
 */
@Component(service = CommandContribution.class)
public class TimeCommand implements CommandContribution {

	private Timesheets timesheets;

	public TimeCommand() {
	}

	/** For use outside OSGi. */
	public TimeCommand(Timesheets timesheets) {
		this.timesheets = timesheets;
	}

	@Reference
	void setTimesheets(Timesheets timesheets) {
		this.timesheets = timesheets;
	}

	@Override
	public String name() {
		return "time";
	}

	@Override
	public List<Usage> usage() {
		return List.of(
				new Usage("export --from DATE --to DATE [--format csv|xlsx] FILE",
						"Write the time entries of the period to FILE with each entry's id"),
				new Usage("import --from DATE --to DATE [--format csv|xlsx] FILE",
						"Update the entries whose id FILE names and create the others; any bad row imports nothing"),
				new Usage("submit --week DATE", "Submit your week holding DATE for approval"));
	}

	@Override
	public int run(CommandContext context) {
		CommandArguments arguments = context.arguments();
		String verb = arguments.required("time needs export, import or submit");
		return switch (verb) {
			case "export", "import" -> exchange(context, arguments, verb);
			case "submit" -> submit(context, arguments);
			default -> throw new UsageException("unknown time command '" + verb + "'; use export, import or submit");
		};
	}

	private int submit(CommandContext context, CommandArguments arguments) {
		LocalDate week = arguments.dateOption("--week").orElseThrow(() -> new UsageException("time submit needs --week DATE"));
		arguments.finish();
		try (ModelStore store = context.openStore(false); StoreSession session = store.openSession(context.user())) {
			Optional<Person> person = GovernanceGuard.person(session, context.user());
			if (person.isEmpty()) {
				context.err().println("No person of the office has the login " + context.user() + ".");
				return CommandContext.FAILED;
			}
			try {
				List<Timesheet> sheets = timesheets.submit(session, person.get(), week);
				for (Timesheet sheet : sheets) {
					context.out().printf("Submitted %s, week of %s: %s hours%n", sheet.getProject().getCode(),
							sheet.getWeekStart(), sheet.getHours().stripTrailingZeros().toPlainString());
				}
				return CommandContext.OK;
			} catch (ResourceRuleException e) {
				context.err().println(e.getMessage());
				return CommandContext.FAILED;
			}
		}
	}

	private int exchange(CommandContext context, CommandArguments arguments, String verb) {
		LocalDate from = arguments.dateOption("--from").orElseThrow(() -> new UsageException("time " + verb + " needs --from DATE"));
		LocalDate to = arguments.dateOption("--to").orElseThrow(() -> new UsageException("time " + verb + " needs --to DATE"));
		Optional<String> formatName = arguments.option("--format");
		String file = arguments.required("time " + verb + " needs a FILE");
		arguments.finish();
		if (to.isBefore(from)) {
			throw new UsageException("--to " + to + " is before --from " + from);
		}
		TableFormat format = formatName.map(name -> TableFormat.named(name)
				.orElseThrow(() -> new UsageException("--format must be csv or xlsx, was '" + name + "'")))
				.orElseGet(() -> TableFormat.ofFileName(file).orElseThrow(() -> new UsageException(
						"give --format csv or xlsx; the name " + file + " ends in neither .csv nor .xlsx")));
		Path path = Path.of(file);
		try (ModelStore store = context.openStore(false); StoreSession session = store.openSession(context.user())) {
			if (verb.equals("export")) {
				List<TimeEntry> entries = TimeExchange.entries(session, from, to);
				entries.forEach(EcoreUtil::resolveAll);
				try (OutputStream out = Files.newOutputStream(path)) {
					TimeExchange.TABLE.export(entries, format, out);
				}
				context.out().println("Exported " + entries.size() + (entries.size() == 1 ? " entry" : " entries")
						+ " to " + file + ".");
				return CommandContext.OK;
			}
			try (InputStream in = Files.newInputStream(path)) {
				ImportResult<TimeEntry> result = TimeExchange.TABLE.importFrom(in, format, session,
						TimeExchange.rule(session, from, to));
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
			context.err().println("Could not " + (verb.equals("export") ? "write " : "read ") + file + ": " + e.getMessage());
			return CommandContext.FAILED;
		}
	}
}
