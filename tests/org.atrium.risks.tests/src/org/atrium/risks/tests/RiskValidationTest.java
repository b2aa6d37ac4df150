package org.atrium.risks.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.LocalDate;
import java.util.List;

import org.atrium.core.model.pmo.Project;
import org.atrium.core.validation.ModelValidation;
import org.atrium.risks.RiskValidation;
import org.atrium.risks.model.risks.ActionStatus;
import org.atrium.risks.model.risks.MitigationAction;
import org.atrium.risks.model.risks.Risk;
import org.atrium.risks.model.risks.RiskStatus;
import org.atrium.risks.model.risks.RisksPackage;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.junit.jupiter.api.Test;

/** The rules of the risk register, with the messages PMO staff read. */
class RiskValidationTest extends RiskTestSupport {

	private final Project project = project("DIG-001", "CRM Consolidation");

	@Test
	void aSoundRegisterHasNoFindings() {
		Risk risk = residual(risk(project, "Vendor delay", 4, 4), 2, 4);
		risk.setProximityDate(LocalDate.of(2027, 3, 1));
		action(risk, "Weekly checkpoints", ActionStatus.IN_PROGRESS, LocalDate.of(2027, 1, 15));
		Risk closed = risk(project, "Budget overrun", 2, 3);
		closed.setStatus(RiskStatus.CLOSED);
		action(closed, "Re-forecast", ActionStatus.DONE, LocalDate.of(2026, 10, 1));

		Diagnostic result = ModelValidation.validate(List.of(risk, closed));

		assertEquals(Diagnostic.OK, result.getSeverity());
		assertEquals(List.of(), result.getChildren());
	}

	@Test
	void probabilityImpactAndResidualLevelsLieIn1To5() {
		Risk risk = residual(risk(project, "Vendor delay", 9, 0), 6, -1);

		Diagnostic result = ModelValidation.validate(List.of(risk));

		assertEquals(List.of(
				"Risk 'Vendor delay': probability 9 is not in 1..5",
				"Risk 'Vendor delay': impact 0 is not in 1..5",
				"Risk 'Vendor delay': residual probability 6 is not in 1..5",
				"Risk 'Vendor delay': residual impact -1 is not in 1..5"), messages(result));
		assertEquals(Diagnostic.ERROR, result.getSeverity());
		Diagnostic first = result.getChildren().get(0);
		assertEquals(RiskValidation.SOURCE, first.getSource());
		assertEquals(RiskValidation.LEVEL_OUT_OF_RANGE, first.getCode());
		assertEquals(List.of(risk, RisksPackage.Literals.RISK__PROBABILITY), first.getData());
	}

	@Test
	void theResidualScoreIsNotAboveTheInherentScore() {
		Risk worse = residual(risk(project, "Key person dependency", 2, 3), 4, 2);
		Risk equal = residual(risk(project, "Scope creep", 2, 3), 3, 2);
		Risk untitled = risk(project, null, 1, 2);
		untitled.setId("r-17");
		untitled.setResidualImpact(3);

		Diagnostic result = ModelValidation.validate(List.of(worse, equal, untitled));

		assertEquals(List.of(
				"Risk 'Key person dependency': residual score 8 (4 × 2) is above the inherent score 6 (2 × 3); "
						+ "a response must not raise a risk's score",
				"Risk #r-17: residual score 3 (1 × 3) is above the inherent score 2 (1 × 2); "
						+ "a response must not raise a risk's score"), messages(result));
		assertEquals(RiskValidation.RESIDUAL_ABOVE_INHERENT, result.getChildren().get(0).getCode());
		assertEquals(List.of(worse, RisksPackage.Literals.RISK__RESIDUAL_PROBABILITY,
				RisksPackage.Literals.RISK__RESIDUAL_IMPACT), result.getChildren().get(0).getData());
	}

	@Test
	void aClosedRiskHasNoOpenActions() {
		Risk risk = risk(project, "Regulatory change", 3, 4);
		risk.setStatus(RiskStatus.CLOSED);
		MitigationAction planned = action(risk, "Track the consultation", ActionStatus.PLANNED, null);
		action(risk, "Design for configurability", ActionStatus.IN_PROGRESS, null);
		action(risk, "Brief the sponsor", ActionStatus.DONE, null);
		action(risk, "Hire a consultant", ActionStatus.CANCELLED, null);

		Diagnostic result = ModelValidation.validate(List.of(risk));

		assertEquals(List.of(
				"Risk 'Regulatory change': action 'Track the consultation' is still planned although the risk is closed; "
						+ "finish or cancel it",
				"Risk 'Regulatory change': action 'Design for configurability' is still in progress although the risk "
						+ "is closed; finish or cancel it"), messages(result));
		assertEquals(Diagnostic.WARNING, result.getSeverity());
		assertEquals(RiskValidation.OPEN_ACTION_OF_CLOSED_RISK, result.getChildren().get(0).getCode());
		assertEquals(List.of(planned, RisksPackage.Literals.MITIGATION_ACTION__STATUS),
				result.getChildren().get(0).getData());
	}

	@Test
	void anOpenActionIsNotDueAfterTheRiskCouldOccur() {
		Risk risk = risk(project, "Data migration quality", 3, 4);
		risk.setProximityDate(LocalDate.of(2026, 12, 15));
		action(risk, "Trial migration", ActionStatus.PLANNED, LocalDate.of(2027, 1, 10));
		action(risk, "Appoint data owners", ActionStatus.DONE, LocalDate.of(2027, 1, 10));
		action(risk, "Cleanse duplicates", ActionStatus.IN_PROGRESS, LocalDate.of(2026, 12, 15));

		Diagnostic result = ModelValidation.validate(List.of(risk));

		assertEquals(List.of("Risk 'Data migration quality': action 'Trial migration' is due on 2027-01-10, after the "
				+ "risk's proximity date 2026-12-15; it would come too late"), messages(result));
		assertEquals(RiskValidation.ACTION_DUE_AFTER_PROXIMITY, result.getChildren().get(0).getCode());
	}

	@Test
	void theRulesAreRegisteredForTheRiskPackage() {
		assertInstanceOf(RiskValidation.class, EValidator.Registry.INSTANCE.getEValidator(RisksPackage.eINSTANCE));
	}

	@Test
	void anActionValidatedOnItsOwnIsCheckedAgainstItsRisk() {
		Risk risk = risk(project, "Regulatory change", 3, 4);
		risk.setStatus(RiskStatus.CLOSED);
		MitigationAction planned = action(risk, "Track the consultation", ActionStatus.PLANNED, null);

		Diagnostic result = ModelValidation.validate(List.of(planned));

		assertEquals(List.of("Risk 'Regulatory change': action 'Track the consultation' is still planned although the "
				+ "risk is closed; finish or cancel it"), messages(result));
	}

	private static List<String> messages(Diagnostic diagnostic) {
		return diagnostic.getChildren().stream().map(Diagnostic::getMessage).toList();
	}
}
