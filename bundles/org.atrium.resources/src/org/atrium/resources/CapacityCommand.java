package org.atrium.resources;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.atrium.core.command.CommandArguments;
import org.atrium.core.command.CommandContext;
import org.atrium.core.command.CommandContribution;
import org.atrium.core.command.UsageException;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.StoreSession;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code atrium capacity --from DATE --weeks N [--department D]}: the people allocated over their capacity. */
@Component(service = CommandContribution.class)
public class CapacityCommand implements CommandContribution {

	private ResourcePlanning planning;

	public CapacityCommand() {
	}

	/** For use outside OSGi. */
	public CapacityCommand(ResourcePlanning planning) {
		this.planning = planning;
	}

	@Reference
	void setPlanning(ResourcePlanning planning) {
		this.planning = planning;
	}

	@Override
	public String name() {
		return "capacity";
	}

	@Override
	public List<Usage> usage() {
		return List.of(new Usage("--from DATE --weeks N [--department D]",
				"The people allocated over their capacity in the weeks from DATE, with their over-allocated weeks"));
	}

	@Override
	public int run(CommandContext context) {
		CommandArguments arguments = context.arguments();
		LocalDate from = arguments.dateOption("--from").orElseThrow(() -> new UsageException("capacity needs --from DATE"));
		int weeks = arguments.longOption("--weeks", 1, 104).orElseThrow(() -> new UsageException("capacity needs --weeks N"))
				.intValue();
		Optional<String> department = arguments.option("--department");
		arguments.finish();
		try (ModelStore store = context.openStore(false); StoreSession session = store.openSession(context.user())) {
			HeatMap map = planning.heatMap(session, from, weeks, department.orElse(null));
			List<HeatMap.Row> over = map.overAllocated();
			context.out().printf(Locale.ROOT, "%d of %d people over capacity in the %d weeks from %s%s%n", over.size(),
					map.rows().size(), weeks, map.monday(), department.map(d -> " in " + d).orElse(""));
			for (HeatMap.Row row : over) {
				StringBuilder line = new StringBuilder();
				for (int week = 0; week < weeks; week++) {
					if (row.isOverAllocated(week)) {
						line.append(line.isEmpty() ? "" : ", ").append(map.week(week)).append(' ')
								.append(percent(row.utilisation(week)));
					}
				}
				context.out().printf(Locale.ROOT, "%-28s %-16s peak %s: %s%n", row.label(),
						row.person().getDepartment() == null ? "" : row.person().getDepartment(), percent(row.peak()), line);
			}
			return CommandContext.OK;
		}
	}

	static String percent(double value) {
		return Double.isInfinite(value) ? "absent" : Math.round(value) + "%";
	}
}
