package org.atrium.meetings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.atrium.core.GovernanceGuard;
import org.atrium.core.command.CommandArguments;
import org.atrium.core.command.CommandContext;
import org.atrium.core.command.CommandContribution;
import org.atrium.core.command.UsageException;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.Condition;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.meetings.MeetingQueries.Occurrence;
import org.atrium.meetings.model.meetings.MeetingSeries;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.osgi.service.component.annotations.Component;

/**
 * {@code atrium meetings list|export-ics|import-ics}: the acting person's or a project's meetings, as a list or as
 * an RFC 5545 calendar, and calendars from Outlook, Google or Thunderbird read in.
 */
@Component(service = CommandContribution.class)
public class MeetingCommand implements CommandContribution {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm");

	private final MeetingCalendar calendar = new MeetingCalendar();

	@Override
	public String name() {
		return "meetings";
	}

	@Override
	public List<Usage> usage() {
		return List.of(
				new Usage("list [--project CODE] [--from DATE] [--days N]",
						"The meetings of the project, or your own, from DATE (today) for N days (7)"),
				new Usage("export-ics FILE [--project CODE]",
						"Write the project's series, or your meetings of the coming 90 days, as an .ics calendar"),
				new Usage("import-ics FILE [--project CODE]",
						"Read an .ics calendar: known UIDs update their series, others become series of the project"));
	}

	@Override
	public int run(CommandContext context) {
		CommandArguments arguments = context.arguments();
		Optional<String> projectCode = arguments.option("--project");
		Optional<LocalDate> from = arguments.dateOption("--from");
		Optional<Long> days = arguments.longOption("--days", 1, 366);
		String verb = arguments.required("meetings needs list, export-ics or import-ics");
		if (!List.of("list", "export-ics", "import-ics").contains(verb)) {
			throw new UsageException("unknown meetings command '" + verb + "'; use list, export-ics or import-ics");
		}
		String file = verb.equals("list") ? null : arguments.required("meetings " + verb + " needs a FILE");
		arguments.finish();
		try (ModelStore store = context.openStore(false); StoreSession session = store.openSession(context.user())) {
			Optional<Project> project = Optional.empty();
			if (projectCode.isPresent()) {
				project = session.<Project>query(Query.<Project>of(PmoPackage.Literals.PROJECT)
						.where(Condition.eq(PmoPackage.Literals.PROJECT__CODE, projectCode.get())).limit(1)).stream()
						.findFirst();
				if (project.isEmpty()) {
					context.err().println("No project has the code " + projectCode.get() + ".");
					return CommandContext.FAILED;
				}
			}
			Optional<Person> me = GovernanceGuard.person(session, context.user());
			if (project.isEmpty() && me.isEmpty() && !verb.equals("import-ics")) {
				context.err().println("'" + context.user() + "' is not one of the office's people; give --project CODE"
						+ " or --user LOGIN.");
				return CommandContext.FAILED;
			}
			return switch (verb) {
			case "list" -> list(context, session, project, me, from.orElse(LocalDate.now()), days.orElse(7L));
			case "export-ics" -> export(context, session, project, me, Path.of(file));
			default -> importFile(context, session, project, Path.of(file));
			};
		}
	}

	private static int list(CommandContext context, StoreSession session, Optional<Project> project,
			Optional<Person> me, LocalDate from, long days) {
		ZoneId zone = ZoneId.systemDefault();
		Instant start = from.atStartOfDay(zone).toInstant();
		Instant end = from.plusDays(days).atStartOfDay(zone).toInstant();
		List<Occurrence> occurrences = project.isPresent()
				? MeetingQueries.occurrences(MeetingQueries.seriesOf(project.get(), session), start, end)
				: MeetingQueries.meetingsOf(me.get(), start, end, session);
		for (Occurrence occurrence : occurrences) {
			context.out().println(WHEN.format(occurrence.meeting().getStart().atZone(zone)) + "  "
					+ pad(occurrence.series().getType() == null ? "" : occurrence.series().getType().getLiteral(), 24)
					+ pad(MeetingLabels.title(occurrence.series()), 40) + occurrence.meeting().getStatus().getLiteral()
					+ "  " + occurrence.meeting().getId());
		}
		context.out().println(occurrences.size() == 1 ? "1 meeting." : occurrences.size() + " meetings.");
		return CommandContext.OK;
	}

	private int export(CommandContext context, StoreSession session, Optional<Project> project, Optional<Person> me,
			Path file) {
		Path target = file.toAbsolutePath();
		Path partial = null;
		try {
			partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
			String what;
			try (OutputStream out = Files.newOutputStream(partial)) {
				if (project.isPresent()) {
					List<MeetingSeries> series = MeetingQueries.seriesOf(project.get(), session);
					series.forEach(EcoreUtil::resolveAll);
					calendar.exportSeries(series, out);
					what = series.size() == 1 ? "1 series" : series.size() + " series";
				} else {
					Instant now = Instant.now();
					List<Occurrence> mine = MeetingQueries.meetingsOf(me.get(), now,
							now.plus(java.time.Duration.ofDays(90)), session);
					calendar.exportOccurrences(mine, out);
					what = mine.size() == 1 ? "1 meeting" : mine.size() + " meetings";
				}
			}
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			context.out().println("Exported " + what + " to " + file + ".");
			return CommandContext.OK;
		} catch (IOException e) {
			context.err().println("Could not write " + file + ": " + e.getMessage());
			return CommandContext.FAILED;
		} finally {
			if (partial != null) {
				try {
					Files.deleteIfExists(partial);
				} catch (IOException e) {
					// a stray partial file; the export itself is reported
				}
			}
		}
	}

	private int importFile(CommandContext context, StoreSession session, Optional<Project> project, Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			MeetingCalendar.ImportResult result = calendar.importFrom(in, file.toString(), project.orElse(null), session);
			context.out().println("Imported " + file + ": " + result.summary() + ".");
			return CommandContext.OK;
		} catch (CalendarImportException e) {
			context.err().println(e.getMessage());
			return CommandContext.FAILED;
		} catch (NoSuchFileException e) {
			context.err().println("No file " + file + ".");
			return CommandContext.FAILED;
		} catch (IOException e) {
			context.err().println("Could not read " + file + ": " + e.getMessage());
			return CommandContext.FAILED;
		}
	}

	private static String pad(String text, int width) {
		return text.length() >= width ? text.substring(0, width - 1) + " " : text + " ".repeat(width - text.length());
	}
}
