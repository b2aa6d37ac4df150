/**
 */
package org.atrium.meetings.model.meetings;

import java.time.LocalDate;

import org.atrium.core.model.pmo.Entity;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.Project;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Decision</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An entry of the decision register: what was decided, by whom, when, for which project, and its status.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.meetings.model.meetings.Decision#getText <em>Text</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.Decision#getDecidedBy <em>Decided By</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.Decision#getDecidedOn <em>Decided On</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.Decision#getProject <em>Project</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.Decision#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getDecision()
 * @model
 * @generated
 */
public interface Decision extends Entity {
	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getDecision_Text()
	 * @model annotation="http://atrium.org/store length='4000'"
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.atrium.meetings.model.meetings.Decision#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Decided By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decided By</em>' reference.
	 * @see #setDecidedBy(Person)
	 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getDecision_DecidedBy()
	 * @model annotation="http://atrium.org/label label='Decided by'"
	 * @generated
	 */
	Person getDecidedBy();

	/**
	 * Sets the value of the '{@link org.atrium.meetings.model.meetings.Decision#getDecidedBy <em>Decided By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decided By</em>' reference.
	 * @see #getDecidedBy()
	 * @generated
	 */
	void setDecidedBy(Person value);

	/**
	 * Returns the value of the '<em><b>Decided On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decided On</em>' attribute.
	 * @see #setDecidedOn(LocalDate)
	 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getDecision_DecidedOn()
	 * @model dataType="org.atrium.core.model.pmo.LocalDate"
	 *        annotation="http://atrium.org/label label='Decided on'"
	 * @generated
	 */
	LocalDate getDecidedOn();

	/**
	 * Sets the value of the '{@link org.atrium.meetings.model.meetings.Decision#getDecidedOn <em>Decided On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decided On</em>' attribute.
	 * @see #getDecidedOn()
	 * @generated
	 */
	void setDecidedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Project</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Project</em>' reference.
	 * @see #setProject(Project)
	 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getDecision_Project()
	 * @model annotation="http://atrium.org/store index='true'"
	 * @generated
	 */
	Project getProject();

	/**
	 * Sets the value of the '{@link org.atrium.meetings.model.meetings.Decision#getProject <em>Project</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Project</em>' reference.
	 * @see #getProject()
	 * @generated
	 */
	void setProject(Project value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.atrium.meetings.model.meetings.DecisionStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.atrium.meetings.model.meetings.DecisionStatus
	 * @see #setStatus(DecisionStatus)
	 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getDecision_Status()
	 * @model
	 * @generated
	 */
	DecisionStatus getStatus();

	/**
	 * Sets the value of the '{@link org.atrium.meetings.model.meetings.Decision#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.atrium.meetings.model.meetings.DecisionStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(DecisionStatus value);

} // Decision
