package org.atrium.risks.tests;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoFactory;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.Program;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RoleAssignment;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.model.pmo.Scope;
import org.atrium.core.store.ModelContribution;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.ModelStoreFactory;
import org.atrium.core.store.StoreConfig;
import org.atrium.core.store.WriteGuard;
import org.atrium.risks.RiskModelContribution;
import org.atrium.risks.model.risks.ActionStatus;
import org.atrium.risks.model.risks.MitigationAction;
import org.atrium.risks.model.risks.Risk;
import org.atrium.risks.model.risks.RiskStatus;
import org.atrium.risks.model.risks.RisksFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** Builders for a small office with risks, and a fresh embedded Derby store per test. */
abstract class RiskTestSupport {

	static final PmoFactory PMO = PmoFactory.eINSTANCE;
	static final RisksFactory RISKS = RisksFactory.eINSTANCE;
	static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

	@TempDir
	Path workspace;

	private final List<ModelStore> opened = new ArrayList<>();

	/** A store with the core model and the risk model, in the test's temporary directory. */
	ModelStore openStore() {
		return openStore(WriteGuard.NONE);
	}

	/** The same store, with every write checked by the guard. */
	ModelStore openStore(WriteGuard guard) {
		ModelStore store = ModelStoreFactory.open(StoreConfig.derby(workspace.resolve("db"), true),
				List.of(ModelContribution.of(PmoPackage.eINSTANCE), new RiskModelContribution()), guard);
		opened.add(store);
		return store;
	}

	@AfterEach
	void closeStores() {
		opened.forEach(ModelStore::close);
	}

	static Person person(String name, String login) {
		Person person = PMO.createPerson();
		person.setName(name);
		person.setLogin(login);
		return person;
	}

	/** A project in a program in a portfolio. */
	static Project project(String code, String name) {
		Portfolio portfolio = PMO.createPortfolio();
		portfolio.setName("Digital");
		Program program = PMO.createProgram();
		program.setName("Customer");
		portfolio.getPrograms().add(program);
		Project project = PMO.createProject();
		project.setCode(code);
		project.setName(name);
		program.getProjects().add(project);
		return project;
	}

	static Portfolio portfolioOf(Project project) {
		return project.getProgram().getPortfolio();
	}

	static RoleAssignment assign(Scope scope, RoleKind kind, Person person) {
		RoleAssignment assignment = PMO.createRoleAssignment();
		assignment.setKind(kind);
		assignment.setPerson(person);
		scope.getRoleAssignments().add(assignment);
		return assignment;
	}

	static Risk risk(Project project, String title, int probability, int impact) {
		Risk risk = RISKS.createRisk();
		risk.setProject(project);
		risk.setTitle(title);
		risk.setProbability(probability);
		risk.setImpact(impact);
		risk.setStatus(RiskStatus.OPEN);
		return risk;
	}

	static Risk residual(Risk risk, int probability, int impact) {
		risk.setResidualProbability(probability);
		risk.setResidualImpact(impact);
		return risk;
	}

	static MitigationAction action(Risk risk, String title, ActionStatus status, LocalDate due) {
		MitigationAction action = RISKS.createMitigationAction();
		action.setTitle(title);
		action.setStatus(status);
		action.setDueDate(due);
		risk.getActions().add(action);
		return action;
	}
}
