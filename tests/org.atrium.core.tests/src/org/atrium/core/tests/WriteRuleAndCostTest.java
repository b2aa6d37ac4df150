package org.atrium.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.atrium.core.AccessDeniedException;
import org.atrium.core.Governance;
import org.atrium.core.GovernanceGuard;
import org.atrium.core.Permissions;
import org.atrium.core.PmoModelContribution;
import org.atrium.core.ProjectHealthService;
import org.atrium.core.WriteRule;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoFactory;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.Program;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RagStatus;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.model.pmo.TimeEntry;
import org.atrium.core.store.Ids;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.ModelStoreFactory;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreConfig;
import org.atrium.core.store.StoreSession;
import org.atrium.core.store.Write;
import org.atrium.core.store.WriteCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The core seams for plugins' governance rules and costs: a {@link WriteRule} may allow writes that roles would
 * refuse, and a failing one refuses everything; a cost contribution adds to the project's actual cost.
 */
class WriteRuleAndCostTest {

	private static final PmoFactory F = PmoFactory.eINSTANCE;

	/** Allows the writes of time entries that are the writer's own. */
	private static final WriteRule OWN_TIME = new WriteRule() {
		@Override
		public Set<Write> allowed(WriteCheck check, Person actor) {
			return check.writes().stream().filter(write -> write.object() instanceof TimeEntry entry && actor != null
					&& Ids.of(entry.getPerson()).equals(Ids.of(actor))).collect(Collectors.<Write>toSet());
		}
	};

	@TempDir
	Path workspace;

	private final GovernanceGuard guard = new GovernanceGuard(new Permissions(new Governance()));
	private ModelStore store;

	@BeforeEach
	void office() {
		store = ModelStoreFactory.open(StoreConfig.derby(workspace.resolve("db"), true), List.of(new PmoModelContribution()),
				guard);
		Person lead = person("Lena Lead", "lead");
		lead.getOfficeRoles().add(RoleKind.PMO_LEAD);
		Portfolio portfolio = F.createPortfolio();
		portfolio.setName("Digital");
		Program program = F.createProgram();
		program.setName("Customer");
		portfolio.getPrograms().add(program);
		Project project = F.createProject();
		project.setCode("DIG-001");
		project.setName("Pilot");
		project.setBudgetPlanned(BigDecimal.valueOf(1000));
		project.setPercentComplete(50);
		project.setPlannedStart(LocalDate.of(2026, 1, 5));
		project.setPlannedEnd(LocalDate.of(2027, 1, 4));
		program.getProjects().add(project);
		try (StoreSession session = store.openSession("setup")) {
			session.save(lead, person("Ann Lee", "ann"), person("Bob Stone", "bob"), portfolio);
		}
	}

	@AfterEach
	void close() {
		store.close();
	}

	@Test
	void aRuleAllowsWritesTheRolesWouldRefuseAndOnlyThose() {
		assertThrows(AccessDeniedException.class, () -> book("ann", "ann"), "no rule: Ann holds no role at the project");
		guard.addRule(OWN_TIME);
		book("ann", "ann");
		AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> book("ann", "bob"));
		assertTrue(refused.getMessage().startsWith("Ann Lee may not edit at Project 'Pilot'"), refused.getMessage());
		guard.removeRule(OWN_TIME);
		assertThrows(AccessDeniedException.class, () -> book("ann", "ann"));
		assertEquals(1, entries());
	}

	@Test
	void aRuleThatRefusesOrFailsRefusesTheWholeTransaction() {
		guard.addRule(OWN_TIME);
		WriteRule locked = new WriteRule() {
			@Override
			public void check(WriteCheck check, Person actor) {
				throw new AccessDeniedException("The week is locked.");
			}
		};
		guard.addRule(locked);
		assertEquals("The week is locked. Nothing was saved.",
				assertThrows(AccessDeniedException.class, () -> book("ann", "ann")).getMessage());
		guard.removeRule(locked);
		WriteRule broken = new WriteRule() {
			@Override
			public Set<Write> allowed(WriteCheck check, Person actor) {
				return Set.of(check.writes().get(5));
			}
		};
		guard.addRule(broken);
		AccessDeniedException failed = assertThrows(AccessDeniedException.class, () -> book("lead", "ann"));
		assertTrue(failed.getMessage().endsWith("could not check this change; see the log. Nothing was saved."),
				failed.getMessage());
		assertEquals(0, entries());
	}

	@Test
	void contributedCostIsAddedToTheEnteredCostForEarnedValueAndTheRag() {
		ProjectHealthService health = new ProjectHealthService();
		LocalDate today = LocalDate.of(2026, 7, 6);
		try (StoreSession session = store.openSession("lead")) {
			Project project = session.load(PmoPackage.Literals.PROJECT,
					Ids.of(session.<Project>query(Query.of(PmoPackage.Literals.PROJECT)).get(0)));
			assertNull(health.actualCost(project, session, today));
			assertEquals(RagStatus.GREEN, health.assess(project, session, today).rag());
			health.addCost((p, s, asOf) -> BigDecimal.valueOf(600));
			health.addCost((p, s, asOf) -> {
				throw new IllegalStateException("a failing plugin adds nothing");
			});
			project.setBudgetActual(BigDecimal.valueOf(100));
			assertEquals(0, BigDecimal.valueOf(700).compareTo(health.actualCost(project, session, today)));
			assertEquals(new BigDecimal("700.00"), health.earnedValue(project, session, today).orElseThrow().actualCost());
			assertEquals(RagStatus.AMBER, health.assess(project, session, today).rag(), "EV 500 against AC 700");
			project.setBudgetActual(BigDecimal.valueOf(500));
			assertEquals(RagStatus.RED, health.assess(project, session, today).rag(), "AC 1,100 above BAC 1,000");
		}
	}

	private void book(String writer, String owner) {
		try (StoreSession session = store.openSession(writer)) {
			TimeEntry entry = F.createTimeEntry();
			entry.setPerson(GovernanceGuard.person(session, owner).orElseThrow());
			entry.setProject(session.<Project>query(Query.of(PmoPackage.Literals.PROJECT)).get(0));
			entry.setDate(LocalDate.of(2026, 11, 23));
			entry.setHours(BigDecimal.valueOf(8));
			session.save(entry);
		}
	}

	private long entries() {
		try (StoreSession session = store.openSession("lead")) {
			return session.count(Query.of(PmoPackage.Literals.TIME_ENTRY));
		}
	}

	private static Person person(String name, String login) {
		Person person = F.createPerson();
		person.setName(name);
		person.setLogin(login);
		return person;
	}
}
