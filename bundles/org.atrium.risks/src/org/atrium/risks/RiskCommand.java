package org.atrium.risks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.atrium.core.command.CommandArguments;
import org.atrium.core.command.CommandContext;
import org.atrium.core.command.CommandContribution;
import org.atrium.core.command.UsageException;
import org.atrium.core.exchange.ExchangeException;
import org.atrium.core.exchange.ImportResult;
import org.atrium.core.exchange.RowRule;
import org.atrium.core.exchange.TableFormat;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.Condition;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.risks.model.risks.Risk;
import org.atrium.risks.model.risks.RisksPackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.osgi.service.component.annotations.Component;

/**
 * {@code atrium risks export|import [--format csv|xlsx] FILE [--project CODE]}: the risk register to and from a
 * file. Export writes each risk with its id; import updates the risks whose id the file names and creates the
 * others, all rows or none.
 */
@Component(service = CommandContribution.class)
public class RiskCommand implements CommandContribution {

	private final RiskExchange exchange = new RiskExchange();

	@Override
	public String name() {
		return "risks";
	}

	@Override
	public List<Usage> usage() {
		return List.of(
				new Usage("export [--format csv|xlsx] FILE [--project CODE]",
						"Write the risk register, or one project's risks, to FILE with each risk's id"),
				new Usage("import [--format csv|xlsx] FILE [--project CODE]",
						"Update the risks whose id FILE names and create the others; any bad row imports nothing"));
	}

	@Override
	public int run(CommandContext context) {
		CommandArguments arguments = context.arguments();
		Optional<String> formatName = arguments.option("--format");
		Optional<String> projectCode = arguments.option("--project");
		String verb = arguments.required("risks needs export or import");
		if (!verb.equals("export") && !verb.equals("import")) {
			throw new UsageException("unknown risks command '" + verb + "'; use export or import");
		}
		String file = arguments.required("risks " + verb + " needs a FILE");
		arguments.finish();
		TableFormat format = formatName.map(name -> TableFormat.named(name)
				.orElseThrow(() -> new UsageException("--format must be csv or xlsx, was '" + name + "'")))
				.orElseGet(() -> TableFormat.ofFileName(file).orElseThrow(() -> new UsageException(
						"give --format csv or xlsx; the name " + file + " ends in neither .csv nor .xlsx")));
		try (ModelStore store = context.openStore(false); StoreSession session = store.openSession(context.user())) {
			Optional<Project> project = Optional.empty();
			if (projectCode.isPresent()) {
				project = session.query(Query.<Project>of(PmoPackage.Literals.PROJECT)
						.where(Condition.eq(PmoPackage.Literals.PROJECT__CODE, projectCode.get())).limit(1)).stream()
						.findFirst();
				if (project.isEmpty()) {
					context.err().println("No project has the code " + projectCode.get() + ".");
					return CommandContext.FAILED;
				}
			}
			return verb.equals("export") ? export(context, session, Path.of(file), format, project)
					: importFile(context, session, Path.of(file), format, project);
		}
	}

	private int export(CommandContext context, StoreSession session, Path file, TableFormat format,
			Optional<Project> project) {
		Query<Risk> query = Query.<Risk>of(RisksPackage.Literals.RISK).orderBy(RisksPackage.Literals.RISK__TITLE);
		if (project.isPresent()) {
			query = query.where(Condition.eq(RisksPackage.Literals.RISK__PROJECT, project.get()));
		}
		List<Risk> risks = session.query(query);
		risks.forEach(EcoreUtil::resolveAll);
		Path target = file.toAbsolutePath();
		Path partial = null;
		try {
			partial = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
			try (OutputStream out = Files.newOutputStream(partial)) {
				exchange.register().export(risks, format, out);
			}
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			context.err().println("Could not write " + file + ": " + e.getMessage());
			return CommandContext.FAILED;
		} finally {
			deleteQuietly(partial);
		}
		context.out().println("Exported " + (risks.size() == 1 ? "1 risk" : risks.size() + " risks") + " to " + file + ".");
		return CommandContext.OK;
	}

	private int importFile(CommandContext context, StoreSession session, Path file, TableFormat format,
			Optional<Project> project) {
		RowRule<Risk> inProject = project.<RowRule<Risk>>map(only -> risk -> risk.getProject() == null
				|| Objects.equals(risk.getProject().getCode(), only.getCode()) ? null
						: new RowRule.Violation("project code", "the risk is in " + risk.getProject().getCode()
								+ ", not in " + only.getCode() + " given by --project"))
				.orElse(RowRule.none());
		try (InputStream in = Files.newInputStream(file)) {
			ImportResult<Risk> result = exchange.register().importFrom(in, format, session, inProject);
			context.out().println("Imported " + file + ": " + result.summary() + ".");
			return CommandContext.OK;
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

	private static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			} catch (IOException e) {
				// a stray partial file; the export itself is reported
			}
		}
	}
}
