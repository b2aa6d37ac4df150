/**
 */
package org.atrium.meetings.model.meetings;

import org.atrium.core.model.pmo.Entity;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Meeting Template</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The agenda a new meeting of a type starts with; the office edits it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.meetings.model.meetings.MeetingTemplate#getType <em>Type</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.MeetingTemplate#getItems <em>Items</em>}</li>
 * </ul>
 *
 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getMeetingTemplate()
 * @model
 * @generated
 */
public interface MeetingTemplate extends Entity {
	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.atrium.meetings.model.meetings.MeetingType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.atrium.meetings.model.meetings.MeetingType
	 * @see #setType(MeetingType)
	 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getMeetingTemplate_Type()
	 * @model annotation="http://atrium.org/store index='true'"
	 * @generated
	 */
	MeetingType getType();

	/**
	 * Sets the value of the '{@link org.atrium.meetings.model.meetings.MeetingTemplate#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.atrium.meetings.model.meetings.MeetingType
	 * @see #getType()
	 * @generated
	 */
	void setType(MeetingType value);

	/**
	 * Returns the value of the '<em><b>Items</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Items</em>' attribute list.
	 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getMeetingTemplate_Items()
	 * @model annotation="http://atrium.org/label label='Agenda items'"
	 * @generated
	 */
	EList<String> getItems();

} // MeetingTemplate
