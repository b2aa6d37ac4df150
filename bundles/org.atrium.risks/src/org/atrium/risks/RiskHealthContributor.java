package org.atrium.risks;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.atrium.core.HealthContributor;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RagStatus;
import org.atrium.core.store.StoreSession;
import org.atrium.risks.model.risks.Risk;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Risks in a project's derived RAG: each open or mitigating risk whose residual band is critical makes the project
 * red, each high one amber.
 */
@Component(service = HealthContributor.class)
public class RiskHealthContributor implements HealthContributor {

	private static final Map<RiskBand, RagStatus> RAG_OF_BAND = Map.of(RiskBand.CRITICAL, RagStatus.RED,
			RiskBand.HIGH, RagStatus.AMBER);

	private RiskScoring scoring;

	public RiskHealthContributor() {
	}

	/** For use outside OSGi. */
	public RiskHealthContributor(RiskScoring scoring) {
		this.scoring = scoring;
	}

	@Reference
	void setScoring(RiskScoring scoring) {
		this.scoring = scoring;
	}

	/** One finding per critical or high risk, the highest residual score first. */
	@Override
	public List<Finding> findings(Project project, StoreSession session, LocalDate today) {
		record Rated(Risk risk, RiskRating rating) {
		}
		return session.query(RiskQueries.activeRisksOf(project)).stream()
				.flatMap(risk -> scoring.residual(risk).map(rating -> new Rated(risk, rating)).stream())
				.filter(rated -> RAG_OF_BAND.containsKey(rated.rating().band()))
				.sorted(Comparator.comparingInt((Rated rated) -> rated.rating().score()).reversed())
				.map(rated -> new Finding(RAG_OF_BAND.get(rated.rating().band()), sentence(rated.risk(), rated.rating())))
				.toList();
	}

	/** E.g. "Risk 'Vendor delay' (open) has a residual rating of critical (4 × 5 = 20)." */
	private static String sentence(Risk risk, RiskRating rating) {
		return "%s (%s) has a residual rating of %s.".formatted(RiskValidation.label(risk),
				risk.getStatus().getLiteral().toLowerCase(Locale.ROOT), rating);
	}
}
