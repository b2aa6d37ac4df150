/**
 */
package org.atrium.meetings.model.meetings;

import java.time.Instant;

import org.atrium.core.model.pmo.DocumentRef;
import org.atrium.core.model.pmo.Entity;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Meeting</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One occurrence of a series: when and where, its status, attendance, agenda with minutes, decisions, actions and documents.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.meetings.model.meetings.Meeting#getStart <em>Start</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.Meeting#getEnd <em>End</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.Meeting#getLocation <em>Location</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.Meeting#getOnlineLink <em>Online Link</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.Meeting#getStatus <em>Status</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.Meeting#getAttendees <em>Attendees</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.Meeting#getAgendaItems <em>Agenda Items</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.Meeting#getDecisions <em>Decisions</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.Meeting#getActions <em>Actions</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.Meeting#getDocuments <em>Documents</em>}</li>
 * </ul>
 *
 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getMeeting()
 * @model
 * @generated
 */
public interface Meeting extends Entity {
	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(Instant)
	 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getMeeting_Start()
	 * @model dataType="org.atrium.core.model.pmo.Instant"
	 *        annotation="http://atrium.org/store index='true'"
	 * @generated
	 */
	Instant getStart();

	/**
	 * Sets the value of the '{@link org.atrium.meetings.model.meetings.Meeting#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(Instant value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(Instant)
	 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getMeeting_End()
	 * @model dataType="org.atrium.core.model.pmo.Instant"
	 * @generated
	 */
	Instant getEnd();

	/**
	 * Sets the value of the '{@link org.atrium.meetings.model.meetings.Meeting#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(Instant value);

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getMeeting_Location()
	 * @model annotation="http://atrium.org/store length='512'"
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.atrium.meetings.model.meetings.Meeting#getLocation <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Location</em>' attribute.
	 * @see #getLocation()
	 * @generated
	 */
	void setLocation(String value);

	/**
	 * Returns the value of the '<em><b>Online Link</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Online Link</em>' attribute.
	 * @see #setOnlineLink(String)
	 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getMeeting_OnlineLink()
	 * @model annotation="http://atrium.org/label label='Online link'"
	 *        annotation="http://atrium.org/store length='2000'"
	 * @generated
	 */
	String getOnlineLink();

	/**
	 * Sets the value of the '{@link org.atrium.meetings.model.meetings.Meeting#getOnlineLink <em>Online Link</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Online Link</em>' attribute.
	 * @see #getOnlineLink()
	 * @generated
	 */
	void setOnlineLink(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.atrium.meetings.model.meetings.MeetingStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.atrium.meetings.model.meetings.MeetingStatus
	 * @see #setStatus(MeetingStatus)
	 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getMeeting_Status()
	 * @model
	 * @generated
	 */
	MeetingStatus getStatus();

	/**
	 * Sets the value of the '{@link org.atrium.meetings.model.meetings.Meeting#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.atrium.meetings.model.meetings.MeetingStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(MeetingStatus value);

	/**
	 * Returns the value of the '<em><b>Attendees</b></em>' containment reference list.
	 * The list contents are of type {@link org.atrium.meetings.model.meetings.Attendee}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attendees</em>' containment reference list.
	 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getMeeting_Attendees()
	 * @model containment="true"
	 * @generated
	 */
	EList<Attendee> getAttendees();

	/**
	 * Returns the value of the '<em><b>Agenda Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.atrium.meetings.model.meetings.AgendaItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Agenda Items</em>' containment reference list.
	 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getMeeting_AgendaItems()
	 * @model containment="true"
	 *        annotation="http://atrium.org/label label='Agenda'"
	 * @generated
	 */
	EList<AgendaItem> getAgendaItems();

	/**
	 * Returns the value of the '<em><b>Decisions</b></em>' containment reference list.
	 * The list contents are of type {@link org.atrium.meetings.model.meetings.Decision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decisions</em>' containment reference list.
	 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getMeeting_Decisions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Decision> getDecisions();

	/**
	 * Returns the value of the '<em><b>Actions</b></em>' containment reference list.
	 * The list contents are of type {@link org.atrium.meetings.model.meetings.ActionItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actions</em>' containment reference list.
	 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getMeeting_Actions()
	 * @model containment="true"
	 *        annotation="http://atrium.org/label label='Action items'"
	 * @generated
	 */
	EList<ActionItem> getActions();

	/**
	 * Returns the value of the '<em><b>Documents</b></em>' containment reference list.
	 * The list contents are of type {@link org.atrium.core.model.pmo.DocumentRef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Documents</em>' containment reference list.
	 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getMeeting_Documents()
	 * @model containment="true"
	 * @generated
	 */
	EList<DocumentRef> getDocuments();

} // Meeting
