/**
 */
package org.atrium.resources.model.resources;

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
 * @see org.atrium.resources.model.resources.ResourcesFactory
 * @model kind="package"
 *        annotation="http://atrium.org/store schemaVersion='1'"
 * @generated
 */
public interface ResourcesPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "resources";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://atrium.org/resources/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "resources";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ResourcesPackage eINSTANCE = org.atrium.resources.model.resources.impl.ResourcesPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.atrium.resources.model.resources.impl.TimesheetImpl <em>Timesheet</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.resources.model.resources.impl.TimesheetImpl
	 * @see org.atrium.resources.model.resources.impl.ResourcesPackageImpl#getTimesheet()
	 * @generated
	 */
	int TIMESHEET = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMESHEET__ID = PmoPackage.ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMESHEET__CREATED = PmoPackage.ENTITY__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMESHEET__MODIFIED = PmoPackage.ENTITY__MODIFIED;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMESHEET__VERSION = PmoPackage.ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMESHEET__PERSON = PmoPackage.ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Project</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMESHEET__PROJECT = PmoPackage.ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Week Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMESHEET__WEEK_START = PmoPackage.ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMESHEET__HOURS = PmoPackage.ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMESHEET__STATUS = PmoPackage.ENTITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Submitted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMESHEET__SUBMITTED = PmoPackage.ENTITY_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Decided By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMESHEET__DECIDED_BY = PmoPackage.ENTITY_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Decided</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMESHEET__DECIDED = PmoPackage.ENTITY_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMESHEET__COMMENT = PmoPackage.ENTITY_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Timesheet</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMESHEET_FEATURE_COUNT = PmoPackage.ENTITY_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Timesheet</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIMESHEET_OPERATION_COUNT = PmoPackage.ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.atrium.resources.model.resources.impl.CorrectionImpl <em>Correction</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.resources.model.resources.impl.CorrectionImpl
	 * @see org.atrium.resources.model.resources.impl.ResourcesPackageImpl#getCorrection()
	 * @generated
	 */
	int CORRECTION = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORRECTION__ID = PmoPackage.ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORRECTION__CREATED = PmoPackage.ENTITY__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORRECTION__MODIFIED = PmoPackage.ENTITY__MODIFIED;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORRECTION__VERSION = PmoPackage.ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Project</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORRECTION__PROJECT = PmoPackage.ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Original</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORRECTION__ORIGINAL = PmoPackage.ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Reversal</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORRECTION__REVERSAL = PmoPackage.ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Replacement</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORRECTION__REPLACEMENT = PmoPackage.ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORRECTION__REASON = PmoPackage.ENTITY_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Correction</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORRECTION_FEATURE_COUNT = PmoPackage.ENTITY_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Correction</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CORRECTION_OPERATION_COUNT = PmoPackage.ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.atrium.resources.model.resources.impl.CapacityImpl <em>Capacity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.resources.model.resources.impl.CapacityImpl
	 * @see org.atrium.resources.model.resources.impl.ResourcesPackageImpl#getCapacity()
	 * @generated
	 */
	int CAPACITY = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPACITY__ID = PmoPackage.ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPACITY__CREATED = PmoPackage.ENTITY__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPACITY__MODIFIED = PmoPackage.ENTITY__MODIFIED;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPACITY__VERSION = PmoPackage.ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPACITY__PERSON = PmoPackage.ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Weekly Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPACITY__WEEKLY_HOURS = PmoPackage.ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Absences</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPACITY__ABSENCES = PmoPackage.ENTITY_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Capacity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPACITY_FEATURE_COUNT = PmoPackage.ENTITY_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Capacity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAPACITY_OPERATION_COUNT = PmoPackage.ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.atrium.resources.model.resources.impl.AbsenceImpl <em>Absence</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.resources.model.resources.impl.AbsenceImpl
	 * @see org.atrium.resources.model.resources.impl.ResourcesPackageImpl#getAbsence()
	 * @generated
	 */
	int ABSENCE = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSENCE__ID = PmoPackage.ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSENCE__CREATED = PmoPackage.ENTITY__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSENCE__MODIFIED = PmoPackage.ENTITY__MODIFIED;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSENCE__VERSION = PmoPackage.ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSENCE__START = PmoPackage.ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSENCE__END = PmoPackage.ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSENCE__REASON = PmoPackage.ENTITY_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Absence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSENCE_FEATURE_COUNT = PmoPackage.ENTITY_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Absence</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSENCE_OPERATION_COUNT = PmoPackage.ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.atrium.resources.model.resources.TimesheetStatus <em>Timesheet Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.resources.model.resources.TimesheetStatus
	 * @see org.atrium.resources.model.resources.impl.ResourcesPackageImpl#getTimesheetStatus()
	 * @generated
	 */
	int TIMESHEET_STATUS = 4;


	/**
	 * Returns the meta object for class '{@link org.atrium.resources.model.resources.Timesheet <em>Timesheet</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Timesheet</em>'.
	 * @see org.atrium.resources.model.resources.Timesheet
	 * @generated
	 */
	EClass getTimesheet();

	/**
	 * Returns the meta object for the reference '{@link org.atrium.resources.model.resources.Timesheet#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Person</em>'.
	 * @see org.atrium.resources.model.resources.Timesheet#getPerson()
	 * @see #getTimesheet()
	 * @generated
	 */
	EReference getTimesheet_Person();

	/**
	 * Returns the meta object for the reference '{@link org.atrium.resources.model.resources.Timesheet#getProject <em>Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Project</em>'.
	 * @see org.atrium.resources.model.resources.Timesheet#getProject()
	 * @see #getTimesheet()
	 * @generated
	 */
	EReference getTimesheet_Project();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.resources.model.resources.Timesheet#getWeekStart <em>Week Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Week Start</em>'.
	 * @see org.atrium.resources.model.resources.Timesheet#getWeekStart()
	 * @see #getTimesheet()
	 * @generated
	 */
	EAttribute getTimesheet_WeekStart();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.resources.model.resources.Timesheet#getHours <em>Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hours</em>'.
	 * @see org.atrium.resources.model.resources.Timesheet#getHours()
	 * @see #getTimesheet()
	 * @generated
	 */
	EAttribute getTimesheet_Hours();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.resources.model.resources.Timesheet#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.atrium.resources.model.resources.Timesheet#getStatus()
	 * @see #getTimesheet()
	 * @generated
	 */
	EAttribute getTimesheet_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.resources.model.resources.Timesheet#getSubmitted <em>Submitted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Submitted</em>'.
	 * @see org.atrium.resources.model.resources.Timesheet#getSubmitted()
	 * @see #getTimesheet()
	 * @generated
	 */
	EAttribute getTimesheet_Submitted();

	/**
	 * Returns the meta object for the reference '{@link org.atrium.resources.model.resources.Timesheet#getDecidedBy <em>Decided By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Decided By</em>'.
	 * @see org.atrium.resources.model.resources.Timesheet#getDecidedBy()
	 * @see #getTimesheet()
	 * @generated
	 */
	EReference getTimesheet_DecidedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.resources.model.resources.Timesheet#getDecided <em>Decided</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decided</em>'.
	 * @see org.atrium.resources.model.resources.Timesheet#getDecided()
	 * @see #getTimesheet()
	 * @generated
	 */
	EAttribute getTimesheet_Decided();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.resources.model.resources.Timesheet#getComment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment</em>'.
	 * @see org.atrium.resources.model.resources.Timesheet#getComment()
	 * @see #getTimesheet()
	 * @generated
	 */
	EAttribute getTimesheet_Comment();

	/**
	 * Returns the meta object for class '{@link org.atrium.resources.model.resources.Correction <em>Correction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Correction</em>'.
	 * @see org.atrium.resources.model.resources.Correction
	 * @generated
	 */
	EClass getCorrection();

	/**
	 * Returns the meta object for the reference '{@link org.atrium.resources.model.resources.Correction#getProject <em>Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Project</em>'.
	 * @see org.atrium.resources.model.resources.Correction#getProject()
	 * @see #getCorrection()
	 * @generated
	 */
	EReference getCorrection_Project();

	/**
	 * Returns the meta object for the reference '{@link org.atrium.resources.model.resources.Correction#getOriginal <em>Original</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Original</em>'.
	 * @see org.atrium.resources.model.resources.Correction#getOriginal()
	 * @see #getCorrection()
	 * @generated
	 */
	EReference getCorrection_Original();

	/**
	 * Returns the meta object for the reference '{@link org.atrium.resources.model.resources.Correction#getReversal <em>Reversal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Reversal</em>'.
	 * @see org.atrium.resources.model.resources.Correction#getReversal()
	 * @see #getCorrection()
	 * @generated
	 */
	EReference getCorrection_Reversal();

	/**
	 * Returns the meta object for the reference '{@link org.atrium.resources.model.resources.Correction#getReplacement <em>Replacement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Replacement</em>'.
	 * @see org.atrium.resources.model.resources.Correction#getReplacement()
	 * @see #getCorrection()
	 * @generated
	 */
	EReference getCorrection_Replacement();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.resources.model.resources.Correction#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.atrium.resources.model.resources.Correction#getReason()
	 * @see #getCorrection()
	 * @generated
	 */
	EAttribute getCorrection_Reason();

	/**
	 * Returns the meta object for class '{@link org.atrium.resources.model.resources.Capacity <em>Capacity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Capacity</em>'.
	 * @see org.atrium.resources.model.resources.Capacity
	 * @generated
	 */
	EClass getCapacity();

	/**
	 * Returns the meta object for the reference '{@link org.atrium.resources.model.resources.Capacity#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Person</em>'.
	 * @see org.atrium.resources.model.resources.Capacity#getPerson()
	 * @see #getCapacity()
	 * @generated
	 */
	EReference getCapacity_Person();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.resources.model.resources.Capacity#getWeeklyHours <em>Weekly Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weekly Hours</em>'.
	 * @see org.atrium.resources.model.resources.Capacity#getWeeklyHours()
	 * @see #getCapacity()
	 * @generated
	 */
	EAttribute getCapacity_WeeklyHours();

	/**
	 * Returns the meta object for the containment reference list '{@link org.atrium.resources.model.resources.Capacity#getAbsences <em>Absences</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Absences</em>'.
	 * @see org.atrium.resources.model.resources.Capacity#getAbsences()
	 * @see #getCapacity()
	 * @generated
	 */
	EReference getCapacity_Absences();

	/**
	 * Returns the meta object for class '{@link org.atrium.resources.model.resources.Absence <em>Absence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Absence</em>'.
	 * @see org.atrium.resources.model.resources.Absence
	 * @generated
	 */
	EClass getAbsence();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.resources.model.resources.Absence#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.atrium.resources.model.resources.Absence#getStart()
	 * @see #getAbsence()
	 * @generated
	 */
	EAttribute getAbsence_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.resources.model.resources.Absence#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.atrium.resources.model.resources.Absence#getEnd()
	 * @see #getAbsence()
	 * @generated
	 */
	EAttribute getAbsence_End();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.resources.model.resources.Absence#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.atrium.resources.model.resources.Absence#getReason()
	 * @see #getAbsence()
	 * @generated
	 */
	EAttribute getAbsence_Reason();

	/**
	 * Returns the meta object for enum '{@link org.atrium.resources.model.resources.TimesheetStatus <em>Timesheet Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Timesheet Status</em>'.
	 * @see org.atrium.resources.model.resources.TimesheetStatus
	 * @generated
	 */
	EEnum getTimesheetStatus();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ResourcesFactory getResourcesFactory();

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
		 * The meta object literal for the '{@link org.atrium.resources.model.resources.impl.TimesheetImpl <em>Timesheet</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.resources.model.resources.impl.TimesheetImpl
		 * @see org.atrium.resources.model.resources.impl.ResourcesPackageImpl#getTimesheet()
		 * @generated
		 */
		EClass TIMESHEET = eINSTANCE.getTimesheet();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TIMESHEET__PERSON = eINSTANCE.getTimesheet_Person();

		/**
		 * The meta object literal for the '<em><b>Project</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TIMESHEET__PROJECT = eINSTANCE.getTimesheet_Project();

		/**
		 * The meta object literal for the '<em><b>Week Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMESHEET__WEEK_START = eINSTANCE.getTimesheet_WeekStart();

		/**
		 * The meta object literal for the '<em><b>Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMESHEET__HOURS = eINSTANCE.getTimesheet_Hours();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMESHEET__STATUS = eINSTANCE.getTimesheet_Status();

		/**
		 * The meta object literal for the '<em><b>Submitted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMESHEET__SUBMITTED = eINSTANCE.getTimesheet_Submitted();

		/**
		 * The meta object literal for the '<em><b>Decided By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TIMESHEET__DECIDED_BY = eINSTANCE.getTimesheet_DecidedBy();

		/**
		 * The meta object literal for the '<em><b>Decided</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMESHEET__DECIDED = eINSTANCE.getTimesheet_Decided();

		/**
		 * The meta object literal for the '<em><b>Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIMESHEET__COMMENT = eINSTANCE.getTimesheet_Comment();

		/**
		 * The meta object literal for the '{@link org.atrium.resources.model.resources.impl.CorrectionImpl <em>Correction</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.resources.model.resources.impl.CorrectionImpl
		 * @see org.atrium.resources.model.resources.impl.ResourcesPackageImpl#getCorrection()
		 * @generated
		 */
		EClass CORRECTION = eINSTANCE.getCorrection();

		/**
		 * The meta object literal for the '<em><b>Project</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORRECTION__PROJECT = eINSTANCE.getCorrection_Project();

		/**
		 * The meta object literal for the '<em><b>Original</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORRECTION__ORIGINAL = eINSTANCE.getCorrection_Original();

		/**
		 * The meta object literal for the '<em><b>Reversal</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORRECTION__REVERSAL = eINSTANCE.getCorrection_Reversal();

		/**
		 * The meta object literal for the '<em><b>Replacement</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CORRECTION__REPLACEMENT = eINSTANCE.getCorrection_Replacement();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CORRECTION__REASON = eINSTANCE.getCorrection_Reason();

		/**
		 * The meta object literal for the '{@link org.atrium.resources.model.resources.impl.CapacityImpl <em>Capacity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.resources.model.resources.impl.CapacityImpl
		 * @see org.atrium.resources.model.resources.impl.ResourcesPackageImpl#getCapacity()
		 * @generated
		 */
		EClass CAPACITY = eINSTANCE.getCapacity();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAPACITY__PERSON = eINSTANCE.getCapacity_Person();

		/**
		 * The meta object literal for the '<em><b>Weekly Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAPACITY__WEEKLY_HOURS = eINSTANCE.getCapacity_WeeklyHours();

		/**
		 * The meta object literal for the '<em><b>Absences</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAPACITY__ABSENCES = eINSTANCE.getCapacity_Absences();

		/**
		 * The meta object literal for the '{@link org.atrium.resources.model.resources.impl.AbsenceImpl <em>Absence</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.resources.model.resources.impl.AbsenceImpl
		 * @see org.atrium.resources.model.resources.impl.ResourcesPackageImpl#getAbsence()
		 * @generated
		 */
		EClass ABSENCE = eINSTANCE.getAbsence();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABSENCE__START = eINSTANCE.getAbsence_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABSENCE__END = eINSTANCE.getAbsence_End();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABSENCE__REASON = eINSTANCE.getAbsence_Reason();

		/**
		 * The meta object literal for the '{@link org.atrium.resources.model.resources.TimesheetStatus <em>Timesheet Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.resources.model.resources.TimesheetStatus
		 * @see org.atrium.resources.model.resources.impl.ResourcesPackageImpl#getTimesheetStatus()
		 * @generated
		 */
		EEnum TIMESHEET_STATUS = eINSTANCE.getTimesheetStatus();

	}

} //ResourcesPackage
