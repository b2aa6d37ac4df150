/**
 */
package org.atrium.changes.model.changes.impl;

import java.math.BigDecimal;

import org.atrium.changes.model.changes.ApprovalPolicy;
import org.atrium.changes.model.changes.ChangesPackage;

import org.atrium.core.model.pmo.Portfolio;

import org.atrium.core.model.pmo.impl.EntityImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Approval Policy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.changes.model.changes.impl.ApprovalPolicyImpl#getPortfolio <em>Portfolio</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.ApprovalPolicyImpl#getSponsorCostLimit <em>Sponsor Cost Limit</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.ApprovalPolicyImpl#getSponsorSlipDays <em>Sponsor Slip Days</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.ApprovalPolicyImpl#getCommitteeCostThreshold <em>Committee Cost Threshold</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.ApprovalPolicyImpl#getCommitteeSlipDays <em>Committee Slip Days</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.ApprovalPolicyImpl#getApproverQuorum <em>Approver Quorum</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.ApprovalPolicyImpl#getCommitteeQuorum <em>Committee Quorum</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.ApprovalPolicyImpl#getDecisionDueDays <em>Decision Due Days</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ApprovalPolicyImpl extends EntityImpl implements ApprovalPolicy {
	/**
	 * The cached value of the '{@link #getPortfolio() <em>Portfolio</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPortfolio()
	 * @generated
	 * @ordered
	 */
	protected Portfolio portfolio;

	/**
	 * The default value of the '{@link #getSponsorCostLimit() <em>Sponsor Cost Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSponsorCostLimit()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal SPONSOR_COST_LIMIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSponsorCostLimit() <em>Sponsor Cost Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSponsorCostLimit()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal sponsorCostLimit = SPONSOR_COST_LIMIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSponsorSlipDays() <em>Sponsor Slip Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSponsorSlipDays()
	 * @generated
	 * @ordered
	 */
	protected static final int SPONSOR_SLIP_DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSponsorSlipDays() <em>Sponsor Slip Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSponsorSlipDays()
	 * @generated
	 * @ordered
	 */
	protected int sponsorSlipDays = SPONSOR_SLIP_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCommitteeCostThreshold() <em>Committee Cost Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommitteeCostThreshold()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal COMMITTEE_COST_THRESHOLD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCommitteeCostThreshold() <em>Committee Cost Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommitteeCostThreshold()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal committeeCostThreshold = COMMITTEE_COST_THRESHOLD_EDEFAULT;

	/**
	 * The default value of the '{@link #getCommitteeSlipDays() <em>Committee Slip Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommitteeSlipDays()
	 * @generated
	 * @ordered
	 */
	protected static final int COMMITTEE_SLIP_DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCommitteeSlipDays() <em>Committee Slip Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommitteeSlipDays()
	 * @generated
	 * @ordered
	 */
	protected int committeeSlipDays = COMMITTEE_SLIP_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getApproverQuorum() <em>Approver Quorum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApproverQuorum()
	 * @generated
	 * @ordered
	 */
	protected static final int APPROVER_QUORUM_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getApproverQuorum() <em>Approver Quorum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApproverQuorum()
	 * @generated
	 * @ordered
	 */
	protected int approverQuorum = APPROVER_QUORUM_EDEFAULT;

	/**
	 * The default value of the '{@link #getCommitteeQuorum() <em>Committee Quorum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommitteeQuorum()
	 * @generated
	 * @ordered
	 */
	protected static final int COMMITTEE_QUORUM_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCommitteeQuorum() <em>Committee Quorum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommitteeQuorum()
	 * @generated
	 * @ordered
	 */
	protected int committeeQuorum = COMMITTEE_QUORUM_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecisionDueDays() <em>Decision Due Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisionDueDays()
	 * @generated
	 * @ordered
	 */
	protected static final int DECISION_DUE_DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDecisionDueDays() <em>Decision Due Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisionDueDays()
	 * @generated
	 * @ordered
	 */
	protected int decisionDueDays = DECISION_DUE_DAYS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ApprovalPolicyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ChangesPackage.Literals.APPROVAL_POLICY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Portfolio getPortfolio() {
		if (portfolio != null && portfolio.eIsProxy()) {
			InternalEObject oldPortfolio = (InternalEObject)portfolio;
			portfolio = (Portfolio)eResolveProxy(oldPortfolio);
			if (portfolio != oldPortfolio) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ChangesPackage.APPROVAL_POLICY__PORTFOLIO, oldPortfolio, portfolio));
			}
		}
		return portfolio;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Portfolio basicGetPortfolio() {
		return portfolio;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPortfolio(Portfolio newPortfolio) {
		Portfolio oldPortfolio = portfolio;
		portfolio = newPortfolio;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.APPROVAL_POLICY__PORTFOLIO, oldPortfolio, portfolio));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getSponsorCostLimit() {
		return sponsorCostLimit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSponsorCostLimit(BigDecimal newSponsorCostLimit) {
		BigDecimal oldSponsorCostLimit = sponsorCostLimit;
		sponsorCostLimit = newSponsorCostLimit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.APPROVAL_POLICY__SPONSOR_COST_LIMIT, oldSponsorCostLimit, sponsorCostLimit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSponsorSlipDays() {
		return sponsorSlipDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSponsorSlipDays(int newSponsorSlipDays) {
		int oldSponsorSlipDays = sponsorSlipDays;
		sponsorSlipDays = newSponsorSlipDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.APPROVAL_POLICY__SPONSOR_SLIP_DAYS, oldSponsorSlipDays, sponsorSlipDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getCommitteeCostThreshold() {
		return committeeCostThreshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCommitteeCostThreshold(BigDecimal newCommitteeCostThreshold) {
		BigDecimal oldCommitteeCostThreshold = committeeCostThreshold;
		committeeCostThreshold = newCommitteeCostThreshold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.APPROVAL_POLICY__COMMITTEE_COST_THRESHOLD, oldCommitteeCostThreshold, committeeCostThreshold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCommitteeSlipDays() {
		return committeeSlipDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCommitteeSlipDays(int newCommitteeSlipDays) {
		int oldCommitteeSlipDays = committeeSlipDays;
		committeeSlipDays = newCommitteeSlipDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.APPROVAL_POLICY__COMMITTEE_SLIP_DAYS, oldCommitteeSlipDays, committeeSlipDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getApproverQuorum() {
		return approverQuorum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApproverQuorum(int newApproverQuorum) {
		int oldApproverQuorum = approverQuorum;
		approverQuorum = newApproverQuorum;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.APPROVAL_POLICY__APPROVER_QUORUM, oldApproverQuorum, approverQuorum));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCommitteeQuorum() {
		return committeeQuorum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCommitteeQuorum(int newCommitteeQuorum) {
		int oldCommitteeQuorum = committeeQuorum;
		committeeQuorum = newCommitteeQuorum;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.APPROVAL_POLICY__COMMITTEE_QUORUM, oldCommitteeQuorum, committeeQuorum));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDecisionDueDays() {
		return decisionDueDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecisionDueDays(int newDecisionDueDays) {
		int oldDecisionDueDays = decisionDueDays;
		decisionDueDays = newDecisionDueDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.APPROVAL_POLICY__DECISION_DUE_DAYS, oldDecisionDueDays, decisionDueDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ChangesPackage.APPROVAL_POLICY__PORTFOLIO:
				if (resolve) return getPortfolio();
				return basicGetPortfolio();
			case ChangesPackage.APPROVAL_POLICY__SPONSOR_COST_LIMIT:
				return getSponsorCostLimit();
			case ChangesPackage.APPROVAL_POLICY__SPONSOR_SLIP_DAYS:
				return getSponsorSlipDays();
			case ChangesPackage.APPROVAL_POLICY__COMMITTEE_COST_THRESHOLD:
				return getCommitteeCostThreshold();
			case ChangesPackage.APPROVAL_POLICY__COMMITTEE_SLIP_DAYS:
				return getCommitteeSlipDays();
			case ChangesPackage.APPROVAL_POLICY__APPROVER_QUORUM:
				return getApproverQuorum();
			case ChangesPackage.APPROVAL_POLICY__COMMITTEE_QUORUM:
				return getCommitteeQuorum();
			case ChangesPackage.APPROVAL_POLICY__DECISION_DUE_DAYS:
				return getDecisionDueDays();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ChangesPackage.APPROVAL_POLICY__PORTFOLIO:
				setPortfolio((Portfolio)newValue);
				return;
			case ChangesPackage.APPROVAL_POLICY__SPONSOR_COST_LIMIT:
				setSponsorCostLimit((BigDecimal)newValue);
				return;
			case ChangesPackage.APPROVAL_POLICY__SPONSOR_SLIP_DAYS:
				setSponsorSlipDays((Integer)newValue);
				return;
			case ChangesPackage.APPROVAL_POLICY__COMMITTEE_COST_THRESHOLD:
				setCommitteeCostThreshold((BigDecimal)newValue);
				return;
			case ChangesPackage.APPROVAL_POLICY__COMMITTEE_SLIP_DAYS:
				setCommitteeSlipDays((Integer)newValue);
				return;
			case ChangesPackage.APPROVAL_POLICY__APPROVER_QUORUM:
				setApproverQuorum((Integer)newValue);
				return;
			case ChangesPackage.APPROVAL_POLICY__COMMITTEE_QUORUM:
				setCommitteeQuorum((Integer)newValue);
				return;
			case ChangesPackage.APPROVAL_POLICY__DECISION_DUE_DAYS:
				setDecisionDueDays((Integer)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ChangesPackage.APPROVAL_POLICY__PORTFOLIO:
				setPortfolio((Portfolio)null);
				return;
			case ChangesPackage.APPROVAL_POLICY__SPONSOR_COST_LIMIT:
				setSponsorCostLimit(SPONSOR_COST_LIMIT_EDEFAULT);
				return;
			case ChangesPackage.APPROVAL_POLICY__SPONSOR_SLIP_DAYS:
				setSponsorSlipDays(SPONSOR_SLIP_DAYS_EDEFAULT);
				return;
			case ChangesPackage.APPROVAL_POLICY__COMMITTEE_COST_THRESHOLD:
				setCommitteeCostThreshold(COMMITTEE_COST_THRESHOLD_EDEFAULT);
				return;
			case ChangesPackage.APPROVAL_POLICY__COMMITTEE_SLIP_DAYS:
				setCommitteeSlipDays(COMMITTEE_SLIP_DAYS_EDEFAULT);
				return;
			case ChangesPackage.APPROVAL_POLICY__APPROVER_QUORUM:
				setApproverQuorum(APPROVER_QUORUM_EDEFAULT);
				return;
			case ChangesPackage.APPROVAL_POLICY__COMMITTEE_QUORUM:
				setCommitteeQuorum(COMMITTEE_QUORUM_EDEFAULT);
				return;
			case ChangesPackage.APPROVAL_POLICY__DECISION_DUE_DAYS:
				setDecisionDueDays(DECISION_DUE_DAYS_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ChangesPackage.APPROVAL_POLICY__PORTFOLIO:
				return portfolio != null;
			case ChangesPackage.APPROVAL_POLICY__SPONSOR_COST_LIMIT:
				return SPONSOR_COST_LIMIT_EDEFAULT == null ? sponsorCostLimit != null : !SPONSOR_COST_LIMIT_EDEFAULT.equals(sponsorCostLimit);
			case ChangesPackage.APPROVAL_POLICY__SPONSOR_SLIP_DAYS:
				return sponsorSlipDays != SPONSOR_SLIP_DAYS_EDEFAULT;
			case ChangesPackage.APPROVAL_POLICY__COMMITTEE_COST_THRESHOLD:
				return COMMITTEE_COST_THRESHOLD_EDEFAULT == null ? committeeCostThreshold != null : !COMMITTEE_COST_THRESHOLD_EDEFAULT.equals(committeeCostThreshold);
			case ChangesPackage.APPROVAL_POLICY__COMMITTEE_SLIP_DAYS:
				return committeeSlipDays != COMMITTEE_SLIP_DAYS_EDEFAULT;
			case ChangesPackage.APPROVAL_POLICY__APPROVER_QUORUM:
				return approverQuorum != APPROVER_QUORUM_EDEFAULT;
			case ChangesPackage.APPROVAL_POLICY__COMMITTEE_QUORUM:
				return committeeQuorum != COMMITTEE_QUORUM_EDEFAULT;
			case ChangesPackage.APPROVAL_POLICY__DECISION_DUE_DAYS:
				return decisionDueDays != DECISION_DUE_DAYS_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (sponsorCostLimit: ");
		result.append(sponsorCostLimit);
		result.append(", sponsorSlipDays: ");
		result.append(sponsorSlipDays);
		result.append(", committeeCostThreshold: ");
		result.append(committeeCostThreshold);
		result.append(", committeeSlipDays: ");
		result.append(committeeSlipDays);
		result.append(", approverQuorum: ");
		result.append(approverQuorum);
		result.append(", committeeQuorum: ");
		result.append(committeeQuorum);
		result.append(", decisionDueDays: ");
		result.append(decisionDueDays);
		result.append(')');
		return result.toString();
	}

} //ApprovalPolicyImpl
