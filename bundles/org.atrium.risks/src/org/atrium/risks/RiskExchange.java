package org.atrium.risks;

import static org.atrium.risks.model.risks.RisksPackage.Literals.RISK;
import static org.atrium.risks.model.risks.RisksPackage.Literals.RISK__CATEGORY;
import static org.atrium.risks.model.risks.RisksPackage.Literals.RISK__CAUSE;
import static org.atrium.risks.model.risks.RisksPackage.Literals.RISK__DESCRIPTION;
import static org.atrium.risks.model.risks.RisksPackage.Literals.RISK__EFFECT;
import static org.atrium.risks.model.risks.RisksPackage.Literals.RISK__IMPACT;
import static org.atrium.risks.model.risks.RisksPackage.Literals.RISK__OWNER;
import static org.atrium.risks.model.risks.RisksPackage.Literals.RISK__PROBABILITY;
import static org.atrium.risks.model.risks.RisksPackage.Literals.RISK__PROJECT;
import static org.atrium.risks.model.risks.RisksPackage.Literals.RISK__PROXIMITY_DATE;
import static org.atrium.risks.model.risks.RisksPackage.Literals.RISK__RESIDUAL_IMPACT;
import static org.atrium.risks.model.risks.RisksPackage.Literals.RISK__RESIDUAL_PROBABILITY;
import static org.atrium.risks.model.risks.RisksPackage.Literals.RISK__STATUS;
import static org.atrium.risks.model.risks.RisksPackage.Literals.RISK__STRATEGY;
import static org.atrium.risks.model.risks.RisksPackage.Literals.RISK__TITLE;

import java.util.List;

import org.atrium.core.exchange.Column;
import org.atrium.core.exchange.TableExchange;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.risks.model.risks.Risk;
import org.osgi.service.component.annotations.Component;

/**
 * The risk register as a table for CSV and XLSX exchange: the columns of a risk, on the core's
 * {@link TableExchange}, which adds the id and version columns, the limits and the all-or-nothing import.
 * Imported risks are checked by the risk rules ({@link RiskValidation}) like any other.
 */
@Component(service = RiskExchange.class)
public class RiskExchange {

	/** The columns of the register, in their order in the file. */
	public static final List<Column> COLUMNS = List.of(
			Column.reference("project code", RISK__PROJECT, PmoPackage.Literals.PROJECT__CODE).required(),
			Column.text("title", RISK__TITLE).required(),
			Column.text("category", RISK__CATEGORY),
			Column.wholeNumber("probability", RISK__PROBABILITY).required(),
			Column.wholeNumber("impact", RISK__IMPACT).required(),
			Column.wholeNumber("residual probability", RISK__RESIDUAL_PROBABILITY),
			Column.wholeNumber("residual impact", RISK__RESIDUAL_IMPACT),
			Column.enumeration("status", RISK__STATUS),
			Column.enumeration("strategy", RISK__STRATEGY),
			Column.reference("owner login", RISK__OWNER, PmoPackage.Literals.PERSON__LOGIN),
			Column.date("proximity date", RISK__PROXIMITY_DATE),
			Column.text("cause", RISK__CAUSE),
			Column.text("effect", RISK__EFFECT),
			Column.text("description", RISK__DESCRIPTION));

	private static final TableExchange<Risk> REGISTER = new TableExchange<>(RISK, "Risks", COLUMNS);

	/** The register's table: export with {@code export...}, import with {@code importFrom}. */
	public TableExchange<Risk> register() {
		return REGISTER;
	}
}
