/**
 */
package org.atrium.interop.model.interop.impl;

import org.atrium.core.model.pmo.PmoPackage;

import org.atrium.interop.model.interop.ColumnChoice;
import org.atrium.interop.model.interop.ElementKind;
import org.atrium.interop.model.interop.ExternalLink;
import org.atrium.interop.model.interop.InteropFactory;
import org.atrium.interop.model.interop.InteropPackage;
import org.atrium.interop.model.interop.SheetMapping;
import org.atrium.interop.model.interop.SheetTarget;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class InteropPackageImpl extends EPackageImpl implements InteropPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass externalLinkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sheetMappingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass columnChoiceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum elementKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sheetTargetEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.atrium.interop.model.interop.InteropPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private InteropPackageImpl() {
		super(eNS_URI, InteropFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link InteropPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static InteropPackage init() {
		if (isInited) return (InteropPackage)EPackage.Registry.INSTANCE.getEPackage(InteropPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredInteropPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		InteropPackageImpl theInteropPackage = registeredInteropPackage instanceof InteropPackageImpl ? (InteropPackageImpl)registeredInteropPackage : new InteropPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		PmoPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theInteropPackage.createPackageContents();

		// Initialize created meta-data
		theInteropPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theInteropPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(InteropPackage.eNS_URI, theInteropPackage);
		return theInteropPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getExternalLink() {
		return externalLinkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getExternalLink_Project() {
		return (EReference)externalLinkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExternalLink_Source() {
		return (EAttribute)externalLinkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExternalLink_Kind() {
		return (EAttribute)externalLinkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExternalLink_ExternalKey() {
		return (EAttribute)externalLinkEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getExternalLink_ObjectId() {
		return (EAttribute)externalLinkEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSheetMapping() {
		return sheetMappingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSheetMapping_Name() {
		return (EAttribute)sheetMappingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSheetMapping_Target() {
		return (EAttribute)sheetMappingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSheetMapping_Columns() {
		return (EReference)sheetMappingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getColumnChoice() {
		return columnChoiceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getColumnChoice_Field() {
		return (EAttribute)columnChoiceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getColumnChoice_Header() {
		return (EAttribute)columnChoiceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getElementKind() {
		return elementKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSheetTarget() {
		return sheetTargetEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InteropFactory getInteropFactory() {
		return (InteropFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		externalLinkEClass = createEClass(EXTERNAL_LINK);
		createEReference(externalLinkEClass, EXTERNAL_LINK__PROJECT);
		createEAttribute(externalLinkEClass, EXTERNAL_LINK__SOURCE);
		createEAttribute(externalLinkEClass, EXTERNAL_LINK__KIND);
		createEAttribute(externalLinkEClass, EXTERNAL_LINK__EXTERNAL_KEY);
		createEAttribute(externalLinkEClass, EXTERNAL_LINK__OBJECT_ID);

		sheetMappingEClass = createEClass(SHEET_MAPPING);
		createEAttribute(sheetMappingEClass, SHEET_MAPPING__NAME);
		createEAttribute(sheetMappingEClass, SHEET_MAPPING__TARGET);
		createEReference(sheetMappingEClass, SHEET_MAPPING__COLUMNS);

		columnChoiceEClass = createEClass(COLUMN_CHOICE);
		createEAttribute(columnChoiceEClass, COLUMN_CHOICE__FIELD);
		createEAttribute(columnChoiceEClass, COLUMN_CHOICE__HEADER);

		// Create enums
		elementKindEEnum = createEEnum(ELEMENT_KIND);
		sheetTargetEEnum = createEEnum(SHEET_TARGET);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		PmoPackage thePmoPackage = (PmoPackage)EPackage.Registry.INSTANCE.getEPackage(PmoPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		externalLinkEClass.getESuperTypes().add(thePmoPackage.getEntity());
		sheetMappingEClass.getESuperTypes().add(thePmoPackage.getEntity());
		columnChoiceEClass.getESuperTypes().add(thePmoPackage.getEntity());

		// Initialize classes, features, and operations; add parameters
		initEClass(externalLinkEClass, ExternalLink.class, "ExternalLink", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getExternalLink_Project(), thePmoPackage.getProject(), null, "project", null, 0, 1, ExternalLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExternalLink_Source(), ecorePackage.getEString(), "source", null, 0, 1, ExternalLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExternalLink_Kind(), this.getElementKind(), "kind", null, 0, 1, ExternalLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExternalLink_ExternalKey(), ecorePackage.getEString(), "externalKey", null, 0, 1, ExternalLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getExternalLink_ObjectId(), ecorePackage.getEString(), "objectId", null, 0, 1, ExternalLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sheetMappingEClass, SheetMapping.class, "SheetMapping", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSheetMapping_Name(), ecorePackage.getEString(), "name", null, 0, 1, SheetMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSheetMapping_Target(), this.getSheetTarget(), "target", null, 0, 1, SheetMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSheetMapping_Columns(), this.getColumnChoice(), null, "columns", null, 0, -1, SheetMapping.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(columnChoiceEClass, ColumnChoice.class, "ColumnChoice", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getColumnChoice_Field(), ecorePackage.getEString(), "field", null, 0, 1, ColumnChoice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getColumnChoice_Header(), ecorePackage.getEString(), "header", null, 0, 1, ColumnChoice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(elementKindEEnum, ElementKind.class, "ElementKind");
		addEEnumLiteral(elementKindEEnum, ElementKind.TASK);
		addEEnumLiteral(elementKindEEnum, ElementKind.RESOURCE);
		addEEnumLiteral(elementKindEEnum, ElementKind.ASSIGNMENT);

		initEEnum(sheetTargetEEnum, SheetTarget.class, "SheetTarget");
		addEEnumLiteral(sheetTargetEEnum, SheetTarget.PROJECT_LIST);
		addEEnumLiteral(sheetTargetEEnum, SheetTarget.MILESTONE_PLAN);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://atrium.org/store
		createStoreAnnotations();
		// http://atrium.org/label
		createLabelAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://atrium.org/store</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createStoreAnnotations() {
		String source = "http://atrium.org/store";
		addAnnotation
		  (this,
		   source,
		   new String[] {
			   "schemaVersion", "1"
		   });
		addAnnotation
		  (getExternalLink_Source(),
		   source,
		   new String[] {
			   "length", "32"
		   });
		addAnnotation
		  (getExternalLink_ExternalKey(),
		   source,
		   new String[] {
			   "length", "128",
			   "index", "true"
		   });
		addAnnotation
		  (getExternalLink_ObjectId(),
		   source,
		   new String[] {
			   "length", "64",
			   "index", "true"
		   });
		addAnnotation
		  (getSheetMapping_Name(),
		   source,
		   new String[] {
			   "length", "64",
			   "index", "true"
		   });
		addAnnotation
		  (getColumnChoice_Field(),
		   source,
		   new String[] {
			   "length", "64"
		   });
		addAnnotation
		  (getColumnChoice_Header(),
		   source,
		   new String[] {
			   "length", "256"
		   });
	}

	/**
	 * Initializes the annotations for <b>http://atrium.org/label</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createLabelAnnotations() {
		String source = "http://atrium.org/label";
		addAnnotation
		  (externalLinkEClass,
		   source,
		   new String[] {
			   "label", "External link"
		   });
		addAnnotation
		  (getColumnChoice_Header(),
		   source,
		   new String[] {
			   "label", "Sheet column"
		   });
	}

} //InteropPackageImpl
