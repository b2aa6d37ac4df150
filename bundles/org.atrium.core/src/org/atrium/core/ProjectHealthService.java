package org.atrium.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.atrium.core.HealthContributor.Finding;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RagStatus;
import org.atrium.core.model.rules.EarnedValue;
import org.atrium.core.model.rules.HealthAssessment;
import org.atrium.core.model.rules.ProjectHealth;
import org.atrium.core.store.StoreSession;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * A project's derived RAG: the core rules (KPI thresholds, milestone slip, budget variance) plus
 * the findings of every installed {@link HealthContributor}. The worst finding wins.
 * <p>
 * Its actual cost is the cost entered on the project ({@code budgetActual}) plus what every installed
 * {@link CostContribution} knows (approved time, for example). When a plugin contributes cost, the cost rules
 * join the RAG: red when the actual cost is above the budget at completion, amber when the cost performance
 * index (EV / AC) is below {@value #AMBER_CPI}.
 */
@Component(service = ProjectHealthService.class)
public class ProjectHealthService {

	private final ProjectHealth rules = ProjectHealth.withDefaults();
	private final List<HealthContributor> contributors = new CopyOnWriteArrayList<>();
	private final List<CostContribution> costs = new CopyOnWriteArrayList<>();

	static final double AMBER_CPI = 0.9;

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	public void addContributor(HealthContributor contributor) {
		contributors.add(contributor);
	}

	public void removeContributor(HealthContributor contributor) {
		contributors.remove(contributor);
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	public void addCost(CostContribution cost) {
		costs.add(cost);
	}

	public void removeCost(CostContribution cost) {
		costs.remove(cost);
	}

	/** The cost the plugins know of up to the date, zero when none does. */
	public BigDecimal contributedCost(Project project, StoreSession session, LocalDate asOf) {
		BigDecimal total = BigDecimal.ZERO;
		for (CostContribution cost : costs) {
			total = total.add(Contributions.call(cost, "the actual cost of " + project.getCode(),
					() -> cost.actualCost(project, session, asOf), BigDecimal.ZERO));
		}
		return total;
	}

	/** The project's actual cost: the cost entered on it plus the plugins'; null when there is neither. */
	public BigDecimal actualCost(Project project, StoreSession session, LocalDate asOf) {
		BigDecimal contributed = contributedCost(project, session, asOf);
		BigDecimal entered = project.getBudgetActual();
		return entered == null ? (contributed.signum() == 0 ? null : contributed) : entered.add(contributed);
	}

	/** Earned value with the actual cost above as AC. */
	public Optional<EarnedValue> earnedValue(Project project, StoreSession session, LocalDate asOf) {
		return EarnedValue.of(project, asOf, actualCost(project, session, asOf));
	}

	public HealthAssessment assess(Project project, StoreSession session, LocalDate today) {
		HealthAssessment core = rules.assess(project, today);
		List<Finding> findings = new ArrayList<>(costFindings(project, session, today));
		for (HealthContributor contributor : contributors) {
			findings.addAll(Contributions.call(contributor, "the health findings of " + project.getCode(),
					() -> contributor.findings(project, session, today), List.of()));
		}
		findings.sort(Comparator.comparingInt((Finding f) -> f.rag().getValue()).reversed());
		RagStatus worst = core.rag();
		List<String> reasons = new ArrayList<>(core.reasons());
		for (Finding finding : findings) {
			if (finding.rag().getValue() > worst.getValue()) {
				worst = finding.rag();
			}
			reasons.add(finding.reason());
		}
		return new HealthAssessment(worst, reasons);
	}

	private List<Finding> costFindings(Project project, StoreSession session, LocalDate today) {
		if (costs.isEmpty() || contributedCost(project, session, today).signum() == 0) {
			return List.of();
		}
		EarnedValue ev = EarnedValue.of(project, today, actualCost(project, session, today)).orElse(null);
		if (ev == null || ev.actualCost() == null) {
			return List.of();
		}
		if (ev.actualCost().compareTo(ev.budgetAtCompletion()) > 0) {
			return List.of(new Finding(RagStatus.RED, "Actual cost %s is above the budget at completion %s"
					.formatted(ev.actualCost().toPlainString(), ev.budgetAtCompletion().toPlainString())));
		}
		BigDecimal cpi = ev.costPerformanceIndex();
		if (cpi != null && cpi.doubleValue() < AMBER_CPI) {
			return List.of(new Finding(RagStatus.AMBER, "Cost performance index is %s: less earned than spent (AC %s, EV %s)"
					.formatted(cpi.toPlainString(), ev.actualCost().toPlainString(), ev.earnedValue().toPlainString())));
		}
		return List.of();
	}
}
