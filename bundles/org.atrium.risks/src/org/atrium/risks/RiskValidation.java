package org.atrium.risks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.atrium.core.model.Labels;
import org.atrium.risks.model.risks.MitigationAction;
import org.atrium.risks.model.risks.Risk;
import org.atrium.risks.model.risks.RiskStatus;
import org.atrium.risks.model.risks.RisksPackage;
import org.atrium.core.validation.ModelValidation;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EObjectValidator;

/**
 * Checks risks and their mitigation actions against the rules of a risk register:
 * <ul>
 * <li>{@link #LEVEL_OUT_OF_RANGE}: probability and impact, and residual probability and residual impact when
 * set, lie in 1..5 (error).</li>
 * <li>{@link #RESIDUAL_ABOVE_INHERENT}: the residual score is not above the inherent score (error).</li>
 * <li>{@link #OPEN_ACTION_OF_CLOSED_RISK}: a closed risk has no planned or in-progress action (warning).</li>
 * <li>{@link #ACTION_DUE_AFTER_PROXIMITY}: an open action of an open or mitigating risk is not due after the
 * risk's proximity date (warning).</li>
 * </ul>
 * Each diagnostic has {@link #SOURCE} as its source and a distinct code, and a message naming the risk, the field
 * and the rule, e.g. {@code Risk 'Vendor delay': probability 9 is not in 1..5}. Its data start with the offending
 * risk or action, followed by the features involved.
 * <p>
 * The rules are registered for the risk package in {@link EValidator.Registry#INSTANCE} when the package
 * initializes, so {@link ModelValidation} and every {@code Diagnostician} check them together with the core's.
 */
public final class RiskValidation implements EValidator {

	/** The source of every diagnostic raised by these rules. */
	public static final String SOURCE = "org.atrium.risks";

	/** A probability or an impact lies outside 1..5. */
	public static final int LEVEL_OUT_OF_RANGE = 1;

	/** The response would make the risk worse: its residual score is above its inherent score. */
	public static final int RESIDUAL_ABOVE_INHERENT = 2;

	/** A closed risk still has a planned or in-progress action. */
	public static final int OPEN_ACTION_OF_CLOSED_RISK = 3;

	/** An open action is due after the date the risk could occur. */
	public static final int ACTION_DUE_AFTER_PROXIMITY = 4;

	/** One broken rule: the object and features involved, and the reason without the risk's name. */
	record Finding(int severity, int code, EObject object, List<EStructuralFeature> features, String reason) {
	}

	@Override
	public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate(eObject.eClass(), eObject, diagnostics, context);
	}

	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = EObjectValidator.INSTANCE.validate(eClass, eObject, diagnostics, context);
		List<Finding> findings = switch (eObject) {
			case Risk risk -> check(risk);
			case MitigationAction action when action.eContainer() instanceof Risk risk -> checkAction(risk, action);
			default -> List.of();
		};
		for (Finding finding : findings) {
			valid &= finding.severity() < Diagnostic.ERROR;
			if (diagnostics != null) {
				List<Object> data = new ArrayList<>();
				data.add(finding.object());
				data.addAll(finding.features());
				Risk risk = finding.object() instanceof Risk r ? r : (Risk) finding.object().eContainer();
				diagnostics.add(new BasicDiagnostic(finding.severity(), SOURCE, finding.code(),
						label(risk) + ": " + finding.reason(), data.toArray()));
			}
		}
		return valid;
	}

	@Override
	public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		return true;
	}

	/** The rules the risk itself breaks (its actions are checked on their own), in the order of the rules. */
	static List<Finding> check(Risk risk) {
		List<Finding> findings = new ArrayList<>();
		checkLevel(risk, RisksPackage.Literals.RISK__PROBABILITY, risk.getProbability(), findings);
		checkLevel(risk, RisksPackage.Literals.RISK__IMPACT, risk.getImpact(), findings);
		if (risk.getResidualProbability() != null) {
			checkLevel(risk, RisksPackage.Literals.RISK__RESIDUAL_PROBABILITY, risk.getResidualProbability(), findings);
		}
		if (risk.getResidualImpact() != null) {
			checkLevel(risk, RisksPackage.Literals.RISK__RESIDUAL_IMPACT, risk.getResidualImpact(), findings);
		}
		if (findings.isEmpty()) {
			checkResidualScore(risk, findings);
		}
		return findings;
	}

	/** A feature's label in a sentence, from the risk model's labels, e.g. "residual probability". */
	static String fieldName(EStructuralFeature feature) {
		return Labels.inSentence(feature);
	}

	/** E.g. "Risk 'Vendor delay'", or "Risk #id" without a title. */
	static String label(Risk risk) {
		return "Risk " + quoted(risk.getTitle(), risk.getId());
	}

	private static void checkLevel(Risk risk, EAttribute attribute, int value, List<Finding> findings) {
		if (!RiskMatrix.isLevel(value)) {
			findings.add(new Finding(Diagnostic.ERROR, LEVEL_OUT_OF_RANGE, risk, List.of(attribute),
					fieldName(attribute) + " " + value + " is not in 1.." + RiskMatrix.LEVELS));
		}
	}

	private static void checkResidualScore(Risk risk, List<Finding> findings) {
		int inherent = RiskMatrix.score(risk.getProbability(), risk.getImpact());
		int residualProbability = RiskScoring.residualProbability(risk);
		int residualImpact = RiskScoring.residualImpact(risk);
		int residual = RiskMatrix.score(residualProbability, residualImpact);
		if (residual > inherent) {
			findings.add(new Finding(Diagnostic.ERROR, RESIDUAL_ABOVE_INHERENT, risk,
					List.of(RisksPackage.Literals.RISK__RESIDUAL_PROBABILITY, RisksPackage.Literals.RISK__RESIDUAL_IMPACT),
					("residual score %d (%d × %d) is above the inherent score %d (%d × %d); "
							+ "a response must not raise a risk's score").formatted(residual, residualProbability,
									residualImpact, inherent, risk.getProbability(), risk.getImpact())));
		}
	}

	private static List<Finding> checkAction(Risk risk, MitigationAction action) {
		List<Finding> findings = new ArrayList<>();
		if (!RiskQueries.isOpen(action)) {
			return findings;
		}
		String name = "action " + quoted(action.getTitle(), action.getId());
		if (risk.getStatus() == RiskStatus.CLOSED) {
			findings.add(new Finding(Diagnostic.WARNING, OPEN_ACTION_OF_CLOSED_RISK, action,
					List.of(RisksPackage.Literals.MITIGATION_ACTION__STATUS),
					"%s is still %s although the risk is closed; finish or cancel it".formatted(name,
							action.getStatus().getLiteral().toLowerCase(Locale.ROOT))));
		}
		LocalDate due = action.getDueDate();
		LocalDate proximity = risk.getProximityDate();
		if (RiskQueries.isActive(risk) && due != null && proximity != null && due.isAfter(proximity)) {
			findings.add(new Finding(Diagnostic.WARNING, ACTION_DUE_AFTER_PROXIMITY, action,
					List.of(RisksPackage.Literals.MITIGATION_ACTION__DUE_DATE, RisksPackage.Literals.RISK__PROXIMITY_DATE),
					"%s is due on %s, after the risk's proximity date %s; it would come too late".formatted(name, due,
							proximity)));
		}
		return findings;
	}

	private static String quoted(String title, String id) {
		return title != null && !title.isBlank() ? "'" + title + "'" : "#" + id;
	}
}
