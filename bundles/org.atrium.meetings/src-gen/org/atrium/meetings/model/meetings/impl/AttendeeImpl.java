/**
 */
package org.atrium.meetings.model.meetings.impl;

import org.atrium.core.model.pmo.Person;

import org.atrium.core.model.pmo.impl.EntityImpl;

import org.atrium.meetings.model.meetings.Attendance;
import org.atrium.meetings.model.meetings.Attendee;
import org.atrium.meetings.model.meetings.AttendeeRole;
import org.atrium.meetings.model.meetings.MeetingsPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Attendee</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.meetings.model.meetings.impl.AttendeeImpl#getPerson <em>Person</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.impl.AttendeeImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.impl.AttendeeImpl#getAttendance <em>Attendance</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AttendeeImpl extends EntityImpl implements Attendee {
	/**
	 * The cached value of the '{@link #getPerson() <em>Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerson()
	 * @generated
	 * @ordered
	 */
	protected Person person;

	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final AttendeeRole ROLE_EDEFAULT = AttendeeRole.REQUIRED;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected AttendeeRole role = ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAttendance() <em>Attendance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttendance()
	 * @generated
	 * @ordered
	 */
	protected static final Attendance ATTENDANCE_EDEFAULT = Attendance.UNRECORDED;

	/**
	 * The cached value of the '{@link #getAttendance() <em>Attendance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttendance()
	 * @generated
	 * @ordered
	 */
	protected Attendance attendance = ATTENDANCE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AttendeeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MeetingsPackage.Literals.ATTENDEE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getPerson() {
		if (person != null && person.eIsProxy()) {
			InternalEObject oldPerson = (InternalEObject)person;
			person = (Person)eResolveProxy(oldPerson);
			if (person != oldPerson) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MeetingsPackage.ATTENDEE__PERSON, oldPerson, person));
			}
		}
		return person;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetPerson() {
		return person;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerson(Person newPerson) {
		Person oldPerson = person;
		person = newPerson;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MeetingsPackage.ATTENDEE__PERSON, oldPerson, person));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AttendeeRole getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(AttendeeRole newRole) {
		AttendeeRole oldRole = role;
		role = newRole == null ? ROLE_EDEFAULT : newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MeetingsPackage.ATTENDEE__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Attendance getAttendance() {
		return attendance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttendance(Attendance newAttendance) {
		Attendance oldAttendance = attendance;
		attendance = newAttendance == null ? ATTENDANCE_EDEFAULT : newAttendance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MeetingsPackage.ATTENDEE__ATTENDANCE, oldAttendance, attendance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MeetingsPackage.ATTENDEE__PERSON:
				if (resolve) return getPerson();
				return basicGetPerson();
			case MeetingsPackage.ATTENDEE__ROLE:
				return getRole();
			case MeetingsPackage.ATTENDEE__ATTENDANCE:
				return getAttendance();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case MeetingsPackage.ATTENDEE__PERSON:
				setPerson((Person)newValue);
				return;
			case MeetingsPackage.ATTENDEE__ROLE:
				setRole((AttendeeRole)newValue);
				return;
			case MeetingsPackage.ATTENDEE__ATTENDANCE:
				setAttendance((Attendance)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case MeetingsPackage.ATTENDEE__PERSON:
				setPerson((Person)null);
				return;
			case MeetingsPackage.ATTENDEE__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case MeetingsPackage.ATTENDEE__ATTENDANCE:
				setAttendance(ATTENDANCE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case MeetingsPackage.ATTENDEE__PERSON:
				return person != null;
			case MeetingsPackage.ATTENDEE__ROLE:
				return role != ROLE_EDEFAULT;
			case MeetingsPackage.ATTENDEE__ATTENDANCE:
				return attendance != ATTENDANCE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (role: ");
		result.append(role);
		result.append(", attendance: ");
		result.append(attendance);
		result.append(')');
		return result.toString();
	}

} //AttendeeImpl
