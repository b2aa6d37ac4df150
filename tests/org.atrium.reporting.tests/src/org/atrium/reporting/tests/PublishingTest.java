package org.atrium.reporting.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.atrium.core.AccessDeniedException;
import org.atrium.core.Governance;
import org.atrium.core.GovernanceGuard;
import org.atrium.core.Permissions;
import org.atrium.core.PublishedReportException;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.ReportPeriod;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.model.pmo.Scope;
import org.atrium.core.report.ReportSection;
import org.atrium.core.report.ReportSectionContribution;
import org.atrium.core.search.SearchHit;
import org.atrium.core.store.Condition;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.reporting.ReportContent;
import org.atrium.reporting.ReportSearch;
import org.atrium.reporting.ReportSnapshots;
import org.atrium.reporting.Reporting;
import org.atrium.reporting.ReportingException;
import org.atrium.reporting.model.reporting.Report;
import org.atrium.reporting.model.reporting.ReportingPackage;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Drafts, publishing and history in a governed office: a published report is frozen by the core's write guard, for
 * everyone, whatever writes to it.
 */
class PublishingTest extends ReportingTestSupport {

	private ModelStore store;
	private final List<String> flagged = new ArrayList<>();
	private final ReportSectionContribution flags = (projects, session, asOf) -> List.of(new ReportSection("test.flags",
			"Flags", List.of("Project", "Flag"), flagged.stream().map(id -> ReportSection.Row.of(id, "DIG-001", id)).toList(),
			flagged.isEmpty() ? "No flags." : ""));
	private Reporting reporting;

	@BeforeEach
	void governedOffice() {
		store = openStore(new GovernanceGuard(new Permissions(new Governance())));
		reporting = reporting(flags);
		Person lead = person("Lena Lead", "lead");
		lead.getOfficeRoles().add(RoleKind.PMO_LEAD);
		List<EObject> office = new ArrayList<>(office());
		Person stan = person("Stan Stakeholder", "stan");
		assign((Portfolio) office.get(1), RoleKind.STAKEHOLDER, stan);
		office.add(stan);
		office.add(lead);
		try (StoreSession session = store.openSession("setup")) {
			session.inTransaction(tx -> office.forEach(tx::save));
		}
	}

	private Report draft(String login, ReportPeriod period, java.time.LocalDate asOf) {
		try (StoreSession session = store.openSession(login)) {
			Scope digital = reporting.findScope(session, "Digital").orElseThrow();
			Person author = GovernanceGuard.person(session, login).orElseThrow();
			return reporting.draft(session, digital, period, asOf, author);
		}
	}

	private void publish(String id, String summary) {
		try (StoreSession session = store.openSession("alee")) {
			Report report = session.load(ReportingPackage.Literals.REPORT, id);
			report.setSummary(summary);
			session.save(report);
			reporting.publish(session, report);
		}
	}

	private long reports() {
		try (StoreSession session = store.openSession("check")) {
			return session.count(Query.of(ReportingPackage.Literals.REPORT));
		}
	}

	@Test
	void theAuthorDraftsWritesTheNarrativeAndPublishesAndTheHistoryKeepsIt() {
		Report draft = draft("alee", ReportPeriod.MONTHLY, TODAY);
		publish(draft.getId(), "Two exceptions; the portal's go-live needs a decision.");

		try (StoreSession session = store.openSession("check")) {
			Scope digital = reporting.findScope(session, "Digital").orElseThrow();
			List<Report> history = reporting.history(session, digital);
			assertEquals(1, history.size());
			Report published = history.get(0);
			assertTrue(published.isPublished());
			assertEquals(CLOCK.instant(), published.getPublishedAt());
			session.loadContents(published);
			ReportContent content = ReportSnapshots.read(published);
			assertEquals("Monthly status report: Digital (portfolio)", content.title());
			assertEquals("Ann Lee", content.narrative().author());
			assertEquals(List.of("DIG-002", "DIG-001", "DIG-003"), content.section("projects").orElseThrow().rows()
					.stream().map(row -> row.cells().get(0)).toList(), "the frozen sections read back as generated");
		}
	}

