package org.atrium.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.atrium.core.Contributions;
import org.atrium.core.ProjectHealthService;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.ReportPeriod;
import org.atrium.core.model.pmo.Scope;
import org.atrium.core.model.pmo.TimeEntry;
import org.atrium.core.report.ReportSection;
import org.atrium.core.report.ReportSectionContribution;
import org.atrium.core.store.Condition;
import org.atrium.core.store.Ids;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.reporting.model.reporting.Report;
import org.atrium.reporting.model.reporting.ReportingFactory;
import org.atrium.reporting.model.reporting.ReportingPackage.Literals;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Status reports of projects, programs and portfolios: generates their content from the store as of a date (with
 * the sections of every installed {@link ReportSectionContribution}), keeps drafts, publishes them (a published
 * report is frozen by the core's write guard) and reads their history. Permissions are the store's: writing a report
 * needs "report status" on its scope.
 */
@Component(service = Reporting.class)
public class Reporting {

	private final List<ReportSectionContribution> contributions = new CopyOnWriteArrayList<>();
	private volatile ProjectHealthService health;
	private final Clock clock;

	public Reporting() {
		this(Clock.systemDefaultZone());
	}

	/** For use outside OSGi: with these contributions, the core's health rules and the clock's today. */
	public Reporting(Clock clock, ReportSectionContribution... contributions) {
		this.clock = clock;
		this.contributions.addAll(List.of(contributions));
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	public void addContribution(ReportSectionContribution contribution) {
		contributions.add(contribution);
	}

	public void removeContribution(ReportSectionContribution contribution) {
		contributions.remove(contribution);
	}

	@Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
			policyOption = ReferencePolicyOption.GREEDY)
	public void setHealth(ProjectHealthService health) {
		this.health = health;
	}

	public void unsetHealth(ProjectHealthService health) {
		if (this.health == health) {
			this.health = null;
		}
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The scope a code names: a project by its code, else a program, else a portfolio by its name. */
	public Optional<Scope> findScope(StoreSession session, String code) {
		Optional<Scope> project = session.<Scope>query(Query.<Scope>of(PmoPackage.Literals.PROJECT)
				.where(Condition.eq(PmoPackage.Literals.PROJECT__CODE, code)).limit(1)).stream().findFirst();
		if (project.isPresent()) {
			return project;
		}
		for (var type : List.of(PmoPackage.Literals.PROGRAM, PmoPackage.Literals.PORTFOLIO)) {
			Optional<Scope> named = session.<Scope>query(Query.<Scope>of(type)
					.where(Condition.eq(PmoPackage.Literals.SCOPE__NAME, code)).limit(1)).stream().findFirst();
			if (named.isPresent()) {
				return named;
			}
		}
		return Optional.empty();
	}

	/**
	 * The report of a scope as of a date, from the data as stored: not saved. Compared with the last published report
	 * of the same scope and period before that date, if there is one.
	 */
	public ReportContent generate(StoreSession session, Scope scope, ReportPeriod period, LocalDate asOf) {
		if (asOf == null) {
			throw new ReportingException("The report needs an as-of date.");
		}
		if (asOf.isAfter(today())) {
			throw new ReportingException("The as-of date " + asOf + " is in the future; a report shows what has happened.");
		}
		Scope loaded = session.hasContents(scope) ? scope : session.load(scope.eClass(), Ids.of(scope));
		List<Project> projects = ReportGenerator.projectsOf(loaded);
		List<ReportSection> contributed = new ArrayList<>();
		for (ReportSectionContribution contribution : contributions) {
			contributed.addAll(Contributions.call(contribution, "the report sections of " + ReportGenerator.label(loaded),
					() -> contribution.sections(projects, session, asOf), List.of()));
		}
		ReportContent previous = lastPublished(session, loaded, period, asOf).map(ReportSnapshots::read).orElse(null);
		ProjectHealthService service = health;
		ReportGenerator generator = service == null ? ReportGenerator.withCoreRules(asOf)
				: new ReportGenerator(project -> service.assess(project, session, asOf));
		return generator.generate(loaded, period, asOf, hours(session, projects, period, asOf), contributed, previous);
	}

	/** A new draft report of the scope by the author, generated and saved. */
	public Report draft(StoreSession session, Scope scope, ReportPeriod period, LocalDate asOf, Person author) {
		ReportContent content = generate(session, scope, period, asOf);
		Report report = ReportingFactory.eINSTANCE.createReport();
		report.setScope(scope);
		report.setAuthor(author);
		ReportSnapshots.write(content, report);
		session.save(report);
		return report;
	}

	/** Generates a draft's sections again from the data as it is now (a published report is refused by the store). */
	public void regenerate(StoreSession session, Report report) {
		ReportSnapshots.write(generate(session, report.getScope(), report.getPeriod(), report.getAsOf()), report);
		session.save(report);
	}

	/**
	 * Publishes a draft: from then on neither its sections nor its narrative can change, for anyone. Refused while
	 * the summary is empty.
	 */
	public void publish(StoreSession session, Report report) {
		if (report.isPublished()) {
			throw new ReportingException("'" + report.getTitle() + "' is already published.");
		}
		if (report.getSummary() == null || report.getSummary().isBlank()) {
			throw new ReportingException("Summary: write a summary before publishing '" + report.getTitle() + "'.");
		}
		report.setPublished(true);
		report.setPublishedAt(Instant.now(clock));
		try {
			session.save(report);
		} catch (RuntimeException e) {
			report.setPublished(false);
			report.setPublishedAt(null);
			throw e;
		}
	}

	/** The published reports of a scope, newest first. */
	public List<Report> history(StoreSession session, Scope scope) {
		return session.query(Query.<Report>of(Literals.REPORT)
				.where(Condition.and(Condition.eq(Literals.REPORT__SCOPE, scope), Condition.eq(Literals.REPORT__PUBLISHED, true)))
				.orderBy(Literals.REPORT__AS_OF, false));
	}

	/** Every published report, oldest first, without their sections: for trends. */
	public List<Report> published(StoreSession session) {
		return session.query(Query.<Report>of(Literals.REPORT).where(Condition.eq(Literals.REPORT__PUBLISHED, true))
				.orderBy(Literals.REPORT__AS_OF));
	}

	private static Optional<Report> lastPublished(StoreSession session, Scope scope, ReportPeriod period, LocalDate asOf) {
		Optional<Report> last = session.<Report>query(Query.<Report>of(Literals.REPORT)
				.where(Condition.and(Condition.eq(Literals.REPORT__SCOPE, scope), Condition.eq(Literals.REPORT__PUBLISHED, true),
						Condition.eq(Literals.REPORT__PERIOD, period), Condition.lt(Literals.REPORT__AS_OF, asOf)))
				.orderBy(Literals.REPORT__AS_OF, false).limit(1)).stream().findFirst();
		last.ifPresent(session::loadContents);
		return last;
	}

	/** Hours booked in the period on the projects, in one query over the period. */
	private static ReportGenerator.Hours hours(StoreSession session, List<Project> projects, ReportPeriod period,
			LocalDate asOf) {
		Set<String> ids = new HashSet<>();
		projects.forEach(project -> ids.add(Ids.of(project)));
		Map<String, BigDecimal> inPeriod = new HashMap<>();
		for (TimeEntry entry : session.<TimeEntry>query(Query.<TimeEntry>of(PmoPackage.Literals.TIME_ENTRY)
				.where(Condition.and(Condition.gt(PmoPackage.Literals.TIME_ENTRY__DATE, ReportGenerator.periodStart(period, asOf)),
						Condition.le(PmoPackage.Literals.TIME_ENTRY__DATE, asOf))))) {
			if (entry.eGet(PmoPackage.Literals.TIME_ENTRY__PROJECT, false) instanceof Project project
					&& entry.getHours() != null) {
				String id = Ids.of(project);
				if (ids.contains(id)) {
					inPeriod.merge(id, entry.getHours(), BigDecimal::add);
				}
			}
		}
		return new ReportGenerator.Hours(inPeriod);
	}
}
