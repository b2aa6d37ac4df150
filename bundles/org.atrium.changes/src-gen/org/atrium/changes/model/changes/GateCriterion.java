/**
 */
package org.atrium.changes.model.changes;

import org.atrium.core.model.pmo.DocumentRef;
import org.atrium.core.model.pmo.Entity;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Gate Criterion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One item of a gate checklist, such as UAT signed off: its status and the evidence; a mandatory one must be passed, or waived with a reason, before a go.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.changes.model.changes.GateCriterion#getName <em>Name</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.GateCriterion#isMandatory <em>Mandatory</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.GateCriterion#getStatus <em>Status</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.GateCriterion#getWaiverReason <em>Waiver Reason</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.GateCriterion#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @see org.atrium.changes.model.changes.ChangesPackage#getGateCriterion()
 * @model annotation="http://atrium.org/label label='Gate criterion'"
 * @generated
 */
public interface GateCriterion extends Entity {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getGateCriterion_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.GateCriterion#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Mandatory</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mandatory</em>' attribute.
	 * @see #setMandatory(boolean)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getGateCriterion_Mandatory()
	 * @model default="true"
	 * @generated
	 */
	boolean isMandatory();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.GateCriterion#isMandatory <em>Mandatory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mandatory</em>' attribute.
	 * @see #isMandatory()
	 * @generated
	 */
	void setMandatory(boolean value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.atrium.changes.model.changes.CriterionStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.atrium.changes.model.changes.CriterionStatus
	 * @see #setStatus(CriterionStatus)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getGateCriterion_Status()
	 * @model
	 * @generated
	 */
	CriterionStatus getStatus();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.GateCriterion#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.atrium.changes.model.changes.CriterionStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(CriterionStatus value);

	/**
	 * Returns the value of the '<em><b>Waiver Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Waiver Reason</em>' attribute.
	 * @see #setWaiverReason(String)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getGateCriterion_WaiverReason()
	 * @model annotation="http://atrium.org/store length='4000'"
	 * @generated
	 */
	String getWaiverReason();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.GateCriterion#getWaiverReason <em>Waiver Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Waiver Reason</em>' attribute.
	 * @see #getWaiverReason()
	 * @generated
	 */
	void setWaiverReason(String value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence</em>' reference.
	 * @see #setEvidence(DocumentRef)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getGateCriterion_Evidence()
	 * @model
	 * @generated
	 */
	DocumentRef getEvidence();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.GateCriterion#getEvidence <em>Evidence</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence</em>' reference.
	 * @see #getEvidence()
	 * @generated
	 */
	void setEvidence(DocumentRef value);

} // GateCriterion