	@Test
	void aPublishedReportIsFrozenForEveryoneAndCannotBeDeleted() {
		String id = draft("alee", ReportPeriod.MONTHLY, TODAY).getId();
		publish(id, "Frozen from now on.");

		for (String login : List.of("alee", "lead")) {
			try (StoreSession session = store.openSession(login)) {
				Report report = session.load(ReportingPackage.Literals.REPORT, id);
				report.setSummary("Rewritten history.");
				PublishedReportException changed = assertThrows(PublishedReportException.class, () -> session.save(report));
				assertEquals("Status report 'Monthly status report: Digital (portfolio)' is published and cannot be "
						+ "changed; nothing was saved. Write a new report as the correction.", changed.getMessage());
				session.refresh(report);
				report.getSections().get(1).getRows().get(0).getCells().set(3, "Green");
				assertThrows(PublishedReportException.class, () -> session.save(report), "nor its frozen rows");
				session.refresh(report);
				report.setPublished(false);
				assertThrows(PublishedReportException.class, () -> session.save(report), "nor unpublished");
				session.refresh(report);
				assertThrows(PublishedReportException.class, () -> session.delete(report), "nor deleted");
			}
		}
		try (StoreSession session = store.openSession("check")) {
			Report report = session.load(ReportingPackage.Literals.REPORT, id);
			assertEquals("Frozen from now on.", report.getSummary());
			assertEquals("Red", report.getSections().get(1).getRows().get(0).getCells().get(3));
			assertTrue(report.isPublished());
		}
	}

	@Test
	void aDraftMayChangeAndIsPublishedOnlyWithASummary() {
		String id = draft("alee", ReportPeriod.WEEKLY, TODAY).getId();
		try (StoreSession session = store.openSession("alee")) {
			Report report = session.load(ReportingPackage.Literals.REPORT, id);
			report.setHelpNeeded("A decision on the go-live.");
			session.save(report);
			ReportingException refused = assertThrows(ReportingException.class, () -> reporting.publish(session, report));
			assertEquals("Summary: write a summary before publishing 'Weekly status report: Digital (portfolio)'.",
					refused.getMessage());
			assertFalse(report.isPublished());
			reporting.regenerate(session, report);
		}
		try (StoreSession session = store.openSession("check")) {
			Report report = session.load(ReportingPackage.Literals.REPORT, id);
			assertFalse(report.isPublished());
			assertEquals("A decision on the go-live.", report.getHelpNeeded());
		}
	}

	@Test
	void theSearchFindsReportsByTitleOrSummary() {
		publish(draft("alee", ReportPeriod.MONTHLY, TODAY).getId(), "The portal's go-live needs a decision.");
		draft("alee", ReportPeriod.WEEKLY, TODAY);
		try (StoreSession session = store.openSession("check")) {
			List<SearchHit> hits = new ReportSearch().find("go-live", session, 10);
			assertEquals(List.of("Monthly status report: Digital (portfolio) | As of 2026-11-27, published"),
					hits.stream().map(hit -> hit.label() + " | " + hit.detail()).toList());
			assertEquals(ReportingPackage.Literals.REPORT, hits.get(0).type());
			assertEquals(2, new ReportSearch().find("digital", session, 10).size());
		}
	}

	@Test
	void aStakeholderMayNotWriteAReport() {
		AccessDeniedException refused = assertThrows(AccessDeniedException.class,
				() -> draft("stan", ReportPeriod.WEEKLY, TODAY));
		assertTrue(refused.getMessage().startsWith("Stan Stakeholder may not report status at Portfolio 'Digital'"),
				refused.getMessage());
		assertEquals(0, reports());
	}

	@Test
	void theNextReportSaysWhatChangedSinceTheLastPublishedOne() {
		publish(draft("alee", ReportPeriod.WEEKLY, TODAY.minusWeeks(1)).getId(), "Last week.");
		flagged.add("flag-1");
		try (StoreSession session = store.openSession("lead")) {
			Project api = session.<Project>query(Query.<Project>of(PmoPackage.Literals.PROJECT)
					.where(Condition.eq(PmoPackage.Literals.PROJECT__CODE, "DIG-003"))).get(0);
			api.setBudgetForecast(new BigDecimal("130000"));
			session.save(api);
		}

		try (StoreSession session = store.openSession("alee")) {
			ReportContent report = reporting.generate(session, reporting.findScope(session, "Digital").orElseThrow(),
					ReportPeriod.WEEKLY, TODAY);
			ReportSection changes = report.sections().get(2);
			assertEquals("Changes since the report of 2026-11-20", changes.title());
			List<String> lines = changes.rows().stream().map(row -> String.join(" | ", row.cells())).toList();
			assertTrue(lines.contains("RAG moved | DIG-003 | Green to Red"), lines.toString());
			assertTrue(lines.stream().anyMatch(line -> line.startsWith("Milestone slipped further | DIG-002 | Go-live, ")),
					lines.toString());
			assertTrue(lines.contains("New in Flags | DIG-001 | flag-1"), lines.toString());
		}
	}
}
