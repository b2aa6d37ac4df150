package org.atrium.testing.faulty;

import org.atrium.core.model.pmo.PmoPackage;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.impl.DynamicEObjectImpl;
import org.eclipse.emf.ecore.impl.EFactoryImpl;

/** A plugin's model package as tests build one: a single Entity class with one text attribute, dynamic objects. */
public final class OneClassPackage {

	public final EPackage ePackage = EcoreFactory.eINSTANCE.createEPackage();
	public final EClass type = EcoreFactory.eINSTANCE.createEClass();
	public final EAttribute text = EcoreFactory.eINSTANCE.createEAttribute();

	/** The package {@code prefix} (its name and table prefix) with the class and its text attribute. */
	public OneClassPackage(String prefix, String nsUri, String className, String attributeName) {
		ePackage.setName(prefix);
		ePackage.setNsPrefix(prefix);
		ePackage.setNsURI(nsUri);
		ePackage.setEFactoryInstance(new EFactoryImpl() {
			@Override
			public EObject create(EClass eClass) {
				return new DynamicEObjectImpl(eClass);
			}
		});
		type.setName(className);
		type.getESuperTypes().add(PmoPackage.Literals.ENTITY);
		text.setName(attributeName);
		text.setEType(EcorePackage.Literals.ESTRING);
		type.getEStructuralFeatures().add(text);
		ePackage.getEClassifiers().add(type);
	}
}
