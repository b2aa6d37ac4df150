package org.atrium.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.atrium.core.Governance;
import org.atrium.core.GovernanceGuard;
import org.atrium.core.Permissions;
import org.atrium.core.PublishedReportException;
import org.atrium.core.StatusReporting;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoFactory;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RagStatus;
import org.atrium.core.model.pmo.RoleAssignment;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.model.pmo.StatusReport;
import org.atrium.core.store.AuditQuery;
import org.atrium.core.store.ModelContribution;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.ModelStoreFactory;
import org.atrium.core.store.StoreConfig;
import org.atrium.core.store.StoreSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stored status report is published: saving through the service refuses to change or remove it. */
class PublishedReportTest {

	private static final PmoFactory F = PmoFactory.eINSTANCE;

	@TempDir
	Path workspace;
	private ModelStore store;
	private final StatusReporting reporting = new StatusReporting(new Permissions(new Governance()));
	private String projectId;

	@BeforeEach
	void publishAReport() {
		store = ModelStoreFactory.open(StoreConfig.derby(workspace.resolve("db"), true),
				List.of(ModelContribution.of(PmoPackage.eINSTANCE)));
		Person author = F.createPerson();
		author.setLogin("lsmith");
		author.setName("Leila Smith");
		Project project = F.createProject();
		project.setCode("PIL-001");
		project.setName("Pilot");
		RoleAssignment sponsor = F.createRoleAssignment();
		sponsor.setKind(RoleKind.SPONSOR);
		sponsor.setPerson(author);
		project.getRoleAssignments().add(sponsor);
		StatusReport report = F.createStatusReport();
		report.setPeriodEnd(LocalDate.of(2026, 11, 20));
		report.setRag(RagStatus.GREEN);
		report.setSummary("On track.");
		report.setAuthor(author);
		project.getStatusReports().add(report);
		try (StoreSession session = store.openSession("lsmith")) {
			session.save(author, project);
		}
		projectId = project.getId();
	}

	@AfterEach
	void closeStore() {
		store.close();
	}

	private StoredReports stored() {
		try (StoreSession session = store.openSession("check")) {
			Project project = session.load(PmoPackage.Literals.PROJECT, projectId);
			return new StoredReports(project.getStatusReports().stream().map(StatusReport::getSummary).toList(),
					project.getName());
		}
	}

	private record StoredReports(List<String> summaries, String projectName) {
	}

	@Test
	void aChangedPublishedReportIsRefusedAndNothingIsWritten() {
		long auditBefore = auditEntries();
		try (StoreSession session = store.openSession("bkim")) {
			Project project = session.load(PmoPackage.Literals.PROJECT, projectId);
			project.setName("Pilot, renamed");
			project.getStatusReports().get(0).setSummary("Rewritten history.");

			PublishedReportException refused = assertThrows(PublishedReportException.class,
					() -> reporting.save(session, project));

			assertEquals("The status report of the week ending 2026-11-20 by Leila Smith was changed, but it is "
					+ "published and cannot be changed. Undo the change and write a new report as the correction.",
					refused.getMessage());
		}
		assertEquals(new StoredReports(List.of("On track."), "Pilot"), stored(), "nothing of the save is written");
		assertEquals(auditBefore, auditEntries(), "and nothing is audited");
	}

	@Test
	void aRemovedPublishedReportIsRefused() {
		try (StoreSession session = store.openSession("bkim")) {
			Project project = session.load(PmoPackage.Literals.PROJECT, projectId);
			project.getStatusReports().clear();

			PublishedReportException refused = assertThrows(PublishedReportException.class,
					() -> reporting.save(session, project));
			assertTrue(refused.getMessage().startsWith("1 published status report of PIL-001 was removed"),
					refused.getMessage());
		}
		assertEquals(List.of("On track."), stored().summaries());
	}

	@Test
	void aNewReportAsTheCorrectionIsSavedAndThenPublished() {
		try (StoreSession session = store.openSession("lsmith")) {
			Project project = session.load(PmoPackage.Literals.PROJECT, projectId);
			StatusReport correction = F.createStatusReport();
			correction.setPeriodEnd(LocalDate.of(2026, 11, 20));
			correction.setSummary("Correction: amber, the pilot slipped.");
			correction.setBudgetActual(new BigDecimal("10"));
			project.getStatusReports().add(correction);
			assertTrue(!StatusReporting.isPublished(correction), "a new report is a draft");

			reporting.save(session, project);

			assertTrue(StatusReporting.isPublished(correction), "once stored it is published");
			correction.setSummary("Edited after publishing.");
			assertThrows(PublishedReportException.class, () -> reporting.save(session, project));
		}
		assertEquals(List.of("On track.", "Correction: amber, the pilot slipped."), stored().summaries());
	}

	@Test
	void theWriteGuardRefusesAPublishedReportChangedOrRemovedByAnyWriter() {
		store.close();
		store = ModelStoreFactory.open(StoreConfig.derby(workspace.resolve("db"), false),
				List.of(ModelContribution.of(PmoPackage.eINSTANCE)), new GovernanceGuard(new Permissions(new Governance())));
		try (StoreSession session = store.openSession("lsmith")) {
			Project project = session.load(PmoPackage.Literals.PROJECT, projectId);
			StatusReport report = project.getStatusReports().get(0);
			report.setSummary("Rewritten by a plugin, not through the service.");

			PublishedReportException changed = assertThrows(PublishedReportException.class, () -> session.save(report));
			assertTrue(changed.getMessage().startsWith("The status report of the week ending 2026-11-20 by Leila Smith "
					+ "was changed, but it is published"), changed.getMessage());

			session.refresh(project);
			PublishedReportException removed = assertThrows(PublishedReportException.class,
					() -> session.delete(project.getStatusReports().get(0)));
			assertTrue(removed.getMessage().contains("was removed, but it is published"), removed.getMessage());

			session.refresh(project);
			project.setName("Pilot, renamed");
			session.save(project);
		}
		assertEquals(new StoredReports(List.of("On track."), "Pilot, renamed"), stored(),
				"the report stays as published; the project may change");
	}

	private long auditEntries() {
		return store.auditLog(AuditQuery.recent(10_000)).size();
	}
}
