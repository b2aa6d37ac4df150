/**
 */
package org.atrium.changes.model.changes;

import java.time.LocalDate;

import org.atrium.core.model.pmo.Entity;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Baseline Milestone</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A milestone as a baseline recorded it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.changes.model.changes.BaselineMilestone#getMilestoneId <em>Milestone Id</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.BaselineMilestone#getName <em>Name</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.BaselineMilestone#getPlannedDate <em>Planned Date</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.BaselineMilestone#isGate <em>Gate</em>}</li>
 * </ul>
 *
 * @see org.atrium.changes.model.changes.ChangesPackage#getBaselineMilestone()
 * @model annotation="http://atrium.org/label label='Baseline milestone'"
 * @generated
 */
public interface BaselineMilestone extends Entity {
	/**
	 * Returns the value of the '<em><b>Milestone Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Milestone Id</em>' attribute.
	 * @see #setMilestoneId(String)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getBaselineMilestone_MilestoneId()
	 * @model annotation="http://atrium.org/store length='64'"
	 * @generated
	 */
	String getMilestoneId();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.BaselineMilestone#getMilestoneId <em>Milestone Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Milestone Id</em>' attribute.
	 * @see #getMilestoneId()
	 * @generated
	 */
	void setMilestoneId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getBaselineMilestone_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.BaselineMilestone#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Planned Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Planned Date</em>' attribute.
	 * @see #setPlannedDate(LocalDate)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getBaselineMilestone_PlannedDate()
	 * @model dataType="org.atrium.core.model.pmo.LocalDate"
	 * @generated
	 */
	LocalDate getPlannedDate();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.BaselineMilestone#getPlannedDate <em>Planned Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Planned Date</em>' attribute.
	 * @see #getPlannedDate()
	 * @generated
	 */
	void setPlannedDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Gate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gate</em>' attribute.
	 * @see #setGate(boolean)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getBaselineMilestone_Gate()
	 * @model
	 * @generated
	 */
	boolean isGate();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.BaselineMilestone#isGate <em>Gate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gate</em>' attribute.
	 * @see #isGate()
	 * @generated
	 */
	void setGate(boolean value);

} // BaselineMilestone
