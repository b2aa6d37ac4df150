package org.atrium.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.atrium.bench.Figure.Unit;
import org.atrium.bench.Runner.Comparison;
import org.atrium.core.RagRollup;
import org.atrium.core.RagRollup.Rollup;
import org.atrium.demo.Office;
import org.atrium.core.model.pmo.LifecyclePhase;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.Program;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RagStatus;

/**
 * Figure 5: {@link RagRollup} over every portfolio against a plain loop over the same objects in memory that
 * computes the same roll-ups.
 */
final class RollupBenchmark {

	/** Roll-ups of all portfolios per timed run, so that a run lasts long enough to time. */
	private static final int ROUNDS = 20;
	/** The share of the budget in red children that makes the parent red. */
	private static final BigDecimal RED_BUDGET_SHARE = new BigDecimal("0.25");

	private final Settings settings;
	private final Office office;

	RollupBenchmark(Settings settings, Office office) {
		this.settings = settings;
		this.office = office;
	}

	Figure run() throws Exception {
		Bench.progress("5. RAG roll-up over every portfolio");
		RagRollup rollup = new RagRollup();
		List<Portfolio> portfolios = office.portfolios();
		List<List<Rollup>> results = new ArrayList<>(List.of(List.of(), List.of()));
		Comparison result = Runner.compare(settings.rollup(), Runner.timed(ROUNDS, () -> () -> {
			for (int round = 0; round < ROUNDS; round++) {
				results.set(0, portfolios.stream().map(rollup::of).toList());
			}
		}), Runner.timed(ROUNDS, () -> () -> {
			for (int round = 0; round < ROUNDS; round++) {
				results.set(1, portfolios.stream().map(RollupBenchmark::byHand).toList());
			}
		}));
		if (!results.get(0).equals(results.get(1))) {
			throw new IllegalStateException("RagRollup gave " + results.get(0) + ", the loop " + results.get(1));
		}
		return Figure.measured("5", String.format(Locale.ROOT, "RAG roll-up of all %d portfolios (%,d programs, "
				+ "%,d projects in memory; per roll-up of all)", portfolios.size(), office.programCount(),
				office.projectCount()), "a plain loop computing the same", Unit.TIME, 0, result);
	}

	/** The roll-up rule written out as loops over the portfolio's programs and their active projects. */
	static Rollup byHand(Portfolio portfolio) {
		Tally programs = new Tally();
		for (Program program : portfolio.getPrograms()) {
			Tally projects = new Tally();
			for (Project project : program.getProjects()) {
				if (project.getPhase() != LifecyclePhase.CLOSED) {
					RagStatus rag = project.getRag() == null ? RagStatus.GREEN : project.getRag();
					BigDecimal budget = project.getBudgetPlanned() == null ? BigDecimal.ZERO : project.getBudgetPlanned();
					projects.add(rag, budget, rag == RagStatus.RED ? 1 : 0, rag == RagStatus.AMBER ? 1 : 0,
							rag == RagStatus.GREEN ? 1 : 0);
				}
			}
			programs.add(projects.result());
		}
		return programs.result();
	}

	/** Children's statuses and budgets, summed as they come. */
	private static final class Tally {
		private int children;
		private int redChildren;
		private boolean anyNotGreen;
		private int red;
		private int amber;
		private int green;
		private BigDecimal total = BigDecimal.ZERO;
		private BigDecimal redBudget = BigDecimal.ZERO;

		void add(Rollup child) {
			add(child.rag(), child.budget(), child.red(), child.amber(), child.green());
		}

		void add(RagStatus rag, BigDecimal budget, int red, int amber, int green) {
			children++;
			total = total.add(budget);
			if (rag == RagStatus.RED) {
				redChildren++;
				redBudget = redBudget.add(budget);
			}
			anyNotGreen |= rag != RagStatus.GREEN;
			this.red += red;
			this.amber += amber;
			this.green += green;
		}

		Rollup result() {
			boolean redByBudget = redChildren > 0 && total.signum() > 0
					&& redBudget.compareTo(total.multiply(RED_BUDGET_SHARE)) >= 0;
			boolean redByCount = redChildren > 0 && redChildren * 3 >= children;
			RagStatus rag = redByBudget || redByCount ? RagStatus.RED : anyNotGreen ? RagStatus.AMBER : RagStatus.GREEN;
			return new Rollup(rag, red, amber, green, total);
		}
	}
}
