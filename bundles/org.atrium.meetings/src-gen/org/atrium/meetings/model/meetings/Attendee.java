/**
 */
package org.atrium.meetings.model.meetings;

import org.atrium.core.model.pmo.Entity;
import org.atrium.core.model.pmo.Person;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Attendee</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A person invited to a meeting, required or optional, and whether they were there.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.meetings.model.meetings.Attendee#getPerson <em>Person</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.Attendee#getRole <em>Role</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.Attendee#getAttendance <em>Attendance</em>}</li>
 * </ul>
 *
 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getAttendee()
 * @model
 * @generated
 */
public interface Attendee extends Entity {
	/**
	 * Returns the value of the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Person</em>' reference.
	 * @see #setPerson(Person)
	 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getAttendee_Person()
	 * @model annotation="http://atrium.org/store index='true'"
	 * @generated
	 */
	Person getPerson();

	/**
	 * Sets the value of the '{@link org.atrium.meetings.model.meetings.Attendee#getPerson <em>Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Person</em>' reference.
	 * @see #getPerson()
	 * @generated
	 */
	void setPerson(Person value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.atrium.meetings.model.meetings.AttendeeRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.atrium.meetings.model.meetings.AttendeeRole
	 * @see #setRole(AttendeeRole)
	 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getAttendee_Role()
	 * @model
	 * @generated
	 */
	AttendeeRole getRole();

	/**
	 * Sets the value of the '{@link org.atrium.meetings.model.meetings.Attendee#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.atrium.meetings.model.meetings.AttendeeRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(AttendeeRole value);

	/**
	 * Returns the value of the '<em><b>Attendance</b></em>' attribute.
	 * The literals are from the enumeration {@link org.atrium.meetings.model.meetings.Attendance}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attendance</em>' attribute.
	 * @see org.atrium.meetings.model.meetings.Attendance
	 * @see #setAttendance(Attendance)
	 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getAttendee_Attendance()
	 * @model
	 * @generated
	 */
	Attendance getAttendance();

	/**
	 * Sets the value of the '{@link org.atrium.meetings.model.meetings.Attendee#getAttendance <em>Attendance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attendance</em>' attribute.
	 * @see org.atrium.meetings.model.meetings.Attendance
	 * @see #getAttendance()
	 * @generated
	 */
	void setAttendance(Attendance value);

} // Attendee
