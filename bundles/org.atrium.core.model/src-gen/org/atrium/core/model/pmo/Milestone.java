/**
 */
package org.atrium.core.model.pmo;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Milestone</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.core.model.pmo.Milestone#getName <em>Name</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.Milestone#getBaselineDate <em>Baseline Date</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.Milestone#getPlannedDate <em>Planned Date</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.Milestone#getActualDate <em>Actual Date</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.Milestone#isGate <em>Gate</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.Milestone#getGateDecision <em>Gate Decision</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.Milestone#getWorkstream <em>Workstream</em>}</li>
 * </ul>
 *
 * @see org.atrium.core.model.pmo.PmoPackage#getMilestone()
 * @model
 * @generated
 */
public interface Milestone extends Entity {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.atrium.core.model.pmo.PmoPackage#getMilestone_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.Milestone#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Baseline Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Baseline Date</em>' attribute.
	 * @see #setBaselineDate(LocalDate)
	 * @see org.atrium.core.model.pmo.PmoPackage#getMilestone_BaselineDate()
	 * @model dataType="org.atrium.core.model.pmo.LocalDate"
	 * @generated
	 */
	LocalDate getBaselineDate();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.Milestone#getBaselineDate <em>Baseline Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline Date</em>' attribute.
	 * @see #getBaselineDate()
	 * @generated
	 */
	void setBaselineDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Planned Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Planned Date</em>' attribute.
	 * @see #setPlannedDate(LocalDate)
	 * @see org.atrium.core.model.pmo.PmoPackage#getMilestone_PlannedDate()
	 * @model dataType="org.atrium.core.model.pmo.LocalDate"
	 * @generated
	 */
	LocalDate getPlannedDate();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.Milestone#getPlannedDate <em>Planned Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Planned Date</em>' attribute.
	 * @see #getPlannedDate()
	 * @generated
	 */
	void setPlannedDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Actual Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actual Date</em>' attribute.
	 * @see #setActualDate(LocalDate)
	 * @see org.atrium.core.model.pmo.PmoPackage#getMilestone_ActualDate()
	 * @model dataType="org.atrium.core.model.pmo.LocalDate"
	 * @generated
	 */
	LocalDate getActualDate();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.Milestone#getActualDate <em>Actual Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actual Date</em>' attribute.
	 * @see #getActualDate()
	 * @generated
	 */
	void setActualDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Gate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gate</em>' attribute.
	 * @see #setGate(boolean)
	 * @see org.atrium.core.model.pmo.PmoPackage#getMilestone_Gate()
	 * @model annotation="http://atrium.org/label label='Go/no-go gate'"
	 * @generated
	 */
	boolean isGate();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.Milestone#isGate <em>Gate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gate</em>' attribute.
	 * @see #isGate()
	 * @generated
	 */
	void setGate(boolean value);

	/**
	 * Returns the value of the '<em><b>Gate Decision</b></em>' attribute.
	 * The literals are from the enumeration {@link org.atrium.core.model.pmo.GateDecision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gate Decision</em>' attribute.
	 * @see org.atrium.core.model.pmo.GateDecision
	 * @see #setGateDecision(GateDecision)
	 * @see org.atrium.core.model.pmo.PmoPackage#getMilestone_GateDecision()
	 * @model annotation="http://atrium.org/governance permission='approve'"
	 *        annotation="http://atrium.org/label label='Go/no-go decision'"
	 * @generated
	 */
	GateDecision getGateDecision();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.Milestone#getGateDecision <em>Gate Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gate Decision</em>' attribute.
	 * @see org.atrium.core.model.pmo.GateDecision
	 * @see #getGateDecision()
	 * @generated
	 */
	void setGateDecision(GateDecision value);

	/**
	 * Returns the value of the '<em><b>Workstream</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Workstream</em>' reference.
	 * @see #setWorkstream(Workstream)
	 * @see org.atrium.core.model.pmo.PmoPackage#getMilestone_Workstream()
	 * @model
	 * @generated
	 */
	Workstream getWorkstream();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.Milestone#getWorkstream <em>Workstream</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Workstream</em>' reference.
	 * @see #getWorkstream()
	 * @generated
	 */
	void setWorkstream(Workstream value);

} // Milestone
