/**
 */
package org.atrium.changes.model.changes;

import java.math.BigDecimal;

import org.atrium.core.model.pmo.Entity;
import org.atrium.core.model.pmo.Portfolio;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Approval Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Who decides a change request of a portfolio's projects: the sponsor alone for small changes, the approvers for medium ones, the steering committee by majority with a quorum for large ones.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.changes.model.changes.ApprovalPolicy#getPortfolio <em>Portfolio</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.ApprovalPolicy#getSponsorCostLimit <em>Sponsor Cost Limit</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.ApprovalPolicy#getSponsorSlipDays <em>Sponsor Slip Days</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.ApprovalPolicy#getCommitteeCostThreshold <em>Committee Cost Threshold</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.ApprovalPolicy#getCommitteeSlipDays <em>Committee Slip Days</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.ApprovalPolicy#getApproverQuorum <em>Approver Quorum</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.ApprovalPolicy#getCommitteeQuorum <em>Committee Quorum</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.ApprovalPolicy#getDecisionDueDays <em>Decision Due Days</em>}</li>
 * </ul>
 *
 * @see org.atrium.changes.model.changes.ChangesPackage#getApprovalPolicy()
 * @model annotation="http://atrium.org/governance permission='manageGovernance'"
 * @generated
 */
public interface ApprovalPolicy extends Entity {
	/**
	 * Returns the value of the '<em><b>Portfolio</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Portfolio</em>' reference.
	 * @see #setPortfolio(Portfolio)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getApprovalPolicy_Portfolio()
	 * @model annotation="http://atrium.org/store index='true'"
	 * @generated
	 */
	Portfolio getPortfolio();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.ApprovalPolicy#getPortfolio <em>Portfolio</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Portfolio</em>' reference.
	 * @see #getPortfolio()
	 * @generated
	 */
	void setPortfolio(Portfolio value);

	/**
	 * Returns the value of the '<em><b>Sponsor Cost Limit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sponsor Cost Limit</em>' attribute.
	 * @see #setSponsorCostLimit(BigDecimal)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getApprovalPolicy_SponsorCostLimit()
	 * @model annotation="http://atrium.org/label label='Sponsor decides up to (cost)'"
	 * @generated
	 */
	BigDecimal getSponsorCostLimit();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.ApprovalPolicy#getSponsorCostLimit <em>Sponsor Cost Limit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sponsor Cost Limit</em>' attribute.
	 * @see #getSponsorCostLimit()
	 * @generated
	 */
	void setSponsorCostLimit(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Sponsor Slip Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sponsor Slip Days</em>' attribute.
	 * @see #setSponsorSlipDays(int)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getApprovalPolicy_SponsorSlipDays()
	 * @model annotation="http://atrium.org/label label='Sponsor decides up to (days of slip)'"
	 * @generated
	 */
	int getSponsorSlipDays();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.ApprovalPolicy#getSponsorSlipDays <em>Sponsor Slip Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sponsor Slip Days</em>' attribute.
	 * @see #getSponsorSlipDays()
	 * @generated
	 */
	void setSponsorSlipDays(int value);

	/**
	 * Returns the value of the '<em><b>Committee Cost Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Committee Cost Threshold</em>' attribute.
	 * @see #setCommitteeCostThreshold(BigDecimal)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getApprovalPolicy_CommitteeCostThreshold()
	 * @model annotation="http://atrium.org/label label='Steering committee above (cost)'"
	 * @generated
	 */
	BigDecimal getCommitteeCostThreshold();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.ApprovalPolicy#getCommitteeCostThreshold <em>Committee Cost Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Committee Cost Threshold</em>' attribute.
	 * @see #getCommitteeCostThreshold()
	 * @generated
	 */
	void setCommitteeCostThreshold(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Committee Slip Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Committee Slip Days</em>' attribute.
	 * @see #setCommitteeSlipDays(int)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getApprovalPolicy_CommitteeSlipDays()
	 * @model annotation="http://atrium.org/label label='Steering committee above (days of slip)'"
	 * @generated
	 */
	int getCommitteeSlipDays();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.ApprovalPolicy#getCommitteeSlipDays <em>Committee Slip Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Committee Slip Days</em>' attribute.
	 * @see #getCommitteeSlipDays()
	 * @generated
	 */
	void setCommitteeSlipDays(int value);

	/**
	 * Returns the value of the '<em><b>Approver Quorum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Approver Quorum</em>' attribute.
	 * @see #setApproverQuorum(int)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getApprovalPolicy_ApproverQuorum()
	 * @model annotation="http://atrium.org/label label='Approver quorum'"
	 * @generated
	 */
	int getApproverQuorum();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.ApprovalPolicy#getApproverQuorum <em>Approver Quorum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Approver Quorum</em>' attribute.
	 * @see #getApproverQuorum()
	 * @generated
	 */
	void setApproverQuorum(int value);

	/**
	 * Returns the value of the '<em><b>Committee Quorum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Committee Quorum</em>' attribute.
	 * @see #setCommitteeQuorum(int)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getApprovalPolicy_CommitteeQuorum()
	 * @model annotation="http://atrium.org/label label='Steering committee quorum'"
	 * @generated
	 */
	int getCommitteeQuorum();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.ApprovalPolicy#getCommitteeQuorum <em>Committee Quorum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Committee Quorum</em>' attribute.
	 * @see #getCommitteeQuorum()
	 * @generated
	 */
	void setCommitteeQuorum(int value);

	/**
	 * Returns the value of the '<em><b>Decision Due Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A request awaiting decision longer than this is a health finding.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decision Due Days</em>' attribute.
	 * @see #setDecisionDueDays(int)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getApprovalPolicy_DecisionDueDays()
	 * @model annotation="http://atrium.org/label label='Decision due within (days)'"
	 * @generated
	 */
	int getDecisionDueDays();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.ApprovalPolicy#getDecisionDueDays <em>Decision Due Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision Due Days</em>' attribute.
	 * @see #getDecisionDueDays()
	 * @generated
	 */
	void setDecisionDueDays(int value);

} // ApprovalPolicy
