package org.atrium.risks;

import java.util.Locale;

/**
 * A risk's rating at one point: before the response (inherent) or after it (residual).
 *
 * @param probability 1 to 5
 * @param impact 1 to 5
 * @param score probability × impact
 * @param band the band of probability and impact in the matrix in use
 */
public record RiskRating(int probability, int impact, int score, RiskBand band) {

	/** E.g. "high (4 × 3 = 12)". */
	@Override
	public String toString() {
		return band.label().toLowerCase(Locale.ROOT) + " (" + probability + " × " + impact + " = " + score + ")";
	}
}
