/**
 */
package org.atrium.reporting.model.reporting;

import org.atrium.core.model.pmo.PmoPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
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
 * @see org.atrium.reporting.model.reporting.ReportingFactory
 * @model kind="package"
 *        annotation="http://atrium.org/store schemaVersion='1'"
 * @generated
 */
public interface ReportingPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "reporting";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://atrium.org/reporting/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "reporting";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ReportingPackage eINSTANCE = org.atrium.reporting.model.reporting.impl.ReportingPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.atrium.reporting.model.reporting.impl.ReportImpl <em>Report</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.reporting.model.reporting.impl.ReportImpl
	 * @see org.atrium.reporting.model.reporting.impl.ReportingPackageImpl#getReport()
	 * @generated
	 */
	int REPORT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__ID = PmoPackage.ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__CREATED = PmoPackage.ENTITY__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__MODIFIED = PmoPackage.ENTITY__MODIFIED;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__VERSION = PmoPackage.ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__TITLE = PmoPackage.ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__SCOPE = PmoPackage.ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__PERIOD = PmoPackage.ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>As Of</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__AS_OF = PmoPackage.ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Rag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__RAG = PmoPackage.ENTITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Published</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__PUBLISHED = PmoPackage.ENTITY_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Published At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__PUBLISHED_AT = PmoPackage.ENTITY_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Author</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__AUTHOR = PmoPackage.ENTITY_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__SUMMARY = PmoPackage.ENTITY_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Accomplishments</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__ACCOMPLISHMENTS = PmoPackage.ENTITY_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Next Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__NEXT_STEPS = PmoPackage.ENTITY_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Help Needed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__HELP_NEEDED = PmoPackage.ENTITY_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Sections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT__SECTIONS = PmoPackage.ENTITY_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Report</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_FEATURE_COUNT = PmoPackage.ENTITY_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Report</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_OPERATION_COUNT = PmoPackage.ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.atrium.reporting.model.reporting.impl.ReportSnapshotImpl <em>Report Snapshot</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.reporting.model.reporting.impl.ReportSnapshotImpl
	 * @see org.atrium.reporting.model.reporting.impl.ReportingPackageImpl#getReportSnapshot()
	 * @generated
	 */
	int REPORT_SNAPSHOT = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_SNAPSHOT__ID = PmoPackage.ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_SNAPSHOT__CREATED = PmoPackage.ENTITY__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_SNAPSHOT__MODIFIED = PmoPackage.ENTITY__MODIFIED;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_SNAPSHOT__VERSION = PmoPackage.ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_SNAPSHOT__KEY = PmoPackage.ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_SNAPSHOT__TITLE = PmoPackage.ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_SNAPSHOT__NOTE = PmoPackage.ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Columns</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_SNAPSHOT__COLUMNS = PmoPackage.ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Rows</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_SNAPSHOT__ROWS = PmoPackage.ENTITY_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Report Snapshot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_SNAPSHOT_FEATURE_COUNT = PmoPackage.ENTITY_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Report Snapshot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_SNAPSHOT_OPERATION_COUNT = PmoPackage.ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.atrium.reporting.model.reporting.impl.ReportRowImpl <em>Report Row</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.reporting.model.reporting.impl.ReportRowImpl
	 * @see org.atrium.reporting.model.reporting.impl.ReportingPackageImpl#getReportRow()
	 * @generated
	 */
	int REPORT_ROW = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_ROW__ID = PmoPackage.ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_ROW__CREATED = PmoPackage.ENTITY__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_ROW__MODIFIED = PmoPackage.ENTITY__MODIFIED;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_ROW__VERSION = PmoPackage.ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Cells</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_ROW__CELLS = PmoPackage.ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Object Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_ROW__OBJECT_ID = PmoPackage.ENTITY_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Report Row</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_ROW_FEATURE_COUNT = PmoPackage.ENTITY_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Report Row</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REPORT_ROW_OPERATION_COUNT = PmoPackage.ENTITY_OPERATION_COUNT + 0;


	/**
	 * Returns the meta object for class '{@link org.atrium.reporting.model.reporting.Report <em>Report</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Report</em>'.
	 * @see org.atrium.reporting.model.reporting.Report
	 * @generated
	 */
	EClass getReport();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.reporting.model.reporting.Report#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.atrium.reporting.model.reporting.Report#getTitle()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_Title();

	/**
	 * Returns the meta object for the reference '{@link org.atrium.reporting.model.reporting.Report#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Scope</em>'.
	 * @see org.atrium.reporting.model.reporting.Report#getScope()
	 * @see #getReport()
	 * @generated
	 */
	EReference getReport_Scope();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.reporting.model.reporting.Report#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period</em>'.
	 * @see org.atrium.reporting.model.reporting.Report#getPeriod()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_Period();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.reporting.model.reporting.Report#getAsOf <em>As Of</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>As Of</em>'.
	 * @see org.atrium.reporting.model.reporting.Report#getAsOf()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_AsOf();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.reporting.model.reporting.Report#getRag <em>Rag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rag</em>'.
	 * @see org.atrium.reporting.model.reporting.Report#getRag()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_Rag();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.reporting.model.reporting.Report#isPublished <em>Published</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Published</em>'.
	 * @see org.atrium.reporting.model.reporting.Report#isPublished()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_Published();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.reporting.model.reporting.Report#getPublishedAt <em>Published At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Published At</em>'.
	 * @see org.atrium.reporting.model.reporting.Report#getPublishedAt()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_PublishedAt();

	/**
	 * Returns the meta object for the reference '{@link org.atrium.reporting.model.reporting.Report#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Author</em>'.
	 * @see org.atrium.reporting.model.reporting.Report#getAuthor()
	 * @see #getReport()
	 * @generated
	 */
	EReference getReport_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.reporting.model.reporting.Report#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see org.atrium.reporting.model.reporting.Report#getSummary()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_Summary();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.reporting.model.reporting.Report#getAccomplishments <em>Accomplishments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Accomplishments</em>'.
	 * @see org.atrium.reporting.model.reporting.Report#getAccomplishments()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_Accomplishments();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.reporting.model.reporting.Report#getNextSteps <em>Next Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Next Steps</em>'.
	 * @see org.atrium.reporting.model.reporting.Report#getNextSteps()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_NextSteps();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.reporting.model.reporting.Report#getHelpNeeded <em>Help Needed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Help Needed</em>'.
	 * @see org.atrium.reporting.model.reporting.Report#getHelpNeeded()
	 * @see #getReport()
	 * @generated
	 */
	EAttribute getReport_HelpNeeded();

	/**
	 * Returns the meta object for the containment reference list '{@link org.atrium.reporting.model.reporting.Report#getSections <em>Sections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sections</em>'.
	 * @see org.atrium.reporting.model.reporting.Report#getSections()
	 * @see #getReport()
	 * @generated
	 */
	EReference getReport_Sections();

	/**
	 * Returns the meta object for class '{@link org.atrium.reporting.model.reporting.ReportSnapshot <em>Report Snapshot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Report Snapshot</em>'.
	 * @see org.atrium.reporting.model.reporting.ReportSnapshot
	 * @generated
	 */
	EClass getReportSnapshot();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.reporting.model.reporting.ReportSnapshot#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.atrium.reporting.model.reporting.ReportSnapshot#getKey()
	 * @see #getReportSnapshot()
	 * @generated
	 */
	EAttribute getReportSnapshot_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.reporting.model.reporting.ReportSnapshot#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.atrium.reporting.model.reporting.ReportSnapshot#getTitle()
	 * @see #getReportSnapshot()
	 * @generated
	 */
	EAttribute getReportSnapshot_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.reporting.model.reporting.ReportSnapshot#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.atrium.reporting.model.reporting.ReportSnapshot#getNote()
	 * @see #getReportSnapshot()
	 * @generated
	 */
	EAttribute getReportSnapshot_Note();

	/**
	 * Returns the meta object for the attribute list '{@link org.atrium.reporting.model.reporting.ReportSnapshot#getColumns <em>Columns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Columns</em>'.
	 * @see org.atrium.reporting.model.reporting.ReportSnapshot#getColumns()
	 * @see #getReportSnapshot()
	 * @generated
	 */
	EAttribute getReportSnapshot_Columns();

	/**
	 * Returns the meta object for the containment reference list '{@link org.atrium.reporting.model.reporting.ReportSnapshot#getRows <em>Rows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Rows</em>'.
	 * @see org.atrium.reporting.model.reporting.ReportSnapshot#getRows()
	 * @see #getReportSnapshot()
	 * @generated
	 */
	EReference getReportSnapshot_Rows();

	/**
	 * Returns the meta object for class '{@link org.atrium.reporting.model.reporting.ReportRow <em>Report Row</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Report Row</em>'.
	 * @see org.atrium.reporting.model.reporting.ReportRow
	 * @generated
	 */
	EClass getReportRow();

	/**
	 * Returns the meta object for the attribute list '{@link org.atrium.reporting.model.reporting.ReportRow#getCells <em>Cells</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Cells</em>'.
	 * @see org.atrium.reporting.model.reporting.ReportRow#getCells()
	 * @see #getReportRow()
	 * @generated
	 */
	EAttribute getReportRow_Cells();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.reporting.model.reporting.ReportRow#getObjectId <em>Object Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Object Id</em>'.
	 * @see org.atrium.reporting.model.reporting.ReportRow#getObjectId()
	 * @see #getReportRow()
	 * @generated
	 */
	EAttribute getReportRow_ObjectId();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ReportingFactory getReportingFactory();

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
		 * The meta object literal for the '{@link org.atrium.reporting.model.reporting.impl.ReportImpl <em>Report</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.reporting.model.reporting.impl.ReportImpl
		 * @see org.atrium.reporting.model.reporting.impl.ReportingPackageImpl#getReport()
		 * @generated
		 */
		EClass REPORT = eINSTANCE.getReport();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__TITLE = eINSTANCE.getReport_Title();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORT__SCOPE = eINSTANCE.getReport_Scope();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__PERIOD = eINSTANCE.getReport_Period();

		/**
		 * The meta object literal for the '<em><b>As Of</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__AS_OF = eINSTANCE.getReport_AsOf();

		/**
		 * The meta object literal for the '<em><b>Rag</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__RAG = eINSTANCE.getReport_Rag();

		/**
		 * The meta object literal for the '<em><b>Published</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__PUBLISHED = eINSTANCE.getReport_Published();

		/**
		 * The meta object literal for the '<em><b>Published At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__PUBLISHED_AT = eINSTANCE.getReport_PublishedAt();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORT__AUTHOR = eINSTANCE.getReport_Author();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__SUMMARY = eINSTANCE.getReport_Summary();

		/**
		 * The meta object literal for the '<em><b>Accomplishments</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__ACCOMPLISHMENTS = eINSTANCE.getReport_Accomplishments();

		/**
		 * The meta object literal for the '<em><b>Next Steps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__NEXT_STEPS = eINSTANCE.getReport_NextSteps();

		/**
		 * The meta object literal for the '<em><b>Help Needed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT__HELP_NEEDED = eINSTANCE.getReport_HelpNeeded();

		/**
		 * The meta object literal for the '<em><b>Sections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORT__SECTIONS = eINSTANCE.getReport_Sections();

		/**
		 * The meta object literal for the '{@link org.atrium.reporting.model.reporting.impl.ReportSnapshotImpl <em>Report Snapshot</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.reporting.model.reporting.impl.ReportSnapshotImpl
		 * @see org.atrium.reporting.model.reporting.impl.ReportingPackageImpl#getReportSnapshot()
		 * @generated
		 */
		EClass REPORT_SNAPSHOT = eINSTANCE.getReportSnapshot();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT_SNAPSHOT__KEY = eINSTANCE.getReportSnapshot_Key();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT_SNAPSHOT__TITLE = eINSTANCE.getReportSnapshot_Title();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT_SNAPSHOT__NOTE = eINSTANCE.getReportSnapshot_Note();

		/**
		 * The meta object literal for the '<em><b>Columns</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT_SNAPSHOT__COLUMNS = eINSTANCE.getReportSnapshot_Columns();

		/**
		 * The meta object literal for the '<em><b>Rows</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REPORT_SNAPSHOT__ROWS = eINSTANCE.getReportSnapshot_Rows();

		/**
		 * The meta object literal for the '{@link org.atrium.reporting.model.reporting.impl.ReportRowImpl <em>Report Row</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.reporting.model.reporting.impl.ReportRowImpl
		 * @see org.atrium.reporting.model.reporting.impl.ReportingPackageImpl#getReportRow()
		 * @generated
		 */
		EClass REPORT_ROW = eINSTANCE.getReportRow();

		/**
		 * The meta object literal for the '<em><b>Cells</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT_ROW__CELLS = eINSTANCE.getReportRow_Cells();

		/**
		 * The meta object literal for the '<em><b>Object Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REPORT_ROW__OBJECT_ID = eINSTANCE.getReportRow_ObjectId();

	}

} //ReportingPackage
