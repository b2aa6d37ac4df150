/**
 */
package org.atrium.meetings.model.meetings;

import java.time.Instant;
import java.time.LocalDate;

import org.atrium.core.model.pmo.Entity;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.Scope;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Meeting Series</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A meeting that recurs (or happens once): its type, the portfolio, program or project it belongs to, its organizer, time zone and RFC 5545 recurrence, and its occurrences.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.meetings.model.meetings.MeetingSeries#getTitle <em>Title</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.MeetingSeries#getType <em>Type</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.MeetingSeries#getScope <em>Scope</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.MeetingSeries#getOrganizer <em>Organizer</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.MeetingSeries#getTimeZone <em>Time Zone</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.MeetingSeries#getFirstStart <em>First Start</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.MeetingSeries#getDurationMinutes <em>Duration Minutes</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.MeetingSeries#getRecurrence <em>Recurrence</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.MeetingSeries#getExceptionDates <em>Exception Dates</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.MeetingSeries#getLocation <em>Location</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.MeetingSeries#getOnlineLink <em>Online Link</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.MeetingSeries#getUid <em>Uid</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.MeetingSeries#getSequence <em>Sequence</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.MeetingSeries#getInvitees <em>Invitees</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.MeetingSeries#getMeetings <em>Meetings</em>}</li>
 * </ul>
 *
 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getMeetingSeries()
 * @model
 * @generated
 */
public interface MeetingSeries extends Entity {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getMeetingSeries_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.atrium.meetings.model.meetings.MeetingSeries#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.atrium.meetings.model.meetings.MeetingType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.atrium.meetings.model.meetings.MeetingType
	 * @see #setType(MeetingType)
	 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getMeetingSeries_Type()
	 * @model
	 * @generated
	 */
	MeetingType getType();

	/**
	 * Sets the value of the '{@link org.atrium.meetings.model.meetings.MeetingSeries#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.atrium.meetings.model.meetings.MeetingType
	 * @see #getType()
	 * @generated
	 */
	void setType(MeetingType value);

	/**
	 * Returns the value of the '<em><b>Scope</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The portfolio, program or project whose meeting this is; it governs who may change it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scope</em>' reference.
	 * @see #setScope(Scope)
	 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getMeetingSeries_Scope()
	 * @model annotation="http://atrium.org/label label='Belongs to'"
	 *        annotation="http://atrium.org/store index='true'"
	 * @generated
	 */
	Scope getScope();

	/**
	 * Sets the value of the '{@link org.atrium.meetings.model.meetings.MeetingSeries#getScope <em>Scope</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' reference.
	 * @see #getScope()
	 * @generated
	 */
	void setScope(Scope value);

	/**
	 * Returns the value of the '<em><b>Organizer</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organizer</em>' reference.
	 * @see #setOrganizer(Person)
	 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getMeetingSeries_Organizer()
	 * @model annotation="http://atrium.org/store index='true'"
	 * @generated
	 */
	Person getOrganizer();

	/**
	 * Sets the value of the '{@link org.atrium.meetings.model.meetings.MeetingSeries#getOrganizer <em>Organizer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organizer</em>' reference.
	 * @see #getOrganizer()
	 * @generated
	 */
	void setOrganizer(Person value);

	/**
	 * Returns the value of the '<em><b>Time Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The IANA time zone the meeting is planned in, such as Europe/Berlin.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time Zone</em>' attribute.
	 * @see #setTimeZone(String)
	 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getMeetingSeries_TimeZone()
	 * @model annotation="http://atrium.org/store length='64'"
	 * @generated
	 */
	String getTimeZone();

	/**
	 * Sets the value of the '{@link org.atrium.meetings.model.meetings.MeetingSeries#getTimeZone <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Zone</em>' attribute.
	 * @see #getTimeZone()
	 * @generated
	 */
	void setTimeZone(String value);

	/**
	 * Returns the value of the '<em><b>First Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the first occurrence starts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>First Start</em>' attribute.
	 * @see #setFirstStart(Instant)
	 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getMeetingSeries_FirstStart()
	 * @model dataType="org.atrium.core.model.pmo.Instant"
	 *        annotation="http://atrium.org/label label='First start'"
	 * @generated
	 */
	Instant getFirstStart();

	/**
	 * Sets the value of the '{@link org.atrium.meetings.model.meetings.MeetingSeries#getFirstStart <em>First Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Start</em>' attribute.
	 * @see #getFirstStart()
	 * @generated
	 */
	void setFirstStart(Instant value);

