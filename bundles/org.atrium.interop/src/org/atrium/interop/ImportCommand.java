package org.atrium.interop;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.atrium.core.command.CommandArguments;
import org.atrium.core.command.CommandContext;
import org.atrium.core.command.CommandContribution;
import org.atrium.core.command.UsageException;
import org.atrium.core.exchange.ExchangeException;
import org.atrium.core.exchange.ImportResult;
import org.atrium.core.exchange.TableFormat;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.StoreSession;
import org.atrium.interop.model.interop.SheetMapping;
import org.atrium.interop.model.interop.SheetTarget;
import org.osgi.service.component.annotations.Component;

/**
 * {@code atrium import msproject FILE [--project CODE] [--dry-run]}: an MS Project plan into a project, printing the
 * mapping report first; {@code atrium import sheet FILE --mapping NAME [--project CODE]}: a Smartsheet or Excel sheet
 * with a saved column mapping.
 */
@Component(service = CommandContribution.class)
public class ImportCommand implements CommandContribution {

	@Override
	public String name() {
		return "import";
	}

	@Override
	public List<Usage> usage() {
		return List.of(
				new Usage("msproject FILE [--project CODE] [--dry-run]",
						"Import an MS Project plan (.xml or .mpp) into a project; prints what it creates, updates and "
								+ "cannot map; --dry-run writes nothing"),
				new Usage("sheet FILE --mapping NAME [--project CODE]",
						"Import a project list, or a project's milestone plan (--project), from CSV or XLSX with a "
								+ "saved column mapping; any bad row imports nothing"));
	}

	@Override
	public int run(CommandContext context) {
		CommandArguments arguments = context.arguments();
		Optional<String> projectCode = arguments.option("--project");
		Optional<String> mapping = arguments.option("--mapping");
		boolean dryRun = arguments.flag("--dry-run");
		String what = arguments.required("import needs msproject or sheet");
		String file = switch (what) {
			case "msproject", "sheet" -> arguments.required("import " + what + " needs a FILE");
			default -> throw new UsageException("unknown import '" + what + "'; use msproject or sheet");
		};
		arguments.finish();
		if (what.equals("msproject")) {
			if (mapping.isPresent()) {
				throw new UsageException("--mapping is for import sheet, not for import msproject");
			}
			return msproject(context, Path.of(file), projectCode, dryRun);
		}
		if (dryRun) {
			throw new UsageException("--dry-run is for import msproject, not for import sheet");
		}
		return sheet(context, Path.of(file),
				mapping.orElseThrow(() -> new UsageException("import sheet needs --mapping NAME")), projectCode);
	}

	private int msproject(CommandContext context, Path file, Optional<String> projectCode, boolean dryRun) {
		try (ModelStore store = context.openStore(false); StoreSession session = store.openSession(context.user())) {
			PlanImport planImport = PlanImport.prepare(session, PlanFiles.read(file), projectCode);
			context.out().println("Plan " + file.getFileName() + " into " + planImport.project().getCode() + " "
					+ planImport.project().getName() + ":");
			planImport.report().asText().forEach(line -> context.out().println("  " + line));
			if (dryRun) {
				context.out().println(planImport.report().summary() + "; nothing was written (--dry-run).");
				return CommandContext.OK;
			}
			planImport.apply();
			context.out().println("Imported: " + planImport.report().summary() + ".");
			return CommandContext.OK;
		} catch (PlanFileException e) {
			context.err().println(e.getMessage() + " Nothing was imported.");
			return CommandContext.FAILED;
		}
	}

	private int sheet(CommandContext context, Path file, String mappingName, Optional<String> projectCode) {
		TableFormat format = TableFormat.ofFileName(file.toString()).orElseThrow(
				() -> new UsageException("the name " + file + " ends in neither .csv nor .xlsx"));
		try (ModelStore store = context.openStore(false); StoreSession session = store.openSession(context.user())) {
			Optional<SheetMapping> mapping = SheetMappings.find(session, mappingName);
			if (mapping.isEmpty()) {
				context.err().println("No saved mapping is named " + mappingName
						+ "; save one with File > Import > Sheet in the workbench.");
				return CommandContext.FAILED;
			}
			Project project = null;
			if (mapping.get().getTarget() == SheetTarget.MILESTONE_PLAN) {
				String code = projectCode.orElseThrow(() -> new UsageException(
						"the mapping " + mappingName + " is for a milestone plan; give --project CODE"));
				project = ProjectCodes.find(session, code).orElse(null);
				if (project == null) {
					context.err().println("No project has the code " + code + ".");
					return CommandContext.FAILED;
				}
			} else if (projectCode.isPresent()) {
				throw new UsageException("the mapping " + mappingName + " is for a project list; leave out --project");
			}
			try (InputStream in = Files.newInputStream(file)) {
				ImportResult<?> result = SheetImport.run(session, mapping.get(), project, in, format, null);
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
			context.err().println("Could not read " + file + ": " + e.getMessage());
			return CommandContext.FAILED;
		}
	}
}
