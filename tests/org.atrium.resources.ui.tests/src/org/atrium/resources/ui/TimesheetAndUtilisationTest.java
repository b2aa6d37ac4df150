package org.atrium.resources.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.atrium.core.model.pmo.Allocation;
import org.atrium.core.model.pmo.LifecyclePhase;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoFactory;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.Program;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RoleAssignment;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.model.pmo.TimeEntry;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.resources.HeatMap;
import org.atrium.resources.Weeks;
import org.atrium.resources.model.resources.ResourcesPackage;
import org.atrium.ui.testing.UiFixture;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The timesheet grid and the utilisation heat map on real widgets and a real governed store: Ann (no role at the
 * projects) books her week and submits it; she is allocated 60% to each of two projects, so the heat map shows her
 * at 120% until a what-if plan lowers one allocation.
 */
class TimesheetAndUtilisationTest {

	private static final LocalDate MONDAY = Weeks.monday(LocalDate.now());

	@TempDir
	Path workspace;

	private UiFixture ui;

	@BeforeEach
	void office() throws Exception {
		ui = new UiFixture(workspace, "ann");
		PmoFactory pmo = PmoFactory.eINSTANCE;
		Person lead = person("Lena Lead", "lead");
		lead.getOfficeRoles().add(RoleKind.PMO_LEAD);
		Person ann = person("Ann Lee", "ann");
		Person max = person("Max Manager", "manager");
		Portfolio portfolio = pmo.createPortfolio();
		portfolio.setName("Digital");
		Program program = pmo.createProgram();
		program.setName("Customer");
		portfolio.getPrograms().add(program);
		Project crm = project(program, "DIG-001", "CRM Consolidation");
		Project portal = project(program, "DIG-002", "Customer Portal");
		RoleAssignment manager = pmo.createRoleAssignment();
		manager.setKind(RoleKind.PROJECT_MANAGER);
		manager.setPerson(max);
		crm.getRoleAssignments().add(manager);
		try (StoreSession session = ui.store.openSession()) {
			session.inTransaction(tx -> {
				tx.save(lead);
				tx.save(ann);
				tx.save(max);
				tx.save(portfolio);
				tx.save(allocation(ann, crm));
				tx.save(allocation(ann, portal));
			});
		}
		ui.shell.setLayout(new FillLayout());
	}

	@AfterEach
	void close() {
		ui.close();
	}

	@Test
	void annTypesHerWeekSavesItWithTotalsAndSubmitsIt() {
		TimesheetPart part = ContextInjectionFactory.make(TimesheetPart.class, partContext());
		ui.shell.layout(true, true);
		ui.waitUntil("the week to load", () -> part.week() != null);
		assertEquals(0, org.eclipse.collections.api.factory.Sets.mutable.empty().size(),
				"NatTable's collections find their factories in OSGi, so the grid paints");
		Combo addLine = UiFixture.find(ui.shell, Combo.class, combo -> true).get(0);
		assertEquals(List.of("Add a project line\u2026", "DIG-001  CRM Consolidation", "DIG-002  Customer Portal"),
				List.of(addLine.getItems()));
		addLine.select(1);
		addLine.notifyListeners(SWT.Selection, new Event());
		assertEquals(1, part.week().lines().size());

		part.type(0, 0, "8");
		part.type(1, 0, "abc");
		assertTrue(part.message().contains("'abc' is not a number of hours"), part.message());
		click("Save");
		assertTrue(part.message().contains("'abc' is not a number of hours"), "nothing saved while a cell is invalid");
		part.type(1, 0, "7,5");
		assertEquals("15.5", cell(part, 7, 0), "the line's total");
		assertEquals("8", cell(part, 0, 1), "Monday's total");
		click("Save");
		ui.waitUntil("the week to be saved", () -> entries() == 2);
		ui.waitUntil("the saved week to show", () -> part.week().lines().size() == 1
				&& !part.week().lines().get(0).entries(0).isEmpty());
		assertEquals("15.5", cell(part, 7, 1), "the week's total");

		click("Submit week");
		ui.waitUntil("the week to be submitted", () -> part.week().lines().get(0).isLocked());
		assertTrue(part.message().contains("The week was submitted for approval."), part.message());
		assertEquals(1, submittedWeeks());
		part.type(2, 0, "4");
		assertEquals("", cell(part, 2, 0), "a submitted line takes no hours");
	}

