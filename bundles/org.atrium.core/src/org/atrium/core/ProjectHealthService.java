package org.atrium.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.atrium.core.HealthContributor.Finding;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RagStatus;
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
 */
@Component(service = ProjectHealthService.class)
public class ProjectHealthService {

	private final ProjectHealth rules = ProjectHealth.withDefaults();
	private final List<HealthContributor> contributors = new CopyOnWriteArrayList<>();

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	public void addContributor(HealthContributor contributor) {
		contributors.add(contributor);
	}

	public void removeContributor(HealthContributor contributor) {
		contributors.remove(contributor);
	}

	public HealthAssessment assess(Project project, StoreSession session, LocalDate today) {
		HealthAssessment core = rules.assess(project, today);
		List<Finding> findings = new ArrayList<>();
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
}
