package org.atrium.cli;

import java.util.List;
import java.util.Locale;

import org.atrium.core.command.CommandContext;
import org.atrium.core.command.CommandContribution;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.StoreSession;
import org.atrium.core.validation.ModelValidation;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.osgi.service.component.annotations.Component;

/**
 * {@code atrium validate}: checks everything in the database, of every package registered with the store, with the
 * rules every installed package registered. Fails when there is an error; warnings alone pass.
 */
@Component(service = CommandContribution.class)
public class ValidateCommand implements CommandContribution {

	@Override
	public String name() {
		return "validate";
	}

	@Override
	public List<Usage> usage() {
		return List.of(new Usage("", "every validation problem in the database"));
	}

	@Override
	public int run(CommandContext context) {
		context.arguments().finish();
		try (ModelStore store = context.openStore(false); StoreSession session = store.openSession(context.user())) {
			List<EObject> roots = session.roots();
			Diagnostic result = ModelValidation.validate(roots);
			int errors = 0;
			int warnings = 0;
			for (Diagnostic problem : result.getChildren()) {
				if (problem.getSeverity() >= Diagnostic.ERROR) {
					errors++;
					context.out().println("ERROR    " + problem.getMessage());
				} else if (problem.getSeverity() >= Diagnostic.WARNING) {
					warnings++;
					context.out().println("WARNING  " + problem.getMessage());
				}
			}
			context.out().printf(Locale.ROOT, "%d errors, %d warnings in %d objects%n", errors, warnings, count(roots));
			return errors == 0 ? CommandContext.OK : CommandContext.FAILED;
		}
	}

	/** The objects and everything they contain. */
	private static long count(List<EObject> roots) {
		long count = roots.size();
		for (EObject root : roots) {
			for (var contents = root.eAllContents(); contents.hasNext(); contents.next()) {
				count++;
			}
		}
		return count;
	}
}
