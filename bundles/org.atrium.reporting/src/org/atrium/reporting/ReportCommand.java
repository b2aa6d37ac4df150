package org.atrium.reporting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.atrium.core.command.CommandArguments;
import org.atrium.core.command.CommandContext;
import org.atrium.core.command.CommandContribution;
import org.atrium.core.command.UsageException;
import org.atrium.core.model.pmo.ReportPeriod;
import org.atrium.core.model.pmo.Scope;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.StoreSession;
import org.atrium.reporting.export.ReportExport;
import org.atrium.reporting.export.ReportFormat;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code atrium report weekly|monthly --scope CODE [--as-of DATE] [--format pdf|xlsx|csv|html|deck] --out FILE}: a
 * status report generated from the data as of the date (today unless given), written to FILE, for cron. An unknown
 * scope, a date in the future or a file that cannot be written is one line and exit code 2, and leaves no file.
 */
@Component(service = CommandContribution.class)
public class ReportCommand implements CommandContribution {

	private Reporting reporting;

	public ReportCommand() {
	}

	/** For use outside OSGi. */
	public ReportCommand(Reporting reporting) {
		this.reporting = reporting;
	}

	@Reference
	void setReporting(Reporting reporting) {
		this.reporting = reporting;
	}

	@Override
	public String name() {
		return "report";
	}

	@Override
	public List<Usage> usage() {
		return List.of(new Usage("weekly|monthly --scope CODE [--as-of DATE] [--format pdf|xlsx|csv|html|deck] --out FILE",
				"Write the status report of a project (by code), program or portfolio (by name) as of DATE (today)"));
	}

	@Override
	public int run(CommandContext context) {
		CommandArguments arguments = context.arguments();
		String code = arguments.option("--scope").orElseThrow(() -> new UsageException("report needs --scope CODE"));
		LocalDate asOf = arguments.dateOption("--as-of").orElse(reporting.today());
		String out = arguments.option("--out").orElseThrow(() -> new UsageException("report needs --out FILE"));
		String formatName = arguments.option("--format").orElse(null);
		String periodName = arguments.required("report needs weekly or monthly");
		arguments.finish();
		ReportPeriod period = switch (periodName) {
		case "weekly" -> ReportPeriod.WEEKLY;
		case "monthly" -> ReportPeriod.MONTHLY;
		default -> throw new UsageException("report needs weekly or monthly, was '" + periodName + "'");
		};
		ReportFormat format = formatName != null ? ReportFormat.named(formatName).orElseThrow(() -> new UsageException(
				"--format must be pdf, xlsx, csv, html or deck, was '" + formatName + "'")) : ofFileName(out);
		if (asOf.isAfter(reporting.today())) {
			throw new UsageException("--as-of " + asOf + " is in the future; a report shows what has happened");
		}
		Path file = writable(out);
		try (ModelStore store = context.openStore(false); StoreSession session = store.openSession(context.user())) {
			Scope scope = reporting.findScope(session, code).orElseThrow(() -> new UsageException(
					"--scope " + code + " is neither a project's code nor a program's or portfolio's name"));
			ReportContent report = reporting.generate(session, scope, period, asOf);
			try {
				ReportExport.write(report, format, file);
			} catch (IOException e) {
				throw new UsageException("--out " + out + " cannot be written: " + e.getMessage());
			}
			context.out().println("Wrote " + report.title() + " as of " + asOf + " (" + format.label() + ") to " + out + ".");
			return CommandContext.OK;
		}
	}

	private static ReportFormat ofFileName(String out) {
		String name = out.toLowerCase(Locale.ROOT);
		return ReportFormat.named(name.substring(name.lastIndexOf('.') + 1)).filter(format -> format != ReportFormat.DECK)
				.orElseThrow(() -> new UsageException("give --format pdf, xlsx, csv, html or deck; the name " + out
						+ " ends in none of .pdf, .xlsx, .csv, .html"));
	}

	/** The output file, if its folder exists and may be written to. */
	private static Path writable(String out) {
		Path file;
		try {
			file = Path.of(out).toAbsolutePath();
		} catch (InvalidPathException e) {
			throw new UsageException("--out " + out + " is not a file name");
		}
		Path folder = file.getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			throw new UsageException("--out " + out + " cannot be written: the folder " + folder + " does not exist");
		}
		if (Files.isDirectory(file)) {
			throw new UsageException("--out " + out + " cannot be written: it is a folder");
		}
		if (!Files.isWritable(folder) || Files.exists(file) && !Files.isWritable(file)) {
			throw new UsageException("--out " + out + " cannot be written: permission denied");
		}
		return file;
	}
}
