package org.atrium.risks;

import java.util.Objects;
import java.util.Optional;

import org.atrium.risks.model.risks.Risk;
import org.osgi.service.component.annotations.Component;

/**
 * Rates risks with a {@link RiskMatrix}: the inherent rating from probability and impact, and the residual rating
 * from residual probability and residual impact. A residual level that is not set is the inherent one, so a risk
 * without a residual assessment is rated the same before and after its response.
 */
@Component(service = RiskScoring.class)
public class RiskScoring {

	private final RiskMatrix matrix;

	/** Rates with {@link RiskMatrix#defaults()}. */
	public RiskScoring() {
		this(RiskMatrix.defaults());
	}

	public RiskScoring(RiskMatrix matrix) {
		this.matrix = Objects.requireNonNull(matrix, "matrix");
	}

	public RiskMatrix matrix() {
		return matrix;
	}

	/**
	 * The rating of a probability and an impact.
	 *
	 * @throws IllegalArgumentException if either is not from 1 to 5
	 */
	public RiskRating rate(int probability, int impact) {
		return new RiskRating(probability, impact, RiskMatrix.score(probability, impact),
				matrix.band(probability, impact));
	}

	/** The rating before the response; empty if probability or impact is not from 1 to 5. */
	public Optional<RiskRating> inherent(Risk risk) {
		return rateIfValid(risk.getProbability(), risk.getImpact());
	}

	/** The rating after the response; empty if a level (residual, or inherent in its place) is not from 1 to 5. */
	public Optional<RiskRating> residual(Risk risk) {
		return rateIfValid(residualProbability(risk), residualImpact(risk));
	}

	/** The residual probability, or the probability when the residual one is not set. */
	public static int residualProbability(Risk risk) {
		return risk.getResidualProbability() != null ? risk.getResidualProbability() : risk.getProbability();
	}

	/** The residual impact, or the impact when the residual one is not set. */
	public static int residualImpact(Risk risk) {
		return risk.getResidualImpact() != null ? risk.getResidualImpact() : risk.getImpact();
	}

	private Optional<RiskRating> rateIfValid(int probability, int impact) {
		return RiskMatrix.isLevel(probability) && RiskMatrix.isLevel(impact)
				? Optional.of(rate(probability, impact))
				: Optional.empty();
	}
}