	@Test
	void theHeatMapShowsAnnOverCapacityAndAWhatIfPlanBringsHerDown() {
		ui.workAsPmoLead();
		UtilisationPart part = ContextInjectionFactory.make(UtilisationPart.class, partContext());
		ui.shell.layout(true, true);
		ui.waitUntil("the heat map to load", () -> part.shown() != null);
		HeatMap.Row ann = row(part, "Ann Lee");
		assertEquals(120, ann.utilisation(0), 1e-9);
		assertTrue(ann.isOverAllocated(0));
		assertEquals(List.of("Ann Lee"), part.shown().overAllocated().stream().map(HeatMap.Row::label).toList());

		part.pick(part.shown().rows().indexOf(ann), 0);
		ui.waitUntil("the allocations behind the cell", () -> part.behind().getItemCount() == 2);

		part.whatIf().setSelection(true);
		part.whatIf().notifyListeners(SWT.Selection, new Event());
		ui.waitUntil("the plan to load", () -> part.plan() != null);
		part.pick(part.shown().rows().indexOf(row(part, "Ann Lee")), 0);
		part.behind().select(0);
		click("\u221210%");
		click("\u221210%");
		assertEquals(100, row(part, "Ann Lee").utilisation(0), 1e-9);
		assertEquals(List.of(), part.shown().overAllocated(), "the map follows the plan");
		click("Save plan");
		ui.waitUntil("the plan to be saved", () -> part.plan() == null && part.shown() != null
				&& row(part, "Ann Lee").utilisation(0) < 101);
		try (StoreSession session = ui.store.openSession()) {
			List<Integer> percentages = session.<Allocation>query(Query.<Allocation>of(PmoPackage.Literals.ALLOCATION))
					.stream().map(Allocation::getPercentage).sorted().toList();
			assertEquals(List.of(40, 60), percentages);
		}
		assertFalse(row(part, "Ann Lee").isOverAllocated(0));
	}

	private IEclipseContext partContext() {
		IEclipseContext context = ui.context.createChild();
		context.set(Composite.class, new Composite(ui.shell, SWT.NONE));
		return context;
	}

	private void click(String text) {
		Button button = UiFixture.find(ui.shell, Button.class, b -> b.getText().equals(text)).get(0);
		button.notifyListeners(SWT.Selection, new Event());
		ui.settle();
	}

	private static String cell(TimesheetPart part, int column, int row) {
		return String.valueOf(part.grid().body.getDataValueByPosition(column, row));
	}

	private static HeatMap.Row row(UtilisationPart part, String label) {
		return part.shown().rows().stream().filter(row -> row.label().equals(label)).findFirst().orElseThrow();
	}

	private long entries() {
		try (StoreSession session = ui.store.openSession()) {
			return session.count(Query.<TimeEntry>of(PmoPackage.Literals.TIME_ENTRY));
		}
	}

	private long submittedWeeks() {
		try (StoreSession session = ui.store.openSession()) {
			return session.count(Query.of(ResourcesPackage.Literals.TIMESHEET));
		}
	}

	private static Person person(String name, String login) {
		Person person = PmoFactory.eINSTANCE.createPerson();
		person.setName(name);
		person.setLogin(login);
		person.setDepartment("Engineering");
		person.setHourlyRate(BigDecimal.valueOf(100));
		return person;
	}

	private static Project project(Program program, String code, String name) {
		Project project = PmoFactory.eINSTANCE.createProject();
		project.setCode(code);
		project.setName(name);
		project.setPhase(LifecyclePhase.EXECUTION);
		project.setPlannedStart(MONDAY.minusYears(1));
		project.setPlannedEnd(MONDAY.plusYears(1));
		program.getProjects().add(project);
		return project;
	}

	private static Allocation allocation(Person person, Project project) {
		Allocation allocation = PmoFactory.eINSTANCE.createAllocation();
		allocation.setPerson(person);
		allocation.setProject(project);
		allocation.setStart(MONDAY.minusWeeks(4));
		allocation.setEnd(MONDAY.plusWeeks(12));
		allocation.setPercentage(60);
		return allocation;
	}
}
