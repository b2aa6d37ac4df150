/**
 */
package org.atrium.changes.model.changes.impl;

import org.atrium.changes.model.changes.ApprovalPolicy;
import org.atrium.changes.model.changes.Baseline;
import org.atrium.changes.model.changes.BaselineMilestone;
import org.atrium.changes.model.changes.ChangeCategory;
import org.atrium.changes.model.changes.ChangePriority;
import org.atrium.changes.model.changes.ChangeRequest;
import org.atrium.changes.model.changes.ChangeStatus;
import org.atrium.changes.model.changes.ChangesFactory;
import org.atrium.changes.model.changes.ChangesPackage;
import org.atrium.changes.model.changes.CriterionStatus;
import org.atrium.changes.model.changes.GateCriterion;
import org.atrium.changes.model.changes.GateReview;
import org.atrium.changes.model.changes.Vote;
import org.atrium.changes.model.changes.VoteChoice;

import org.atrium.core.model.pmo.PmoPackage;

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
public class ChangesPackageImpl extends EPackageImpl implements ChangesPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass changeRequestEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass voteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass approvalPolicyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gateReviewEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass gateCriterionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass baselineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass baselineMilestoneEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum changeCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum changePriorityEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum changeStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum voteChoiceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum criterionStatusEEnum = null;

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
	 * @see org.atrium.changes.model.changes.ChangesPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ChangesPackageImpl() {
		super(eNS_URI, ChangesFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link ChangesPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ChangesPackage init() {
		if (isInited) return (ChangesPackage)EPackage.Registry.INSTANCE.getEPackage(ChangesPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredChangesPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ChangesPackageImpl theChangesPackage = registeredChangesPackage instanceof ChangesPackageImpl ? (ChangesPackageImpl)registeredChangesPackage : new ChangesPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		PmoPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theChangesPackage.createPackageContents();

		// Initialize created meta-data
		theChangesPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theChangesPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ChangesPackage.eNS_URI, theChangesPackage);
		return theChangesPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getChangeRequest() {
		return changeRequestEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChangeRequest_Code() {
		return (EAttribute)changeRequestEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChangeRequest_Title() {
		return (EAttribute)changeRequestEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChangeRequest_Description() {
		return (EAttribute)changeRequestEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChangeRequest_Justification() {
		return (EAttribute)changeRequestEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getChangeRequest_Project() {
		return (EReference)changeRequestEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getChangeRequest_RequestedBy() {
		return (EReference)changeRequestEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChangeRequest_Requested() {
		return (EAttribute)changeRequestEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChangeRequest_Category() {
		return (EAttribute)changeRequestEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChangeRequest_Priority() {
		return (EAttribute)changeRequestEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChangeRequest_Status() {
		return (EAttribute)changeRequestEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChangeRequest_StatusSince() {
		return (EAttribute)changeRequestEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChangeRequest_ScheduleImpactDays() {
		return (EAttribute)changeRequestEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getChangeRequest_AffectedMilestones() {
		return (EReference)changeRequestEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChangeRequest_CostDelta() {
		return (EAttribute)changeRequestEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChangeRequest_EffortDays() {
		return (EAttribute)changeRequestEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChangeRequest_ScopeImpact() {
		return (EAttribute)changeRequestEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getChangeRequest_AffectedWorkstreams() {
		return (EReference)changeRequestEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChangeRequest_RiskNotes() {
		return (EAttribute)changeRequestEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChangeRequest_RiskRef() {
		return (EAttribute)changeRequestEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getChangeRequest_DecidedOn() {
		return (EAttribute)changeRequestEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getChangeRequest_Votes() {
		return (EReference)changeRequestEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getVote() {
		return voteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getVote_Person() {
		return (EReference)voteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVote_Choice() {
		return (EAttribute)voteEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVote_Comment() {
		return (EAttribute)voteEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getVote_Cast() {
		return (EAttribute)voteEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getApprovalPolicy() {
		return approvalPolicyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getApprovalPolicy_Portfolio() {
		return (EReference)approvalPolicyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApprovalPolicy_SponsorCostLimit() {
		return (EAttribute)approvalPolicyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApprovalPolicy_SponsorSlipDays() {
		return (EAttribute)approvalPolicyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApprovalPolicy_CommitteeCostThreshold() {
		return (EAttribute)approvalPolicyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApprovalPolicy_CommitteeSlipDays() {
		return (EAttribute)approvalPolicyEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApprovalPolicy_ApproverQuorum() {
		return (EAttribute)approvalPolicyEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApprovalPolicy_CommitteeQuorum() {
		return (EAttribute)approvalPolicyEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getApprovalPolicy_DecisionDueDays() {
		return (EAttribute)approvalPolicyEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGateReview() {
		return gateReviewEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGateReview_Project() {
		return (EReference)gateReviewEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGateReview_Milestone() {
		return (EReference)gateReviewEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGateReview_Template() {
		return (EAttribute)gateReviewEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGateReview_Criteria() {
		return (EReference)gateReviewEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGateReview_Decision() {
		return (EAttribute)gateReviewEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGateReview_Conditions() {
		return (EAttribute)gateReviewEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGateReview_DecidedBy() {
		return (EReference)gateReviewEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGateReview_DecidedOn() {
		return (EAttribute)gateReviewEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGateCriterion() {
		return gateCriterionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGateCriterion_Name() {
		return (EAttribute)gateCriterionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGateCriterion_Mandatory() {
		return (EAttribute)gateCriterionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGateCriterion_Status() {
		return (EAttribute)gateCriterionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGateCriterion_WaiverReason() {
		return (EAttribute)gateCriterionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getGateCriterion_Evidence() {
		return (EReference)gateCriterionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBaseline() {
		return baselineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBaseline_Project() {
		return (EReference)baselineEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBaseline_Name() {
		return (EAttribute)baselineEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBaseline_Taken() {
		return (EAttribute)baselineEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBaseline_TakenBy() {
		return (EAttribute)baselineEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBaseline_ChangeRequestId() {
		return (EAttribute)baselineEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBaseline_PlannedStart() {
		return (EAttribute)baselineEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBaseline_PlannedEnd() {
		return (EAttribute)baselineEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBaseline_Currency() {
		return (EAttribute)baselineEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBaseline_BudgetPlanned() {
		return (EAttribute)baselineEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBaseline_BudgetForecast() {
		return (EAttribute)baselineEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBaseline_Milestones() {
		return (EReference)baselineEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBaselineMilestone() {
		return baselineMilestoneEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBaselineMilestone_MilestoneId() {
		return (EAttribute)baselineMilestoneEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBaselineMilestone_Name() {
		return (EAttribute)baselineMilestoneEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBaselineMilestone_PlannedDate() {
		return (EAttribute)baselineMilestoneEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBaselineMilestone_Gate() {
		return (EAttribute)baselineMilestoneEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getChangeCategory() {
		return changeCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getChangePriority() {
		return changePriorityEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getChangeStatus() {
		return changeStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getVoteChoice() {
		return voteChoiceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCriterionStatus() {
		return criterionStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChangesFactory getChangesFactory() {
		return (ChangesFactory)getEFactoryInstance();
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
		changeRequestEClass = createEClass(CHANGE_REQUEST);
		createEAttribute(changeRequestEClass, CHANGE_REQUEST__CODE);
		createEAttribute(changeRequestEClass, CHANGE_REQUEST__TITLE);
		createEAttribute(changeRequestEClass, CHANGE_REQUEST__DESCRIPTION);
		createEAttribute(changeRequestEClass, CHANGE_REQUEST__JUSTIFICATION);
		createEReference(changeRequestEClass, CHANGE_REQUEST__PROJECT);
		createEReference(changeRequestEClass, CHANGE_REQUEST__REQUESTED_BY);
		createEAttribute(changeRequestEClass, CHANGE_REQUEST__REQUESTED);
		createEAttribute(changeRequestEClass, CHANGE_REQUEST__CATEGORY);
		createEAttribute(changeRequestEClass, CHANGE_REQUEST__PRIORITY);
		createEAttribute(changeRequestEClass, CHANGE_REQUEST__STATUS);
		createEAttribute(changeRequestEClass, CHANGE_REQUEST__STATUS_SINCE);
		createEAttribute(changeRequestEClass, CHANGE_REQUEST__SCHEDULE_IMPACT_DAYS);
		createEReference(changeRequestEClass, CHANGE_REQUEST__AFFECTED_MILESTONES);
		createEAttribute(changeRequestEClass, CHANGE_REQUEST__COST_DELTA);
		createEAttribute(changeRequestEClass, CHANGE_REQUEST__EFFORT_DAYS);
		createEAttribute(changeRequestEClass, CHANGE_REQUEST__SCOPE_IMPACT);
		createEReference(changeRequestEClass, CHANGE_REQUEST__AFFECTED_WORKSTREAMS);
		createEAttribute(changeRequestEClass, CHANGE_REQUEST__RISK_NOTES);
		createEAttribute(changeRequestEClass, CHANGE_REQUEST__RISK_REF);
		createEAttribute(changeRequestEClass, CHANGE_REQUEST__DECIDED_ON);
		createEReference(changeRequestEClass, CHANGE_REQUEST__VOTES);

		voteEClass = createEClass(VOTE);
		createEReference(voteEClass, VOTE__PERSON);
		createEAttribute(voteEClass, VOTE__CHOICE);
		createEAttribute(voteEClass, VOTE__COMMENT);
		createEAttribute(voteEClass, VOTE__CAST);

		approvalPolicyEClass = createEClass(APPROVAL_POLICY);
		createEReference(approvalPolicyEClass, APPROVAL_POLICY__PORTFOLIO);
		createEAttribute(approvalPolicyEClass, APPROVAL_POLICY__SPONSOR_COST_LIMIT);
		createEAttribute(approvalPolicyEClass, APPROVAL_POLICY__SPONSOR_SLIP_DAYS);
		createEAttribute(approvalPolicyEClass, APPROVAL_POLICY__COMMITTEE_COST_THRESHOLD);
		createEAttribute(approvalPolicyEClass, APPROVAL_POLICY__COMMITTEE_SLIP_DAYS);
		createEAttribute(approvalPolicyEClass, APPROVAL_POLICY__APPROVER_QUORUM);
		createEAttribute(approvalPolicyEClass, APPROVAL_POLICY__COMMITTEE_QUORUM);
		createEAttribute(approvalPolicyEClass, APPROVAL_POLICY__DECISION_DUE_DAYS);

		gateReviewEClass = createEClass(GATE_REVIEW);
		createEReference(gateReviewEClass, GATE_REVIEW__PROJECT);
		createEReference(gateReviewEClass, GATE_REVIEW__MILESTONE);
		createEAttribute(gateReviewEClass, GATE_REVIEW__TEMPLATE);
		createEReference(gateReviewEClass, GATE_REVIEW__CRITERIA);
		createEAttribute(gateReviewEClass, GATE_REVIEW__DECISION);
		createEAttribute(gateReviewEClass, GATE_REVIEW__CONDITIONS);
		createEReference(gateReviewEClass, GATE_REVIEW__DECIDED_BY);
		createEAttribute(gateReviewEClass, GATE_REVIEW__DECIDED_ON);

		gateCriterionEClass = createEClass(GATE_CRITERION);
		createEAttribute(gateCriterionEClass, GATE_CRITERION__NAME);
		createEAttribute(gateCriterionEClass, GATE_CRITERION__MANDATORY);
		createEAttribute(gateCriterionEClass, GATE_CRITERION__STATUS);
		createEAttribute(gateCriterionEClass, GATE_CRITERION__WAIVER_REASON);
		createEReference(gateCriterionEClass, GATE_CRITERION__EVIDENCE);

		baselineEClass = createEClass(BASELINE);
		createEReference(baselineEClass, BASELINE__PROJECT);
		createEAttribute(baselineEClass, BASELINE__NAME);
		createEAttribute(baselineEClass, BASELINE__TAKEN);
		createEAttribute(baselineEClass, BASELINE__TAKEN_BY);
		createEAttribute(baselineEClass, BASELINE__CHANGE_REQUEST_ID);
		createEAttribute(baselineEClass, BASELINE__PLANNED_START);
		createEAttribute(baselineEClass, BASELINE__PLANNED_END);
		createEAttribute(baselineEClass, BASELINE__CURRENCY);
		createEAttribute(baselineEClass, BASELINE__BUDGET_PLANNED);
		createEAttribute(baselineEClass, BASELINE__BUDGET_FORECAST);
		createEReference(baselineEClass, BASELINE__MILESTONES);

		baselineMilestoneEClass = createEClass(BASELINE_MILESTONE);
		createEAttribute(baselineMilestoneEClass, BASELINE_MILESTONE__MILESTONE_ID);
		createEAttribute(baselineMilestoneEClass, BASELINE_MILESTONE__NAME);
		createEAttribute(baselineMilestoneEClass, BASELINE_MILESTONE__PLANNED_DATE);
		createEAttribute(baselineMilestoneEClass, BASELINE_MILESTONE__GATE);

		// Create enums
		changeCategoryEEnum = createEEnum(CHANGE_CATEGORY);
		changePriorityEEnum = createEEnum(CHANGE_PRIORITY);
		changeStatusEEnum = createEEnum(CHANGE_STATUS);
		voteChoiceEEnum = createEEnum(VOTE_CHOICE);
		criterionStatusEEnum = createEEnum(CRITERION_STATUS);
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
		changeRequestEClass.getESuperTypes().add(thePmoPackage.getEntity());
		voteEClass.getESuperTypes().add(thePmoPackage.getEntity());
		approvalPolicyEClass.getESuperTypes().add(thePmoPackage.getEntity());
		gateReviewEClass.getESuperTypes().add(thePmoPackage.getEntity());
		gateCriterionEClass.getESuperTypes().add(thePmoPackage.getEntity());
		baselineEClass.getESuperTypes().add(thePmoPackage.getEntity());
		baselineMilestoneEClass.getESuperTypes().add(thePmoPackage.getEntity());

		// Initialize classes, features, and operations; add parameters
		initEClass(changeRequestEClass, ChangeRequest.class, "ChangeRequest", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getChangeRequest_Code(), ecorePackage.getEString(), "code", null, 0, 1, ChangeRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChangeRequest_Title(), ecorePackage.getEString(), "title", null, 0, 1, ChangeRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChangeRequest_Description(), ecorePackage.getEString(), "description", null, 0, 1, ChangeRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChangeRequest_Justification(), ecorePackage.getEString(), "justification", null, 0, 1, ChangeRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getChangeRequest_Project(), thePmoPackage.getProject(), null, "project", null, 0, 1, ChangeRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getChangeRequest_RequestedBy(), thePmoPackage.getPerson(), null, "requestedBy", null, 0, 1, ChangeRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChangeRequest_Requested(), thePmoPackage.getLocalDate(), "requested", null, 0, 1, ChangeRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChangeRequest_Category(), this.getChangeCategory(), "category", null, 0, 1, ChangeRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChangeRequest_Priority(), this.getChangePriority(), "priority", "Medium", 0, 1, ChangeRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChangeRequest_Status(), this.getChangeStatus(), "status", null, 0, 1, ChangeRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChangeRequest_StatusSince(), thePmoPackage.getLocalDate(), "statusSince", null, 0, 1, ChangeRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChangeRequest_ScheduleImpactDays(), ecorePackage.getEInt(), "scheduleImpactDays", null, 0, 1, ChangeRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getChangeRequest_AffectedMilestones(), thePmoPackage.getMilestone(), null, "affectedMilestones", null, 0, -1, ChangeRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChangeRequest_CostDelta(), ecorePackage.getEBigDecimal(), "costDelta", null, 0, 1, ChangeRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChangeRequest_EffortDays(), ecorePackage.getEInt(), "effortDays", null, 0, 1, ChangeRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChangeRequest_ScopeImpact(), ecorePackage.getEString(), "scopeImpact", null, 0, 1, ChangeRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getChangeRequest_AffectedWorkstreams(), thePmoPackage.getWorkstream(), null, "affectedWorkstreams", null, 0, -1, ChangeRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChangeRequest_RiskNotes(), ecorePackage.getEString(), "riskNotes", null, 0, 1, ChangeRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChangeRequest_RiskRef(), ecorePackage.getEString(), "riskRef", null, 0, 1, ChangeRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getChangeRequest_DecidedOn(), thePmoPackage.getLocalDate(), "decidedOn", null, 0, 1, ChangeRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getChangeRequest_Votes(), this.getVote(), null, "votes", null, 0, -1, ChangeRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(voteEClass, Vote.class, "Vote", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getVote_Person(), thePmoPackage.getPerson(), null, "person", null, 0, 1, Vote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVote_Choice(), this.getVoteChoice(), "choice", null, 0, 1, Vote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVote_Comment(), ecorePackage.getEString(), "comment", null, 0, 1, Vote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getVote_Cast(), thePmoPackage.getInstant(), "cast", null, 0, 1, Vote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(approvalPolicyEClass, ApprovalPolicy.class, "ApprovalPolicy", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getApprovalPolicy_Portfolio(), thePmoPackage.getPortfolio(), null, "portfolio", null, 0, 1, ApprovalPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getApprovalPolicy_SponsorCostLimit(), ecorePackage.getEBigDecimal(), "sponsorCostLimit", null, 0, 1, ApprovalPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getApprovalPolicy_SponsorSlipDays(), ecorePackage.getEInt(), "sponsorSlipDays", null, 0, 1, ApprovalPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getApprovalPolicy_CommitteeCostThreshold(), ecorePackage.getEBigDecimal(), "committeeCostThreshold", null, 0, 1, ApprovalPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getApprovalPolicy_CommitteeSlipDays(), ecorePackage.getEInt(), "committeeSlipDays", null, 0, 1, ApprovalPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getApprovalPolicy_ApproverQuorum(), ecorePackage.getEInt(), "approverQuorum", null, 0, 1, ApprovalPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getApprovalPolicy_CommitteeQuorum(), ecorePackage.getEInt(), "committeeQuorum", null, 0, 1, ApprovalPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getApprovalPolicy_DecisionDueDays(), ecorePackage.getEInt(), "decisionDueDays", null, 0, 1, ApprovalPolicy.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(gateReviewEClass, GateReview.class, "GateReview", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getGateReview_Project(), thePmoPackage.getProject(), null, "project", null, 0, 1, GateReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGateReview_Milestone(), thePmoPackage.getMilestone(), null, "milestone", null, 0, 1, GateReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGateReview_Template(), ecorePackage.getEString(), "template", null, 0, 1, GateReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGateReview_Criteria(), this.getGateCriterion(), null, "criteria", null, 0, -1, GateReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGateReview_Decision(), thePmoPackage.getGateDecision(), "decision", null, 0, 1, GateReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGateReview_Conditions(), ecorePackage.getEString(), "conditions", null, 0, 1, GateReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGateReview_DecidedBy(), thePmoPackage.getPerson(), null, "decidedBy", null, 0, 1, GateReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGateReview_DecidedOn(), thePmoPackage.getLocalDate(), "decidedOn", null, 0, 1, GateReview.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(gateCriterionEClass, GateCriterion.class, "GateCriterion", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getGateCriterion_Name(), ecorePackage.getEString(), "name", null, 0, 1, GateCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGateCriterion_Mandatory(), ecorePackage.getEBoolean(), "mandatory", "true", 0, 1, GateCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGateCriterion_Status(), this.getCriterionStatus(), "status", null, 0, 1, GateCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getGateCriterion_WaiverReason(), ecorePackage.getEString(), "waiverReason", null, 0, 1, GateCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getGateCriterion_Evidence(), thePmoPackage.getDocumentRef(), null, "evidence", null, 0, 1, GateCriterion.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(baselineEClass, Baseline.class, "Baseline", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getBaseline_Project(), thePmoPackage.getProject(), null, "project", null, 0, 1, Baseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBaseline_Name(), ecorePackage.getEString(), "name", null, 0, 1, Baseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBaseline_Taken(), thePmoPackage.getInstant(), "taken", null, 0, 1, Baseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBaseline_TakenBy(), ecorePackage.getEString(), "takenBy", null, 0, 1, Baseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBaseline_ChangeRequestId(), ecorePackage.getEString(), "changeRequestId", null, 0, 1, Baseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBaseline_PlannedStart(), thePmoPackage.getLocalDate(), "plannedStart", null, 0, 1, Baseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBaseline_PlannedEnd(), thePmoPackage.getLocalDate(), "plannedEnd", null, 0, 1, Baseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBaseline_Currency(), ecorePackage.getEString(), "currency", null, 0, 1, Baseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBaseline_BudgetPlanned(), ecorePackage.getEBigDecimal(), "budgetPlanned", null, 0, 1, Baseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBaseline_BudgetForecast(), ecorePackage.getEBigDecimal(), "budgetForecast", null, 0, 1, Baseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBaseline_Milestones(), this.getBaselineMilestone(), null, "milestones", null, 0, -1, Baseline.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(baselineMilestoneEClass, BaselineMilestone.class, "BaselineMilestone", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBaselineMilestone_MilestoneId(), ecorePackage.getEString(), "milestoneId", null, 0, 1, BaselineMilestone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBaselineMilestone_Name(), ecorePackage.getEString(), "name", null, 0, 1, BaselineMilestone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBaselineMilestone_PlannedDate(), thePmoPackage.getLocalDate(), "plannedDate", null, 0, 1, BaselineMilestone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBaselineMilestone_Gate(), ecorePackage.getEBoolean(), "gate", null, 0, 1, BaselineMilestone.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(changeCategoryEEnum, ChangeCategory.class, "ChangeCategory");
		addEEnumLiteral(changeCategoryEEnum, ChangeCategory.SCOPE);
		addEEnumLiteral(changeCategoryEEnum, ChangeCategory.SCHEDULE);
		addEEnumLiteral(changeCategoryEEnum, ChangeCategory.COST);
		addEEnumLiteral(changeCategoryEEnum, ChangeCategory.QUALITY);
		addEEnumLiteral(changeCategoryEEnum, ChangeCategory.RESOURCES);

		initEEnum(changePriorityEEnum, ChangePriority.class, "ChangePriority");
		addEEnumLiteral(changePriorityEEnum, ChangePriority.LOW);
		addEEnumLiteral(changePriorityEEnum, ChangePriority.MEDIUM);
		addEEnumLiteral(changePriorityEEnum, ChangePriority.HIGH);
		addEEnumLiteral(changePriorityEEnum, ChangePriority.CRITICAL);

		initEEnum(changeStatusEEnum, ChangeStatus.class, "ChangeStatus");
		addEEnumLiteral(changeStatusEEnum, ChangeStatus.DRAFT);
		addEEnumLiteral(changeStatusEEnum, ChangeStatus.SUBMITTED);
		addEEnumLiteral(changeStatusEEnum, ChangeStatus.UNDER_ASSESSMENT);
		addEEnumLiteral(changeStatusEEnum, ChangeStatus.AWAITING_DECISION);
		addEEnumLiteral(changeStatusEEnum, ChangeStatus.APPROVED);
		addEEnumLiteral(changeStatusEEnum, ChangeStatus.REJECTED);
		addEEnumLiteral(changeStatusEEnum, ChangeStatus.DEFERRED);
		addEEnumLiteral(changeStatusEEnum, ChangeStatus.WITHDRAWN);
		addEEnumLiteral(changeStatusEEnum, ChangeStatus.IMPLEMENTED);
		addEEnumLiteral(changeStatusEEnum, ChangeStatus.CLOSED);

		initEEnum(voteChoiceEEnum, VoteChoice.class, "VoteChoice");
		addEEnumLiteral(voteChoiceEEnum, VoteChoice.APPROVE);
		addEEnumLiteral(voteChoiceEEnum, VoteChoice.REJECT);
		addEEnumLiteral(voteChoiceEEnum, VoteChoice.ABSTAIN);

		initEEnum(criterionStatusEEnum, CriterionStatus.class, "CriterionStatus");
		addEEnumLiteral(criterionStatusEEnum, CriterionStatus.OPEN);
		addEEnumLiteral(criterionStatusEEnum, CriterionStatus.PASSED);
		addEEnumLiteral(criterionStatusEEnum, CriterionStatus.FAILED);
		addEEnumLiteral(criterionStatusEEnum, CriterionStatus.WAIVED);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://atrium.org/store
		createStoreAnnotations();
		// http://atrium.org/label
		createLabelAnnotations();
		// http://atrium.org/governance
		createGovernanceAnnotations();
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
		  (getChangeRequest_Code(),
		   source,
		   new String[] {
			   "length", "64",
			   "index", "true"
		   });
		addAnnotation
		  (getChangeRequest_Description(),
		   source,
		   new String[] {
			   "length", "32000"
		   });
		addAnnotation
		  (getChangeRequest_Justification(),
		   source,
		   new String[] {
			   "length", "4000"
		   });
		addAnnotation
		  (getChangeRequest_Project(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getChangeRequest_ScopeImpact(),
		   source,
		   new String[] {
			   "length", "4000"
		   });
		addAnnotation
		  (getChangeRequest_RiskNotes(),
		   source,
		   new String[] {
			   "length", "4000"
		   });
		addAnnotation
		  (getChangeRequest_RiskRef(),
		   source,
		   new String[] {
			   "length", "64"
		   });
		addAnnotation
		  (getVote_Comment(),
		   source,
		   new String[] {
			   "length", "4000"
		   });
		addAnnotation
		  (getApprovalPolicy_Portfolio(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getGateReview_Project(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getGateReview_Template(),
		   source,
		   new String[] {
			   "length", "128"
		   });
		addAnnotation
		  (getGateReview_Conditions(),
		   source,
		   new String[] {
			   "length", "4000"
		   });
		addAnnotation
		  (getGateCriterion_WaiverReason(),
		   source,
		   new String[] {
			   "length", "4000"
		   });
		addAnnotation
		  (getBaseline_Project(),
		   source,
		   new String[] {
			   "index", "true"
		   });
		addAnnotation
		  (getBaseline_TakenBy(),
		   source,
		   new String[] {
			   "length", "64"
		   });
		addAnnotation
		  (getBaseline_ChangeRequestId(),
		   source,
		   new String[] {
			   "length", "64"
		   });
		addAnnotation
		  (getBaseline_Currency(),
		   source,
		   new String[] {
			   "length", "3"
		   });
		addAnnotation
		  (getBaselineMilestone_MilestoneId(),
		   source,
		   new String[] {
			   "length", "64"
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
		  (getChangeRequest_Requested(),
		   source,
		   new String[] {
			   "label", "Requested on"
		   });
		addAnnotation
		  (getChangeRequest_ScheduleImpactDays(),
		   source,
		   new String[] {
			   "label", "Schedule impact (days)"
		   });
		addAnnotation
		  (getChangeRequest_CostDelta(),
		   source,
		   new String[] {
			   "label", "Cost delta"
		   });
		addAnnotation
		  (getChangeRequest_EffortDays(),
		   source,
		   new String[] {
			   "label", "Effort (person-days)"
		   });
		addAnnotation
		  (getChangeRequest_ScopeImpact(),
		   source,
		   new String[] {
			   "label", "Scope impact"
		   });
		addAnnotation
		  (getChangeRequest_RiskRef(),
		   source,
		   new String[] {
			   "label", "Linked risk id"
		   });
		addAnnotation
		  (getChangeRequest_DecidedOn(),
		   source,
		   new String[] {
			   "label", "Decided on"
		   });
		addAnnotation
		  (getVote_Cast(),
		   source,
		   new String[] {
			   "label", "Cast at"
		   });
		addAnnotation
		  (getApprovalPolicy_SponsorCostLimit(),
		   source,
		   new String[] {
			   "label", "Sponsor decides up to (cost)"
		   });
		addAnnotation
		  (getApprovalPolicy_SponsorSlipDays(),
		   source,
		   new String[] {
			   "label", "Sponsor decides up to (days of slip)"
		   });
		addAnnotation
		  (getApprovalPolicy_CommitteeCostThreshold(),
		   source,
		   new String[] {
			   "label", "Steering committee above (cost)"
		   });
		addAnnotation
		  (getApprovalPolicy_CommitteeSlipDays(),
		   source,
		   new String[] {
			   "label", "Steering committee above (days of slip)"
		   });
		addAnnotation
		  (getApprovalPolicy_ApproverQuorum(),
		   source,
		   new String[] {
			   "label", "Approver quorum"
		   });
		addAnnotation
		  (getApprovalPolicy_CommitteeQuorum(),
		   source,
		   new String[] {
			   "label", "Steering committee quorum"
		   });
		addAnnotation
		  (getApprovalPolicy_DecisionDueDays(),
		   source,
		   new String[] {
			   "label", "Decision due within (days)"
		   });
		addAnnotation
		  (gateReviewEClass,
		   source,
		   new String[] {
			   "label", "Gate review"
		   });
		addAnnotation
		  (getGateReview_Decision(),
		   source,
		   new String[] {
			   "label", "Go/no-go decision"
		   });
		addAnnotation
		  (getGateReview_DecidedOn(),
		   source,
		   new String[] {
			   "label", "Decided on"
		   });
		addAnnotation
		  (gateCriterionEClass,
		   source,
		   new String[] {
			   "label", "Gate criterion"
		   });
		addAnnotation
		  (getBaseline_Taken(),
		   source,
		   new String[] {
			   "label", "Taken at"
		   });
		addAnnotation
		  (getBaseline_ChangeRequestId(),
		   source,
		   new String[] {
			   "label", "Change request id"
		   });
		addAnnotation
		  (getBaseline_BudgetPlanned(),
		   source,
		   new String[] {
			   "label", "Planned budget"
		   });
		addAnnotation
		  (getBaseline_BudgetForecast(),
		   source,
		   new String[] {
			   "label", "Forecast cost"
		   });
		addAnnotation
		  (baselineMilestoneEClass,
		   source,
		   new String[] {
			   "label", "Baseline milestone"
		   });
	}

	/**
	 * Initializes the annotations for <b>http://atrium.org/governance</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createGovernanceAnnotations() {
		String source = "http://atrium.org/governance";
		addAnnotation
		  (getChangeRequest_DecidedOn(),
		   source,
		   new String[] {
			   "permission", "approve"
		   });
		addAnnotation
		  (getChangeRequest_Votes(),
		   source,
		   new String[] {
			   "permission", "approve"
		   });
		addAnnotation
		  (voteEClass,
		   source,
		   new String[] {
			   "permission", "approve"
		   });
		addAnnotation
		  (approvalPolicyEClass,
		   source,
		   new String[] {
			   "permission", "manageGovernance"
		   });
		addAnnotation
		  (getGateReview_Decision(),
		   source,
		   new String[] {
			   "permission", "approve"
		   });
		addAnnotation
		  (getGateReview_Conditions(),
		   source,
		   new String[] {
			   "permission", "approve"
		   });
		addAnnotation
		  (getGateReview_DecidedBy(),
		   source,
		   new String[] {
			   "permission", "approve"
		   });
		addAnnotation
		  (getGateReview_DecidedOn(),
		   source,
		   new String[] {
			   "permission", "approve"
		   });
	}

} //ChangesPackageImpl