	/**
	 * Returns the value of the '<em><b>Duration Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Duration Minutes</em>' attribute.
	 * @see #setDurationMinutes(int)
	 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getMeetingSeries_DurationMinutes()
	 * @model annotation="http://atrium.org/label label='Duration (minutes)'"
	 * @generated
	 */
	int getDurationMinutes();

	/**
	 * Sets the value of the '{@link org.atrium.meetings.model.meetings.MeetingSeries#getDurationMinutes <em>Duration Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Minutes</em>' attribute.
	 * @see #getDurationMinutes()
	 * @generated
	 */
	void setDurationMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Recurrence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An RFC 5545 RRULE such as FREQ=WEEKLY;BYDAY=MO; empty for a meeting that happens once.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recurrence</em>' attribute.
	 * @see #setRecurrence(String)
	 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getMeetingSeries_Recurrence()
	 * @model annotation="http://atrium.org/store length='512'"
	 * @generated
	 */
	String getRecurrence();

	/**
	 * Sets the value of the '{@link org.atrium.meetings.model.meetings.MeetingSeries#getRecurrence <em>Recurrence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recurrence</em>' attribute.
	 * @see #getRecurrence()
	 * @generated
	 */
	void setRecurrence(String value);

	/**
	 * Returns the value of the '<em><b>Exception Dates</b></em>' attribute list.
	 * The list contents are of type {@link java.time.LocalDate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Dates, in the series' time zone, on which no occurrence takes place (EXDATE).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exception Dates</em>' attribute list.
	 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getMeetingSeries_ExceptionDates()
	 * @model dataType="org.atrium.core.model.pmo.LocalDate"
	 *        annotation="http://atrium.org/label label='Exceptions'"
	 * @generated
	 */
	EList<LocalDate> getExceptionDates();

	/**
	 * Returns the value of the '<em><b>Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Location</em>' attribute.
	 * @see #setLocation(String)
	 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getMeetingSeries_Location()
	 * @model annotation="http://atrium.org/store length='512'"
	 * @generated
	 */
	String getLocation();

	/**
	 * Sets the value of the '{@link org.atrium.meetings.model.meetings.MeetingSeries#getLocation <em>Location</em>}' attribute.
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
	 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getMeetingSeries_OnlineLink()
	 * @model annotation="http://atrium.org/label label='Online link'"
	 *        annotation="http://atrium.org/store length='2000'"
	 * @generated
	 */
	String getOnlineLink();

	/**
	 * Sets the value of the '{@link org.atrium.meetings.model.meetings.MeetingSeries#getOnlineLink <em>Online Link</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Online Link</em>' attribute.
	 * @see #getOnlineLink()
	 * @generated
	 */
	void setOnlineLink(String value);

	/**
	 * Returns the value of the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The stable UID of the series in calendars (.ics); imports match on it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Uid</em>' attribute.
	 * @see #setUid(String)
	 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getMeetingSeries_Uid()
	 * @model annotation="http://atrium.org/label label='Calendar UID'"
	 *        annotation="http://atrium.org/store length='255' index='true'"
	 * @generated
	 */
	String getUid();

	/**
	 * Sets the value of the '{@link org.atrium.meetings.model.meetings.MeetingSeries#getUid <em>Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uid</em>' attribute.
	 * @see #getUid()
	 * @generated
	 */
	void setUid(String value);

	/**
	 * Returns the value of the '<em><b>Sequence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The RFC 5545 SEQUENCE: raised with each change exported to calendars.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sequence</em>' attribute.
	 * @see #setSequence(int)
	 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getMeetingSeries_Sequence()
	 * @model
	 * @generated
	 */
	int getSequence();

	/**
	 * Sets the value of the '{@link org.atrium.meetings.model.meetings.MeetingSeries#getSequence <em>Sequence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sequence</em>' attribute.
	 * @see #getSequence()
	 * @generated
	 */
	void setSequence(int value);

	/**
	 * Returns the value of the '<em><b>Invitees</b></em>' containment reference list.
	 * The list contents are of type {@link org.atrium.meetings.model.meetings.Attendee}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who is invited to every occurrence.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Invitees</em>' containment reference list.
	 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getMeetingSeries_Invitees()
	 * @model containment="true"
	 * @generated
	 */
	EList<Attendee> getInvitees();

	/**
	 * Returns the value of the '<em><b>Meetings</b></em>' containment reference list.
	 * The list contents are of type {@link org.atrium.meetings.model.meetings.Meeting}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Meetings</em>' containment reference list.
	 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getMeetingSeries_Meetings()
	 * @model containment="true"
	 *        annotation="http://atrium.org/label label='Occurrences'"
	 * @generated
	 */
	EList<Meeting> getMeetings();

} // MeetingSeries
