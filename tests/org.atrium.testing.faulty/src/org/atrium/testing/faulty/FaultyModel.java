package org.atrium.testing.faulty;

import java.util.Map;

import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.store.ModelContribution;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.impl.DynamicEObjectImpl;
import org.eclipse.emf.ecore.impl.EFactoryImpl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * A model package of the faulty plugin: {@code Gadget}, an Entity with a name, persisted by the store. Its rules,
 * registered in EMF's validator registry while the plugin runs, always throw.
 */
@Component(service = ModelContribution.class, immediate = true)
public class FaultyModel implements ModelContribution {

	public static final EPackage PACKAGE = EcoreFactory.eINSTANCE.createEPackage();
	public static final EClass GADGET = EcoreFactory.eINSTANCE.createEClass();
	public static final EAttribute GADGET_NAME = EcoreFactory.eINSTANCE.createEAttribute();

	static {
		PACKAGE.setName("faulty");
		PACKAGE.setNsPrefix("faulty");
		PACKAGE.setNsURI("http://atrium.org/testing/faulty");
		PACKAGE.setEFactoryInstance(new EFactoryImpl() {
			@Override
			public EObject create(EClass eClass) {
				return new DynamicEObjectImpl(eClass);
			}
		});
		GADGET.setName("Gadget");
		GADGET.getESuperTypes().add(PmoPackage.Literals.ENTITY);
		GADGET_NAME.setName("name");
		GADGET_NAME.setEType(EcorePackage.Literals.ESTRING);
		GADGET.getEStructuralFeatures().add(GADGET_NAME);
		PACKAGE.getEClassifiers().add(GADGET);
	}

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
