/**
 */
package org.atrium.meetings.model.meetings;

import java.time.LocalDate;

import org.atrium.core.model.pmo.Entity;
import org.atrium.core.model.pmo.Person;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Action Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An action raised in a meeting (its container), with an owner, a due date and a status.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.meetings.model.meetings.ActionItem#getTitle <em>Title</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.ActionItem#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.ActionItem#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.ActionItem#getStatus <em>Status</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.ActionItem#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getActionItem()
 * @model annotation="http://atrium.org/label label='Action item'"
 * @generated
 */
public interface ActionItem extends Entity {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getActionItem_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.atrium.meetings.model.meetings.ActionItem#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Person)
	 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getActionItem_Owner()
	 * @model annotation="http://atrium.org/store index='true'"
	 * @generated
	 */
	Person getOwner();

	/**
	 * Sets the value of the '{@link org.atrium.meetings.model.meetings.ActionItem#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Person value);

	/**
	 * Returns the value of the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Due Date</em>' attribute.
	 * @see #setDueDate(LocalDate)
	 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getActionItem_DueDate()
	 * @model dataType="org.atrium.core.model.pmo.LocalDate"
	 *        annotation="http://atrium.org/label label='Due date'"
	 * @generated
	 */
	LocalDate getDueDate();

	/**
	 * Sets the value of the '{@link org.atrium.meetings.model.meetings.ActionItem#getDueDate <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due Date</em>' attribute.
	 * @see #getDueDate()
	 * @generated
	 */
	void setDueDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.atrium.meetings.model.meetings.ActionStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.atrium.meetings.model.meetings.ActionStatus
	 * @see #setStatus(ActionStatus)
	 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getActionItem_Status()
	 * @model
	 * @generated
	 */
	ActionStatus getStatus();

	/**
	 * Sets the value of the '{@link org.atrium.meetings.model.meetings.ActionItem#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.atrium.meetings.model.meetings.ActionStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ActionStatus value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getActionItem_Notes()
	 * @model annotation="http://atrium.org/store length='4000'"
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.atrium.meetings.model.meetings.ActionItem#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

} // ActionItem
