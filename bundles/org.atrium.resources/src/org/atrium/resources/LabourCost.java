package org.atrium.resources;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.atrium.core.CostContribution;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.TimeEntry;
import org.atrium.core.store.Condition;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.resources.model.resources.ResourcesPackage.Literals;
import org.atrium.resources.model.resources.Timesheet;
import org.atrium.resources.model.resources.TimesheetStatus;
import org.osgi.service.component.annotations.Component;

/**
 * A project's labour cost: the hours of its approved weeks up to a date (corrections included), each times the
 * person's hourly rate. A person without a rate costs nothing. The core adds it to the project's actual cost.
 */
@Component(service = CostContribution.class)
public class LabourCost implements CostContribution {

	@Override
	public BigDecimal actualCost(Project project, StoreSession session, LocalDate asOf) {
		Set<WeekKey> approved = new HashSet<>();
		for (Timesheet sheet : session.<Timesheet>query(Query.<Timesheet>of(Literals.TIMESHEET).where(Condition.and(
				Condition.eq(Literals.TIMESHEET__PROJECT, project),
				Condition.eq(Literals.TIMESHEET__STATUS, TimesheetStatus.APPROVED))))) {
			approved.add(WeekKey.of(sheet));
		}
		if (approved.isEmpty()) {
			return BigDecimal.ZERO;
		}
		BigDecimal cost = BigDecimal.ZERO;
		for (TimeEntry entry : session.<TimeEntry>query(Query.<TimeEntry>of(PmoPackage.Literals.TIME_ENTRY)
				.where(Condition.and(Condition.eq(PmoPackage.Literals.TIME_ENTRY__PROJECT, project),
						Condition.le(PmoPackage.Literals.TIME_ENTRY__DATE, asOf))))) {
			if (entry.getHours() != null && entry.getPerson() != null && entry.getPerson().getHourlyRate() != null
					&& approved.contains(WeekKey.of(entry))) {
				cost = cost.add(entry.getHours().multiply(entry.getPerson().getHourlyRate()));
			}
		}
		return cost;
	}
}
