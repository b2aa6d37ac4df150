package org.atrium.risks;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.Condition;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.risks.model.risks.MitigationAction;
import org.atrium.risks.model.risks.Risk;
import org.atrium.risks.model.risks.RisksPackage;
import org.osgi.service.component.annotations.Component;

/**
 * Finds overdue mitigation actions: planned or in progress, with a due date before today. The results are ordered
 * by due date, the longest overdue first.
 */
@Component(service = OverdueMitigations.class)
public class OverdueMitigations {

	/** An overdue action, the risk it belongs to and the number of days since it was due. */
	public record OverdueAction(Risk risk, MitigationAction action, long daysOverdue) {
	}

	/** The overdue actions of every risk in the store. */
	public List<OverdueAction> all(StoreSession session, LocalDate today) {
		return among(session.query(withOverdueActions(Query.of(RisksPackage.Literals.RISK), today)), today);
	}

	/** The overdue actions of the project's risks in the store. */
	public List<OverdueAction> ofProject(Project project, StoreSession session, LocalDate today) {
		return among(session.query(withOverdueActions(RiskQueries.risksOf(project), today)), today);
	}

	/** The overdue actions among those of the given risks. */
	public List<OverdueAction> among(Collection<? extends Risk> risks, LocalDate today) {
		List<OverdueAction> overdue = new ArrayList<>();
		for (Risk risk : risks) {
			for (MitigationAction action : risk.getActions()) {
				if (isOverdue(action, today)) {
					overdue.add(new OverdueAction(risk, action, ChronoUnit.DAYS.between(action.getDueDate(), today)));
				}
			}
		}
		overdue.sort(Comparator.comparing((OverdueAction o) -> o.action().getDueDate())
				.thenComparing(o -> o.risk().getTitle(), Comparator.nullsLast(Comparator.naturalOrder())));
		return overdue;
	}

	/** Whether the action is planned or in progress and was due before today. */
	public static boolean isOverdue(MitigationAction action, LocalDate today) {
		return RiskQueries.isOpen(action) && action.getDueDate() != null && action.getDueDate().isBefore(today);
	}

	/** Narrows a risk query to risks with an overdue action, loaded with their actions. */
	private static Query<Risk> withOverdueActions(Query<Risk> risks, LocalDate today) {
		return risks.where(Condition.has(RisksPackage.Literals.RISK__ACTIONS,
				Condition.in(RisksPackage.Literals.MITIGATION_ACTION__STATUS, RiskQueries.OPEN_ACTION),
				Condition.lt(RisksPackage.Literals.MITIGATION_ACTION__DUE_DATE, today))).withContents();
	}
}
