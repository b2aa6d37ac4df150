package org.atrium.testing.faulty;

import java.util.Map;

import org.atrium.core.store.ModelContribution;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * A model package of the faulty plugin: {@code Gadget}, an Entity with a name, persisted by the store. Its rules,
 * registered in EMF's validator registry while the plugin runs, always throw.
 */
@Component(service = ModelContribution.class, immediate = true)
public class FaultyModel implements ModelContribution {

	private static final OneClassPackage MODEL = new OneClassPackage("faulty", "http://atrium.org/testing/faulty",
			"Gadget", "name");
	public static final EPackage PACKAGE = MODEL.ePackage;
	public static final EClass GADGET = MODEL.type;
	public static final EAttribute GADGET_NAME = MODEL.text;

	/** Rules that always throw. */
	static final class FailingValidator implements EValidator {

		@Override
		public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
			throw FaultyPlugin.failure();
		}

		@Override
		public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
			throw FaultyPlugin.failure();
		}

		@Override
		public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics,
				Map<Object, Object> context) {
			throw FaultyPlugin.failure();
		}
	}

	@Override
	public EPackage ePackage() {
		return PACKAGE;
	}

	@Activate
	void registerRules() {
		EValidator.Registry.INSTANCE.put(PACKAGE, new FailingValidator());
	}

	@Deactivate
	void removeRules() {
		EValidator.Registry.INSTANCE.remove(PACKAGE);
	}
}
