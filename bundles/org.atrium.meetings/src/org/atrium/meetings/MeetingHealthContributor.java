package org.atrium.meetings;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.atrium.core.HealthContributor;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RagStatus;
import org.atrium.core.store.StoreSession;
import org.atrium.meetings.MeetingQueries.RaisedAction;
import org.atrium.meetings.MeetingQueries.RecordedDecision;
import org.atrium.meetings.model.meetings.MeetingSeries;
import org.osgi.service.component.annotations.Component;

/**
 * Meetings in a project's derived RAG: each open action of the project's meetings that is overdue makes it amber
 * (red once it is more than {@value #RED_AFTER_DAYS} days late), and each decision about the project still undecided
 * {@value #UNDECIDED_DAYS} days after its meeting makes it amber.
 */
@Component(service = HealthContributor.class)
public class MeetingHealthContributor implements HealthContributor {

	static final int RED_AFTER_DAYS = 30;
	static final int UNDECIDED_DAYS = 14;

	@Override
	public List<Finding> findings(Project project, StoreSession session, LocalDate today) {
		List<MeetingSeries> series = MeetingQueries.seriesAbout(project, session);
		List<Finding> findings = new ArrayList<>();
		for (RaisedAction overdue : MeetingQueries.overdueActions(
				series.stream().filter(s -> MeetingQueries.sameScope(s, project)).toList(), today)) {
			long days = ChronoUnit.DAYS.between(overdue.action().getDueDate(), today);
			findings.add(new Finding(days > RED_AFTER_DAYS ? RagStatus.RED : RagStatus.AMBER,
					"Action '%s' of %s is %d days overdue (owner %s).".formatted(overdue.action().getTitle(),
							MeetingLabels.of(overdue.meeting()), days, overdue.action().getOwner() == null ? "none"
									: overdue.action().getOwner().getName())));
		}
		for (RecordedDecision recorded : MeetingQueries.decisions(series)) {
			if (MeetingQueries.isUndecided(recorded.decision()) && MeetingQueries.concerns(recorded, project)
					&& recorded.meeting().getStart() != null) {
				LocalDate taken = LocalDate.ofInstant(recorded.meeting().getStart(), java.time.ZoneOffset.UTC);
				long days = ChronoUnit.DAYS.between(taken, today);
				if (days > UNDECIDED_DAYS) {
					findings.add(new Finding(RagStatus.AMBER, "Decision '%s' raised in %s is undecided after %d days."
							.formatted(recorded.decision().getText(), MeetingLabels.of(recorded.meeting()), days)));
				}
			}
		}
		return findings;
	}
}
