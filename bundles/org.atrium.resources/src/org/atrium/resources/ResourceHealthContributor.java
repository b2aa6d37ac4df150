package org.atrium.resources;

import java.time.LocalDate;
import java.util.List;

import org.atrium.core.HealthContributor;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RagStatus;
import org.atrium.core.store.Condition;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.resources.model.resources.ResourcesPackage.Literals;
import org.atrium.resources.model.resources.TimesheetStatus;
import org.osgi.service.component.annotations.Component;

/**
 * In a project's derived RAG: submitted timesheet weeks that wait for a decision for more than
 * {@value #WAITING_WEEKS} weeks are an amber finding, since their cost is not in the project's actual cost yet.
 */
@Component(service = HealthContributor.class)
public class ResourceHealthContributor implements HealthContributor {

	static final int WAITING_WEEKS = 2;

	@Override
	public List<Finding> findings(Project project, StoreSession session, LocalDate today) {
		long waiting = session.count(Query.of(Literals.TIMESHEET).where(Condition.and(
				Condition.eq(Literals.TIMESHEET__PROJECT, project),
				Condition.eq(Literals.TIMESHEET__STATUS, TimesheetStatus.SUBMITTED),
				Condition.lt(Literals.TIMESHEET__WEEK_START, Weeks.monday(today).minusWeeks(WAITING_WEEKS)))));
		if (waiting == 0) {
			return List.of();
		}
		return List.of(new Finding(RagStatus.AMBER, (waiting == 1 ? "1 timesheet week waits" : waiting + " timesheet weeks wait")
				+ " for approval for more than " + WAITING_WEEKS + " weeks; their cost is not in the actual cost yet"));
	}
}
