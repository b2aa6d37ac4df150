/**
 */
package org.atrium.core.model.pmo;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
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
 * @see org.atrium.core.model.pmo.PmoFactory
 * @model kind="package"
 *        annotation="http://atrium.org/store schemaVersion='1'"
 * @generated
 */
public interface PmoPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "pmo";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://atrium.org/pmo/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "pmo";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	PmoPackage eINSTANCE = org.atrium.core.model.pmo.impl.PmoPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.atrium.core.model.pmo.impl.EntityImpl <em>Entity</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.core.model.pmo.impl.EntityImpl
	 * @see org.atrium.core.model.pmo.impl.PmoPackageImpl#getEntity()
	 * @generated
	 */
	int ENTITY = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__ID = 0;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__CREATED = 1;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__MODIFIED = 2;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY__VERSION = 3;

	/**
	 * The number of structural features of the '<em>Entity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Entity</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTITY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.atrium.core.model.pmo.impl.ScopeImpl <em>Scope</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.core.model.pmo.impl.ScopeImpl
	 * @see org.atrium.core.model.pmo.impl.PmoPackageImpl#getScope()
	 * @generated
	 */
	int SCOPE = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCOPE__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCOPE__CREATED = ENTITY__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCOPE__MODIFIED = ENTITY__MODIFIED;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCOPE__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCOPE__NAME = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCOPE__DESCRIPTION = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Role Assignments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCOPE__ROLE_ASSIGNMENTS = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Scope</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCOPE_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Scope</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCOPE_OPERATION_COUNT = ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.atrium.core.model.pmo.impl.PortfolioImpl <em>Portfolio</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.core.model.pmo.impl.PortfolioImpl
	 * @see org.atrium.core.model.pmo.impl.PmoPackageImpl#getPortfolio()
	 * @generated
	 */
	int PORTFOLIO = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO__ID = SCOPE__ID;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO__CREATED = SCOPE__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO__MODIFIED = SCOPE__MODIFIED;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO__VERSION = SCOPE__VERSION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO__NAME = SCOPE__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO__DESCRIPTION = SCOPE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Role Assignments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO__ROLE_ASSIGNMENTS = SCOPE__ROLE_ASSIGNMENTS;

	/**
	 * The feature id for the '<em><b>Programs</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO__PROGRAMS = SCOPE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Portfolio</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO_FEATURE_COUNT = SCOPE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Portfolio</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORTFOLIO_OPERATION_COUNT = SCOPE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.atrium.core.model.pmo.impl.ProgramImpl <em>Program</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.core.model.pmo.impl.ProgramImpl
	 * @see org.atrium.core.model.pmo.impl.PmoPackageImpl#getProgram()
	 * @generated
	 */
	int PROGRAM = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAM__ID = SCOPE__ID;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAM__CREATED = SCOPE__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAM__MODIFIED = SCOPE__MODIFIED;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAM__VERSION = SCOPE__VERSION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAM__NAME = SCOPE__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAM__DESCRIPTION = SCOPE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Role Assignments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAM__ROLE_ASSIGNMENTS = SCOPE__ROLE_ASSIGNMENTS;

	/**
	 * The feature id for the '<em><b>Portfolio</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAM__PORTFOLIO = SCOPE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Projects</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAM__PROJECTS = SCOPE_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Program</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAM_FEATURE_COUNT = SCOPE_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Program</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAM_OPERATION_COUNT = SCOPE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.atrium.core.model.pmo.impl.ProjectImpl <em>Project</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.core.model.pmo.impl.ProjectImpl
	 * @see org.atrium.core.model.pmo.impl.PmoPackageImpl#getProject()
	 * @generated
	 */
	int PROJECT = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__ID = SCOPE__ID;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__CREATED = SCOPE__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__MODIFIED = SCOPE__MODIFIED;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__VERSION = SCOPE__VERSION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__NAME = SCOPE__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__DESCRIPTION = SCOPE__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Role Assignments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__ROLE_ASSIGNMENTS = SCOPE__ROLE_ASSIGNMENTS;

	/**
	 * The feature id for the '<em><b>Program</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__PROGRAM = SCOPE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__CODE = SCOPE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Phase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__PHASE = SCOPE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Rag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__RAG = SCOPE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Rag Trend</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__RAG_TREND = SCOPE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Planned Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__PLANNED_START = SCOPE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Planned End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__PLANNED_END = SCOPE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Baseline Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__BASELINE_START = SCOPE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Baseline End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__BASELINE_END = SCOPE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Actual Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__ACTUAL_START = SCOPE_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Actual End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__ACTUAL_END = SCOPE_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__CURRENCY = SCOPE_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Budget Planned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__BUDGET_PLANNED = SCOPE_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Budget Actual</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__BUDGET_ACTUAL = SCOPE_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Budget Forecast</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__BUDGET_FORECAST = SCOPE_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Percent Complete</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__PERCENT_COMPLETE = SCOPE_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Workstreams</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__WORKSTREAMS = SCOPE_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Milestones</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__MILESTONES = SCOPE_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Kpis</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__KPIS = SCOPE_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Status Reports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__STATUS_REPORTS = SCOPE_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Documents</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT__DOCUMENTS = SCOPE_FEATURE_COUNT + 20;

	/**
	 * The number of structural features of the '<em>Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_FEATURE_COUNT = SCOPE_FEATURE_COUNT + 21;

	/**
	 * The number of operations of the '<em>Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROJECT_OPERATION_COUNT = SCOPE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.atrium.core.model.pmo.impl.PersonImpl <em>Person</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.core.model.pmo.impl.PersonImpl
	 * @see org.atrium.core.model.pmo.impl.PmoPackageImpl#getPerson()
	 * @generated
	 */
	int PERSON = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__CREATED = ENTITY__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__MODIFIED = ENTITY__MODIFIED;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__NAME = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Login</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__LOGIN = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__EMAIL = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Department</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__DEPARTMENT = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Hourly Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__HOURLY_RATE = ENTITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Office Roles</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON__OFFICE_ROLES = ENTITY_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PERSON_OPERATION_COUNT = ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.atrium.core.model.pmo.impl.RoleAssignmentImpl <em>Role Assignment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.core.model.pmo.impl.RoleAssignmentImpl
	 * @see org.atrium.core.model.pmo.impl.PmoPackageImpl#getRoleAssignment()
	 * @generated
	 */
	int ROLE_ASSIGNMENT = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT__CREATED = ENTITY__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT__MODIFIED = ENTITY__MODIFIED;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT__KIND = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT__PERSON = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT__SCOPE = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Workstream</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT__WORKSTREAM = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Role Assignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Role Assignment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ROLE_ASSIGNMENT_OPERATION_COUNT = ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.atrium.core.model.pmo.impl.WorkstreamImpl <em>Workstream</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.core.model.pmo.impl.WorkstreamImpl
	 * @see org.atrium.core.model.pmo.impl.PmoPackageImpl#getWorkstream()
	 * @generated
	 */
	int WORKSTREAM = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSTREAM__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSTREAM__CREATED = ENTITY__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSTREAM__MODIFIED = ENTITY__MODIFIED;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSTREAM__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSTREAM__NAME = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSTREAM__DESCRIPTION = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Workstream</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSTREAM_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Workstream</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSTREAM_OPERATION_COUNT = ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.atrium.core.model.pmo.impl.MilestoneImpl <em>Milestone</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.core.model.pmo.impl.MilestoneImpl
	 * @see org.atrium.core.model.pmo.impl.PmoPackageImpl#getMilestone()
	 * @generated
	 */
	int MILESTONE = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__CREATED = ENTITY__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__MODIFIED = ENTITY__MODIFIED;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__NAME = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Baseline Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__BASELINE_DATE = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Planned Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__PLANNED_DATE = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Actual Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__ACTUAL_DATE = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Gate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__GATE = ENTITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Gate Decision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__GATE_DECISION = ENTITY_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Workstream</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE__WORKSTREAM = ENTITY_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Milestone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Milestone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MILESTONE_OPERATION_COUNT = ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.atrium.core.model.pmo.impl.KpiImpl <em>Kpi</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.core.model.pmo.impl.KpiImpl
	 * @see org.atrium.core.model.pmo.impl.PmoPackageImpl#getKpi()
	 * @generated
	 */
	int KPI = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__CREATED = ENTITY__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__MODIFIED = ENTITY__MODIFIED;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__NAME = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__UNIT = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__DIRECTION = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__TARGET = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Amber Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__AMBER_THRESHOLD = ENTITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Red Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__RED_THRESHOLD = ENTITY_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Measurements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI__MEASUREMENTS = ENTITY_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Kpi</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Kpi</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KPI_OPERATION_COUNT = ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.atrium.core.model.pmo.impl.MeasurementImpl <em>Measurement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.core.model.pmo.impl.MeasurementImpl
	 * @see org.atrium.core.model.pmo.impl.PmoPackageImpl#getMeasurement()
	 * @generated
	 */
	int MEASUREMENT = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__CREATED = ENTITY__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__MODIFIED = ENTITY__MODIFIED;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__DATE = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__VALUE = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__COMMENT = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Measurement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Measurement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_OPERATION_COUNT = ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.atrium.core.model.pmo.impl.StatusReportImpl <em>Status Report</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.core.model.pmo.impl.StatusReportImpl
	 * @see org.atrium.core.model.pmo.impl.PmoPackageImpl#getStatusReport()
	 * @generated
	 */
	int STATUS_REPORT = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_REPORT__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_REPORT__CREATED = ENTITY__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_REPORT__MODIFIED = ENTITY__MODIFIED;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_REPORT__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_REPORT__PERIOD = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Period End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_REPORT__PERIOD_END = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Rag</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_REPORT__RAG = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Trend</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_REPORT__TREND = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Percent Complete</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_REPORT__PERCENT_COMPLETE = ENTITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Budget Actual</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_REPORT__BUDGET_ACTUAL = ENTITY_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Budget Forecast</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_REPORT__BUDGET_FORECAST = ENTITY_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_REPORT__SUMMARY = ENTITY_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Accomplishments</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_REPORT__ACCOMPLISHMENTS = ENTITY_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Next Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_REPORT__NEXT_STEPS = ENTITY_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Author</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_REPORT__AUTHOR = ENTITY_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Status Report</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_REPORT_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Status Report</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_REPORT_OPERATION_COUNT = ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.atrium.core.model.pmo.impl.TimeEntryImpl <em>Time Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.core.model.pmo.impl.TimeEntryImpl
	 * @see org.atrium.core.model.pmo.impl.PmoPackageImpl#getTimeEntry()
	 * @generated
	 */
	int TIME_ENTRY = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_ENTRY__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_ENTRY__CREATED = ENTITY__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_ENTRY__MODIFIED = ENTITY__MODIFIED;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_ENTRY__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_ENTRY__PERSON = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Project</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_ENTRY__PROJECT = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_ENTRY__DATE = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_ENTRY__HOURS = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_ENTRY__DESCRIPTION = ENTITY_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Time Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_ENTRY_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Time Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TIME_ENTRY_OPERATION_COUNT = ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.atrium.core.model.pmo.impl.AllocationImpl <em>Allocation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.core.model.pmo.impl.AllocationImpl
	 * @see org.atrium.core.model.pmo.impl.PmoPackageImpl#getAllocation()
	 * @generated
	 */
	int ALLOCATION = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION__CREATED = ENTITY__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION__MODIFIED = ENTITY__MODIFIED;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION__PERSON = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Project</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION__PROJECT = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION__START = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION__END = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Percentage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION__PERCENTAGE = ENTITY_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Allocation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Allocation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALLOCATION_OPERATION_COUNT = ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.atrium.core.model.pmo.impl.DocumentRefImpl <em>Document Ref</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.core.model.pmo.impl.DocumentRefImpl
	 * @see org.atrium.core.model.pmo.impl.PmoPackageImpl#getDocumentRef()
	 * @generated
	 */
	int DOCUMENT_REF = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_REF__ID = ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_REF__CREATED = ENTITY__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_REF__MODIFIED = ENTITY__MODIFIED;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_REF__VERSION = ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_REF__TITLE = ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_REF__URI = ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_REF__KIND = ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_REF__TAGS = ENTITY_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Document Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_REF_FEATURE_COUNT = ENTITY_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Document Ref</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_REF_OPERATION_COUNT = ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.atrium.core.model.pmo.LifecyclePhase <em>Lifecycle Phase</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.core.model.pmo.LifecyclePhase
	 * @see org.atrium.core.model.pmo.impl.PmoPackageImpl#getLifecyclePhase()
	 * @generated
	 */
	int LIFECYCLE_PHASE = 15;

	/**
	 * The meta object id for the '{@link org.atrium.core.model.pmo.RagStatus <em>Rag Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.core.model.pmo.RagStatus
	 * @see org.atrium.core.model.pmo.impl.PmoPackageImpl#getRagStatus()
	 * @generated
	 */
	int RAG_STATUS = 16;

	/**
	 * The meta object id for the '{@link org.atrium.core.model.pmo.Trend <em>Trend</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.core.model.pmo.Trend
	 * @see org.atrium.core.model.pmo.impl.PmoPackageImpl#getTrend()
	 * @generated
	 */
	int TREND = 17;

	/**
	 * The meta object id for the '{@link org.atrium.core.model.pmo.RoleKind <em>Role Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.core.model.pmo.RoleKind
	 * @see org.atrium.core.model.pmo.impl.PmoPackageImpl#getRoleKind()
	 * @generated
	 */
	int ROLE_KIND = 18;

	/**
	 * The meta object id for the '{@link org.atrium.core.model.pmo.GateDecision <em>Gate Decision</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.core.model.pmo.GateDecision
	 * @see org.atrium.core.model.pmo.impl.PmoPackageImpl#getGateDecision()
	 * @generated
	 */
	int GATE_DECISION = 19;

	/**
	 * The meta object id for the '{@link org.atrium.core.model.pmo.KpiDirection <em>Kpi Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.core.model.pmo.KpiDirection
	 * @see org.atrium.core.model.pmo.impl.PmoPackageImpl#getKpiDirection()
	 * @generated
	 */
	int KPI_DIRECTION = 20;

	/**
	 * The meta object id for the '{@link org.atrium.core.model.pmo.ReportPeriod <em>Report Period</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.core.model.pmo.ReportPeriod
	 * @see org.atrium.core.model.pmo.impl.PmoPackageImpl#getReportPeriod()
	 * @generated
	 */
	int REPORT_PERIOD = 21;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.atrium.core.model.pmo.impl.PmoPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 22;

	/**
	 * The meta object id for the '<em>Instant</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.Instant
	 * @see org.atrium.core.model.pmo.impl.PmoPackageImpl#getInstant()
	 * @generated
	 */
	int INSTANT = 23;


	/**
	 * Returns the meta object for class '{@link org.atrium.core.model.pmo.Entity <em>Entity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Entity</em>'.
	 * @see org.atrium.core.model.pmo.Entity
	 * @generated
	 */
	EClass getEntity();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.Entity#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.atrium.core.model.pmo.Entity#getId()
	 * @see #getEntity()
	 * @generated
	 */
	EAttribute getEntity_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.Entity#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.atrium.core.model.pmo.Entity#getCreated()
	 * @see #getEntity()
	 * @generated
	 */
	EAttribute getEntity_Created();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.Entity#getModified <em>Modified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modified</em>'.
	 * @see org.atrium.core.model.pmo.Entity#getModified()
	 * @see #getEntity()
	 * @generated
	 */
	EAttribute getEntity_Modified();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.Entity#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.atrium.core.model.pmo.Entity#getVersion()
	 * @see #getEntity()
	 * @generated
	 */
	EAttribute getEntity_Version();

	/**
	 * Returns the meta object for class '{@link org.atrium.core.model.pmo.Scope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Scope</em>'.
	 * @see org.atrium.core.model.pmo.Scope
	 * @generated
	 */
	EClass getScope();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.Scope#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.atrium.core.model.pmo.Scope#getName()
	 * @see #getScope()
	 * @generated
	 */
	EAttribute getScope_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.Scope#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.atrium.core.model.pmo.Scope#getDescription()
	 * @see #getScope()
	 * @generated
	 */
	EAttribute getScope_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.atrium.core.model.pmo.Scope#getRoleAssignments <em>Role Assignments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Role Assignments</em>'.
	 * @see org.atrium.core.model.pmo.Scope#getRoleAssignments()
	 * @see #getScope()
	 * @generated
	 */
	EReference getScope_RoleAssignments();

	/**
	 * Returns the meta object for class '{@link org.atrium.core.model.pmo.Portfolio <em>Portfolio</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Portfolio</em>'.
	 * @see org.atrium.core.model.pmo.Portfolio
	 * @generated
	 */
	EClass getPortfolio();

	/**
	 * Returns the meta object for the containment reference list '{@link org.atrium.core.model.pmo.Portfolio#getPrograms <em>Programs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Programs</em>'.
	 * @see org.atrium.core.model.pmo.Portfolio#getPrograms()
	 * @see #getPortfolio()
	 * @generated
	 */
	EReference getPortfolio_Programs();

	/**
	 * Returns the meta object for class '{@link org.atrium.core.model.pmo.Program <em>Program</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Program</em>'.
	 * @see org.atrium.core.model.pmo.Program
	 * @generated
	 */
	EClass getProgram();

	/**
	 * Returns the meta object for the container reference '{@link org.atrium.core.model.pmo.Program#getPortfolio <em>Portfolio</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Portfolio</em>'.
	 * @see org.atrium.core.model.pmo.Program#getPortfolio()
	 * @see #getProgram()
	 * @generated
	 */
	EReference getProgram_Portfolio();

	/**
	 * Returns the meta object for the containment reference list '{@link org.atrium.core.model.pmo.Program#getProjects <em>Projects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Projects</em>'.
	 * @see org.atrium.core.model.pmo.Program#getProjects()
	 * @see #getProgram()
	 * @generated
	 */
	EReference getProgram_Projects();

	/**
	 * Returns the meta object for class '{@link org.atrium.core.model.pmo.Project <em>Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Project</em>'.
	 * @see org.atrium.core.model.pmo.Project
	 * @generated
	 */
	EClass getProject();

	/**
	 * Returns the meta object for the container reference '{@link org.atrium.core.model.pmo.Project#getProgram <em>Program</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Program</em>'.
	 * @see org.atrium.core.model.pmo.Project#getProgram()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Program();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.Project#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.atrium.core.model.pmo.Project#getCode()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.Project#getPhase <em>Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phase</em>'.
	 * @see org.atrium.core.model.pmo.Project#getPhase()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Phase();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.Project#getRag <em>Rag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rag</em>'.
	 * @see org.atrium.core.model.pmo.Project#getRag()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Rag();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.Project#getRagTrend <em>Rag Trend</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rag Trend</em>'.
	 * @see org.atrium.core.model.pmo.Project#getRagTrend()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_RagTrend();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.Project#getPlannedStart <em>Planned Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Planned Start</em>'.
	 * @see org.atrium.core.model.pmo.Project#getPlannedStart()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_PlannedStart();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.Project#getPlannedEnd <em>Planned End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Planned End</em>'.
	 * @see org.atrium.core.model.pmo.Project#getPlannedEnd()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_PlannedEnd();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.Project#getBaselineStart <em>Baseline Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline Start</em>'.
	 * @see org.atrium.core.model.pmo.Project#getBaselineStart()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_BaselineStart();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.Project#getBaselineEnd <em>Baseline End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline End</em>'.
	 * @see org.atrium.core.model.pmo.Project#getBaselineEnd()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_BaselineEnd();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.Project#getActualStart <em>Actual Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actual Start</em>'.
	 * @see org.atrium.core.model.pmo.Project#getActualStart()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_ActualStart();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.Project#getActualEnd <em>Actual End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actual End</em>'.
	 * @see org.atrium.core.model.pmo.Project#getActualEnd()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_ActualEnd();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.Project#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see org.atrium.core.model.pmo.Project#getCurrency()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_Currency();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.Project#getBudgetPlanned <em>Budget Planned</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Budget Planned</em>'.
	 * @see org.atrium.core.model.pmo.Project#getBudgetPlanned()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_BudgetPlanned();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.Project#getBudgetActual <em>Budget Actual</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Budget Actual</em>'.
	 * @see org.atrium.core.model.pmo.Project#getBudgetActual()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_BudgetActual();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.Project#getBudgetForecast <em>Budget Forecast</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Budget Forecast</em>'.
	 * @see org.atrium.core.model.pmo.Project#getBudgetForecast()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_BudgetForecast();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.Project#getPercentComplete <em>Percent Complete</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Percent Complete</em>'.
	 * @see org.atrium.core.model.pmo.Project#getPercentComplete()
	 * @see #getProject()
	 * @generated
	 */
	EAttribute getProject_PercentComplete();

	/**
	 * Returns the meta object for the containment reference list '{@link org.atrium.core.model.pmo.Project#getWorkstreams <em>Workstreams</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Workstreams</em>'.
	 * @see org.atrium.core.model.pmo.Project#getWorkstreams()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Workstreams();

	/**
	 * Returns the meta object for the containment reference list '{@link org.atrium.core.model.pmo.Project#getMilestones <em>Milestones</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Milestones</em>'.
	 * @see org.atrium.core.model.pmo.Project#getMilestones()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Milestones();

	/**
	 * Returns the meta object for the containment reference list '{@link org.atrium.core.model.pmo.Project#getKpis <em>Kpis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Kpis</em>'.
	 * @see org.atrium.core.model.pmo.Project#getKpis()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Kpis();

	/**
	 * Returns the meta object for the containment reference list '{@link org.atrium.core.model.pmo.Project#getStatusReports <em>Status Reports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Status Reports</em>'.
	 * @see org.atrium.core.model.pmo.Project#getStatusReports()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_StatusReports();

	/**
	 * Returns the meta object for the containment reference list '{@link org.atrium.core.model.pmo.Project#getDocuments <em>Documents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Documents</em>'.
	 * @see org.atrium.core.model.pmo.Project#getDocuments()
	 * @see #getProject()
	 * @generated
	 */
	EReference getProject_Documents();

	/**
	 * Returns the meta object for class '{@link org.atrium.core.model.pmo.Person <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Person</em>'.
	 * @see org.atrium.core.model.pmo.Person
	 * @generated
	 */
	EClass getPerson();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.Person#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.atrium.core.model.pmo.Person#getName()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.Person#getLogin <em>Login</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Login</em>'.
	 * @see org.atrium.core.model.pmo.Person#getLogin()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Login();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.Person#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see org.atrium.core.model.pmo.Person#getEmail()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Email();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.Person#getDepartment <em>Department</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Department</em>'.
	 * @see org.atrium.core.model.pmo.Person#getDepartment()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_Department();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.Person#getHourlyRate <em>Hourly Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hourly Rate</em>'.
	 * @see org.atrium.core.model.pmo.Person#getHourlyRate()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_HourlyRate();

	/**
	 * Returns the meta object for the attribute list '{@link org.atrium.core.model.pmo.Person#getOfficeRoles <em>Office Roles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Office Roles</em>'.
	 * @see org.atrium.core.model.pmo.Person#getOfficeRoles()
	 * @see #getPerson()
	 * @generated
	 */
	EAttribute getPerson_OfficeRoles();

	/**
	 * Returns the meta object for class '{@link org.atrium.core.model.pmo.RoleAssignment <em>Role Assignment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Role Assignment</em>'.
	 * @see org.atrium.core.model.pmo.RoleAssignment
	 * @generated
	 */
	EClass getRoleAssignment();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.RoleAssignment#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.atrium.core.model.pmo.RoleAssignment#getKind()
	 * @see #getRoleAssignment()
	 * @generated
	 */
	EAttribute getRoleAssignment_Kind();

	/**
	 * Returns the meta object for the reference '{@link org.atrium.core.model.pmo.RoleAssignment#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Person</em>'.
	 * @see org.atrium.core.model.pmo.RoleAssignment#getPerson()
	 * @see #getRoleAssignment()
	 * @generated
	 */
	EReference getRoleAssignment_Person();

	/**
	 * Returns the meta object for the container reference '{@link org.atrium.core.model.pmo.RoleAssignment#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Scope</em>'.
	 * @see org.atrium.core.model.pmo.RoleAssignment#getScope()
	 * @see #getRoleAssignment()
	 * @generated
	 */
	EReference getRoleAssignment_Scope();

	/**
	 * Returns the meta object for the reference '{@link org.atrium.core.model.pmo.RoleAssignment#getWorkstream <em>Workstream</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Workstream</em>'.
	 * @see org.atrium.core.model.pmo.RoleAssignment#getWorkstream()
	 * @see #getRoleAssignment()
	 * @generated
	 */
	EReference getRoleAssignment_Workstream();

	/**
	 * Returns the meta object for class '{@link org.atrium.core.model.pmo.Workstream <em>Workstream</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Workstream</em>'.
	 * @see org.atrium.core.model.pmo.Workstream
	 * @generated
	 */
	EClass getWorkstream();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.Workstream#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.atrium.core.model.pmo.Workstream#getName()
	 * @see #getWorkstream()
	 * @generated
	 */
	EAttribute getWorkstream_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.Workstream#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.atrium.core.model.pmo.Workstream#getDescription()
	 * @see #getWorkstream()
	 * @generated
	 */
	EAttribute getWorkstream_Description();

	/**
	 * Returns the meta object for class '{@link org.atrium.core.model.pmo.Milestone <em>Milestone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Milestone</em>'.
	 * @see org.atrium.core.model.pmo.Milestone
	 * @generated
	 */
	EClass getMilestone();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.Milestone#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.atrium.core.model.pmo.Milestone#getName()
	 * @see #getMilestone()
	 * @generated
	 */
	EAttribute getMilestone_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.Milestone#getBaselineDate <em>Baseline Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline Date</em>'.
	 * @see org.atrium.core.model.pmo.Milestone#getBaselineDate()
	 * @see #getMilestone()
	 * @generated
	 */
	EAttribute getMilestone_BaselineDate();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.Milestone#getPlannedDate <em>Planned Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Planned Date</em>'.
	 * @see org.atrium.core.model.pmo.Milestone#getPlannedDate()
	 * @see #getMilestone()
	 * @generated
	 */
	EAttribute getMilestone_PlannedDate();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.Milestone#getActualDate <em>Actual Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actual Date</em>'.
	 * @see org.atrium.core.model.pmo.Milestone#getActualDate()
	 * @see #getMilestone()
	 * @generated
	 */
	EAttribute getMilestone_ActualDate();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.Milestone#isGate <em>Gate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gate</em>'.
	 * @see org.atrium.core.model.pmo.Milestone#isGate()
	 * @see #getMilestone()
	 * @generated
	 */
	EAttribute getMilestone_Gate();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.Milestone#getGateDecision <em>Gate Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gate Decision</em>'.
	 * @see org.atrium.core.model.pmo.Milestone#getGateDecision()
	 * @see #getMilestone()
	 * @generated
	 */
	EAttribute getMilestone_GateDecision();

	/**
	 * Returns the meta object for the reference '{@link org.atrium.core.model.pmo.Milestone#getWorkstream <em>Workstream</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Workstream</em>'.
	 * @see org.atrium.core.model.pmo.Milestone#getWorkstream()
	 * @see #getMilestone()
	 * @generated
	 */
	EReference getMilestone_Workstream();

	/**
	 * Returns the meta object for class '{@link org.atrium.core.model.pmo.Kpi <em>Kpi</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Kpi</em>'.
	 * @see org.atrium.core.model.pmo.Kpi
	 * @generated
	 */
	EClass getKpi();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.Kpi#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.atrium.core.model.pmo.Kpi#getName()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.Kpi#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.atrium.core.model.pmo.Kpi#getUnit()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.Kpi#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.atrium.core.model.pmo.Kpi#getDirection()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_Direction();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.Kpi#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see org.atrium.core.model.pmo.Kpi#getTarget()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_Target();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.Kpi#getAmberThreshold <em>Amber Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Amber Threshold</em>'.
	 * @see org.atrium.core.model.pmo.Kpi#getAmberThreshold()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_AmberThreshold();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.Kpi#getRedThreshold <em>Red Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Red Threshold</em>'.
	 * @see org.atrium.core.model.pmo.Kpi#getRedThreshold()
	 * @see #getKpi()
	 * @generated
	 */
	EAttribute getKpi_RedThreshold();

	/**
	 * Returns the meta object for the containment reference list '{@link org.atrium.core.model.pmo.Kpi#getMeasurements <em>Measurements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Measurements</em>'.
	 * @see org.atrium.core.model.pmo.Kpi#getMeasurements()
	 * @see #getKpi()
	 * @generated
	 */
	EReference getKpi_Measurements();

	/**
	 * Returns the meta object for class '{@link org.atrium.core.model.pmo.Measurement <em>Measurement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Measurement</em>'.
	 * @see org.atrium.core.model.pmo.Measurement
	 * @generated
	 */
	EClass getMeasurement();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.Measurement#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.atrium.core.model.pmo.Measurement#getDate()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.Measurement#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.atrium.core.model.pmo.Measurement#getValue()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.Measurement#getComment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment</em>'.
	 * @see org.atrium.core.model.pmo.Measurement#getComment()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Comment();

	/**
	 * Returns the meta object for class '{@link org.atrium.core.model.pmo.StatusReport <em>Status Report</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Status Report</em>'.
	 * @see org.atrium.core.model.pmo.StatusReport
	 * @generated
	 */
	EClass getStatusReport();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.StatusReport#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period</em>'.
	 * @see org.atrium.core.model.pmo.StatusReport#getPeriod()
	 * @see #getStatusReport()
	 * @generated
	 */
	EAttribute getStatusReport_Period();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.StatusReport#getPeriodEnd <em>Period End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period End</em>'.
	 * @see org.atrium.core.model.pmo.StatusReport#getPeriodEnd()
	 * @see #getStatusReport()
	 * @generated
	 */
	EAttribute getStatusReport_PeriodEnd();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.StatusReport#getRag <em>Rag</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rag</em>'.
	 * @see org.atrium.core.model.pmo.StatusReport#getRag()
	 * @see #getStatusReport()
	 * @generated
	 */
	EAttribute getStatusReport_Rag();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.StatusReport#getTrend <em>Trend</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trend</em>'.
	 * @see org.atrium.core.model.pmo.StatusReport#getTrend()
	 * @see #getStatusReport()
	 * @generated
	 */
	EAttribute getStatusReport_Trend();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.StatusReport#getPercentComplete <em>Percent Complete</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Percent Complete</em>'.
	 * @see org.atrium.core.model.pmo.StatusReport#getPercentComplete()
	 * @see #getStatusReport()
	 * @generated
	 */
	EAttribute getStatusReport_PercentComplete();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.StatusReport#getBudgetActual <em>Budget Actual</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Budget Actual</em>'.
	 * @see org.atrium.core.model.pmo.StatusReport#getBudgetActual()
	 * @see #getStatusReport()
	 * @generated
	 */
	EAttribute getStatusReport_BudgetActual();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.StatusReport#getBudgetForecast <em>Budget Forecast</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Budget Forecast</em>'.
	 * @see org.atrium.core.model.pmo.StatusReport#getBudgetForecast()
	 * @see #getStatusReport()
	 * @generated
	 */
	EAttribute getStatusReport_BudgetForecast();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.StatusReport#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see org.atrium.core.model.pmo.StatusReport#getSummary()
	 * @see #getStatusReport()
	 * @generated
	 */
	EAttribute getStatusReport_Summary();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.StatusReport#getAccomplishments <em>Accomplishments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Accomplishments</em>'.
	 * @see org.atrium.core.model.pmo.StatusReport#getAccomplishments()
	 * @see #getStatusReport()
	 * @generated
	 */
	EAttribute getStatusReport_Accomplishments();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.StatusReport#getNextSteps <em>Next Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Next Steps</em>'.
	 * @see org.atrium.core.model.pmo.StatusReport#getNextSteps()
	 * @see #getStatusReport()
	 * @generated
	 */
	EAttribute getStatusReport_NextSteps();

	/**
	 * Returns the meta object for the reference '{@link org.atrium.core.model.pmo.StatusReport#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Author</em>'.
	 * @see org.atrium.core.model.pmo.StatusReport#getAuthor()
	 * @see #getStatusReport()
	 * @generated
	 */
	EReference getStatusReport_Author();

	/**
	 * Returns the meta object for class '{@link org.atrium.core.model.pmo.TimeEntry <em>Time Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Time Entry</em>'.
	 * @see org.atrium.core.model.pmo.TimeEntry
	 * @generated
	 */
	EClass getTimeEntry();

	/**
	 * Returns the meta object for the reference '{@link org.atrium.core.model.pmo.TimeEntry#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Person</em>'.
	 * @see org.atrium.core.model.pmo.TimeEntry#getPerson()
	 * @see #getTimeEntry()
	 * @generated
	 */
	EReference getTimeEntry_Person();

	/**
	 * Returns the meta object for the reference '{@link org.atrium.core.model.pmo.TimeEntry#getProject <em>Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Project</em>'.
	 * @see org.atrium.core.model.pmo.TimeEntry#getProject()
	 * @see #getTimeEntry()
	 * @generated
	 */
	EReference getTimeEntry_Project();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.TimeEntry#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.atrium.core.model.pmo.TimeEntry#getDate()
	 * @see #getTimeEntry()
	 * @generated
	 */
	EAttribute getTimeEntry_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.TimeEntry#getHours <em>Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hours</em>'.
	 * @see org.atrium.core.model.pmo.TimeEntry#getHours()
	 * @see #getTimeEntry()
	 * @generated
	 */
	EAttribute getTimeEntry_Hours();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.TimeEntry#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.atrium.core.model.pmo.TimeEntry#getDescription()
	 * @see #getTimeEntry()
	 * @generated
	 */
	EAttribute getTimeEntry_Description();

	/**
	 * Returns the meta object for class '{@link org.atrium.core.model.pmo.Allocation <em>Allocation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Allocation</em>'.
	 * @see org.atrium.core.model.pmo.Allocation
	 * @generated
	 */
	EClass getAllocation();

	/**
	 * Returns the meta object for the reference '{@link org.atrium.core.model.pmo.Allocation#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Person</em>'.
	 * @see org.atrium.core.model.pmo.Allocation#getPerson()
	 * @see #getAllocation()
	 * @generated
	 */
	EReference getAllocation_Person();

	/**
	 * Returns the meta object for the reference '{@link org.atrium.core.model.pmo.Allocation#getProject <em>Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Project</em>'.
	 * @see org.atrium.core.model.pmo.Allocation#getProject()
	 * @see #getAllocation()
	 * @generated
	 */
	EReference getAllocation_Project();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.Allocation#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.atrium.core.model.pmo.Allocation#getStart()
	 * @see #getAllocation()
	 * @generated
	 */
	EAttribute getAllocation_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.Allocation#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.atrium.core.model.pmo.Allocation#getEnd()
	 * @see #getAllocation()
	 * @generated
	 */
	EAttribute getAllocation_End();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.Allocation#getPercentage <em>Percentage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Percentage</em>'.
	 * @see org.atrium.core.model.pmo.Allocation#getPercentage()
	 * @see #getAllocation()
	 * @generated
	 */
	EAttribute getAllocation_Percentage();

	/**
	 * Returns the meta object for class '{@link org.atrium.core.model.pmo.DocumentRef <em>Document Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Document Ref</em>'.
	 * @see org.atrium.core.model.pmo.DocumentRef
	 * @generated
	 */
	EClass getDocumentRef();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.DocumentRef#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.atrium.core.model.pmo.DocumentRef#getTitle()
	 * @see #getDocumentRef()
	 * @generated
	 */
	EAttribute getDocumentRef_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.DocumentRef#getUri <em>Uri</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uri</em>'.
	 * @see org.atrium.core.model.pmo.DocumentRef#getUri()
	 * @see #getDocumentRef()
	 * @generated
	 */
	EAttribute getDocumentRef_Uri();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.core.model.pmo.DocumentRef#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.atrium.core.model.pmo.DocumentRef#getKind()
	 * @see #getDocumentRef()
	 * @generated
	 */
	EAttribute getDocumentRef_Kind();

	/**
	 * Returns the meta object for the attribute list '{@link org.atrium.core.model.pmo.DocumentRef#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tags</em>'.
	 * @see org.atrium.core.model.pmo.DocumentRef#getTags()
	 * @see #getDocumentRef()
	 * @generated
	 */
	EAttribute getDocumentRef_Tags();

	/**
	 * Returns the meta object for enum '{@link org.atrium.core.model.pmo.LifecyclePhase <em>Lifecycle Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Lifecycle Phase</em>'.
	 * @see org.atrium.core.model.pmo.LifecyclePhase
	 * @generated
	 */
	EEnum getLifecyclePhase();

	/**
	 * Returns the meta object for enum '{@link org.atrium.core.model.pmo.RagStatus <em>Rag Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Rag Status</em>'.
	 * @see org.atrium.core.model.pmo.RagStatus
	 * @generated
	 */
	EEnum getRagStatus();

	/**
	 * Returns the meta object for enum '{@link org.atrium.core.model.pmo.Trend <em>Trend</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Trend</em>'.
	 * @see org.atrium.core.model.pmo.Trend
	 * @generated
	 */
	EEnum getTrend();

	/**
	 * Returns the meta object for enum '{@link org.atrium.core.model.pmo.RoleKind <em>Role Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Role Kind</em>'.
	 * @see org.atrium.core.model.pmo.RoleKind
	 * @generated
	 */
	EEnum getRoleKind();

	/**
	 * Returns the meta object for enum '{@link org.atrium.core.model.pmo.GateDecision <em>Gate Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Gate Decision</em>'.
	 * @see org.atrium.core.model.pmo.GateDecision
	 * @generated
	 */
	EEnum getGateDecision();

	/**
	 * Returns the meta object for enum '{@link org.atrium.core.model.pmo.KpiDirection <em>Kpi Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Kpi Direction</em>'.
	 * @see org.atrium.core.model.pmo.KpiDirection
	 * @generated
	 */
	EEnum getKpiDirection();

	/**
	 * Returns the meta object for enum '{@link org.atrium.core.model.pmo.ReportPeriod <em>Report Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Report Period</em>'.
	 * @see org.atrium.core.model.pmo.ReportPeriod
	 * @generated
	 */
	EEnum getReportPeriod();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the meta object for data type '{@link java.time.Instant <em>Instant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Instant</em>'.
	 * @see java.time.Instant
	 * @model instanceClass="java.time.Instant"
	 * @generated
	 */
	EDataType getInstant();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	PmoFactory getPmoFactory();

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
		 * The meta object literal for the '{@link org.atrium.core.model.pmo.impl.EntityImpl <em>Entity</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.core.model.pmo.impl.EntityImpl
		 * @see org.atrium.core.model.pmo.impl.PmoPackageImpl#getEntity()
		 * @generated
		 */
		EClass ENTITY = eINSTANCE.getEntity();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITY__ID = eINSTANCE.getEntity_Id();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITY__CREATED = eINSTANCE.getEntity_Created();

		/**
		 * The meta object literal for the '<em><b>Modified</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITY__MODIFIED = eINSTANCE.getEntity_Modified();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTITY__VERSION = eINSTANCE.getEntity_Version();

		/**
		 * The meta object literal for the '{@link org.atrium.core.model.pmo.impl.ScopeImpl <em>Scope</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.core.model.pmo.impl.ScopeImpl
		 * @see org.atrium.core.model.pmo.impl.PmoPackageImpl#getScope()
		 * @generated
		 */
		EClass SCOPE = eINSTANCE.getScope();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCOPE__NAME = eINSTANCE.getScope_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCOPE__DESCRIPTION = eINSTANCE.getScope_Description();

		/**
		 * The meta object literal for the '<em><b>Role Assignments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SCOPE__ROLE_ASSIGNMENTS = eINSTANCE.getScope_RoleAssignments();

		/**
		 * The meta object literal for the '{@link org.atrium.core.model.pmo.impl.PortfolioImpl <em>Portfolio</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.core.model.pmo.impl.PortfolioImpl
		 * @see org.atrium.core.model.pmo.impl.PmoPackageImpl#getPortfolio()
		 * @generated
		 */
		EClass PORTFOLIO = eINSTANCE.getPortfolio();

		/**
		 * The meta object literal for the '<em><b>Programs</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PORTFOLIO__PROGRAMS = eINSTANCE.getPortfolio_Programs();

		/**
		 * The meta object literal for the '{@link org.atrium.core.model.pmo.impl.ProgramImpl <em>Program</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.core.model.pmo.impl.ProgramImpl
		 * @see org.atrium.core.model.pmo.impl.PmoPackageImpl#getProgram()
		 * @generated
		 */
		EClass PROGRAM = eINSTANCE.getProgram();

		/**
		 * The meta object literal for the '<em><b>Portfolio</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRAM__PORTFOLIO = eINSTANCE.getProgram_Portfolio();

		/**
		 * The meta object literal for the '<em><b>Projects</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRAM__PROJECTS = eINSTANCE.getProgram_Projects();

		/**
		 * The meta object literal for the '{@link org.atrium.core.model.pmo.impl.ProjectImpl <em>Project</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.core.model.pmo.impl.ProjectImpl
		 * @see org.atrium.core.model.pmo.impl.PmoPackageImpl#getProject()
		 * @generated
		 */
		EClass PROJECT = eINSTANCE.getProject();

		/**
		 * The meta object literal for the '<em><b>Program</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__PROGRAM = eINSTANCE.getProject_Program();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__CODE = eINSTANCE.getProject_Code();

		/**
		 * The meta object literal for the '<em><b>Phase</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__PHASE = eINSTANCE.getProject_Phase();

		/**
		 * The meta object literal for the '<em><b>Rag</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__RAG = eINSTANCE.getProject_Rag();

		/**
		 * The meta object literal for the '<em><b>Rag Trend</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__RAG_TREND = eINSTANCE.getProject_RagTrend();

		/**
		 * The meta object literal for the '<em><b>Planned Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__PLANNED_START = eINSTANCE.getProject_PlannedStart();

		/**
		 * The meta object literal for the '<em><b>Planned End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__PLANNED_END = eINSTANCE.getProject_PlannedEnd();

		/**
		 * The meta object literal for the '<em><b>Baseline Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__BASELINE_START = eINSTANCE.getProject_BaselineStart();

		/**
		 * The meta object literal for the '<em><b>Baseline End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__BASELINE_END = eINSTANCE.getProject_BaselineEnd();

		/**
		 * The meta object literal for the '<em><b>Actual Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__ACTUAL_START = eINSTANCE.getProject_ActualStart();

		/**
		 * The meta object literal for the '<em><b>Actual End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__ACTUAL_END = eINSTANCE.getProject_ActualEnd();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__CURRENCY = eINSTANCE.getProject_Currency();

		/**
		 * The meta object literal for the '<em><b>Budget Planned</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__BUDGET_PLANNED = eINSTANCE.getProject_BudgetPlanned();

		/**
		 * The meta object literal for the '<em><b>Budget Actual</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__BUDGET_ACTUAL = eINSTANCE.getProject_BudgetActual();

		/**
		 * The meta object literal for the '<em><b>Budget Forecast</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__BUDGET_FORECAST = eINSTANCE.getProject_BudgetForecast();

		/**
		 * The meta object literal for the '<em><b>Percent Complete</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROJECT__PERCENT_COMPLETE = eINSTANCE.getProject_PercentComplete();

		/**
		 * The meta object literal for the '<em><b>Workstreams</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__WORKSTREAMS = eINSTANCE.getProject_Workstreams();

		/**
		 * The meta object literal for the '<em><b>Milestones</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__MILESTONES = eINSTANCE.getProject_Milestones();

		/**
		 * The meta object literal for the '<em><b>Kpis</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__KPIS = eINSTANCE.getProject_Kpis();

		/**
		 * The meta object literal for the '<em><b>Status Reports</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__STATUS_REPORTS = eINSTANCE.getProject_StatusReports();

		/**
		 * The meta object literal for the '<em><b>Documents</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROJECT__DOCUMENTS = eINSTANCE.getProject_Documents();

		/**
		 * The meta object literal for the '{@link org.atrium.core.model.pmo.impl.PersonImpl <em>Person</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.core.model.pmo.impl.PersonImpl
		 * @see org.atrium.core.model.pmo.impl.PmoPackageImpl#getPerson()
		 * @generated
		 */
		EClass PERSON = eINSTANCE.getPerson();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__NAME = eINSTANCE.getPerson_Name();

		/**
		 * The meta object literal for the '<em><b>Login</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__LOGIN = eINSTANCE.getPerson_Login();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__EMAIL = eINSTANCE.getPerson_Email();

		/**
		 * The meta object literal for the '<em><b>Department</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__DEPARTMENT = eINSTANCE.getPerson_Department();

		/**
		 * The meta object literal for the '<em><b>Hourly Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__HOURLY_RATE = eINSTANCE.getPerson_HourlyRate();

		/**
		 * The meta object literal for the '<em><b>Office Roles</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PERSON__OFFICE_ROLES = eINSTANCE.getPerson_OfficeRoles();

		/**
		 * The meta object literal for the '{@link org.atrium.core.model.pmo.impl.RoleAssignmentImpl <em>Role Assignment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.core.model.pmo.impl.RoleAssignmentImpl
		 * @see org.atrium.core.model.pmo.impl.PmoPackageImpl#getRoleAssignment()
		 * @generated
		 */
		EClass ROLE_ASSIGNMENT = eINSTANCE.getRoleAssignment();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ROLE_ASSIGNMENT__KIND = eINSTANCE.getRoleAssignment_Kind();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROLE_ASSIGNMENT__PERSON = eINSTANCE.getRoleAssignment_Person();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROLE_ASSIGNMENT__SCOPE = eINSTANCE.getRoleAssignment_Scope();

		/**
		 * The meta object literal for the '<em><b>Workstream</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ROLE_ASSIGNMENT__WORKSTREAM = eINSTANCE.getRoleAssignment_Workstream();

		/**
		 * The meta object literal for the '{@link org.atrium.core.model.pmo.impl.WorkstreamImpl <em>Workstream</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.core.model.pmo.impl.WorkstreamImpl
		 * @see org.atrium.core.model.pmo.impl.PmoPackageImpl#getWorkstream()
		 * @generated
		 */
		EClass WORKSTREAM = eINSTANCE.getWorkstream();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKSTREAM__NAME = eINSTANCE.getWorkstream_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKSTREAM__DESCRIPTION = eINSTANCE.getWorkstream_Description();

		/**
		 * The meta object literal for the '{@link org.atrium.core.model.pmo.impl.MilestoneImpl <em>Milestone</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.core.model.pmo.impl.MilestoneImpl
		 * @see org.atrium.core.model.pmo.impl.PmoPackageImpl#getMilestone()
		 * @generated
		 */
		EClass MILESTONE = eINSTANCE.getMilestone();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILESTONE__NAME = eINSTANCE.getMilestone_Name();

		/**
		 * The meta object literal for the '<em><b>Baseline Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILESTONE__BASELINE_DATE = eINSTANCE.getMilestone_BaselineDate();

		/**
		 * The meta object literal for the '<em><b>Planned Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILESTONE__PLANNED_DATE = eINSTANCE.getMilestone_PlannedDate();

		/**
		 * The meta object literal for the '<em><b>Actual Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILESTONE__ACTUAL_DATE = eINSTANCE.getMilestone_ActualDate();

		/**
		 * The meta object literal for the '<em><b>Gate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILESTONE__GATE = eINSTANCE.getMilestone_Gate();

		/**
		 * The meta object literal for the '<em><b>Gate Decision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MILESTONE__GATE_DECISION = eINSTANCE.getMilestone_GateDecision();

		/**
		 * The meta object literal for the '<em><b>Workstream</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MILESTONE__WORKSTREAM = eINSTANCE.getMilestone_Workstream();

		/**
		 * The meta object literal for the '{@link org.atrium.core.model.pmo.impl.KpiImpl <em>Kpi</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.core.model.pmo.impl.KpiImpl
		 * @see org.atrium.core.model.pmo.impl.PmoPackageImpl#getKpi()
		 * @generated
		 */
		EClass KPI = eINSTANCE.getKpi();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__NAME = eINSTANCE.getKpi_Name();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__UNIT = eINSTANCE.getKpi_Unit();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__DIRECTION = eINSTANCE.getKpi_Direction();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__TARGET = eINSTANCE.getKpi_Target();

		/**
		 * The meta object literal for the '<em><b>Amber Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__AMBER_THRESHOLD = eINSTANCE.getKpi_AmberThreshold();

		/**
		 * The meta object literal for the '<em><b>Red Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KPI__RED_THRESHOLD = eINSTANCE.getKpi_RedThreshold();

		/**
		 * The meta object literal for the '<em><b>Measurements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KPI__MEASUREMENTS = eINSTANCE.getKpi_Measurements();

		/**
		 * The meta object literal for the '{@link org.atrium.core.model.pmo.impl.MeasurementImpl <em>Measurement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.core.model.pmo.impl.MeasurementImpl
		 * @see org.atrium.core.model.pmo.impl.PmoPackageImpl#getMeasurement()
		 * @generated
		 */
		EClass MEASUREMENT = eINSTANCE.getMeasurement();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__DATE = eINSTANCE.getMeasurement_Date();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__VALUE = eINSTANCE.getMeasurement_Value();

		/**
		 * The meta object literal for the '<em><b>Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__COMMENT = eINSTANCE.getMeasurement_Comment();

		/**
		 * The meta object literal for the '{@link org.atrium.core.model.pmo.impl.StatusReportImpl <em>Status Report</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.core.model.pmo.impl.StatusReportImpl
		 * @see org.atrium.core.model.pmo.impl.PmoPackageImpl#getStatusReport()
		 * @generated
		 */
		EClass STATUS_REPORT = eINSTANCE.getStatusReport();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_REPORT__PERIOD = eINSTANCE.getStatusReport_Period();

		/**
		 * The meta object literal for the '<em><b>Period End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_REPORT__PERIOD_END = eINSTANCE.getStatusReport_PeriodEnd();

		/**
		 * The meta object literal for the '<em><b>Rag</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_REPORT__RAG = eINSTANCE.getStatusReport_Rag();

		/**
		 * The meta object literal for the '<em><b>Trend</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_REPORT__TREND = eINSTANCE.getStatusReport_Trend();

		/**
		 * The meta object literal for the '<em><b>Percent Complete</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_REPORT__PERCENT_COMPLETE = eINSTANCE.getStatusReport_PercentComplete();

		/**
		 * The meta object literal for the '<em><b>Budget Actual</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_REPORT__BUDGET_ACTUAL = eINSTANCE.getStatusReport_BudgetActual();

		/**
		 * The meta object literal for the '<em><b>Budget Forecast</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_REPORT__BUDGET_FORECAST = eINSTANCE.getStatusReport_BudgetForecast();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_REPORT__SUMMARY = eINSTANCE.getStatusReport_Summary();

		/**
		 * The meta object literal for the '<em><b>Accomplishments</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_REPORT__ACCOMPLISHMENTS = eINSTANCE.getStatusReport_Accomplishments();

		/**
		 * The meta object literal for the '<em><b>Next Steps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_REPORT__NEXT_STEPS = eINSTANCE.getStatusReport_NextSteps();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STATUS_REPORT__AUTHOR = eINSTANCE.getStatusReport_Author();

		/**
		 * The meta object literal for the '{@link org.atrium.core.model.pmo.impl.TimeEntryImpl <em>Time Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.core.model.pmo.impl.TimeEntryImpl
		 * @see org.atrium.core.model.pmo.impl.PmoPackageImpl#getTimeEntry()
		 * @generated
		 */
		EClass TIME_ENTRY = eINSTANCE.getTimeEntry();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TIME_ENTRY__PERSON = eINSTANCE.getTimeEntry_Person();

		/**
		 * The meta object literal for the '<em><b>Project</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TIME_ENTRY__PROJECT = eINSTANCE.getTimeEntry_Project();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIME_ENTRY__DATE = eINSTANCE.getTimeEntry_Date();

		/**
		 * The meta object literal for the '<em><b>Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIME_ENTRY__HOURS = eINSTANCE.getTimeEntry_Hours();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TIME_ENTRY__DESCRIPTION = eINSTANCE.getTimeEntry_Description();

		/**
		 * The meta object literal for the '{@link org.atrium.core.model.pmo.impl.AllocationImpl <em>Allocation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.core.model.pmo.impl.AllocationImpl
		 * @see org.atrium.core.model.pmo.impl.PmoPackageImpl#getAllocation()
		 * @generated
		 */
		EClass ALLOCATION = eINSTANCE.getAllocation();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ALLOCATION__PERSON = eINSTANCE.getAllocation_Person();

		/**
		 * The meta object literal for the '<em><b>Project</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ALLOCATION__PROJECT = eINSTANCE.getAllocation_Project();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOCATION__START = eINSTANCE.getAllocation_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOCATION__END = eINSTANCE.getAllocation_End();

		/**
		 * The meta object literal for the '<em><b>Percentage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ALLOCATION__PERCENTAGE = eINSTANCE.getAllocation_Percentage();

		/**
		 * The meta object literal for the '{@link org.atrium.core.model.pmo.impl.DocumentRefImpl <em>Document Ref</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.core.model.pmo.impl.DocumentRefImpl
		 * @see org.atrium.core.model.pmo.impl.PmoPackageImpl#getDocumentRef()
		 * @generated
		 */
		EClass DOCUMENT_REF = eINSTANCE.getDocumentRef();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_REF__TITLE = eINSTANCE.getDocumentRef_Title();

		/**
		 * The meta object literal for the '<em><b>Uri</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_REF__URI = eINSTANCE.getDocumentRef_Uri();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_REF__KIND = eINSTANCE.getDocumentRef_Kind();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOCUMENT_REF__TAGS = eINSTANCE.getDocumentRef_Tags();

		/**
		 * The meta object literal for the '{@link org.atrium.core.model.pmo.LifecyclePhase <em>Lifecycle Phase</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.core.model.pmo.LifecyclePhase
		 * @see org.atrium.core.model.pmo.impl.PmoPackageImpl#getLifecyclePhase()
		 * @generated
		 */
		EEnum LIFECYCLE_PHASE = eINSTANCE.getLifecyclePhase();

		/**
		 * The meta object literal for the '{@link org.atrium.core.model.pmo.RagStatus <em>Rag Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.core.model.pmo.RagStatus
		 * @see org.atrium.core.model.pmo.impl.PmoPackageImpl#getRagStatus()
		 * @generated
		 */
		EEnum RAG_STATUS = eINSTANCE.getRagStatus();

		/**
		 * The meta object literal for the '{@link org.atrium.core.model.pmo.Trend <em>Trend</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.core.model.pmo.Trend
		 * @see org.atrium.core.model.pmo.impl.PmoPackageImpl#getTrend()
		 * @generated
		 */
		EEnum TREND = eINSTANCE.getTrend();

		/**
		 * The meta object literal for the '{@link org.atrium.core.model.pmo.RoleKind <em>Role Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.core.model.pmo.RoleKind
		 * @see org.atrium.core.model.pmo.impl.PmoPackageImpl#getRoleKind()
		 * @generated
		 */
		EEnum ROLE_KIND = eINSTANCE.getRoleKind();

		/**
		 * The meta object literal for the '{@link org.atrium.core.model.pmo.GateDecision <em>Gate Decision</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.core.model.pmo.GateDecision
		 * @see org.atrium.core.model.pmo.impl.PmoPackageImpl#getGateDecision()
		 * @generated
		 */
		EEnum GATE_DECISION = eINSTANCE.getGateDecision();

		/**
		 * The meta object literal for the '{@link org.atrium.core.model.pmo.KpiDirection <em>Kpi Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.core.model.pmo.KpiDirection
		 * @see org.atrium.core.model.pmo.impl.PmoPackageImpl#getKpiDirection()
		 * @generated
		 */
		EEnum KPI_DIRECTION = eINSTANCE.getKpiDirection();

		/**
		 * The meta object literal for the '{@link org.atrium.core.model.pmo.ReportPeriod <em>Report Period</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.core.model.pmo.ReportPeriod
		 * @see org.atrium.core.model.pmo.impl.PmoPackageImpl#getReportPeriod()
		 * @generated
		 */
		EEnum REPORT_PERIOD = eINSTANCE.getReportPeriod();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.atrium.core.model.pmo.impl.PmoPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

		/**
		 * The meta object literal for the '<em>Instant</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.Instant
		 * @see org.atrium.core.model.pmo.impl.PmoPackageImpl#getInstant()
		 * @generated
		 */
		EDataType INSTANT = eINSTANCE.getInstant();

	}

} //PmoPackage
