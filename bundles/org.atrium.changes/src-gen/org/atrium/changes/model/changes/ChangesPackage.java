/**
 */
package org.atrium.changes.model.changes;

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
 * @see org.atrium.changes.model.changes.ChangesFactory
 * @model kind="package"
 *        annotation="http://atrium.org/store schemaVersion='1'"
 * @generated
 */
public interface ChangesPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "changes";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://atrium.org/changes/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "changes";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ChangesPackage eINSTANCE = org.atrium.changes.model.changes.impl.ChangesPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.atrium.changes.model.changes.impl.ChangeRequestImpl <em>Change Request</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.changes.model.changes.impl.ChangeRequestImpl
	 * @see org.atrium.changes.model.changes.impl.ChangesPackageImpl#getChangeRequest()
	 * @generated
	 */
	int CHANGE_REQUEST = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_REQUEST__ID = PmoPackage.ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_REQUEST__CREATED = PmoPackage.ENTITY__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_REQUEST__MODIFIED = PmoPackage.ENTITY__MODIFIED;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_REQUEST__VERSION = PmoPackage.ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_REQUEST__CODE = PmoPackage.ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_REQUEST__TITLE = PmoPackage.ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_REQUEST__DESCRIPTION = PmoPackage.ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Justification</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_REQUEST__JUSTIFICATION = PmoPackage.ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Project</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_REQUEST__PROJECT = PmoPackage.ENTITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Requested By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_REQUEST__REQUESTED_BY = PmoPackage.ENTITY_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Requested</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_REQUEST__REQUESTED = PmoPackage.ENTITY_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_REQUEST__CATEGORY = PmoPackage.ENTITY_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_REQUEST__PRIORITY = PmoPackage.ENTITY_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_REQUEST__STATUS = PmoPackage.ENTITY_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Status Since</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_REQUEST__STATUS_SINCE = PmoPackage.ENTITY_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Schedule Impact Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_REQUEST__SCHEDULE_IMPACT_DAYS = PmoPackage.ENTITY_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Affected Milestones</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_REQUEST__AFFECTED_MILESTONES = PmoPackage.ENTITY_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Cost Delta</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_REQUEST__COST_DELTA = PmoPackage.ENTITY_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Effort Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_REQUEST__EFFORT_DAYS = PmoPackage.ENTITY_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Scope Impact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_REQUEST__SCOPE_IMPACT = PmoPackage.ENTITY_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Affected Workstreams</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_REQUEST__AFFECTED_WORKSTREAMS = PmoPackage.ENTITY_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Risk Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_REQUEST__RISK_NOTES = PmoPackage.ENTITY_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Risk Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_REQUEST__RISK_REF = PmoPackage.ENTITY_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Decided On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_REQUEST__DECIDED_ON = PmoPackage.ENTITY_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Votes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_REQUEST__VOTES = PmoPackage.ENTITY_FEATURE_COUNT + 20;

	/**
	 * The number of structural features of the '<em>Change Request</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_REQUEST_FEATURE_COUNT = PmoPackage.ENTITY_FEATURE_COUNT + 21;

	/**
	 * The number of operations of the '<em>Change Request</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHANGE_REQUEST_OPERATION_COUNT = PmoPackage.ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.atrium.changes.model.changes.impl.VoteImpl <em>Vote</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.changes.model.changes.impl.VoteImpl
	 * @see org.atrium.changes.model.changes.impl.ChangesPackageImpl#getVote()
	 * @generated
	 */
	int VOTE = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOTE__ID = PmoPackage.ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOTE__CREATED = PmoPackage.ENTITY__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOTE__MODIFIED = PmoPackage.ENTITY__MODIFIED;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOTE__VERSION = PmoPackage.ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOTE__PERSON = PmoPackage.ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Choice</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOTE__CHOICE = PmoPackage.ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOTE__COMMENT = PmoPackage.ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Cast</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOTE__CAST = PmoPackage.ENTITY_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Vote</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOTE_FEATURE_COUNT = PmoPackage.ENTITY_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Vote</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VOTE_OPERATION_COUNT = PmoPackage.ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.atrium.changes.model.changes.impl.ApprovalPolicyImpl <em>Approval Policy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.changes.model.changes.impl.ApprovalPolicyImpl
	 * @see org.atrium.changes.model.changes.impl.ChangesPackageImpl#getApprovalPolicy()
	 * @generated
	 */
	int APPROVAL_POLICY = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL_POLICY__ID = PmoPackage.ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL_POLICY__CREATED = PmoPackage.ENTITY__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL_POLICY__MODIFIED = PmoPackage.ENTITY__MODIFIED;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL_POLICY__VERSION = PmoPackage.ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Portfolio</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL_POLICY__PORTFOLIO = PmoPackage.ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sponsor Cost Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL_POLICY__SPONSOR_COST_LIMIT = PmoPackage.ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sponsor Slip Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL_POLICY__SPONSOR_SLIP_DAYS = PmoPackage.ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Committee Cost Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL_POLICY__COMMITTEE_COST_THRESHOLD = PmoPackage.ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Committee Slip Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL_POLICY__COMMITTEE_SLIP_DAYS = PmoPackage.ENTITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Approver Quorum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL_POLICY__APPROVER_QUORUM = PmoPackage.ENTITY_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Committee Quorum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL_POLICY__COMMITTEE_QUORUM = PmoPackage.ENTITY_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Decision Due Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL_POLICY__DECISION_DUE_DAYS = PmoPackage.ENTITY_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Approval Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL_POLICY_FEATURE_COUNT = PmoPackage.ENTITY_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Approval Policy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPROVAL_POLICY_OPERATION_COUNT = PmoPackage.ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.atrium.changes.model.changes.impl.GateReviewImpl <em>Gate Review</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.changes.model.changes.impl.GateReviewImpl
	 * @see org.atrium.changes.model.changes.impl.ChangesPackageImpl#getGateReview()
	 * @generated
	 */
	int GATE_REVIEW = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE_REVIEW__ID = PmoPackage.ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE_REVIEW__CREATED = PmoPackage.ENTITY__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE_REVIEW__MODIFIED = PmoPackage.ENTITY__MODIFIED;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE_REVIEW__VERSION = PmoPackage.ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Project</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE_REVIEW__PROJECT = PmoPackage.ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Milestone</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE_REVIEW__MILESTONE = PmoPackage.ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Template</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE_REVIEW__TEMPLATE = PmoPackage.ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Criteria</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE_REVIEW__CRITERIA = PmoPackage.ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Decision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE_REVIEW__DECISION = PmoPackage.ENTITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Conditions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE_REVIEW__CONDITIONS = PmoPackage.ENTITY_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Decided By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE_REVIEW__DECIDED_BY = PmoPackage.ENTITY_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Decided On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE_REVIEW__DECIDED_ON = PmoPackage.ENTITY_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Gate Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE_REVIEW_FEATURE_COUNT = PmoPackage.ENTITY_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Gate Review</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE_REVIEW_OPERATION_COUNT = PmoPackage.ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.atrium.changes.model.changes.impl.GateCriterionImpl <em>Gate Criterion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.changes.model.changes.impl.GateCriterionImpl
	 * @see org.atrium.changes.model.changes.impl.ChangesPackageImpl#getGateCriterion()
	 * @generated
	 */
	int GATE_CRITERION = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE_CRITERION__ID = PmoPackage.ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE_CRITERION__CREATED = PmoPackage.ENTITY__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE_CRITERION__MODIFIED = PmoPackage.ENTITY__MODIFIED;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE_CRITERION__VERSION = PmoPackage.ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE_CRITERION__NAME = PmoPackage.ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Mandatory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE_CRITERION__MANDATORY = PmoPackage.ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE_CRITERION__STATUS = PmoPackage.ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Waiver Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE_CRITERION__WAIVER_REASON = PmoPackage.ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE_CRITERION__EVIDENCE = PmoPackage.ENTITY_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Gate Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE_CRITERION_FEATURE_COUNT = PmoPackage.ENTITY_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Gate Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GATE_CRITERION_OPERATION_COUNT = PmoPackage.ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.atrium.changes.model.changes.impl.BaselineImpl <em>Baseline</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.changes.model.changes.impl.BaselineImpl
	 * @see org.atrium.changes.model.changes.impl.ChangesPackageImpl#getBaseline()
	 * @generated
	 */
	int BASELINE = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__ID = PmoPackage.ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__CREATED = PmoPackage.ENTITY__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__MODIFIED = PmoPackage.ENTITY__MODIFIED;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__VERSION = PmoPackage.ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Project</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__PROJECT = PmoPackage.ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__NAME = PmoPackage.ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Taken</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__TAKEN = PmoPackage.ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Taken By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__TAKEN_BY = PmoPackage.ENTITY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Change Request Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__CHANGE_REQUEST_ID = PmoPackage.ENTITY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Planned Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__PLANNED_START = PmoPackage.ENTITY_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Planned End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__PLANNED_END = PmoPackage.ENTITY_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__CURRENCY = PmoPackage.ENTITY_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Budget Planned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__BUDGET_PLANNED = PmoPackage.ENTITY_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Budget Forecast</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__BUDGET_FORECAST = PmoPackage.ENTITY_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Milestones</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE__MILESTONES = PmoPackage.ENTITY_FEATURE_COUNT + 10;

	/**
	 * The number of structural features of the '<em>Baseline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_FEATURE_COUNT = PmoPackage.ENTITY_FEATURE_COUNT + 11;

	/**
	 * The number of operations of the '<em>Baseline</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_OPERATION_COUNT = PmoPackage.ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.atrium.changes.model.changes.impl.BaselineMilestoneImpl <em>Baseline Milestone</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.changes.model.changes.impl.BaselineMilestoneImpl
	 * @see org.atrium.changes.model.changes.impl.ChangesPackageImpl#getBaselineMilestone()
	 * @generated
	 */
	int BASELINE_MILESTONE = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_MILESTONE__ID = PmoPackage.ENTITY__ID;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_MILESTONE__CREATED = PmoPackage.ENTITY__CREATED;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_MILESTONE__MODIFIED = PmoPackage.ENTITY__MODIFIED;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_MILESTONE__VERSION = PmoPackage.ENTITY__VERSION;

	/**
	 * The feature id for the '<em><b>Milestone Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_MILESTONE__MILESTONE_ID = PmoPackage.ENTITY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_MILESTONE__NAME = PmoPackage.ENTITY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Planned Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_MILESTONE__PLANNED_DATE = PmoPackage.ENTITY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Gate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_MILESTONE__GATE = PmoPackage.ENTITY_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Baseline Milestone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_MILESTONE_FEATURE_COUNT = PmoPackage.ENTITY_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Baseline Milestone</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASELINE_MILESTONE_OPERATION_COUNT = PmoPackage.ENTITY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.atrium.changes.model.changes.ChangeCategory <em>Change Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.changes.model.changes.ChangeCategory
	 * @see org.atrium.changes.model.changes.impl.ChangesPackageImpl#getChangeCategory()
	 * @generated
	 */
	int CHANGE_CATEGORY = 7;

	/**
	 * The meta object id for the '{@link org.atrium.changes.model.changes.ChangePriority <em>Change Priority</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.changes.model.changes.ChangePriority
	 * @see org.atrium.changes.model.changes.impl.ChangesPackageImpl#getChangePriority()
	 * @generated
	 */
	int CHANGE_PRIORITY = 8;

	/**
	 * The meta object id for the '{@link org.atrium.changes.model.changes.ChangeStatus <em>Change Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.changes.model.changes.ChangeStatus
	 * @see org.atrium.changes.model.changes.impl.ChangesPackageImpl#getChangeStatus()
	 * @generated
	 */
	int CHANGE_STATUS = 9;

	/**
	 * The meta object id for the '{@link org.atrium.changes.model.changes.VoteChoice <em>Vote Choice</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.changes.model.changes.VoteChoice
	 * @see org.atrium.changes.model.changes.impl.ChangesPackageImpl#getVoteChoice()
	 * @generated
	 */
	int VOTE_CHOICE = 10;

	/**
	 * The meta object id for the '{@link org.atrium.changes.model.changes.CriterionStatus <em>Criterion Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.atrium.changes.model.changes.CriterionStatus
	 * @see org.atrium.changes.model.changes.impl.ChangesPackageImpl#getCriterionStatus()
	 * @generated
	 */
	int CRITERION_STATUS = 11;


	/**
	 * Returns the meta object for class '{@link org.atrium.changes.model.changes.ChangeRequest <em>Change Request</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Change Request</em>'.
	 * @see org.atrium.changes.model.changes.ChangeRequest
	 * @generated
	 */
	EClass getChangeRequest();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.changes.model.changes.ChangeRequest#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.atrium.changes.model.changes.ChangeRequest#getCode()
	 * @see #getChangeRequest()
	 * @generated
	 */
	EAttribute getChangeRequest_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.changes.model.changes.ChangeRequest#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.atrium.changes.model.changes.ChangeRequest#getTitle()
	 * @see #getChangeRequest()
	 * @generated
	 */
	EAttribute getChangeRequest_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.changes.model.changes.ChangeRequest#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.atrium.changes.model.changes.ChangeRequest#getDescription()
	 * @see #getChangeRequest()
	 * @generated
	 */
	EAttribute getChangeRequest_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.changes.model.changes.ChangeRequest#getJustification <em>Justification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Justification</em>'.
	 * @see org.atrium.changes.model.changes.ChangeRequest#getJustification()
	 * @see #getChangeRequest()
	 * @generated
	 */
	EAttribute getChangeRequest_Justification();

	/**
	 * Returns the meta object for the reference '{@link org.atrium.changes.model.changes.ChangeRequest#getProject <em>Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Project</em>'.
	 * @see org.atrium.changes.model.changes.ChangeRequest#getProject()
	 * @see #getChangeRequest()
	 * @generated
	 */
	EReference getChangeRequest_Project();

	/**
	 * Returns the meta object for the reference '{@link org.atrium.changes.model.changes.ChangeRequest#getRequestedBy <em>Requested By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Requested By</em>'.
	 * @see org.atrium.changes.model.changes.ChangeRequest#getRequestedBy()
	 * @see #getChangeRequest()
	 * @generated
	 */
	EReference getChangeRequest_RequestedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.changes.model.changes.ChangeRequest#getRequested <em>Requested</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Requested</em>'.
	 * @see org.atrium.changes.model.changes.ChangeRequest#getRequested()
	 * @see #getChangeRequest()
	 * @generated
	 */
	EAttribute getChangeRequest_Requested();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.changes.model.changes.ChangeRequest#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.atrium.changes.model.changes.ChangeRequest#getCategory()
	 * @see #getChangeRequest()
	 * @generated
	 */
	EAttribute getChangeRequest_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.changes.model.changes.ChangeRequest#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see org.atrium.changes.model.changes.ChangeRequest#getPriority()
	 * @see #getChangeRequest()
	 * @generated
	 */
	EAttribute getChangeRequest_Priority();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.changes.model.changes.ChangeRequest#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.atrium.changes.model.changes.ChangeRequest#getStatus()
	 * @see #getChangeRequest()
	 * @generated
	 */
	EAttribute getChangeRequest_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.changes.model.changes.ChangeRequest#getStatusSince <em>Status Since</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status Since</em>'.
	 * @see org.atrium.changes.model.changes.ChangeRequest#getStatusSince()
	 * @see #getChangeRequest()
	 * @generated
	 */
	EAttribute getChangeRequest_StatusSince();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.changes.model.changes.ChangeRequest#getScheduleImpactDays <em>Schedule Impact Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Schedule Impact Days</em>'.
	 * @see org.atrium.changes.model.changes.ChangeRequest#getScheduleImpactDays()
	 * @see #getChangeRequest()
	 * @generated
	 */
	EAttribute getChangeRequest_ScheduleImpactDays();

	/**
	 * Returns the meta object for the reference list '{@link org.atrium.changes.model.changes.ChangeRequest#getAffectedMilestones <em>Affected Milestones</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Affected Milestones</em>'.
	 * @see org.atrium.changes.model.changes.ChangeRequest#getAffectedMilestones()
	 * @see #getChangeRequest()
	 * @generated
	 */
	EReference getChangeRequest_AffectedMilestones();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.changes.model.changes.ChangeRequest#getCostDelta <em>Cost Delta</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cost Delta</em>'.
	 * @see org.atrium.changes.model.changes.ChangeRequest#getCostDelta()
	 * @see #getChangeRequest()
	 * @generated
	 */
	EAttribute getChangeRequest_CostDelta();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.changes.model.changes.ChangeRequest#getEffortDays <em>Effort Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Effort Days</em>'.
	 * @see org.atrium.changes.model.changes.ChangeRequest#getEffortDays()
	 * @see #getChangeRequest()
	 * @generated
	 */
	EAttribute getChangeRequest_EffortDays();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.changes.model.changes.ChangeRequest#getScopeImpact <em>Scope Impact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope Impact</em>'.
	 * @see org.atrium.changes.model.changes.ChangeRequest#getScopeImpact()
	 * @see #getChangeRequest()
	 * @generated
	 */
	EAttribute getChangeRequest_ScopeImpact();

	/**
	 * Returns the meta object for the reference list '{@link org.atrium.changes.model.changes.ChangeRequest#getAffectedWorkstreams <em>Affected Workstreams</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Affected Workstreams</em>'.
	 * @see org.atrium.changes.model.changes.ChangeRequest#getAffectedWorkstreams()
	 * @see #getChangeRequest()
	 * @generated
	 */
	EReference getChangeRequest_AffectedWorkstreams();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.changes.model.changes.ChangeRequest#getRiskNotes <em>Risk Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Risk Notes</em>'.
	 * @see org.atrium.changes.model.changes.ChangeRequest#getRiskNotes()
	 * @see #getChangeRequest()
	 * @generated
	 */
	EAttribute getChangeRequest_RiskNotes();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.changes.model.changes.ChangeRequest#getRiskRef <em>Risk Ref</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Risk Ref</em>'.
	 * @see org.atrium.changes.model.changes.ChangeRequest#getRiskRef()
	 * @see #getChangeRequest()
	 * @generated
	 */
	EAttribute getChangeRequest_RiskRef();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.changes.model.changes.ChangeRequest#getDecidedOn <em>Decided On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decided On</em>'.
	 * @see org.atrium.changes.model.changes.ChangeRequest#getDecidedOn()
	 * @see #getChangeRequest()
	 * @generated
	 */
	EAttribute getChangeRequest_DecidedOn();

	/**
	 * Returns the meta object for the containment reference list '{@link org.atrium.changes.model.changes.ChangeRequest#getVotes <em>Votes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Votes</em>'.
	 * @see org.atrium.changes.model.changes.ChangeRequest#getVotes()
	 * @see #getChangeRequest()
	 * @generated
	 */
	EReference getChangeRequest_Votes();

	/**
	 * Returns the meta object for class '{@link org.atrium.changes.model.changes.Vote <em>Vote</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Vote</em>'.
	 * @see org.atrium.changes.model.changes.Vote
	 * @generated
	 */
	EClass getVote();

	/**
	 * Returns the meta object for the reference '{@link org.atrium.changes.model.changes.Vote#getPerson <em>Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Person</em>'.
	 * @see org.atrium.changes.model.changes.Vote#getPerson()
	 * @see #getVote()
	 * @generated
	 */
	EReference getVote_Person();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.changes.model.changes.Vote#getChoice <em>Choice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Choice</em>'.
	 * @see org.atrium.changes.model.changes.Vote#getChoice()
	 * @see #getVote()
	 * @generated
	 */
	EAttribute getVote_Choice();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.changes.model.changes.Vote#getComment <em>Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comment</em>'.
	 * @see org.atrium.changes.model.changes.Vote#getComment()
	 * @see #getVote()
	 * @generated
	 */
	EAttribute getVote_Comment();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.changes.model.changes.Vote#getCast <em>Cast</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cast</em>'.
	 * @see org.atrium.changes.model.changes.Vote#getCast()
	 * @see #getVote()
	 * @generated
	 */
	EAttribute getVote_Cast();

	/**
	 * Returns the meta object for class '{@link org.atrium.changes.model.changes.ApprovalPolicy <em>Approval Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Approval Policy</em>'.
	 * @see org.atrium.changes.model.changes.ApprovalPolicy
	 * @generated
	 */
	EClass getApprovalPolicy();

	/**
	 * Returns the meta object for the reference '{@link org.atrium.changes.model.changes.ApprovalPolicy#getPortfolio <em>Portfolio</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Portfolio</em>'.
	 * @see org.atrium.changes.model.changes.ApprovalPolicy#getPortfolio()
	 * @see #getApprovalPolicy()
	 * @generated
	 */
	EReference getApprovalPolicy_Portfolio();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.changes.model.changes.ApprovalPolicy#getSponsorCostLimit <em>Sponsor Cost Limit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sponsor Cost Limit</em>'.
	 * @see org.atrium.changes.model.changes.ApprovalPolicy#getSponsorCostLimit()
	 * @see #getApprovalPolicy()
	 * @generated
	 */
	EAttribute getApprovalPolicy_SponsorCostLimit();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.changes.model.changes.ApprovalPolicy#getSponsorSlipDays <em>Sponsor Slip Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sponsor Slip Days</em>'.
	 * @see org.atrium.changes.model.changes.ApprovalPolicy#getSponsorSlipDays()
	 * @see #getApprovalPolicy()
	 * @generated
	 */
	EAttribute getApprovalPolicy_SponsorSlipDays();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.changes.model.changes.ApprovalPolicy#getCommitteeCostThreshold <em>Committee Cost Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Committee Cost Threshold</em>'.
	 * @see org.atrium.changes.model.changes.ApprovalPolicy#getCommitteeCostThreshold()
	 * @see #getApprovalPolicy()
	 * @generated
	 */
	EAttribute getApprovalPolicy_CommitteeCostThreshold();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.changes.model.changes.ApprovalPolicy#getCommitteeSlipDays <em>Committee Slip Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Committee Slip Days</em>'.
	 * @see org.atrium.changes.model.changes.ApprovalPolicy#getCommitteeSlipDays()
	 * @see #getApprovalPolicy()
	 * @generated
	 */
	EAttribute getApprovalPolicy_CommitteeSlipDays();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.changes.model.changes.ApprovalPolicy#getApproverQuorum <em>Approver Quorum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Approver Quorum</em>'.
	 * @see org.atrium.changes.model.changes.ApprovalPolicy#getApproverQuorum()
	 * @see #getApprovalPolicy()
	 * @generated
	 */
	EAttribute getApprovalPolicy_ApproverQuorum();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.changes.model.changes.ApprovalPolicy#getCommitteeQuorum <em>Committee Quorum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Committee Quorum</em>'.
	 * @see org.atrium.changes.model.changes.ApprovalPolicy#getCommitteeQuorum()
	 * @see #getApprovalPolicy()
	 * @generated
	 */
	EAttribute getApprovalPolicy_CommitteeQuorum();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.changes.model.changes.ApprovalPolicy#getDecisionDueDays <em>Decision Due Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decision Due Days</em>'.
	 * @see org.atrium.changes.model.changes.ApprovalPolicy#getDecisionDueDays()
	 * @see #getApprovalPolicy()
	 * @generated
	 */
	EAttribute getApprovalPolicy_DecisionDueDays();

	/**
	 * Returns the meta object for class '{@link org.atrium.changes.model.changes.GateReview <em>Gate Review</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gate Review</em>'.
	 * @see org.atrium.changes.model.changes.GateReview
	 * @generated
	 */
	EClass getGateReview();

	/**
	 * Returns the meta object for the reference '{@link org.atrium.changes.model.changes.GateReview#getProject <em>Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Project</em>'.
	 * @see org.atrium.changes.model.changes.GateReview#getProject()
	 * @see #getGateReview()
	 * @generated
	 */
	EReference getGateReview_Project();

	/**
	 * Returns the meta object for the reference '{@link org.atrium.changes.model.changes.GateReview#getMilestone <em>Milestone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Milestone</em>'.
	 * @see org.atrium.changes.model.changes.GateReview#getMilestone()
	 * @see #getGateReview()
	 * @generated
	 */
	EReference getGateReview_Milestone();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.changes.model.changes.GateReview#getTemplate <em>Template</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Template</em>'.
	 * @see org.atrium.changes.model.changes.GateReview#getTemplate()
	 * @see #getGateReview()
	 * @generated
	 */
	EAttribute getGateReview_Template();

	/**
	 * Returns the meta object for the containment reference list '{@link org.atrium.changes.model.changes.GateReview#getCriteria <em>Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Criteria</em>'.
	 * @see org.atrium.changes.model.changes.GateReview#getCriteria()
	 * @see #getGateReview()
	 * @generated
	 */
	EReference getGateReview_Criteria();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.changes.model.changes.GateReview#getDecision <em>Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decision</em>'.
	 * @see org.atrium.changes.model.changes.GateReview#getDecision()
	 * @see #getGateReview()
	 * @generated
	 */
	EAttribute getGateReview_Decision();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.changes.model.changes.GateReview#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Conditions</em>'.
	 * @see org.atrium.changes.model.changes.GateReview#getConditions()
	 * @see #getGateReview()
	 * @generated
	 */
	EAttribute getGateReview_Conditions();

	/**
	 * Returns the meta object for the reference '{@link org.atrium.changes.model.changes.GateReview#getDecidedBy <em>Decided By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Decided By</em>'.
	 * @see org.atrium.changes.model.changes.GateReview#getDecidedBy()
	 * @see #getGateReview()
	 * @generated
	 */
	EReference getGateReview_DecidedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.changes.model.changes.GateReview#getDecidedOn <em>Decided On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decided On</em>'.
	 * @see org.atrium.changes.model.changes.GateReview#getDecidedOn()
	 * @see #getGateReview()
	 * @generated
	 */
	EAttribute getGateReview_DecidedOn();

	/**
	 * Returns the meta object for class '{@link org.atrium.changes.model.changes.GateCriterion <em>Gate Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gate Criterion</em>'.
	 * @see org.atrium.changes.model.changes.GateCriterion
	 * @generated
	 */
	EClass getGateCriterion();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.changes.model.changes.GateCriterion#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.atrium.changes.model.changes.GateCriterion#getName()
	 * @see #getGateCriterion()
	 * @generated
	 */
	EAttribute getGateCriterion_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.changes.model.changes.GateCriterion#isMandatory <em>Mandatory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mandatory</em>'.
	 * @see org.atrium.changes.model.changes.GateCriterion#isMandatory()
	 * @see #getGateCriterion()
	 * @generated
	 */
	EAttribute getGateCriterion_Mandatory();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.changes.model.changes.GateCriterion#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.atrium.changes.model.changes.GateCriterion#getStatus()
	 * @see #getGateCriterion()
	 * @generated
	 */
	EAttribute getGateCriterion_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.changes.model.changes.GateCriterion#getWaiverReason <em>Waiver Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Waiver Reason</em>'.
	 * @see org.atrium.changes.model.changes.GateCriterion#getWaiverReason()
	 * @see #getGateCriterion()
	 * @generated
	 */
	EAttribute getGateCriterion_WaiverReason();

	/**
	 * Returns the meta object for the reference '{@link org.atrium.changes.model.changes.GateCriterion#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Evidence</em>'.
	 * @see org.atrium.changes.model.changes.GateCriterion#getEvidence()
	 * @see #getGateCriterion()
	 * @generated
	 */
	EReference getGateCriterion_Evidence();

	/**
	 * Returns the meta object for class '{@link org.atrium.changes.model.changes.Baseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Baseline</em>'.
	 * @see org.atrium.changes.model.changes.Baseline
	 * @generated
	 */
	EClass getBaseline();

	/**
	 * Returns the meta object for the reference '{@link org.atrium.changes.model.changes.Baseline#getProject <em>Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Project</em>'.
	 * @see org.atrium.changes.model.changes.Baseline#getProject()
	 * @see #getBaseline()
	 * @generated
	 */
	EReference getBaseline_Project();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.changes.model.changes.Baseline#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.atrium.changes.model.changes.Baseline#getName()
	 * @see #getBaseline()
	 * @generated
	 */
	EAttribute getBaseline_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.changes.model.changes.Baseline#getTaken <em>Taken</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Taken</em>'.
	 * @see org.atrium.changes.model.changes.Baseline#getTaken()
	 * @see #getBaseline()
	 * @generated
	 */
	EAttribute getBaseline_Taken();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.changes.model.changes.Baseline#getTakenBy <em>Taken By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Taken By</em>'.
	 * @see org.atrium.changes.model.changes.Baseline#getTakenBy()
	 * @see #getBaseline()
	 * @generated
	 */
	EAttribute getBaseline_TakenBy();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.changes.model.changes.Baseline#getChangeRequestId <em>Change Request Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Change Request Id</em>'.
	 * @see org.atrium.changes.model.changes.Baseline#getChangeRequestId()
	 * @see #getBaseline()
	 * @generated
	 */
	EAttribute getBaseline_ChangeRequestId();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.changes.model.changes.Baseline#getPlannedStart <em>Planned Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Planned Start</em>'.
	 * @see org.atrium.changes.model.changes.Baseline#getPlannedStart()
	 * @see #getBaseline()
	 * @generated
	 */
	EAttribute getBaseline_PlannedStart();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.changes.model.changes.Baseline#getPlannedEnd <em>Planned End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Planned End</em>'.
	 * @see org.atrium.changes.model.changes.Baseline#getPlannedEnd()
	 * @see #getBaseline()
	 * @generated
	 */
	EAttribute getBaseline_PlannedEnd();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.changes.model.changes.Baseline#getCurrency <em>Currency</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Currency</em>'.
	 * @see org.atrium.changes.model.changes.Baseline#getCurrency()
	 * @see #getBaseline()
	 * @generated
	 */
	EAttribute getBaseline_Currency();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.changes.model.changes.Baseline#getBudgetPlanned <em>Budget Planned</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Budget Planned</em>'.
	 * @see org.atrium.changes.model.changes.Baseline#getBudgetPlanned()
	 * @see #getBaseline()
	 * @generated
	 */
	EAttribute getBaseline_BudgetPlanned();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.changes.model.changes.Baseline#getBudgetForecast <em>Budget Forecast</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Budget Forecast</em>'.
	 * @see org.atrium.changes.model.changes.Baseline#getBudgetForecast()
	 * @see #getBaseline()
	 * @generated
	 */
	EAttribute getBaseline_BudgetForecast();

	/**
	 * Returns the meta object for the containment reference list '{@link org.atrium.changes.model.changes.Baseline#getMilestones <em>Milestones</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Milestones</em>'.
	 * @see org.atrium.changes.model.changes.Baseline#getMilestones()
	 * @see #getBaseline()
	 * @generated
	 */
	EReference getBaseline_Milestones();

	/**
	 * Returns the meta object for class '{@link org.atrium.changes.model.changes.BaselineMilestone <em>Baseline Milestone</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Baseline Milestone</em>'.
	 * @see org.atrium.changes.model.changes.BaselineMilestone
	 * @generated
	 */
	EClass getBaselineMilestone();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.changes.model.changes.BaselineMilestone#getMilestoneId <em>Milestone Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Milestone Id</em>'.
	 * @see org.atrium.changes.model.changes.BaselineMilestone#getMilestoneId()
	 * @see #getBaselineMilestone()
	 * @generated
	 */
	EAttribute getBaselineMilestone_MilestoneId();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.changes.model.changes.BaselineMilestone#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.atrium.changes.model.changes.BaselineMilestone#getName()
	 * @see #getBaselineMilestone()
	 * @generated
	 */
	EAttribute getBaselineMilestone_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.changes.model.changes.BaselineMilestone#getPlannedDate <em>Planned Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Planned Date</em>'.
	 * @see org.atrium.changes.model.changes.BaselineMilestone#getPlannedDate()
	 * @see #getBaselineMilestone()
	 * @generated
	 */
	EAttribute getBaselineMilestone_PlannedDate();

	/**
	 * Returns the meta object for the attribute '{@link org.atrium.changes.model.changes.BaselineMilestone#isGate <em>Gate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gate</em>'.
	 * @see org.atrium.changes.model.changes.BaselineMilestone#isGate()
	 * @see #getBaselineMilestone()
	 * @generated
	 */
	EAttribute getBaselineMilestone_Gate();

	/**
	 * Returns the meta object for enum '{@link org.atrium.changes.model.changes.ChangeCategory <em>Change Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Change Category</em>'.
	 * @see org.atrium.changes.model.changes.ChangeCategory
	 * @generated
	 */
	EEnum getChangeCategory();

	/**
	 * Returns the meta object for enum '{@link org.atrium.changes.model.changes.ChangePriority <em>Change Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Change Priority</em>'.
	 * @see org.atrium.changes.model.changes.ChangePriority
	 * @generated
	 */
	EEnum getChangePriority();

	/**
	 * Returns the meta object for enum '{@link org.atrium.changes.model.changes.ChangeStatus <em>Change Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Change Status</em>'.
	 * @see org.atrium.changes.model.changes.ChangeStatus
	 * @generated
	 */
	EEnum getChangeStatus();

	/**
	 * Returns the meta object for enum '{@link org.atrium.changes.model.changes.VoteChoice <em>Vote Choice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Vote Choice</em>'.
	 * @see org.atrium.changes.model.changes.VoteChoice
	 * @generated
	 */
	EEnum getVoteChoice();

	/**
	 * Returns the meta object for enum '{@link org.atrium.changes.model.changes.CriterionStatus <em>Criterion Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Criterion Status</em>'.
	 * @see org.atrium.changes.model.changes.CriterionStatus
	 * @generated
	 */
	EEnum getCriterionStatus();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ChangesFactory getChangesFactory();

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
		 * The meta object literal for the '{@link org.atrium.changes.model.changes.impl.ChangeRequestImpl <em>Change Request</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.changes.model.changes.impl.ChangeRequestImpl
		 * @see org.atrium.changes.model.changes.impl.ChangesPackageImpl#getChangeRequest()
		 * @generated
		 */
		EClass CHANGE_REQUEST = eINSTANCE.getChangeRequest();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANGE_REQUEST__CODE = eINSTANCE.getChangeRequest_Code();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANGE_REQUEST__TITLE = eINSTANCE.getChangeRequest_Title();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANGE_REQUEST__DESCRIPTION = eINSTANCE.getChangeRequest_Description();

		/**
		 * The meta object literal for the '<em><b>Justification</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANGE_REQUEST__JUSTIFICATION = eINSTANCE.getChangeRequest_Justification();

		/**
		 * The meta object literal for the '<em><b>Project</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHANGE_REQUEST__PROJECT = eINSTANCE.getChangeRequest_Project();

		/**
		 * The meta object literal for the '<em><b>Requested By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHANGE_REQUEST__REQUESTED_BY = eINSTANCE.getChangeRequest_RequestedBy();

		/**
		 * The meta object literal for the '<em><b>Requested</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANGE_REQUEST__REQUESTED = eINSTANCE.getChangeRequest_Requested();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANGE_REQUEST__CATEGORY = eINSTANCE.getChangeRequest_Category();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANGE_REQUEST__PRIORITY = eINSTANCE.getChangeRequest_Priority();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANGE_REQUEST__STATUS = eINSTANCE.getChangeRequest_Status();

		/**
		 * The meta object literal for the '<em><b>Status Since</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANGE_REQUEST__STATUS_SINCE = eINSTANCE.getChangeRequest_StatusSince();

		/**
		 * The meta object literal for the '<em><b>Schedule Impact Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANGE_REQUEST__SCHEDULE_IMPACT_DAYS = eINSTANCE.getChangeRequest_ScheduleImpactDays();

		/**
		 * The meta object literal for the '<em><b>Affected Milestones</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHANGE_REQUEST__AFFECTED_MILESTONES = eINSTANCE.getChangeRequest_AffectedMilestones();

		/**
		 * The meta object literal for the '<em><b>Cost Delta</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANGE_REQUEST__COST_DELTA = eINSTANCE.getChangeRequest_CostDelta();

		/**
		 * The meta object literal for the '<em><b>Effort Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANGE_REQUEST__EFFORT_DAYS = eINSTANCE.getChangeRequest_EffortDays();

		/**
		 * The meta object literal for the '<em><b>Scope Impact</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANGE_REQUEST__SCOPE_IMPACT = eINSTANCE.getChangeRequest_ScopeImpact();

		/**
		 * The meta object literal for the '<em><b>Affected Workstreams</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHANGE_REQUEST__AFFECTED_WORKSTREAMS = eINSTANCE.getChangeRequest_AffectedWorkstreams();

		/**
		 * The meta object literal for the '<em><b>Risk Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANGE_REQUEST__RISK_NOTES = eINSTANCE.getChangeRequest_RiskNotes();

		/**
		 * The meta object literal for the '<em><b>Risk Ref</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANGE_REQUEST__RISK_REF = eINSTANCE.getChangeRequest_RiskRef();

		/**
		 * The meta object literal for the '<em><b>Decided On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHANGE_REQUEST__DECIDED_ON = eINSTANCE.getChangeRequest_DecidedOn();

		/**
		 * The meta object literal for the '<em><b>Votes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CHANGE_REQUEST__VOTES = eINSTANCE.getChangeRequest_Votes();

		/**
		 * The meta object literal for the '{@link org.atrium.changes.model.changes.impl.VoteImpl <em>Vote</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.changes.model.changes.impl.VoteImpl
		 * @see org.atrium.changes.model.changes.impl.ChangesPackageImpl#getVote()
		 * @generated
		 */
		EClass VOTE = eINSTANCE.getVote();

		/**
		 * The meta object literal for the '<em><b>Person</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VOTE__PERSON = eINSTANCE.getVote_Person();

		/**
		 * The meta object literal for the '<em><b>Choice</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOTE__CHOICE = eINSTANCE.getVote_Choice();

		/**
		 * The meta object literal for the '<em><b>Comment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOTE__COMMENT = eINSTANCE.getVote_Comment();

		/**
		 * The meta object literal for the '<em><b>Cast</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VOTE__CAST = eINSTANCE.getVote_Cast();

		/**
		 * The meta object literal for the '{@link org.atrium.changes.model.changes.impl.ApprovalPolicyImpl <em>Approval Policy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.changes.model.changes.impl.ApprovalPolicyImpl
		 * @see org.atrium.changes.model.changes.impl.ChangesPackageImpl#getApprovalPolicy()
		 * @generated
		 */
		EClass APPROVAL_POLICY = eINSTANCE.getApprovalPolicy();

		/**
		 * The meta object literal for the '<em><b>Portfolio</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPROVAL_POLICY__PORTFOLIO = eINSTANCE.getApprovalPolicy_Portfolio();

		/**
		 * The meta object literal for the '<em><b>Sponsor Cost Limit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVAL_POLICY__SPONSOR_COST_LIMIT = eINSTANCE.getApprovalPolicy_SponsorCostLimit();

		/**
		 * The meta object literal for the '<em><b>Sponsor Slip Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVAL_POLICY__SPONSOR_SLIP_DAYS = eINSTANCE.getApprovalPolicy_SponsorSlipDays();

		/**
		 * The meta object literal for the '<em><b>Committee Cost Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVAL_POLICY__COMMITTEE_COST_THRESHOLD = eINSTANCE.getApprovalPolicy_CommitteeCostThreshold();

		/**
		 * The meta object literal for the '<em><b>Committee Slip Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVAL_POLICY__COMMITTEE_SLIP_DAYS = eINSTANCE.getApprovalPolicy_CommitteeSlipDays();

		/**
		 * The meta object literal for the '<em><b>Approver Quorum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVAL_POLICY__APPROVER_QUORUM = eINSTANCE.getApprovalPolicy_ApproverQuorum();

		/**
		 * The meta object literal for the '<em><b>Committee Quorum</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVAL_POLICY__COMMITTEE_QUORUM = eINSTANCE.getApprovalPolicy_CommitteeQuorum();

		/**
		 * The meta object literal for the '<em><b>Decision Due Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPROVAL_POLICY__DECISION_DUE_DAYS = eINSTANCE.getApprovalPolicy_DecisionDueDays();

		/**
		 * The meta object literal for the '{@link org.atrium.changes.model.changes.impl.GateReviewImpl <em>Gate Review</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.changes.model.changes.impl.GateReviewImpl
		 * @see org.atrium.changes.model.changes.impl.ChangesPackageImpl#getGateReview()
		 * @generated
		 */
		EClass GATE_REVIEW = eINSTANCE.getGateReview();

		/**
		 * The meta object literal for the '<em><b>Project</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATE_REVIEW__PROJECT = eINSTANCE.getGateReview_Project();

		/**
		 * The meta object literal for the '<em><b>Milestone</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATE_REVIEW__MILESTONE = eINSTANCE.getGateReview_Milestone();

		/**
		 * The meta object literal for the '<em><b>Template</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATE_REVIEW__TEMPLATE = eINSTANCE.getGateReview_Template();

		/**
		 * The meta object literal for the '<em><b>Criteria</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATE_REVIEW__CRITERIA = eINSTANCE.getGateReview_Criteria();

		/**
		 * The meta object literal for the '<em><b>Decision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATE_REVIEW__DECISION = eINSTANCE.getGateReview_Decision();

		/**
		 * The meta object literal for the '<em><b>Conditions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATE_REVIEW__CONDITIONS = eINSTANCE.getGateReview_Conditions();

		/**
		 * The meta object literal for the '<em><b>Decided By</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATE_REVIEW__DECIDED_BY = eINSTANCE.getGateReview_DecidedBy();

		/**
		 * The meta object literal for the '<em><b>Decided On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATE_REVIEW__DECIDED_ON = eINSTANCE.getGateReview_DecidedOn();

		/**
		 * The meta object literal for the '{@link org.atrium.changes.model.changes.impl.GateCriterionImpl <em>Gate Criterion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.changes.model.changes.impl.GateCriterionImpl
		 * @see org.atrium.changes.model.changes.impl.ChangesPackageImpl#getGateCriterion()
		 * @generated
		 */
		EClass GATE_CRITERION = eINSTANCE.getGateCriterion();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATE_CRITERION__NAME = eINSTANCE.getGateCriterion_Name();

		/**
		 * The meta object literal for the '<em><b>Mandatory</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATE_CRITERION__MANDATORY = eINSTANCE.getGateCriterion_Mandatory();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATE_CRITERION__STATUS = eINSTANCE.getGateCriterion_Status();

		/**
		 * The meta object literal for the '<em><b>Waiver Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GATE_CRITERION__WAIVER_REASON = eINSTANCE.getGateCriterion_WaiverReason();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GATE_CRITERION__EVIDENCE = eINSTANCE.getGateCriterion_Evidence();

		/**
		 * The meta object literal for the '{@link org.atrium.changes.model.changes.impl.BaselineImpl <em>Baseline</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.changes.model.changes.impl.BaselineImpl
		 * @see org.atrium.changes.model.changes.impl.ChangesPackageImpl#getBaseline()
		 * @generated
		 */
		EClass BASELINE = eINSTANCE.getBaseline();

		/**
		 * The meta object literal for the '<em><b>Project</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BASELINE__PROJECT = eINSTANCE.getBaseline_Project();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE__NAME = eINSTANCE.getBaseline_Name();

		/**
		 * The meta object literal for the '<em><b>Taken</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE__TAKEN = eINSTANCE.getBaseline_Taken();

		/**
		 * The meta object literal for the '<em><b>Taken By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE__TAKEN_BY = eINSTANCE.getBaseline_TakenBy();

		/**
		 * The meta object literal for the '<em><b>Change Request Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE__CHANGE_REQUEST_ID = eINSTANCE.getBaseline_ChangeRequestId();

		/**
		 * The meta object literal for the '<em><b>Planned Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE__PLANNED_START = eINSTANCE.getBaseline_PlannedStart();

		/**
		 * The meta object literal for the '<em><b>Planned End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE__PLANNED_END = eINSTANCE.getBaseline_PlannedEnd();

		/**
		 * The meta object literal for the '<em><b>Currency</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE__CURRENCY = eINSTANCE.getBaseline_Currency();

		/**
		 * The meta object literal for the '<em><b>Budget Planned</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE__BUDGET_PLANNED = eINSTANCE.getBaseline_BudgetPlanned();

		/**
		 * The meta object literal for the '<em><b>Budget Forecast</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE__BUDGET_FORECAST = eINSTANCE.getBaseline_BudgetForecast();

		/**
		 * The meta object literal for the '<em><b>Milestones</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BASELINE__MILESTONES = eINSTANCE.getBaseline_Milestones();

		/**
		 * The meta object literal for the '{@link org.atrium.changes.model.changes.impl.BaselineMilestoneImpl <em>Baseline Milestone</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.changes.model.changes.impl.BaselineMilestoneImpl
		 * @see org.atrium.changes.model.changes.impl.ChangesPackageImpl#getBaselineMilestone()
		 * @generated
		 */
		EClass BASELINE_MILESTONE = eINSTANCE.getBaselineMilestone();

		/**
		 * The meta object literal for the '<em><b>Milestone Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE_MILESTONE__MILESTONE_ID = eINSTANCE.getBaselineMilestone_MilestoneId();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE_MILESTONE__NAME = eINSTANCE.getBaselineMilestone_Name();

		/**
		 * The meta object literal for the '<em><b>Planned Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE_MILESTONE__PLANNED_DATE = eINSTANCE.getBaselineMilestone_PlannedDate();

		/**
		 * The meta object literal for the '<em><b>Gate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASELINE_MILESTONE__GATE = eINSTANCE.getBaselineMilestone_Gate();

		/**
		 * The meta object literal for the '{@link org.atrium.changes.model.changes.ChangeCategory <em>Change Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.changes.model.changes.ChangeCategory
		 * @see org.atrium.changes.model.changes.impl.ChangesPackageImpl#getChangeCategory()
		 * @generated
		 */
		EEnum CHANGE_CATEGORY = eINSTANCE.getChangeCategory();

		/**
		 * The meta object literal for the '{@link org.atrium.changes.model.changes.ChangePriority <em>Change Priority</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.changes.model.changes.ChangePriority
		 * @see org.atrium.changes.model.changes.impl.ChangesPackageImpl#getChangePriority()
		 * @generated
		 */
		EEnum CHANGE_PRIORITY = eINSTANCE.getChangePriority();

		/**
		 * The meta object literal for the '{@link org.atrium.changes.model.changes.ChangeStatus <em>Change Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.changes.model.changes.ChangeStatus
		 * @see org.atrium.changes.model.changes.impl.ChangesPackageImpl#getChangeStatus()
		 * @generated
		 */
		EEnum CHANGE_STATUS = eINSTANCE.getChangeStatus();

		/**
		 * The meta object literal for the '{@link org.atrium.changes.model.changes.VoteChoice <em>Vote Choice</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.changes.model.changes.VoteChoice
		 * @see org.atrium.changes.model.changes.impl.ChangesPackageImpl#getVoteChoice()
		 * @generated
		 */
		EEnum VOTE_CHOICE = eINSTANCE.getVoteChoice();

		/**
		 * The meta object literal for the '{@link org.atrium.changes.model.changes.CriterionStatus <em>Criterion Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.atrium.changes.model.changes.CriterionStatus
		 * @see org.atrium.changes.model.changes.impl.ChangesPackageImpl#getCriterionStatus()
		 * @generated
		 */
		EEnum CRITERION_STATUS = eINSTANCE.getCriterionStatus();

	}

} //ChangesPackage
