package org.atrium.risks.tests;

import static org.atrium.risks.RiskBand.CRITICAL;
import static org.atrium.risks.RiskBand.HIGH;
import static org.atrium.risks.RiskBand.LOW;
import static org.atrium.risks.RiskBand.MEDIUM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Optional;

import org.atrium.core.model.pmo.Project;
import org.atrium.risks.RiskBand;
import org.atrium.risks.RiskMatrix;
import org.atrium.risks.RiskRating;
import org.atrium.risks.RiskScoring;
import org.atrium.risks.model.risks.Risk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The risk matrix, its bands and the inherent and residual ratings of risks. */
class RiskScoringTest extends RiskTestSupport {

	private final RiskScoring scoring = new RiskScoring();
	private final Project project = project("DIG-001", "CRM Consolidation");

	@ParameterizedTest(name = "{0} x {1} = {2} is {3}")
	@CsvSource({
			"1, 1,  1, LOW", "2, 2,  4, LOW", "4, 1,  4, LOW", "1, 4,  4, LOW",
			"5, 1,  5, MEDIUM", "1, 5,  5, MEDIUM", "3, 3,  9, MEDIUM",
			"2, 5, 10, HIGH", "5, 2, 10, HIGH", "4, 4, 16, HIGH",
			"4, 5, 20, CRITICAL", "5, 4, 20, CRITICAL", "5, 5, 25, CRITICAL" })
	void defaultBandsChangeAtScores5And10And20(int probability, int impact, int score, RiskBand band) {
		assertEquals(new RiskRating(probability, impact, score, band), scoring.rate(probability, impact));
	}

	@Test
	void defaultMatrixCellByCell() {
		assertEquals("""
				5: M H H C C
				4: L M H H C
				3: L M M H H
				2: L L M M H
				1: L L L L M""", RiskMatrix.defaults().toString());
	}

	@Test
	void levelsOutside1To5AreRejected() {
		assertEquals("probability 0 is not in 1..5",
				assertThrows(IllegalArgumentException.class, () -> scoring.rate(0, 3)).getMessage());
		assertEquals("impact 6 is not in 1..5",
				assertThrows(IllegalArgumentException.class, () -> scoring.rate(2, 6)).getMessage());
	}

	@Test
	void aCustomMatrixSetsTheBandOfEveryCell() {
		RiskMatrix cautious = new RiskMatrix(new RiskBand[][] {
				{ LOW, LOW, MEDIUM, MEDIUM, HIGH },
				{ LOW, MEDIUM, MEDIUM, HIGH, HIGH },
				{ MEDIUM, MEDIUM, HIGH, HIGH, CRITICAL },
				{ MEDIUM, HIGH, HIGH, CRITICAL, CRITICAL },
				{ HIGH, HIGH, CRITICAL, CRITICAL, CRITICAL } });
		RiskScoring custom = new RiskScoring(cautious);

		assertEquals(new RiskRating(3, 3, 9, HIGH), custom.rate(3, 3));
		assertEquals(new RiskRating(1, 5, 5, HIGH), custom.rate(1, 5));
		assertEquals(new RiskRating(5, 3, 15, CRITICAL), custom.rate(5, 3));
		assertEquals(MEDIUM, scoring.rate(3, 3).band(), "the default matrix is unchanged");
	}

	@Test
	void aCustomMatrixNeedsFiveRowsOfFiveBands() {
		assertEquals("A risk matrix has 5 rows (probability 1 to 5), not 4", assertThrows(IllegalArgumentException.class,
				() -> new RiskMatrix(new RiskBand[4][5])).getMessage());
		RiskBand[][] shortRow = filled(LOW);
		shortRow[2] = new RiskBand[] { LOW, LOW, LOW, LOW };
		assertEquals("Row of probability 3 must have 5 bands (impact 1 to 5)",
				assertThrows(IllegalArgumentException.class, () -> new RiskMatrix(shortRow)).getMessage());
		RiskBand[][] hole = filled(LOW);
		hole[1][3] = null;
		assertEquals("probability 2, impact 4 has no band",
				assertThrows(IllegalArgumentException.class, () -> new RiskMatrix(hole)).getMessage());
	}

	@Test
	void aBandMustNotFallAsProbabilityOrImpactRise() {
		RiskBand[][] fallsWithImpact = filled(MEDIUM);
		fallsWithImpact[2][4] = LOW;
		assertEquals("A band must not fall as probability or impact rise: probability 3, impact 5 is LOW but "
				+ "probability 2, impact 5 is MEDIUM", assertThrows(IllegalArgumentException.class,
						() -> new RiskMatrix(fallsWithImpact)).getMessage());
		RiskBand[][] fallsWithProbability = filled(HIGH);
		fallsWithProbability[1][0] = LOW;
		assertEquals("A band must not fall as probability or impact rise: probability 2, impact 1 is LOW but "
				+ "probability 1, impact 1 is HIGH", assertThrows(IllegalArgumentException.class,
						() -> new RiskMatrix(fallsWithProbability)).getMessage());
	}

	@Test
	void residualRatingFallsBackToTheInherentLevels() {
		Risk risk = risk(project, "Vendor delay", 4, 5);
		assertEquals(Optional.of(new RiskRating(4, 5, 20, CRITICAL)), scoring.inherent(risk));
		assertEquals(scoring.inherent(risk), scoring.residual(risk), "no residual assessment: as inherent");

		risk.setResidualProbability(2);
		assertEquals(Optional.of(new RiskRating(2, 5, 10, HIGH)), scoring.residual(risk), "impact as inherent");
		risk.setResidualImpact(2);
		assertEquals(Optional.of(new RiskRating(2, 2, 4, LOW)), scoring.residual(risk));
		assertEquals(Optional.of(new RiskRating(4, 5, 20, CRITICAL)), scoring.inherent(risk));
	}

	@Test
	void aRiskWithLevelsOutside1To5IsNotRated() {
		Risk unassessed = risk(project, "Unassessed", 0, 0);
		assertEquals(Optional.empty(), scoring.inherent(unassessed));
		assertEquals(Optional.empty(), scoring.residual(unassessed));
		Risk badResidual = residual(risk(project, "Bad residual", 3, 3), 7, 1);
		assertEquals(Optional.of(new RiskRating(3, 3, 9, MEDIUM)), scoring.inherent(badResidual));
		assertEquals(Optional.empty(), scoring.residual(badResidual));
	}

	private static RiskBand[][] filled(RiskBand band) {
		RiskBand[][] bands = new RiskBand[5][5];
		for (RiskBand[] row : bands) {
			Arrays.fill(row, band);
		}
		return bands;
	}
}
