package org.atrium.changes;

import static org.atrium.changes.model.changes.ChangesPackage.Literals.CHANGE_REQUEST;
import static org.atrium.changes.model.changes.ChangesPackage.Literals.CHANGE_REQUEST__CATEGORY;
import static org.atrium.changes.model.changes.ChangesPackage.Literals.CHANGE_REQUEST__CODE;
import static org.atrium.changes.model.changes.ChangesPackage.Literals.CHANGE_REQUEST__COST_DELTA;
import static org.atrium.changes.model.changes.ChangesPackage.Literals.CHANGE_REQUEST__DESCRIPTION;
import static org.atrium.changes.model.changes.ChangesPackage.Literals.CHANGE_REQUEST__EFFORT_DAYS;
import static org.atrium.changes.model.changes.ChangesPackage.Literals.CHANGE_REQUEST__JUSTIFICATION;
import static org.atrium.changes.model.changes.ChangesPackage.Literals.CHANGE_REQUEST__PRIORITY;
import static org.atrium.changes.model.changes.ChangesPackage.Literals.CHANGE_REQUEST__PROJECT;
import static org.atrium.changes.model.changes.ChangesPackage.Literals.CHANGE_REQUEST__REQUESTED;
import static org.atrium.changes.model.changes.ChangesPackage.Literals.CHANGE_REQUEST__REQUESTED_BY;
import static org.atrium.changes.model.changes.ChangesPackage.Literals.CHANGE_REQUEST__RISK_NOTES;
import static org.atrium.changes.model.changes.ChangesPackage.Literals.CHANGE_REQUEST__SCHEDULE_IMPACT_DAYS;
import static org.atrium.changes.model.changes.ChangesPackage.Literals.CHANGE_REQUEST__SCOPE_IMPACT;
import static org.atrium.changes.model.changes.ChangesPackage.Literals.CHANGE_REQUEST__STATUS;
import static org.atrium.changes.model.changes.ChangesPackage.Literals.CHANGE_REQUEST__TITLE;

import java.util.List;

import org.atrium.changes.model.changes.ChangeRequest;
import org.atrium.core.exchange.Column;
import org.atrium.core.exchange.TableExchange;
import org.atrium.core.model.pmo.PmoPackage;

/**
 * The change log as a table for CSV and XLSX exchange, on the core's {@link TableExchange}. An imported status change
 * passes the change rules like any other write: the lifecycle, and the quorum for a decision.
 */
public final class ChangeExchange {

	/** The columns of the change log, in their order in the file. */
	public static final List<Column> COLUMNS = List.of(
			Column.reference("project code", CHANGE_REQUEST__PROJECT, PmoPackage.Literals.PROJECT__CODE).required(),
			Column.text("code", CHANGE_REQUEST__CODE).required(),
			Column.text("title", CHANGE_REQUEST__TITLE).required(),
			Column.enumeration("category", CHANGE_REQUEST__CATEGORY),
			Column.enumeration("priority", CHANGE_REQUEST__PRIORITY),
			Column.enumeration("status", CHANGE_REQUEST__STATUS),
			Column.reference("requested by login", CHANGE_REQUEST__REQUESTED_BY, PmoPackage.Literals.PERSON__LOGIN),
			Column.date("requested on", CHANGE_REQUEST__REQUESTED),
			Column.wholeNumber("schedule impact days", CHANGE_REQUEST__SCHEDULE_IMPACT_DAYS),
			Column.decimal("cost delta", CHANGE_REQUEST__COST_DELTA),
			Column.wholeNumber("effort days", CHANGE_REQUEST__EFFORT_DAYS),
			Column.text("scope impact", CHANGE_REQUEST__SCOPE_IMPACT),
			Column.text("risk notes", CHANGE_REQUEST__RISK_NOTES),
			Column.text("justification", CHANGE_REQUEST__JUSTIFICATION),
			Column.text("description", CHANGE_REQUEST__DESCRIPTION));

	/** The change log's table: export with {@code export}, import with {@code importFrom}. */
	public static final TableExchange<ChangeRequest> LOG = new TableExchange<>(CHANGE_REQUEST, "Change log", COLUMNS);

	private ChangeExchange() {
	}
}
