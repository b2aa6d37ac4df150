package org.atrium.core.model.tests;

import static org.atrium.core.model.tests.PmoFixtures.F;
import static org.atrium.core.model.tests.PmoFixtures.assign;
import static org.atrium.core.model.tests.PmoFixtures.person;
import static org.atrium.core.model.tests.PmoFixtures.project;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.util.Locale;

import org.atrium.core.model.Formats;
import org.atrium.core.model.Labels;
import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.model.pmo.PmoPackage.Literals;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RoleKind;
import org.eclipse.emf.ecore.EcoreFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Labels come from the model's annotations, else from the name in words; objects are named without their ids. */
class LabelsTest {

	@Test
	void annotatedFeaturesAndClassesReadAsTheirLabels() {
		assertEquals("% complete", Labels.of(Literals.PROJECT__PERCENT_COMPLETE));
		assertEquals("RAG trend", Labels.of(Literals.PROJECT__RAG_TREND));
		assertEquals("Roles", Labels.of(Literals.SCOPE__ROLE_ASSIGNMENTS));
		assertEquals("KPI", Labels.of(Literals.KPI));
		assertEquals("% complete", Labels.inSentence(Literals.PROJECT__PERCENT_COMPLETE));
		assertEquals("RAG", Labels.inSentence(Literals.PROJECT__RAG), "an abbreviation keeps its capitals");
	}

	@ParameterizedTest
	@CsvSource({ "plannedEnd, Planned end", "RoleAssignment, Role assignment", "RAGStatus, RAG status",
			"residualProbability, Residual probability", "id, Id" })
	void unlabelledNamesReadAsWords(String name, String words) {
		assertEquals(words, Labels.words(name));
		var attribute = EcoreFactory.eINSTANCE.createEAttribute();
		attribute.setName(name);
		assertEquals(words, Labels.of(attribute));
	}

	@Test
	void objectsAreNamedByClassAndNameNeverById() {
		Project apollo = project("Apollo", "APL");
		apollo.setId("0d5c8e1a-5a7e-4d4e-9a55-2b6f0c1f3e77");
		assertEquals("Project 'Apollo' (APL)", Labels.of(apollo));
		var sponsor = assign(apollo, RoleKind.SPONSOR, person("Ada Lovelace"));
		assertEquals("Role assignment Sponsor of 'Ada Lovelace'", Labels.of(sponsor));
		Milestone unnamed = F.createMilestone();
		unnamed.setId("7f3e0000-1111-2222-3333-444455556666");
		assertEquals("Milestone (unnamed)", Labels.of(unnamed));
		assertFalse(Labels.of(unnamed).contains(unnamed.getId()));
		assertEquals("(none)", Labels.nameOf(null));
	}

	@Test
	void amountsHaveGroupingTwoDecimalsAndTheCurrency() {
		Locale before = Locale.getDefault();
		Locale.setDefault(Locale.UK);
		try {
			assertEquals("1,339,263.77 EUR", Formats.amount(new BigDecimal("1339263.765"), "EUR"));
			assertEquals("0.00", Formats.amount(BigDecimal.ZERO, null));
			assertEquals("", Formats.amount(null, "EUR"));
			assertEquals("+3 days", Formats.days(3));
			assertEquals("-1 day", Formats.days(-1));
		} finally {
			Locale.setDefault(before);
		}
	}
}
