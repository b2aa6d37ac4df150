package org.atrium.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.Program;
import org.atrium.core.model.pmo.ReportPeriod;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.model.pmo.Scope;
import org.atrium.core.model.pmo.TimeEntry;
import org.atrium.core.store.Ids;
import org.atrium.core.store.Transaction;
import org.atrium.demo.DemoContribution;
import org.atrium.demo.Office;
import org.atrium.reporting.model.reporting.Report;
import org.atrium.reporting.model.reporting.ReportingFactory;
import org.osgi.service.component.annotations.Component;

/**
 * The demo office's report history: for each portfolio the published weekly reports of the last
 * {@value #WEEKS} weeks and the monthly reports of the last {@value #MONTHS} months, and for each program its last
 * monthly report, written by the office's PMO lead, so that the dashboard has trends to show. Generated from the
 * office's own data with the core's health rules; the same office gives the same content.
 */
@Component(service = DemoContribution.class)
public class ReportingDemo implements DemoContribution {

	static final int WEEKS = 6;
	static final int MONTHS = 3;

	@Override
	public void contribute(Office office, long seed, Transaction transaction) {
		Person author = office.people().stream().filter(person -> person.getOfficeRoles().contains(RoleKind.PMO_LEAD))
				.findFirst().orElse(office.people().isEmpty() ? null : office.people().get(0));
		for (Portfolio portfolio : office.portfolios()) {
			ReportContent previous = null;
			for (int week = WEEKS; week >= 1; week--) {
				previous = publish(office, portfolio, ReportPeriod.WEEKLY, office.today().minusWeeks(week), author,
						previous, transaction);
			}
			previous = null;
			for (int month = MONTHS; month >= 1; month--) {
				previous = publish(office, portfolio, ReportPeriod.MONTHLY, office.today().minusMonths(month), author,
						previous, transaction);
			}
			for (Program program : portfolio.getPrograms()) {
				publish(office, program, ReportPeriod.MONTHLY, office.today().minusMonths(1), author, null, transaction);
			}
		}
	}

	private static ReportContent publish(Office office, Scope scope, ReportPeriod period, LocalDate asOf, Person author,
			ReportContent previous, Transaction transaction) {
		ReportContent content = ReportGenerator.withCoreRules(asOf).generate(scope, period, asOf,
				hours(office, period, asOf), List.of(), previous);
		Report report = ReportingFactory.eINSTANCE.createReport();
		report.setScope(scope);
		report.setAuthor(author);
		ReportSnapshots.write(content, report);
		long red = ReportFigures.ragCounts(content).get(org.atrium.core.model.pmo.RagStatus.RED);
		report.setSummary(content.section(ReportGenerator.PROJECTS).map(section -> section.note()).orElse("")
				+ (red > 0 ? " The red projects have recovery plans under review." : " No project needs escalation."));
		report.setAccomplishments(content.section(ReportGenerator.ACHIEVED).map(s -> s.rows().size()).orElse(0)
				+ " milestones achieved in the period.");
		report.setNextSteps(content.section(ReportGenerator.DUE_NEXT).map(s -> s.rows().size()).orElse(0)
				+ " milestones due in the next period.");
		report.setHelpNeeded(red > 0 ? "Steering decisions on the red projects' recovery plans." : "");
		report.setPublished(true);
		report.setPublishedAt(asOf.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
		transaction.save(report);
		return content;
	}

	private static ReportGenerator.Hours hours(Office office, ReportPeriod period, LocalDate asOf) {
		LocalDate start = ReportGenerator.periodStart(period, asOf);
		Map<String, BigDecimal> booked = new HashMap<>();
		for (TimeEntry entry : office.timeEntries()) {
			if (entry.getProject() != null && entry.getHours() != null && entry.getDate() != null
					&& entry.getDate().isAfter(start) && !entry.getDate().isAfter(asOf)) {
				booked.merge(Ids.of(entry.getProject()), entry.getHours(), BigDecimal::add);
			}
		}
		return new ReportGenerator.Hours(booked);
	}
}
