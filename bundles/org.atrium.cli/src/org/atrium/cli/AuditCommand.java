package org.atrium.cli;

import java.util.List;
import java.util.Locale;

import org.atrium.core.AuditTrail;
import org.atrium.core.command.CommandArguments;
import org.atrium.core.command.CommandContext;
import org.atrium.core.command.CommandContribution;
import org.atrium.core.store.AuditEntry;
import org.atrium.core.store.ModelStore;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code atrium audit}: the most recent changes, who made them and from which value to which. */
@Component(service = CommandContribution.class)
public class AuditCommand implements CommandContribution {

	private static final long MAX_LIMIT = 100_000;

	private AuditTrail audit;

	@Reference
	void setAudit(AuditTrail audit) {
		this.audit = audit;
	}

	@Override
	public String name() {
		return "audit";
	}

	@Override
	public List<Usage> usage() {
		return List.of(new Usage("[--limit N]", "the most recent changes"));
	}

	@Override
	public int run(CommandContext context) {
		CommandArguments args = context.arguments();
		int limit = args.longOption("--limit", 1, MAX_LIMIT).orElse(20L).intValue();
		args.finish();
		try (ModelStore store = context.openStore(false)) {
			List<AuditEntry> entries = audit.recent(store, limit);
			for (AuditEntry entry : entries) {
				context.out().println(audit.describe(entry));
			}
			context.out().printf(Locale.ROOT, "%d changes shown%n", entries.size());
			return CommandContext.OK;
		}
	}
}
