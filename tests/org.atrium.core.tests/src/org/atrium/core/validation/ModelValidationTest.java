package org.atrium.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.atrium.core.model.pmo.PmoFactory;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.Program;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.validation.PmoValidator;
import org.atrium.testing.faulty.FaultyModel;
import org.atrium.testing.faulty.FaultyPlugin;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One pass over the rules of every registered package, each package's validator behind the guard. */
class ModelValidationTest {

	private static final PmoFactory F = PmoFactory.eINSTANCE;

	@AfterEach
	void stopTheFaultyPlugin() throws Exception {
		FaultyPlugin.stop();
	}

	@Test
	void rootsInsideOtherRootsAreValidatedOnce() {
		Project unsponsored = project("Zeus");
		Portfolio portfolio = F.createPortfolio();
		Program program = F.createProgram();
		portfolio.getPrograms().add(program);
		program.getProjects().add(unsponsored);

		Diagnostic result = ModelValidation.validate(List.of(unsponsored, portfolio));

		assertEquals(1, result.getChildren().size(), () -> messages(result));
		assertEquals(PmoValidator.SPONSOR_COUNT, result.getChildren().get(0).getCode());
	}

	@Test
	void aFailingValidatorIsOneErrorNamingItsPluginAndTheOtherRulesStillReport() throws Exception {
		FaultyPlugin.start();
		EObject gadget = EcoreUtil.create(FaultyModel.GADGET);
		Project unsponsored = project("Zeus");

		Diagnostic result = ModelValidation.validate(List.of(gadget, unsponsored));

		assertEquals(2, result.getChildren().size(), () -> messages(result));
		Diagnostic failed = result.getChildren().get(0);
		assertEquals(Diagnostic.ERROR, failed.getSeverity());
		assertEquals(ModelValidation.VALIDATOR_FAILED, failed.getCode());
		assertEquals("The rules of " + FaultyPlugin.SYMBOLIC_NAME + " could not check this Gadget; see the log",
				failed.getMessage());
		assertEquals(List.of(gadget), failed.getData());
		assertEquals(PmoValidator.SPONSOR_COUNT, result.getChildren().get(1).getCode());
	}

	@Test
	void rulesLeaveWithTheirPlugin() throws Exception {
		FaultyPlugin.start();
		FaultyPlugin.stop();

		Diagnostic result = ModelValidation.validate(List.of(EcoreUtil.create(FaultyModel.GADGET)));

		assertTrue(result.getChildren().stream().noneMatch(d -> d.getCode() == ModelValidation.VALIDATOR_FAILED),
				() -> messages(result));
	}

	private static Project project(String name) {
		Project project = F.createProject();
		project.setName(name);
		project.setCode(name.toUpperCase());
		return project;
	}

	private static String messages(Diagnostic result) {
		return String.join("\n", result.getChildren().stream().map(Diagnostic::getMessage).toList());
	}
}
