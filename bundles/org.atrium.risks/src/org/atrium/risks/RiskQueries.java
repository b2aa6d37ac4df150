package org.atrium.risks;

import java.util.List;

import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.Condition;
import org.atrium.core.store.Query;
import org.atrium.risks.model.risks.ActionStatus;
import org.atrium.risks.model.risks.MitigationAction;
import org.atrium.risks.model.risks.Risk;
import org.atrium.risks.model.risks.RiskStatus;
import org.atrium.risks.model.risks.RisksPackage;

/** Store queries and status tests shared by the risk services. */
public final class RiskQueries {

	/** The statuses of a risk that may still occur: open and mitigating. */
	public static final List<RiskStatus> ACTIVE_RISK = List.of(RiskStatus.OPEN, RiskStatus.MITIGATING);

	/** The statuses of an action still to be done: planned and in progress. */
	public static final List<ActionStatus> OPEN_ACTION = List.of(ActionStatus.PLANNED, ActionStatus.IN_PROGRESS);

	private RiskQueries() {
	}

	/** The risks of a project. */
	public static Query<Risk> risksOf(Project project) {
		return Query.<Risk>of(RisksPackage.Literals.RISK)
				.where(Condition.eq(RisksPackage.Literals.RISK__PROJECT, project));
	}

	/** The open and mitigating risks of a project. */
	public static Query<Risk> activeRisksOf(Project project) {
		return risksOf(project).where(Condition.in(RisksPackage.Literals.RISK__STATUS, ACTIVE_RISK));
	}

	public static boolean isActive(Risk risk) {
		return ACTIVE_RISK.contains(risk.getStatus());
	}

	public static boolean isOpen(MitigationAction action) {
		return OPEN_ACTION.contains(action.getStatus());
	}
}
