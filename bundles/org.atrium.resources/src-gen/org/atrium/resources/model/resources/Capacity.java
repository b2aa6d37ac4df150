/**
 */
package org.atrium.resources.model.resources;

import java.math.BigDecimal;

import org.atrium.core.model.pmo.Entity;
import org.atrium.core.model.pmo.Person;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Capacity</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The hours a person works in a week (fewer when part-time), and their absences. A person without one works 40 hours a week.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.resources.model.resources.Capacity#getPerson <em>Person</em>}</li>
 *   <li>{@link org.atrium.resources.model.resources.Capacity#getWeeklyHours <em>Weekly Hours</em>}</li>
 *   <li>{@link org.atrium.resources.model.resources.Capacity#getAbsences <em>Absences</em>}</li>
 * </ul>
 *
 * @see org.atrium.resources.model.resources.ResourcesPackage#getCapacity()
 * @model
 * @generated
 */
public interface Capacity extends Entity {
	/**
	 * Returns the value of the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Person</em>' reference.
	 * @see #setPerson(Person)
	 * @see org.atrium.resources.model.resources.ResourcesPackage#getCapacity_Person()
	 * @model
	 * @generated
	 */
	Person getPerson();

	/**
	 * Sets the value of the '{@link org.atrium.resources.model.resources.Capacity#getPerson <em>Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Person</em>' reference.
	 * @see #getPerson()
	 * @generated
	 */
	void setPerson(Person value);

	/**
	 * Returns the value of the '<em><b>Weekly Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Weekly Hours</em>' attribute.
	 * @see #setWeeklyHours(BigDecimal)
	 * @see org.atrium.resources.model.resources.ResourcesPackage#getCapacity_WeeklyHours()
	 * @model annotation="http://atrium.org/label label='Hours per week'"
	 * @generated
	 */
	BigDecimal getWeeklyHours();

	/**
	 * Sets the value of the '{@link org.atrium.resources.model.resources.Capacity#getWeeklyHours <em>Weekly Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weekly Hours</em>' attribute.
	 * @see #getWeeklyHours()
	 * @generated
	 */
	void setWeeklyHours(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Absences</b></em>' containment reference list.
	 * The list contents are of type {@link org.atrium.resources.model.resources.Absence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Absences</em>' containment reference list.
	 * @see org.atrium.resources.model.resources.ResourcesPackage#getCapacity_Absences()
	 * @model containment="true"
	 * @generated
	 */
	EList<Absence> getAbsences();

} // Capacity
