package org.atrium.risks;

import java.util.Arrays;
import java.util.Objects;

/**
 * A 5x5 probability-impact matrix: the band of every combination of a probability and an impact, each from 1 to 5.
 * The score of a combination is probability × impact (1 to 25).
 * <p>
 * The {@link #defaults() default matrix} bands by score:
 *
 * <pre>
 * score   band
 * 1-4     low
 * 5-9     medium
 * 10-16   high
 * 20-25   critical
 *
 *                   impact 1  2  3  4  5
 * probability 5            M  H  H  C  C
 *             4            L  M  H  H  C
 *             3            L  M  M  H  H
 *             2            L  L  M  M  H
 *             1            L  L  L  L  M
 * </pre>
 *
 * A custom matrix gives a band per cell; a band may never fall as probability or impact rise. Immutable.
 */
public final class RiskMatrix {

	/** Probability and impact run from 1 to this value. */
	public static final int LEVELS = 5;

	/** The lowest score of each band in the default matrix. */
	private static final int DEFAULT_MEDIUM_FROM = 5;
	private static final int DEFAULT_HIGH_FROM = 10;
	private static final int DEFAULT_CRITICAL_FROM = 20;

	private static final RiskMatrix DEFAULTS = new RiskMatrix(bandsByScore());

	private final RiskBand[][] bands;

	/**
	 * A matrix with the given band per cell: {@code bands[probability - 1][impact - 1]}, 5 rows of 5 bands.
	 *
	 * @throws IllegalArgumentException if a row or a band is missing, or a band is lower than the band of a cell
	 *         with a lower probability or a lower impact
	 */
	public RiskMatrix(RiskBand[][] bands) {
		Objects.requireNonNull(bands, "bands");
		if (bands.length != LEVELS) {
			throw new IllegalArgumentException("A risk matrix has " + LEVELS + " rows (probability 1 to " + LEVELS
					+ "), not " + bands.length);
		}
		this.bands = new RiskBand[LEVELS][];
		for (int row = 0; row < LEVELS; row++) {
			if (bands[row] == null || bands[row].length != LEVELS) {
				throw new IllegalArgumentException("Row of probability " + (row + 1) + " must have " + LEVELS
						+ " bands (impact 1 to " + LEVELS + ")");
			}
			this.bands[row] = bands[row].clone();
		}
		checkCells();
	}

	/** The default matrix: low for scores 1-4, medium 5-9, high 10-16, critical 20-25. */
	public static RiskMatrix defaults() {
		return DEFAULTS;
	}

	/** Whether the value is a valid probability or impact: 1 to 5. */
	public static boolean isLevel(int value) {
		return value >= 1 && value <= LEVELS;
	}

	/** Probability × impact. */
	public static int score(int probability, int impact) {
		return probability * impact;
	}

	/**
	 * The band of a probability and an impact.
	 *
	 * @throws IllegalArgumentException if either is not from 1 to 5
	 */
	public RiskBand band(int probability, int impact) {
		requireLevel("probability", probability);
		requireLevel("impact", impact);
		return bands[probability - 1][impact - 1];
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof RiskMatrix matrix && Arrays.deepEquals(bands, matrix.bands);
	}

	@Override
	public int hashCode() {
		return Arrays.deepHashCode(bands);
	}

	/** The rows from probability 5 down to 1, each from impact 1 to 5, e.g. "5: M H H C C". */
	@Override
	public String toString() {
		StringBuilder text = new StringBuilder();
		for (int probability = LEVELS; probability >= 1; probability--) {
			text.append(probability).append(':');
			for (int impact = 1; impact <= LEVELS; impact++) {
				text.append(' ').append(band(probability, impact).name().charAt(0));
			}
			text.append(probability == 1 ? "" : "\n");
		}
		return text.toString();
	}

	private void checkCells() {
		for (int probability = 1; probability <= LEVELS; probability++) {
			for (int impact = 1; impact <= LEVELS; impact++) {
				RiskBand band = bands[probability - 1][impact - 1];
				if (band == null) {
					throw new IllegalArgumentException(cell(probability, impact) + " has no band");
				}
				if (probability > 1) {
					requireNotBelow(band, probability, impact, probability - 1, impact);
				}
				if (impact > 1) {
					requireNotBelow(band, probability, impact, probability, impact - 1);
				}
			}
		}
	}

	private void requireNotBelow(RiskBand band, int probability, int impact, int lowerProbability, int lowerImpact) {
		RiskBand lower = bands[lowerProbability - 1][lowerImpact - 1];
		if (!band.isAtLeast(lower)) {
			throw new IllegalArgumentException("A band must not fall as probability or impact rise: "
					+ cell(probability, impact) + " is " + band + " but " + cell(lowerProbability, lowerImpact)
					+ " is " + lower);
		}
	}

	private static String cell(int probability, int impact) {
		return "probability " + probability + ", impact " + impact;
	}

	private static void requireLevel(String name, int value) {
		if (!isLevel(value)) {
			throw new IllegalArgumentException(name + " " + value + " is not in 1.." + LEVELS);
		}
	}

	private static RiskBand[][] bandsByScore() {
		RiskBand[][] bands = new RiskBand[LEVELS][LEVELS];
		for (int probability = 1; probability <= LEVELS; probability++) {
			for (int impact = 1; impact <= LEVELS; impact++) {
				int score = score(probability, impact);
				bands[probability - 1][impact - 1] = score >= DEFAULT_CRITICAL_FROM ? RiskBand.CRITICAL
						: score >= DEFAULT_HIGH_FROM ? RiskBand.HIGH
								: score >= DEFAULT_MEDIUM_FROM ? RiskBand.MEDIUM : RiskBand.LOW;
			}
		}
		return bands;
	}
}
