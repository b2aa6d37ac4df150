/**
 */
package org.atrium.risks.model.risks;

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
 * @see org.atrium.risks.model.risks.RisksFactory
 * @model kind="package"
 *        annotation="http://atrium.org/store schemaVersion='1'"
 * @generated
 */
public interface RisksPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "risks";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://atrium.org/risks/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "risks";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	RisksPackage eINSTANCE = org.atrium.risks.model.risks.impl.RisksPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.atrium.risks.model.risks.impl.RiskImpl <em>Risk</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.risks.model.risks.impl.RiskImpl
	 * @see org.atrium.risks.model.risks.impl.RisksPackageImpl#getRisk()
	 * @generated
	 */
	int RISK = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__ID = PmoPackage.ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__CREATED = PmoPackage.ENTITY__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__MODIFIED = PmoPackage.ENTITY__MODIFIED;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__VERSION = PmoPackage.ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__TITLE = PmoPackage.ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__DESCRIPTION = PmoPackage.ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__CATEGORY = PmoPackage.ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Cause</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__CAUSE = PmoPackage.ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Effect</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__EFFECT = PmoPackage.ENTITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__PROBABILITY = PmoPackage.ENTITY_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Impact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__IMPACT = PmoPackage.ENTITY_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Residual Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__RESIDUAL_PROBABILITY = PmoPackage.ENTITY_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Residual Impact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__RESIDUAL_IMPACT = PmoPackage.ENTITY_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Proximity Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__PROXIMITY_DATE = PmoPackage.ENTITY_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__STATUS = PmoPackage.ENTITY_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__OWNER = PmoPackage.ENTITY_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Strategy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__STRATEGY = PmoPackage.ENTITY_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Triggers</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__TRIGGERS = PmoPackage.ENTITY_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Project</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__PROJECT = PmoPackage.ENTITY_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Actions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK__ACTIONS = PmoPackage.ENTITY_FEATURE_COUNT + 15;

	/**
	 * The number of structural features of the '<em>Risk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_FEATURE_COUNT = PmoPackage.ENTITY_FEATURE_COUNT + 16;

	/**
	 * The number of operations of the '<em>Risk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RISK_OPERATION_COUNT = PmoPackage.ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.atrium.risks.model.risks.impl.MitigationActionImpl <em>Mitigation Action</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.risks.model.risks.impl.MitigationActionImpl
	 * @see org.atrium.risks.model.risks.impl.RisksPackageImpl#getMitigationAction()
	 * @generated
	 */
	int MITIGATION_ACTION = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MITIGATION_ACTION__ID = PmoPackage.ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MITIGATION_ACTION__CREATED = PmoPackage.ENTITY__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MITIGATION_ACTION__MODIFIED = PmoPackage.ENTITY__MODIFIED;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MITIGATION_ACTION__VERSION = PmoPackage.ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MITIGATION_ACTION__TITLE = PmoPackage.ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MITIGATION_ACTION__OWNER = PmoPackage.ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MITIGATION_ACTION__DUE_DATE = PmoPackage.ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MITIGATION_ACTION__STATUS = PmoPackage.ENTITY_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Mitigation Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MITIGATION_ACTION_FEATURE_COUNT = PmoPackage.ENTITY_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Mitigation Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MITIGATION_ACTION_OPERATION_COUNT = PmoPackage.ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.atrium.risks.model.risks.impl.RaidItemImpl <em>Raid Item</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.risks.model.risks.impl.RaidItemImpl
	 * @see org.atrium.risks.model.risks.impl.RisksPackageImpl#getRaidItem()
	 * @generated
	 */
	int RAID_ITEM = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAID_ITEM__ID = PmoPackage.ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAID_ITEM__CREATED = PmoPackage.ENTITY__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAID_ITEM__MODIFIED = PmoPackage.ENTITY__MODIFIED;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAID_ITEM__VERSION = PmoPackage.ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAID_ITEM__TITLE = PmoPackage.ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAID_ITEM__DESCRIPTION = PmoPackage.ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Project</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAID_ITEM__PROJECT = PmoPackage.ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAID_ITEM__OWNER = PmoPackage.ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Raised</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAID_ITEM__RAISED = PmoPackage.ENTITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAID_ITEM__DUE_DATE = PmoPackage.ENTITY_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Raid Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAID_ITEM_FEATURE_COUNT = PmoPackage.ENTITY_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Raid Item</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RAID_ITEM_OPERATION_COUNT = PmoPackage.ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.atrium.risks.model.risks.impl.AssumptionImpl <em>Assumption</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.risks.model.risks.impl.AssumptionImpl
	 * @see org.atrium.risks.model.risks.impl.RisksPackageImpl#getAssumption()
	 * @generated
	 */
	int ASSUMPTION = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTION__ID = RAID_ITEM__ID;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTION__CREATED = RAID_ITEM__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTION__MODIFIED = RAID_ITEM__MODIFIED;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTION__VERSION = RAID_ITEM__VERSION;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTION__TITLE = RAID_ITEM__TITLE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTION__DESCRIPTION = RAID_ITEM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Project</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTION__PROJECT = RAID_ITEM__PROJECT;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTION__OWNER = RAID_ITEM__OWNER;

	/**
	 * The feature id for the '<em><b>Raised</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTION__RAISED = RAID_ITEM__RAISED;

	/**
	 * The feature id for the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTION__DUE_DATE = RAID_ITEM__DUE_DATE;

	/**
	 * The feature id for the '<em><b>Validated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTION__VALIDATED = RAID_ITEM_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Assumption</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTION_FEATURE_COUNT = RAID_ITEM_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Assumption</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSUMPTION_OPERATION_COUNT = RAID_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.atrium.risks.model.risks.impl.IssueImpl <em>Issue</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.risks.model.risks.impl.IssueImpl
	 * @see org.atrium.risks.model.risks.impl.RisksPackageImpl#getIssue()
	 * @generated
	 */
	int ISSUE = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE__ID = RAID_ITEM__ID;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE__CREATED = RAID_ITEM__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE__MODIFIED = RAID_ITEM__MODIFIED;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE__VERSION = RAID_ITEM__VERSION;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE__TITLE = RAID_ITEM__TITLE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE__DESCRIPTION = RAID_ITEM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Project</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE__PROJECT = RAID_ITEM__PROJECT;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE__OWNER = RAID_ITEM__OWNER;

	/**
	 * The feature id for the '<em><b>Raised</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE__RAISED = RAID_ITEM__RAISED;

	/**
	 * The feature id for the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE__DUE_DATE = RAID_ITEM__DUE_DATE;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE__PRIORITY = RAID_ITEM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE__STATUS = RAID_ITEM_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Source Risk</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE__SOURCE_RISK = RAID_ITEM_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Issue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE_FEATURE_COUNT = RAID_ITEM_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Issue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ISSUE_OPERATION_COUNT = RAID_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.atrium.risks.model.risks.impl.DependencyImpl <em>Dependency</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.risks.model.risks.impl.DependencyImpl
	 * @see org.atrium.risks.model.risks.impl.RisksPackageImpl#getDependency()
	 * @generated
	 */
	int DEPENDENCY = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPENDENCY__ID = RAID_ITEM__ID;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPENDENCY__CREATED = RAID_ITEM__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPENDENCY__MODIFIED = RAID_ITEM__MODIFIED;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPENDENCY__VERSION = RAID_ITEM__VERSION;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPENDENCY__TITLE = RAID_ITEM__TITLE;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPENDENCY__DESCRIPTION = RAID_ITEM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Project</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPENDENCY__PROJECT = RAID_ITEM__PROJECT;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPENDENCY__OWNER = RAID_ITEM__OWNER;

	/**
	 * The feature id for the '<em><b>Raised</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPENDENCY__RAISED = RAID_ITEM__RAISED;

	/**
	 * The feature id for the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPENDENCY__DUE_DATE = RAID_ITEM__DUE_DATE;

	/**
	 * The feature id for the '<em><b>Depends On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPENDENCY__DEPENDS_ON = RAID_ITEM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPENDENCY__STATUS = RAID_ITEM_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Dependency</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPENDENCY_FEATURE_COUNT = RAID_ITEM_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Dependency</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPENDENCY_OPERATION_COUNT = RAID_ITEM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.atrium.risks.model.risks.RiskStatus <em>Risk Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.risks.model.risks.RiskStatus
	 * @see org.atrium.risks.model.risks.impl.RisksPackageImpl#getRiskStatus()
	 * @generated
	 */
	int RISK_STATUS = 6;

	/**
	 * The meta object id for the '{@link org.atrium.risks.model.risks.ResponseStrategy <em>Response Strategy</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.risks.model.risks.ResponseStrategy
	 * @see org.atrium.risks.model.risks.impl.RisksPackageImpl#getResponseStrategy()
	 * @generated
	 */
	int RESPONSE_STRATEGY = 7;

	/**
	 * The meta object id for the '{@link org.atrium.risks.model.risks.ActionStatus <em>Action Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.risks.model.risks.ActionStatus
	 * @see org.atrium.risks.model.risks.impl.RisksPackageImpl#getActionStatus()
	 * @generated
	 */
	int ACTION_STATUS = 8;

	/**
	 * The meta object id for the '{@link org.atrium.risks.model.risks.IssuePriority <em>Issue Priority</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.risks.model.risks.IssuePriority
	 * @see org.atrium.risks.model.risks.impl.RisksPackageImpl#getIssuePriority()
	 * @generated
	 */
	int ISSUE_PRIORITY = 9;

	/**
	 * The meta object id for the '{@link org.atrium.risks.model.risks.IssueStatus <em>Issue Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.risks.model.risks.IssueStatus
	 * @see org.atrium.risks.model.risks.impl.RisksPackageImpl#getIssueStatus()
	 * @generated
	 */
	int ISSUE_STATUS = 10;

	/**
	 * The meta object id for the '{@link org.atrium.risks.model.risks.DependencyStatus <em>Dependency Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.risks.model.risks.DependencyStatus
	 * @see org.atrium.risks.model.risks.impl.RisksPackageImpl#getDependencyStatus()
	 * @generated
	 */
	int DEPENDENCY_STATUS = 11;


	/**
	 * Returns the meta object for class '{@link org.atrium.risks.model.risks.Risk <em>Risk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Risk</em>'.
	 * @see org.atrium.risks.model.risks.Risk
	 * @generated
	 */
	EClass getRisk();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.risks.model.risks.Risk#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.atrium.risks.model.risks.Risk#getTitle()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.risks.model.risks.Risk#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.atrium.risks.model.risks.Risk#getDescription()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.risks.model.risks.Risk#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.atrium.risks.model.risks.Risk#getCategory()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.risks.model.risks.Risk#getCause <em>Cause</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cause</em>'.
	 * @see org.atrium.risks.model.risks.Risk#getCause()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_Cause();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.risks.model.risks.Risk#getEffect <em>Effect</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Effect</em>'.
	 * @see org.atrium.risks.model.risks.Risk#getEffect()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_Effect();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.risks.model.risks.Risk#getProbability <em>Probability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Probability</em>'.
	 * @see org.atrium.risks.model.risks.Risk#getProbability()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_Probability();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.risks.model.risks.Risk#getImpact <em>Impact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Impact</em>'.
	 * @see org.atrium.risks.model.risks.Risk#getImpact()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_Impact();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.risks.model.risks.Risk#getResidualProbability <em>Residual Probability</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Residual Probability</em>'.
	 * @see org.atrium.risks.model.risks.Risk#getResidualProbability()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_ResidualProbability();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.risks.model.risks.Risk#getResidualImpact <em>Residual Impact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Residual Impact</em>'.
	 * @see org.atrium.risks.model.risks.Risk#getResidualImpact()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_ResidualImpact();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.risks.model.risks.Risk#getProximityDate <em>Proximity Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Proximity Date</em>'.
	 * @see org.atrium.risks.model.risks.Risk#getProximityDate()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_ProximityDate();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.risks.model.risks.Risk#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.atrium.risks.model.risks.Risk#getStatus()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_Status();

	/**
	 * Returns the meta object for the reference '{@link org.atrium.risks.model.risks.Risk#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.atrium.risks.model.risks.Risk#getOwner()
	 * @see #getRisk()
	 * @generated
	 */
	EReference getRisk_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.risks.model.risks.Risk#getStrategy <em>Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Strategy</em>'.
	 * @see org.atrium.risks.model.risks.Risk#getStrategy()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_Strategy();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.risks.model.risks.Risk#getTriggers <em>Triggers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Triggers</em>'.
	 * @see org.atrium.risks.model.risks.Risk#getTriggers()
	 * @see #getRisk()
	 * @generated
	 */
	EAttribute getRisk_Triggers();

	/**
	 * Returns the meta object for the reference '{@link org.atrium.risks.model.risks.Risk#getProject <em>Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Project</em>'.
	 * @see org.atrium.risks.model.risks.Risk#getProject()
	 * @see #getRisk()
	 * @generated
	 */
	EReference getRisk_Project();

	/**
	 * Returns the meta object for the containment reference list '{@link org.atrium.risks.model.risks.Risk#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Actions</em>'.
	 * @see org.atrium.risks.model.risks.Risk#getActions()
	 * @see #getRisk()
	 * @generated
	 */
	EReference getRisk_Actions();

	/**
	 * Returns the meta object for class '{@link org.atrium.risks.model.risks.MitigationAction <em>Mitigation Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mitigation Action</em>'.
	 * @see org.atrium.risks.model.risks.MitigationAction
	 * @generated
	 */
	EClass getMitigationAction();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.risks.model.risks.MitigationAction#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.atrium.risks.model.risks.MitigationAction#getTitle()
	 * @see #getMitigationAction()
	 * @generated
	 */
	EAttribute getMitigationAction_Title();

	/**
	 * Returns the meta object for the reference '{@link org.atrium.risks.model.risks.MitigationAction#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.atrium.risks.model.risks.MitigationAction#getOwner()
	 * @see #getMitigationAction()
	 * @generated
	 */
	EReference getMitigationAction_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.risks.model.risks.MitigationAction#getDueDate <em>Due Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due Date</em>'.
	 * @see org.atrium.risks.model.risks.MitigationAction#getDueDate()
	 * @see #getMitigationAction()
	 * @generated
	 */
	EAttribute getMitigationAction_DueDate();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.risks.model.risks.MitigationAction#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.atrium.risks.model.risks.MitigationAction#getStatus()
	 * @see #getMitigationAction()
	 * @generated
	 */
	EAttribute getMitigationAction_Status();

	/**
	 * Returns the meta object for class '{@link org.atrium.risks.model.risks.RaidItem <em>Raid Item</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Raid Item</em>'.
	 * @see org.atrium.risks.model.risks.RaidItem
	 * @generated
	 */
	EClass getRaidItem();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.risks.model.risks.RaidItem#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.atrium.risks.model.risks.RaidItem#getTitle()
	 * @see #getRaidItem()
	 * @generated
	 */
	EAttribute getRaidItem_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.risks.model.risks.RaidItem#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.atrium.risks.model.risks.RaidItem#getDescription()
	 * @see #getRaidItem()
	 * @generated
	 */
	EAttribute getRaidItem_Description();

	/**
	 * Returns the meta object for the reference '{@link org.atrium.risks.model.risks.RaidItem#getProject <em>Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Project</em>'.
	 * @see org.atrium.risks.model.risks.RaidItem#getProject()
	 * @see #getRaidItem()
	 * @generated
	 */
	EReference getRaidItem_Project();

	/**
	 * Returns the meta object for the reference '{@link org.atrium.risks.model.risks.RaidItem#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Owner</em>'.
	 * @see org.atrium.risks.model.risks.RaidItem#getOwner()
	 * @see #getRaidItem()
	 * @generated
	 */
	EReference getRaidItem_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.risks.model.risks.RaidItem#getRaised <em>Raised</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Raised</em>'.
	 * @see org.atrium.risks.model.risks.RaidItem#getRaised()
	 * @see #getRaidItem()
	 * @generated
	 */
	EAttribute getRaidItem_Raised();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.risks.model.risks.RaidItem#getDueDate <em>Due Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due Date</em>'.
	 * @see org.atrium.risks.model.risks.RaidItem#getDueDate()
	 * @see #getRaidItem()
	 * @generated
	 */
	EAttribute getRaidItem_DueDate();

	/**
	 * Returns the meta object for class '{@link org.atrium.risks.model.risks.Assumption <em>Assumption</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assumption</em>'.
	 * @see org.atrium.risks.model.risks.Assumption
	 * @generated
	 */
	EClass getAssumption();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.risks.model.risks.Assumption#isValidated <em>Validated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Validated</em>'.
	 * @see org.atrium.risks.model.risks.Assumption#isValidated()
	 * @see #getAssumption()
	 * @generated
	 */
	EAttribute getAssumption_Validated();

	/**
	 * Returns the meta object for class '{@link org.atrium.risks.model.risks.Issue <em>Issue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Issue</em>'.
	 * @see org.atrium.risks.model.risks.Issue
	 * @generated
	 */
	EClass getIssue();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.risks.model.risks.Issue#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see org.atrium.risks.model.risks.Issue#getPriority()
	 * @see #getIssue()
	 * @generated
	 */
	EAttribute getIssue_Priority();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.risks.model.risks.Issue#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.atrium.risks.model.risks.Issue#getStatus()
	 * @see #getIssue()
	 * @generated
	 */
	EAttribute getIssue_Status();

	/**
	 * Returns the meta object for the reference '{@link org.atrium.risks.model.risks.Issue#getSourceRisk <em>Source Risk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source Risk</em>'.
	 * @see org.atrium.risks.model.risks.Issue#getSourceRisk()
	 * @see #getIssue()
	 * @generated
	 */
	EReference getIssue_SourceRisk();

	/**
	 * Returns the meta object for class '{@link org.atrium.risks.model.risks.Dependency <em>Dependency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dependency</em>'.
	 * @see org.atrium.risks.model.risks.Dependency
	 * @generated
	 */
	EClass getDependency();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.risks.model.risks.Dependency#getDependsOn <em>Depends On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Depends On</em>'.
	 * @see org.atrium.risks.model.risks.Dependency#getDependsOn()
	 * @see #getDependency()
	 * @generated
	 */
	EAttribute getDependency_DependsOn();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.risks.model.risks.Dependency#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.atrium.risks.model.risks.Dependency#getStatus()
	 * @see #getDependency()
	 * @generated
	 */
	EAttribute getDependency_Status();

	/**
	 * Returns the meta object for enum '{@link org.atrium.risks.model.risks.RiskStatus <em>Risk Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Risk Status</em>'.
	 * @see org.atrium.risks.model.risks.RiskStatus
	 * @generated
	 */
	EEnum getRiskStatus();

	/**
	 * Returns the meta object for enum '{@link org.atrium.risks.model.risks.ResponseStrategy <em>Response Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Response Strategy</em>'.
	 * @see org.atrium.risks.model.risks.ResponseStrategy
	 * @generated
	 */
	EEnum getResponseStrategy();

	/**
	 * Returns the meta object for enum '{@link org.atrium.risks.model.risks.ActionStatus <em>Action Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Action Status</em>'.
	 * @see org.atrium.risks.model.risks.ActionStatus
	 * @generated
	 */
	EEnum getActionStatus();

	/**
	 * Returns the meta object for enum '{@link org.atrium.risks.model.risks.IssuePriority <em>Issue Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Issue Priority</em>'.
	 * @see org.atrium.risks.model.risks.IssuePriority
	 * @generated
	 */
	EEnum getIssuePriority();

	/**
	 * Returns the meta object for enum '{@link org.atrium.risks.model.risks.IssueStatus <em>Issue Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Issue Status</em>'.
	 * @see org.atrium.risks.model.risks.IssueStatus
	 * @generated
	 */
	EEnum getIssueStatus();

	/**
	 * Returns the meta object for enum '{@link org.atrium.risks.model.risks.DependencyStatus <em>Dependency Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Dependency Status</em>'.
	 * @see org.atrium.risks.model.risks.DependencyStatus
	 * @generated
	 */
	EEnum getDependencyStatus();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	RisksFactory getRisksFactory();

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
		 * The meta object literal for the '{@link org.atrium.risks.model.risks.impl.RiskImpl <em>Risk</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.risks.model.risks.impl.RiskImpl
		 * @see org.atrium.risks.model.risks.impl.RisksPackageImpl#getRisk()
		 * @generated
		 */
		EClass RISK = eINSTANCE.getRisk();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__TITLE = eINSTANCE.getRisk_Title();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__DESCRIPTION = eINSTANCE.getRisk_Description();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__CATEGORY = eINSTANCE.getRisk_Category();

		/**
		 * The meta object literal for the '<em><b>Cause</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__CAUSE = eINSTANCE.getRisk_Cause();

		/**
		 * The meta object literal for the '<em><b>Effect</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__EFFECT = eINSTANCE.getRisk_Effect();

		/**
		 * The meta object literal for the '<em><b>Probability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__PROBABILITY = eINSTANCE.getRisk_Probability();

		/**
		 * The meta object literal for the '<em><b>Impact</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__IMPACT = eINSTANCE.getRisk_Impact();

		/**
		 * The meta object literal for the '<em><b>Residual Probability</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__RESIDUAL_PROBABILITY = eINSTANCE.getRisk_ResidualProbability();

		/**
		 * The meta object literal for the '<em><b>Residual Impact</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__RESIDUAL_IMPACT = eINSTANCE.getRisk_ResidualImpact();

		/**
		 * The meta object literal for the '<em><b>Proximity Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__PROXIMITY_DATE = eINSTANCE.getRisk_ProximityDate();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__STATUS = eINSTANCE.getRisk_Status();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RISK__OWNER = eINSTANCE.getRisk_Owner();

		/**
		 * The meta object literal for the '<em><b>Strategy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__STRATEGY = eINSTANCE.getRisk_Strategy();

		/**
		 * The meta object literal for the '<em><b>Triggers</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RISK__TRIGGERS = eINSTANCE.getRisk_Triggers();

		/**
		 * The meta object literal for the '<em><b>Project</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RISK__PROJECT = eINSTANCE.getRisk_Project();

		/**
		 * The meta object literal for the '<em><b>Actions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RISK__ACTIONS = eINSTANCE.getRisk_Actions();

		/**
		 * The meta object literal for the '{@link org.atrium.risks.model.risks.impl.MitigationActionImpl <em>Mitigation Action</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.risks.model.risks.impl.MitigationActionImpl
		 * @see org.atrium.risks.model.risks.impl.RisksPackageImpl#getMitigationAction()
		 * @generated
		 */
		EClass MITIGATION_ACTION = eINSTANCE.getMitigationAction();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MITIGATION_ACTION__TITLE = eINSTANCE.getMitigationAction_Title();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MITIGATION_ACTION__OWNER = eINSTANCE.getMitigationAction_Owner();

		/**
		 * The meta object literal for the '<em><b>Due Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MITIGATION_ACTION__DUE_DATE = eINSTANCE.getMitigationAction_DueDate();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MITIGATION_ACTION__STATUS = eINSTANCE.getMitigationAction_Status();

		/**
		 * The meta object literal for the '{@link org.atrium.risks.model.risks.impl.RaidItemImpl <em>Raid Item</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.risks.model.risks.impl.RaidItemImpl
		 * @see org.atrium.risks.model.risks.impl.RisksPackageImpl#getRaidItem()
		 * @generated
		 */
		EClass RAID_ITEM = eINSTANCE.getRaidItem();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RAID_ITEM__TITLE = eINSTANCE.getRaidItem_Title();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RAID_ITEM__DESCRIPTION = eINSTANCE.getRaidItem_Description();

		/**
		 * The meta object literal for the '<em><b>Project</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RAID_ITEM__PROJECT = eINSTANCE.getRaidItem_Project();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RAID_ITEM__OWNER = eINSTANCE.getRaidItem_Owner();

		/**
		 * The meta object literal for the '<em><b>Raised</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RAID_ITEM__RAISED = eINSTANCE.getRaidItem_Raised();

		/**
		 * The meta object literal for the '<em><b>Due Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RAID_ITEM__DUE_DATE = eINSTANCE.getRaidItem_DueDate();

		/**
		 * The meta object literal for the '{@link org.atrium.risks.model.risks.impl.AssumptionImpl <em>Assumption</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.risks.model.risks.impl.AssumptionImpl
		 * @see org.atrium.risks.model.risks.impl.RisksPackageImpl#getAssumption()
		 * @generated
		 */
		EClass ASSUMPTION = eINSTANCE.getAssumption();

		/**
		 * The meta object literal for the '<em><b>Validated</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSUMPTION__VALIDATED = eINSTANCE.getAssumption_Validated();

		/**
		 * The meta object literal for the '{@link org.atrium.risks.model.risks.impl.IssueImpl <em>Issue</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.risks.model.risks.impl.IssueImpl
		 * @see org.atrium.risks.model.risks.impl.RisksPackageImpl#getIssue()
		 * @generated
		 */
		EClass ISSUE = eINSTANCE.getIssue();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ISSUE__PRIORITY = eINSTANCE.getIssue_Priority();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ISSUE__STATUS = eINSTANCE.getIssue_Status();

		/**
		 * The meta object literal for the '<em><b>Source Risk</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ISSUE__SOURCE_RISK = eINSTANCE.getIssue_SourceRisk();

		/**
		 * The meta object literal for the '{@link org.atrium.risks.model.risks.impl.DependencyImpl <em>Dependency</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.risks.model.risks.impl.DependencyImpl
		 * @see org.atrium.risks.model.risks.impl.RisksPackageImpl#getDependency()
		 * @generated
		 */
		EClass DEPENDENCY = eINSTANCE.getDependency();

		/**
		 * The meta object literal for the '<em><b>Depends On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPENDENCY__DEPENDS_ON = eINSTANCE.getDependency_DependsOn();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPENDENCY__STATUS = eINSTANCE.getDependency_Status();

		/**
		 * The meta object literal for the '{@link org.atrium.risks.model.risks.RiskStatus <em>Risk Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.risks.model.risks.RiskStatus
		 * @see org.atrium.risks.model.risks.impl.RisksPackageImpl#getRiskStatus()
		 * @generated
		 */
		EEnum RISK_STATUS = eINSTANCE.getRiskStatus();

		/**
		 * The meta object literal for the '{@link org.atrium.risks.model.risks.ResponseStrategy <em>Response Strategy</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.risks.model.risks.ResponseStrategy
		 * @see org.atrium.risks.model.risks.impl.RisksPackageImpl#getResponseStrategy()
		 * @generated
		 */
		EEnum RESPONSE_STRATEGY = eINSTANCE.getResponseStrategy();

		/**
		 * The meta object literal for the '{@link org.atrium.risks.model.risks.ActionStatus <em>Action Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.risks.model.risks.ActionStatus
		 * @see org.atrium.risks.model.risks.impl.RisksPackageImpl#getActionStatus()
		 * @generated
		 */
		EEnum ACTION_STATUS = eINSTANCE.getActionStatus();

		/**
		 * The meta object literal for the '{@link org.atrium.risks.model.risks.IssuePriority <em>Issue Priority</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.risks.model.risks.IssuePriority
		 * @see org.atrium.risks.model.risks.impl.RisksPackageImpl#getIssuePriority()
		 * @generated
		 */
		EEnum ISSUE_PRIORITY = eINSTANCE.getIssuePriority();

		/**
		 * The meta object literal for the '{@link org.atrium.risks.model.risks.IssueStatus <em>Issue Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.risks.model.risks.IssueStatus
		 * @see org.atrium.risks.model.risks.impl.RisksPackageImpl#getIssueStatus()
		 * @generated
		 */
		EEnum ISSUE_STATUS = eINSTANCE.getIssueStatus();

		/**
		 * The meta object literal for the '{@link org.atrium.risks.model.risks.DependencyStatus <em>Dependency Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.risks.model.risks.DependencyStatus
		 * @see org.atrium.risks.model.risks.impl.RisksPackageImpl#getDependencyStatus()
		 * @generated
		 */
		EEnum DEPENDENCY_STATUS = eINSTANCE.getDependencyStatus();

	}

} //RisksPackage
