/**
 */
package org.atrium.interop.model.interop;

import org.atrium.core.model.pmo.PmoPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * @see org.atrium.interop.model.interop.InteropFactory
 * @model kind="package"
 *        annotation="http://atrium.org/store schemaVersion='1'"
 * @generated
 */
public interface InteropPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "interop";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://atrium.org/interop/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "interop";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	InteropPackage eINSTANCE = org.atrium.interop.model.interop.impl.InteropPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.atrium.interop.model.interop.impl.ExternalLinkImpl <em>External Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.interop.model.interop.impl.ExternalLinkImpl
	 * @see org.atrium.interop.model.interop.impl.InteropPackageImpl#getExternalLink()
	 * @generated
	 */
	int EXTERNAL_LINK = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_LINK__ID = PmoPackage.ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_LINK__CREATED = PmoPackage.ENTITY__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_LINK__MODIFIED = PmoPackage.ENTITY__MODIFIED;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_LINK__VERSION = PmoPackage.ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Project</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_LINK__PROJECT = PmoPackage.ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_LINK__SOURCE = PmoPackage.ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_LINK__KIND = PmoPackage.ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>External Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_LINK__EXTERNAL_KEY = PmoPackage.ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Object Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_LINK__OBJECT_ID = PmoPackage.ENTITY_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>External Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_LINK_FEATURE_COUNT = PmoPackage.ENTITY_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>External Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXTERNAL_LINK_OPERATION_COUNT = PmoPackage.ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.atrium.interop.model.interop.impl.SheetMappingImpl <em>Sheet Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.interop.model.interop.impl.SheetMappingImpl
	 * @see org.atrium.interop.model.interop.impl.InteropPackageImpl#getSheetMapping()
	 * @generated
	 */
	int SHEET_MAPPING = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHEET_MAPPING__ID = PmoPackage.ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHEET_MAPPING__CREATED = PmoPackage.ENTITY__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHEET_MAPPING__MODIFIED = PmoPackage.ENTITY__MODIFIED;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHEET_MAPPING__VERSION = PmoPackage.ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHEET_MAPPING__NAME = PmoPackage.ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHEET_MAPPING__TARGET = PmoPackage.ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Columns</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHEET_MAPPING__COLUMNS = PmoPackage.ENTITY_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Sheet Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHEET_MAPPING_FEATURE_COUNT = PmoPackage.ENTITY_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Sheet Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHEET_MAPPING_OPERATION_COUNT = PmoPackage.ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.atrium.interop.model.interop.impl.ColumnChoiceImpl <em>Column Choice</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.interop.model.interop.impl.ColumnChoiceImpl
	 * @see org.atrium.interop.model.interop.impl.InteropPackageImpl#getColumnChoice()
	 * @generated
	 */
	int COLUMN_CHOICE = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_CHOICE__ID = PmoPackage.ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_CHOICE__CREATED = PmoPackage.ENTITY__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_CHOICE__MODIFIED = PmoPackage.ENTITY__MODIFIED;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_CHOICE__VERSION = PmoPackage.ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Field</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_CHOICE__FIELD = PmoPackage.ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Header</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_CHOICE__HEADER = PmoPackage.ENTITY_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Column Choice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_CHOICE_FEATURE_COUNT = PmoPackage.ENTITY_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Column Choice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLUMN_CHOICE_OPERATION_COUNT = PmoPackage.ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.atrium.interop.model.interop.ElementKind <em>Element Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.interop.model.interop.ElementKind
	 * @see org.atrium.interop.model.interop.impl.InteropPackageImpl#getElementKind()
	 * @generated
	 */
	int ELEMENT_KIND = 3;

	/**
	 * The meta object id for the '{@link org.atrium.interop.model.interop.SheetTarget <em>Sheet Target</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.interop.model.interop.SheetTarget
	 * @see org.atrium.interop.model.interop.impl.InteropPackageImpl#getSheetTarget()
	 * @generated
	 */
	int SHEET_TARGET = 4;


	/**
	 * Returns the meta object for class '{@link org.atrium.interop.model.interop.ExternalLink <em>External Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>External Link</em>'.
	 * @see org.atrium.interop.model.interop.ExternalLink
	 * @generated
	 */
	EClass getExternalLink();

	/**
	 * Returns the meta object for the reference '{@link org.atrium.interop.model.interop.ExternalLink#getProject <em>Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Project</em>'.
	 * @see org.atrium.interop.model.interop.ExternalLink#getProject()
	 * @see #getExternalLink()
	 * @generated
	 */
	EReference getExternalLink_Project();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.interop.model.interop.ExternalLink#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.atrium.interop.model.interop.ExternalLink#getSource()
	 * @see #getExternalLink()
	 * @generated
	 */
	EAttribute getExternalLink_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.interop.model.interop.ExternalLink#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.atrium.interop.model.interop.ExternalLink#getKind()
	 * @see #getExternalLink()
	 * @generated
	 */
	EAttribute getExternalLink_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.interop.model.interop.ExternalLink#getExternalKey <em>External Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>External Key</em>'.
	 * @see org.atrium.interop.model.interop.ExternalLink#getExternalKey()
	 * @see #getExternalLink()
	 * @generated
	 */
	EAttribute getExternalLink_ExternalKey();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.interop.model.interop.ExternalLink#getObjectId <em>Object Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Object Id</em>'.
	 * @see org.atrium.interop.model.interop.ExternalLink#getObjectId()
	 * @see #getExternalLink()
	 * @generated
	 */
	EAttribute getExternalLink_ObjectId();

	/**
	 * Returns the meta object for class '{@link org.atrium.interop.model.interop.SheetMapping <em>Sheet Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sheet Mapping</em>'.
	 * @see org.atrium.interop.model.interop.SheetMapping
	 * @generated
	 */
	EClass getSheetMapping();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.interop.model.interop.SheetMapping#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.atrium.interop.model.interop.SheetMapping#getName()
	 * @see #getSheetMapping()
	 * @generated
	 */
	EAttribute getSheetMapping_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.interop.model.interop.SheetMapping#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.atrium.interop.model.interop.SheetMapping#getTarget()
	 * @see #getSheetMapping()
	 * @generated
	 */
	EAttribute getSheetMapping_Target();

	/**
	 * Returns the meta object for the containment reference list '{@link org.atrium.interop.model.interop.SheetMapping#getColumns <em>Columns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Columns</em>'.
	 * @see org.atrium.interop.model.interop.SheetMapping#getColumns()
	 * @see #getSheetMapping()
	 * @generated
	 */
	EReference getSheetMapping_Columns();

	/**
	 * Returns the meta object for class '{@link org.atrium.interop.model.interop.ColumnChoice <em>Column Choice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Column Choice</em>'.
	 * @see org.atrium.interop.model.interop.ColumnChoice
	 * @generated
	 */
	EClass getColumnChoice();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.interop.model.interop.ColumnChoice#getField <em>Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Field</em>'.
	 * @see org.atrium.interop.model.interop.ColumnChoice#getField()
	 * @see #getColumnChoice()
	 * @generated
	 */
	EAttribute getColumnChoice_Field();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.interop.model.interop.ColumnChoice#getHeader <em>Header</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Header</em>'.
	 * @see org.atrium.interop.model.interop.ColumnChoice#getHeader()
	 * @see #getColumnChoice()
	 * @generated
	 */
	EAttribute getColumnChoice_Header();

	/**
	 * Returns the meta object for enum '{@link org.atrium.interop.model.interop.ElementKind <em>Element Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Element Kind</em>'.
	 * @see org.atrium.interop.model.interop.ElementKind
	 * @generated
	 */
	EEnum getElementKind();

	/**
	 * Returns the meta object for enum '{@link org.atrium.interop.model.interop.SheetTarget <em>Sheet Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sheet Target</em>'.
	 * @see org.atrium.interop.model.interop.SheetTarget
	 * @generated
	 */
	EEnum getSheetTarget();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	InteropFactory getInteropFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.atrium.interop.model.interop.impl.ExternalLinkImpl <em>External Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.interop.model.interop.impl.ExternalLinkImpl
		 * @see org.atrium.interop.model.interop.impl.InteropPackageImpl#getExternalLink()
		 * @generated
		 */
		EClass EXTERNAL_LINK = eINSTANCE.getExternalLink();

		/**
		 * The meta object literal for the '<em><b>Project</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXTERNAL_LINK__PROJECT = eINSTANCE.getExternalLink_Project();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTERNAL_LINK__SOURCE = eINSTANCE.getExternalLink_Source();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTERNAL_LINK__KIND = eINSTANCE.getExternalLink_Kind();

		/**
		 * The meta object literal for the '<em><b>External Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTERNAL_LINK__EXTERNAL_KEY = eINSTANCE.getExternalLink_ExternalKey();

		/**
		 * The meta object literal for the '<em><b>Object Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXTERNAL_LINK__OBJECT_ID = eINSTANCE.getExternalLink_ObjectId();

		/**
		 * The meta object literal for the '{@link org.atrium.interop.model.interop.impl.SheetMappingImpl <em>Sheet Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.interop.model.interop.impl.SheetMappingImpl
		 * @see org.atrium.interop.model.interop.impl.InteropPackageImpl#getSheetMapping()
		 * @generated
		 */
		EClass SHEET_MAPPING = eINSTANCE.getSheetMapping();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHEET_MAPPING__NAME = eINSTANCE.getSheetMapping_Name();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHEET_MAPPING__TARGET = eINSTANCE.getSheetMapping_Target();

		/**
		 * The meta object literal for the '<em><b>Columns</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SHEET_MAPPING__COLUMNS = eINSTANCE.getSheetMapping_Columns();

		/**
		 * The meta object literal for the '{@link org.atrium.interop.model.interop.impl.ColumnChoiceImpl <em>Column Choice</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.interop.model.interop.impl.ColumnChoiceImpl
		 * @see org.atrium.interop.model.interop.impl.InteropPackageImpl#getColumnChoice()
		 * @generated
		 */
		EClass COLUMN_CHOICE = eINSTANCE.getColumnChoice();

		/**
		 * The meta object literal for the '<em><b>Field</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN_CHOICE__FIELD = eINSTANCE.getColumnChoice_Field();

		/**
		 * The meta object literal for the '<em><b>Header</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLUMN_CHOICE__HEADER = eINSTANCE.getColumnChoice_Header();

		/**
		 * The meta object literal for the '{@link org.atrium.interop.model.interop.ElementKind <em>Element Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.interop.model.interop.ElementKind
		 * @see org.atrium.interop.model.interop.impl.InteropPackageImpl#getElementKind()
		 * @generated
		 */
		EEnum ELEMENT_KIND = eINSTANCE.getElementKind();

		/**
		 * The meta object literal for the '{@link org.atrium.interop.model.interop.SheetTarget <em>Sheet Target</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.interop.model.interop.SheetTarget
		 * @see org.atrium.interop.model.interop.impl.InteropPackageImpl#getSheetTarget()
		 * @generated
		 */
		EEnum SHEET_TARGET = eINSTANCE.getSheetTarget();

	}

} //InteropPackage
