package org.atrium.reporting;

import java.util.List;

import org.atrium.core.search.SearchContribution;
import org.atrium.core.search.SearchHit;
import org.atrium.core.store.Condition;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.reporting.model.reporting.Report;
import org.atrium.reporting.model.reporting.ReportingPackage.Literals;
import org.osgi.service.component.annotations.Component;

/** Finds status reports by their title or their summary, newest first. */
@Component(service = SearchContribution.class)
public class ReportSearch implements SearchContribution {

	@Override
	public List<SearchHit> find(String text, StoreSession session, int limit) {
		List<Report> reports = session.query(Query.<Report>of(Literals.REPORT)
				.where(Condition.or(Condition.contains(Literals.REPORT__TITLE, text),
						Condition.contains(Literals.REPORT__SUMMARY, text)))
				.orderBy(Literals.REPORT__AS_OF, false).limit(limit));
		return reports.stream().map(report -> new SearchHit("Status report", report.getTitle(),
				"As of " + report.getAsOf() + ", " + (report.isPublished() ? "published" : "draft"), Literals.REPORT,
				report.getId())).toList();
	}
}
