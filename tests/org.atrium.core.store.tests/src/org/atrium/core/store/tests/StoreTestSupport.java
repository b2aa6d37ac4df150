package org.atrium.core.store.tests;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.atrium.core.model.pmo.Kpi;
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
import org.atrium.core.store.ModelContribution;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.ModelStoreFactory;
import org.atrium.core.store.testing.Engine;
import org.atrium.core.store.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** A fresh store per test, holding the core model: every test runs on embedded Derby and on PostgreSQL. */
@ParameterizedClass(name = "{0}")
@EnumSource(Engine.class)
abstract class StoreTestSupport {

	static final PmoFactory F = PmoFactory.eINSTANCE;
	static final PmoPackage P = PmoPackage.eINSTANCE;

	@Parameter
	Engine engine;

	@TempDir
	Path workspace;

	private TestDatabase database;
	private final List<ModelStore> opened = new ArrayList<>();

	/** The test's database, created on first use. */
	TestDatabase database() {
		if (database == null) {
			database = TestDatabase.create(engine, workspace);
		}
		return database;
	}

	ModelStore openStore(ModelContribution... extra) {
		List<ModelContribution> contributions = new ArrayList<>();
		contributions.add(ModelContribution.of(PmoPackage.eINSTANCE));
		contributions.addAll(List.of(extra));
		ModelStore store = ModelStoreFactory.open(database().config(), contributions);
		opened.add(store);
		return store;
	}

	@AfterEach
	void closeStores() {
		for (ModelStore store : opened) {
			store.close();
		}
		if (database != null) {
			database.close();
		}
	}

	static Person person(String name, String login) {
		Person person = F.createPerson();
		person.setName(name);
		person.setLogin(login);
		person.setEmail(login + "@example.org");
		return person;
	}

	static Portfolio portfolio(String name) {
		Portfolio portfolio = F.createPortfolio();
		portfolio.setName(name);
		return portfolio;
	}

	static Program program(Portfolio portfolio, String name) {
		Program program = F.createProgram();
		program.setName(name);
		portfolio.getPrograms().add(program);
		return program;
	}

	static Project project(Program program, String code, String name) {
		Project project = F.createProject();
		project.setCode(code);
		project.setName(name);
		project.setRag(RagStatus.GREEN);
		project.setPlannedStart(LocalDate.of(2026, 1, 5));
		project.setPlannedEnd(LocalDate.of(2026, 12, 18));
		project.setBudgetPlanned(new BigDecimal("250000"));
		program.getProjects().add(project);
		return project;
	}

	static Milestone milestone(Project project, String name, LocalDate planned) {
		Milestone milestone = F.createMilestone();
		milestone.setName(name);
		milestone.setPlannedDate(planned);
		milestone.setBaselineDate(planned);
		project.getMilestones().add(milestone);
		return milestone;
	}

	static Kpi kpi(Project project, String name, double... values) {
		Kpi kpi = F.createKpi();
		kpi.setName(name);
		kpi.setTarget(95);
		kpi.setAmberThreshold(90);
		kpi.setRedThreshold(80);
		LocalDate date = LocalDate.of(2026, 3, 2);
		for (double value : values) {
			Measurement measurement = F.createMeasurement();
			measurement.setDate(date);
			measurement.setValue(value);
			kpi.getMeasurements().add(measurement);
			date = date.plusWeeks(1);
		}
		project.getKpis().add(kpi);
		return kpi;
	}

	static RoleAssignment assign(org.atrium.core.model.pmo.Scope scope, RoleKind kind, Person person) {
		RoleAssignment assignment = F.createRoleAssignment();
		assignment.setKind(kind);
		assignment.setPerson(person);
		scope.getRoleAssignments().add(assignment);
		return assignment;
	}
}
