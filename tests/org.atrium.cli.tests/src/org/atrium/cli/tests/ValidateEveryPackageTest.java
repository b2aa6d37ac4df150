package org.atrium.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.atrium.cli.tests.Atrium.Result;
import org.atrium.core.store.ModelContribution;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.ModelStoreFactory;
import org.atrium.core.store.StoreConfig;
import org.atrium.core.store.StoreSession;
import org.atrium.testing.faulty.FaultyModel;
import org.atrium.testing.faulty.FaultyPlugin;
import org.atrium.testing.faulty.OneClassPackage;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * {@code atrium validate} checks the objects of every package registered with the store, with the rules each
 * package registered in EMF's validator registry; a package's failing rules are one error, and the rest still report.
 */
class ValidateEveryPackageTest {

	@TempDir
	static Path workspace;

	/** The notes plugin's package: Note, an Entity with a text. */
	static final class NotesPackage {
		final OneClassPackage model = new OneClassPackage("notes", "http://example.org/validated-notes", "Note",
				"text");
		final EPackage ePackage = model.ePackage;
		final EClass note = model.type;
		final EAttribute text = model.text;
	}

	/** The notes plugin's rule. */
	static final class NoteRules implements EValidator {
		private final NotesPackage notes;

		NoteRules(NotesPackage notes) {
			this.notes = notes;
		}

		@Override
		public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
			return validate(eObject.eClass(), eObject, diagnostics, context);
		}

		@Override
		public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
			if (eClass == notes.note && eObject.eGet(notes.text) instanceof String text && text.isBlank()) {
				diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, "org.example.notes", 1,
						"Note: text must not be blank", new Object[] { eObject, notes.text }));
				return false;
			}
			return true;
		}

		@Override
		public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics,
				Map<Object, Object> context) {
			return true;
		}
	}

	@BeforeAll
	static void demoOffice() {
		Result demo = Atrium.run(workspace, "demo", "--today", "2026-11-27");
		assertEquals(0, demo.exit(), demo.err());
	}

	@AfterEach
	void stopTheFaultyPlugin() throws Exception {
		FaultyPlugin.stop();
	}

	@Test
	void aPluginsPackageIsValidatedWithItsOwnRules() {
		NotesPackage notes = new NotesPackage();
		ServiceRegistration<ModelContribution> registration = FrameworkUtil.getBundle(ValidateEveryPackageTest.class)
				.getBundleContext().registerService(ModelContribution.class, ModelContribution.of(notes.ePackage), null);
		EValidator.Registry.INSTANCE.put(notes.ePackage, new NoteRules(notes));
		try {
			EObject blank = EcoreUtil.create(notes.note);
			blank.eSet(notes.text, " ");
			EObject written = EcoreUtil.create(notes.note);
			written.eSet(notes.text, "call the vendor");
			save(blank, written);

			Result result = Atrium.run(workspace, "validate");

			assertEquals(1, result.exit(), result.out());
			assertEquals(List.of("ERROR    Note: text must not be blank"),
					result.lines().stream().filter(line -> line.startsWith("ERROR")).toList());
			assertTrue(result.out().contains("WARNING  "), "the core rules still report");
			assertTrue(result.lines().get(result.lines().size() - 1).matches("1 errors, [1-9]\\d* warnings in \\d+ objects"),
					result.out());
		} finally {
			EValidator.Registry.INSTANCE.remove(notes.ePackage);
			registration.unregister();
		}
		Result without = Atrium.run(workspace, "validate");
		assertEquals(0, without.exit(), "an uninstalled package's rows are not checked:\n" + without.out());
	}

	@Test
	void aFailingValidatorIsOneErrorNamingItsPluginAndTheOthersStillReport() throws Exception {
		FaultyPlugin.start();
		EObject gadget = EcoreUtil.create(FaultyModel.GADGET);
		gadget.eSet(FaultyModel.GADGET_NAME, "sprocket");
		save(gadget);

		Result result = Atrium.run(workspace, "validate");

		assertEquals(1, result.exit(), result.out());
		assertEquals(List.of("ERROR    The rules of " + FaultyPlugin.SYMBOLIC_NAME + " could not check this Gadget; see the log"),
				result.lines().stream().filter(line -> line.startsWith("ERROR")).toList());
		assertTrue(result.out().contains("WARNING  "), "the core rules still report");

		FaultyPlugin.stop();

		assertEquals(0, Atrium.run(workspace, "validate").exit(), "the faulty plugin's objects left with it");
	}

	private static void save(EObject... objects) {
		try (ModelStore store = Atrium.service(ModelStoreFactory.class)
				.open(StoreConfig.derby(workspace.resolve("database"), false));
				StoreSession session = Atrium.sessionAsPmoLead(store)) {
			session.save(objects);
		}
	}
}
