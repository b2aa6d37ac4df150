package org.atrium.reporting.tests;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.atrium.core.model.pmo.Kpi;
import org.atrium.core.model.pmo.KpiDirection;
import org.atrium.core.model.pmo.LifecyclePhase;
import org.atrium.core.model.pmo.Measurement;
import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoFactory;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.Program;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RagStatus;
import org.atrium.core.model.pmo.RoleAssignment;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.model.pmo.Scope;
import org.atrium.core.model.pmo.TimeEntry;
import org.atrium.core.report.ReportSectionContribution;
import org.atrium.core.store.ModelContribution;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.ModelStoreFactory;
import org.atrium.core.store.StoreConfig;
import org.atrium.core.store.WriteGuard;
import org.atrium.reporting.Reporting;
import org.atrium.reporting.ReportingModelContribution;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small office in a fresh embedded Derby store per test: the portfolio "Digital" with the programs "Customer"
 * (DIG-001 amber by a KPI, DIG-002 red by a slipped milestone) and "Platform" (DIG-003, green, with no KPIs and no
 * milestones), hours booked, and Ann Lee, who reports status on the portfolio.
 */
abstract class ReportingTestSupport {

	static final PmoFactory PMO = PmoFactory.eINSTANCE;
	static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
	static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

	@TempDir
	Path workspace;

	private final List<ModelStore> opened = new ArrayList<>();

	ModelStore openStore() {
		return openStore(WriteGuard.NONE);
	}

	ModelStore openStore(WriteGuard guard) {
		ModelStore store = ModelStoreFactory.open(StoreConfig.derby(workspace.resolve("db"), true),
				List.of(ModelContribution.of(PmoPackage.eINSTANCE), new ReportingModelContribution()), guard);
		opened.add(store);
		return store;
	}

	@AfterEach
	void closeStores() {
		opened.forEach(ModelStore::close);
	}

	static Reporting reporting(ReportSectionContribution... contributions) {
		return new Reporting(CLOCK, contributions);
	}

	/** The office described above; every object to save is in the returned list. */
	static List<org.eclipse.emf.ecore.EObject> office() {
		Person ann = person("Ann Lee", "alee");
		Portfolio digital = PMO.createPortfolio();
		digital.setName("Digital");
		assign(digital, RoleKind.SPONSOR, ann);
		Program customer = program(digital, "Customer");
		Program platform = program(digital, "Platform");

		Project crm = project(customer, "DIG-001", "CRM Consolidation", 40);
		Kpi adoption = kpi(crm, "Adoption", 80, 60, 40);
		measure(adoption, TODAY.minusDays(3), 55);
		milestone(crm, "Design signed off", TODAY.minusDays(30), TODAY.minusDays(30), TODAY.minusDays(4), false);
		milestone(crm, "Pilot", TODAY.plusDays(5), TODAY.plusDays(5), null, true);

		Project portal = project(customer, "DIG-002", "Customer Portal", 30);
		portal.setRag(RagStatus.RED);
		milestone(portal, "Go-live", TODAY.minusDays(30), TODAY.minusDays(30), null, true);
		Kpi errors = kpi(portal, "Error rate", 1, 3, 5);
		errors.setDirection(KpiDirection.LOWER_IS_BETTER);
		measure(errors, TODAY.minusDays(1), 0.5);

		Project api = project(platform, "DIG-003", "API Gateway", 70);
		api.setRag(RagStatus.GREEN);

		Project closed = project(platform, "DIG-009", "Old Intranet", 100);
		closed.setPhase(LifecyclePhase.CLOSED);

		List<org.eclipse.emf.ecore.EObject> all = new ArrayList<>(List.of(ann, digital));
		all.add(hours(ann, crm, TODAY.minusDays(2), "7.5"));
		all.add(hours(ann, crm, TODAY.minusDays(40), "8"));
		all.add(hours(ann, api, TODAY.minusDays(1), "4"));
		return all;
	}

	static Person person(String name, String login) {
		Person person = PMO.createPerson();
		person.setName(name);
		person.setLogin(login);
		return person;
	}

	static RoleAssignment assign(Scope scope, RoleKind kind, Person person) {
		RoleAssignment assignment = PMO.createRoleAssignment();
		assignment.setKind(kind);
		assignment.setPerson(person);
		scope.getRoleAssignments().add(assignment);
		return assignment;
	}

	static Program program(Portfolio portfolio, String name) {
		Program program = PMO.createProgram();
		program.setName(name);
		portfolio.getPrograms().add(program);
		return program;
	}

	static Project project(Program program, String code, String name, int percentComplete) {
		Project project = PMO.createProject();
		project.setCode(code);
		project.setName(name);
		project.setPhase(LifecyclePhase.EXECUTION);
		project.setRag(RagStatus.AMBER);
		project.setCurrency("EUR");
		project.setBudgetPlanned(new BigDecimal("100000"));
		project.setBudgetActual(new BigDecimal("45000"));
		project.setBudgetForecast(new BigDecimal("102000"));
		project.setPercentComplete(percentComplete);
		project.setPlannedStart(TODAY.minusMonths(6));
		project.setPlannedEnd(TODAY.plusMonths(6));
		program.getProjects().add(project);
		return project;
	}

	static Kpi kpi(Project project, String name, double target, double amber, double red) {
		Kpi kpi = PMO.createKpi();
		kpi.setName(name);
		kpi.setUnit("%");
		kpi.setDirection(KpiDirection.HIGHER_IS_BETTER);
		kpi.setTarget(target);
		kpi.setAmberThreshold(amber);
		kpi.setRedThreshold(red);
		project.getKpis().add(kpi);
		return kpi;
	}

	static void measure(Kpi kpi, LocalDate date, double value) {
		Measurement measurement = PMO.createMeasurement();
		measurement.setDate(date);
		measurement.setValue(value);
		kpi.getMeasurements().add(measurement);
	}

	static Milestone milestone(Project project, String name, LocalDate baseline, LocalDate planned, LocalDate actual,
			boolean gate) {
		Milestone milestone = PMO.createMilestone();
		milestone.setName(name);
		milestone.setBaselineDate(baseline);
		milestone.setPlannedDate(planned);
		milestone.setActualDate(actual);
		milestone.setGate(gate);
		project.getMilestones().add(milestone);
		return milestone;
	}

	static TimeEntry hours(Person person, Project project, LocalDate date, String hours) {
		TimeEntry entry = PMO.createTimeEntry();
		entry.setPerson(person);
		entry.setProject(project);
		entry.setDate(date);
		entry.setHours(new BigDecimal(hours));
		return entry;
	}
}
