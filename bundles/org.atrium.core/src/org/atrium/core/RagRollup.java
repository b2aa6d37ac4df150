package org.atrium.core;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.atrium.core.model.pmo.LifecyclePhase;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.Program;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RagStatus;
import org.atrium.core.model.pmo.Scope;
import org.osgi.service.component.annotations.Component;

/**
 * Rolls RAG status up from projects to programs and from programs to portfolios. The rule, over
 * the active (not closed) children, each weighted by its planned budget:
 * <ul>
 * <li><b>Red</b> if red children carry at least 25% of the budget, or a third or more of the
 * children are red;</li>
 * <li><b>Amber</b> otherwise, if any child is red or amber;</li>
 * <li><b>Green</b> otherwise, also when there is no active child.</li>
 * </ul>
 */
@Component(service = RagRollup.class)
public class RagRollup {

	static final BigDecimal RED_BUDGET_SHARE = new BigDecimal("0.25");

	/** A rolled-up status with the counts behind it. */
	public record Rollup(RagStatus rag, int red, int amber, int green, BigDecimal budget) {
	}

	public Rollup of(Scope scope) {
		return switch (scope) {
		case Project project -> new Rollup(rag(project), count(project, RagStatus.RED), count(project, RagStatus.AMBER),
				count(project, RagStatus.GREEN), budget(project));
		case Program program -> combine(program.getProjects().stream().filter(RagRollup::isActive).map(this::of).toList());
		case Portfolio portfolio -> combine(portfolio.getPrograms().stream().map(this::of).toList());
		default -> throw new IllegalArgumentException("no RAG roll-up for " + scope.eClass().getName());
		};
	}

	private static Rollup combine(List<Rollup> children) {
		int red = 0;
		int amber = 0;
		int green = 0;
		BigDecimal total = BigDecimal.ZERO;
		BigDecimal redBudget = BigDecimal.ZERO;
		List<RagStatus> statuses = new ArrayList<>();
		for (Rollup child : children) {
			statuses.add(child.rag());
			total = total.add(child.budget());
			if (child.rag() == RagStatus.RED) {
				redBudget = redBudget.add(child.budget());
			}
			red += child.red();
			amber += child.amber();
			green += child.green();
		}
		long redChildren = statuses.stream().filter(s -> s == RagStatus.RED).count();
		boolean redByBudget = total.signum() > 0
				&& redBudget.compareTo(total.multiply(RED_BUDGET_SHARE)) >= 0 && redChildren > 0;
		boolean redByCount = !statuses.isEmpty() && redChildren * 3 >= statuses.size() && redChildren > 0;
		RagStatus rag = redByBudget || redByCount ? RagStatus.RED
				: statuses.stream().anyMatch(s -> s != RagStatus.GREEN) ? RagStatus.AMBER : RagStatus.GREEN;
		return new Rollup(rag, red, amber, green, total);
	}

	private static boolean isActive(Project project) {
		return project.getPhase() != LifecyclePhase.CLOSED;
	}

	private static RagStatus rag(Project project) {
		return project.getRag() == null ? RagStatus.GREEN : project.getRag();
	}

	private static int count(Project project, RagStatus status) {
		return rag(project) == status ? 1 : 0;
	}

	private static BigDecimal budget(Project project) {
		return project.getBudgetPlanned() == null ? BigDecimal.ZERO : project.getBudgetPlanned();
	}
}
