/**
 */
package org.atrium.meetings.model.meetings.impl;

import java.time.Instant;
import java.time.LocalDate;

import java.util.Collection;

import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.Scope;

import org.atrium.core.model.pmo.impl.EntityImpl;

import org.atrium.meetings.model.meetings.Attendee;
import org.atrium.meetings.model.meetings.Meeting;
import org.atrium.meetings.model.meetings.MeetingSeries;
import org.atrium.meetings.model.meetings.MeetingType;
import org.atrium.meetings.model.meetings.MeetingsPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Meeting Series</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.meetings.model.meetings.impl.MeetingSeriesImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.impl.MeetingSeriesImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.impl.MeetingSeriesImpl#getScope <em>Scope</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.impl.MeetingSeriesImpl#getOrganizer <em>Organizer</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.impl.MeetingSeriesImpl#getTimeZone <em>Time Zone</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.impl.MeetingSeriesImpl#getFirstStart <em>First Start</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.impl.MeetingSeriesImpl#getDurationMinutes <em>Duration Minutes</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.impl.MeetingSeriesImpl#getRecurrence <em>Recurrence</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.impl.MeetingSeriesImpl#getExceptionDates <em>Exception Dates</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.impl.MeetingSeriesImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.impl.MeetingSeriesImpl#getOnlineLink <em>Online Link</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.impl.MeetingSeriesImpl#getUid <em>Uid</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.impl.MeetingSeriesImpl#getSequence <em>Sequence</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.impl.MeetingSeriesImpl#getInvitees <em>Invitees</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.impl.MeetingSeriesImpl#getMeetings <em>Meetings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MeetingSeriesImpl extends EntityImpl implements MeetingSeries {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final MeetingType TYPE_EDEFAULT = MeetingType.ONE_ON_ONE;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected MeetingType type = TYPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getScope() <em>Scope</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected Scope scope;

	/**
	 * The cached value of the '{@link #getOrganizer() <em>Organizer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrganizer()
	 * @generated
	 * @ordered
	 */
	protected Person organizer;

	/**
	 * The default value of the '{@link #getTimeZone() <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeZone()
	 * @generated
	 * @ordered
	 */
	protected static final String TIME_ZONE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTimeZone() <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeZone()
	 * @generated
	 * @ordered
	 */
	protected String timeZone = TIME_ZONE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFirstStart() <em>First Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstStart()
	 * @generated
	 * @ordered
	 */
	protected static final Instant FIRST_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFirstStart() <em>First Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstStart()
	 * @generated
	 * @ordered
	 */
	protected Instant firstStart = FIRST_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getDurationMinutes() <em>Duration Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final int DURATION_MINUTES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDurationMinutes() <em>Duration Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationMinutes()
	 * @generated
	 * @ordered
	 */
	protected int durationMinutes = DURATION_MINUTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecurrence() <em>Recurrence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecurrence()
	 * @generated
	 * @ordered
	 */
	protected static final String RECURRENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRecurrence() <em>Recurrence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecurrence()
	 * @generated
	 * @ordered
	 */
	protected String recurrence = RECURRENCE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getExceptionDates() <em>Exception Dates</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExceptionDates()
	 * @generated
	 * @ordered
	 */
	protected EList<LocalDate> exceptionDates;

	/**
	 * The default value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLocation() <em>Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocation()
	 * @generated
	 * @ordered
	 */
	protected String location = LOCATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getOnlineLink() <em>Online Link</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnlineLink()
	 * @generated
	 * @ordered
	 */
	protected static final String ONLINE_LINK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOnlineLink() <em>Online Link</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOnlineLink()
	 * @generated
	 * @ordered
	 */
	protected String onlineLink = ONLINE_LINK_EDEFAULT;

	/**
	 * The default value of the '{@link #getUid() <em>Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUid()
	 * @generated
	 * @ordered
	 */
	protected static final String UID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUid() <em>Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUid()
	 * @generated
	 * @ordered
	 */
	protected String uid = UID_EDEFAULT;

	/**
	 * The default value of the '{@link #getSequence() <em>Sequence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSequence()
	 * @generated
	 * @ordered
	 */
	protected static final int SEQUENCE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSequence() <em>Sequence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSequence()
	 * @generated
	 * @ordered
	 */
	protected int sequence = SEQUENCE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getInvitees() <em>Invitees</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInvitees()
	 * @generated
	 * @ordered
	 */
	protected EList<Attendee> invitees;

	/**
	 * The cached value of the '{@link #getMeetings() <em>Meetings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeetings()
	 * @generated
	 * @ordered
	 */
	protected EList<Meeting> meetings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MeetingSeriesImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MeetingsPackage.Literals.MEETING_SERIES;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MeetingsPackage.MEETING_SERIES__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeetingType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(MeetingType newType) {
		MeetingType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MeetingsPackage.MEETING_SERIES__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scope getScope() {
		if (scope != null && scope.eIsProxy()) {
			InternalEObject oldScope = (InternalEObject)scope;
			scope = (Scope)eResolveProxy(oldScope);
			if (scope != oldScope) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MeetingsPackage.MEETING_SERIES__SCOPE, oldScope, scope));
			}
		}
		return scope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Scope basicGetScope() {
		return scope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScope(Scope newScope) {
		Scope oldScope = scope;
		scope = newScope;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MeetingsPackage.MEETING_SERIES__SCOPE, oldScope, scope));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getOrganizer() {
		if (organizer != null && organizer.eIsProxy()) {
			InternalEObject oldOrganizer = (InternalEObject)organizer;
			organizer = (Person)eResolveProxy(oldOrganizer);
			if (organizer != oldOrganizer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MeetingsPackage.MEETING_SERIES__ORGANIZER, oldOrganizer, organizer));
			}
		}
		return organizer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetOrganizer() {
		return organizer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrganizer(Person newOrganizer) {
		Person oldOrganizer = organizer;
		organizer = newOrganizer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MeetingsPackage.MEETING_SERIES__ORGANIZER, oldOrganizer, organizer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTimeZone() {
		return timeZone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeZone(String newTimeZone) {
		String oldTimeZone = timeZone;
		timeZone = newTimeZone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MeetingsPackage.MEETING_SERIES__TIME_ZONE, oldTimeZone, timeZone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getFirstStart() {
		return firstStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstStart(Instant newFirstStart) {
		Instant oldFirstStart = firstStart;
		firstStart = newFirstStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MeetingsPackage.MEETING_SERIES__FIRST_START, oldFirstStart, firstStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDurationMinutes() {
		return durationMinutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationMinutes(int newDurationMinutes) {
		int oldDurationMinutes = durationMinutes;
		durationMinutes = newDurationMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MeetingsPackage.MEETING_SERIES__DURATION_MINUTES, oldDurationMinutes, durationMinutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRecurrence() {
		return recurrence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecurrence(String newRecurrence) {
		String oldRecurrence = recurrence;
		recurrence = newRecurrence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MeetingsPackage.MEETING_SERIES__RECURRENCE, oldRecurrence, recurrence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LocalDate> getExceptionDates() {
		if (exceptionDates == null) {
			exceptionDates = new EDataTypeUniqueEList<LocalDate>(LocalDate.class, this, MeetingsPackage.MEETING_SERIES__EXCEPTION_DATES);
		}
		return exceptionDates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLocation() {
		return location;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocation(String newLocation) {
		String oldLocation = location;
		location = newLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MeetingsPackage.MEETING_SERIES__LOCATION, oldLocation, location));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOnlineLink() {
		return onlineLink;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOnlineLink(String newOnlineLink) {
		String oldOnlineLink = onlineLink;
		onlineLink = newOnlineLink;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MeetingsPackage.MEETING_SERIES__ONLINE_LINK, oldOnlineLink, onlineLink));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUid() {
		return uid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUid(String newUid) {
		String oldUid = uid;
		uid = newUid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MeetingsPackage.MEETING_SERIES__UID, oldUid, uid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSequence() {
		return sequence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSequence(int newSequence) {
		int oldSequence = sequence;
		sequence = newSequence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MeetingsPackage.MEETING_SERIES__SEQUENCE, oldSequence, sequence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Attendee> getInvitees() {
		if (invitees == null) {
			invitees = new EObjectContainmentEList<Attendee>(Attendee.class, this, MeetingsPackage.MEETING_SERIES__INVITEES);
		}
		return invitees;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Meeting> getMeetings() {
		if (meetings == null) {
			meetings = new EObjectContainmentEList<Meeting>(Meeting.class, this, MeetingsPackage.MEETING_SERIES__MEETINGS);
		}
		return meetings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MeetingsPackage.MEETING_SERIES__INVITEES:
				return ((InternalEList<?>)getInvitees()).basicRemove(otherEnd, msgs);
			case MeetingsPackage.MEETING_SERIES__MEETINGS:
				return ((InternalEList<?>)getMeetings()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MeetingsPackage.MEETING_SERIES__TITLE:
				return getTitle();
			case MeetingsPackage.MEETING_SERIES__TYPE:
				return getType();
			case MeetingsPackage.MEETING_SERIES__SCOPE:
				if (resolve) return getScope();
				return basicGetScope();
			case MeetingsPackage.MEETING_SERIES__ORGANIZER:
				if (resolve) return getOrganizer();
				return basicGetOrganizer();
			case MeetingsPackage.MEETING_SERIES__TIME_ZONE:
				return getTimeZone();
			case MeetingsPackage.MEETING_SERIES__FIRST_START:
				return getFirstStart();
			case MeetingsPackage.MEETING_SERIES__DURATION_MINUTES:
				return getDurationMinutes();
			case MeetingsPackage.MEETING_SERIES__RECURRENCE:
				return getRecurrence();
			case MeetingsPackage.MEETING_SERIES__EXCEPTION_DATES:
				return getExceptionDates();
			case MeetingsPackage.MEETING_SERIES__LOCATION:
				return getLocation();
			case MeetingsPackage.MEETING_SERIES__ONLINE_LINK:
				return getOnlineLink();
			case MeetingsPackage.MEETING_SERIES__UID:
				return getUid();
			case MeetingsPackage.MEETING_SERIES__SEQUENCE:
				return getSequence();
			case MeetingsPackage.MEETING_SERIES__INVITEES:
				return getInvitees();
			case MeetingsPackage.MEETING_SERIES__MEETINGS:
				return getMeetings();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case MeetingsPackage.MEETING_SERIES__TITLE:
				setTitle((String)newValue);
				return;
			case MeetingsPackage.MEETING_SERIES__TYPE:
				setType((MeetingType)newValue);
				return;
			case MeetingsPackage.MEETING_SERIES__SCOPE:
				setScope((Scope)newValue);
				return;
			case MeetingsPackage.MEETING_SERIES__ORGANIZER:
				setOrganizer((Person)newValue);
				return;
			case MeetingsPackage.MEETING_SERIES__TIME_ZONE:
				setTimeZone((String)newValue);
				return;
			case MeetingsPackage.MEETING_SERIES__FIRST_START:
				setFirstStart((Instant)newValue);
				return;
			case MeetingsPackage.MEETING_SERIES__DURATION_MINUTES:
				setDurationMinutes((Integer)newValue);
				return;
			case MeetingsPackage.MEETING_SERIES__RECURRENCE:
				setRecurrence((String)newValue);
				return;
			case MeetingsPackage.MEETING_SERIES__EXCEPTION_DATES:
				getExceptionDates().clear();
				getExceptionDates().addAll((Collection<? extends LocalDate>)newValue);
				return;
			case MeetingsPackage.MEETING_SERIES__LOCATION:
				setLocation((String)newValue);
				return;
			case MeetingsPackage.MEETING_SERIES__ONLINE_LINK:
				setOnlineLink((String)newValue);
				return;
			case MeetingsPackage.MEETING_SERIES__UID:
				setUid((String)newValue);
				return;
			case MeetingsPackage.MEETING_SERIES__SEQUENCE:
				setSequence((Integer)newValue);
				return;
			case MeetingsPackage.MEETING_SERIES__INVITEES:
				getInvitees().clear();
				getInvitees().addAll((Collection<? extends Attendee>)newValue);
				return;
			case MeetingsPackage.MEETING_SERIES__MEETINGS:
				getMeetings().clear();
				getMeetings().addAll((Collection<? extends Meeting>)newValue);
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
			case MeetingsPackage.MEETING_SERIES__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case MeetingsPackage.MEETING_SERIES__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case MeetingsPackage.MEETING_SERIES__SCOPE:
				setScope((Scope)null);
				return;
			case MeetingsPackage.MEETING_SERIES__ORGANIZER:
				setOrganizer((Person)null);
				return;
			case MeetingsPackage.MEETING_SERIES__TIME_ZONE:
				setTimeZone(TIME_ZONE_EDEFAULT);
				return;
			case MeetingsPackage.MEETING_SERIES__FIRST_START:
				setFirstStart(FIRST_START_EDEFAULT);
				return;
			case MeetingsPackage.MEETING_SERIES__DURATION_MINUTES:
				setDurationMinutes(DURATION_MINUTES_EDEFAULT);
				return;
			case MeetingsPackage.MEETING_SERIES__RECURRENCE:
				setRecurrence(RECURRENCE_EDEFAULT);
				return;
			case MeetingsPackage.MEETING_SERIES__EXCEPTION_DATES:
				getExceptionDates().clear();
				return;
			case MeetingsPackage.MEETING_SERIES__LOCATION:
				setLocation(LOCATION_EDEFAULT);
				return;
			case MeetingsPackage.MEETING_SERIES__ONLINE_LINK:
				setOnlineLink(ONLINE_LINK_EDEFAULT);
				return;
			case MeetingsPackage.MEETING_SERIES__UID:
				setUid(UID_EDEFAULT);
				return;
			case MeetingsPackage.MEETING_SERIES__SEQUENCE:
				setSequence(SEQUENCE_EDEFAULT);
				return;
			case MeetingsPackage.MEETING_SERIES__INVITEES:
				getInvitees().clear();
				return;
			case MeetingsPackage.MEETING_SERIES__MEETINGS:
				getMeetings().clear();
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
			case MeetingsPackage.MEETING_SERIES__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case MeetingsPackage.MEETING_SERIES__TYPE:
				return type != TYPE_EDEFAULT;
			case MeetingsPackage.MEETING_SERIES__SCOPE:
				return scope != null;
			case MeetingsPackage.MEETING_SERIES__ORGANIZER:
				return organizer != null;
			case MeetingsPackage.MEETING_SERIES__TIME_ZONE:
				return TIME_ZONE_EDEFAULT == null ? timeZone != null : !TIME_ZONE_EDEFAULT.equals(timeZone);
			case MeetingsPackage.MEETING_SERIES__FIRST_START:
				return FIRST_START_EDEFAULT == null ? firstStart != null : !FIRST_START_EDEFAULT.equals(firstStart);
			case MeetingsPackage.MEETING_SERIES__DURATION_MINUTES:
				return durationMinutes != DURATION_MINUTES_EDEFAULT;
			case MeetingsPackage.MEETING_SERIES__RECURRENCE:
				return RECURRENCE_EDEFAULT == null ? recurrence != null : !RECURRENCE_EDEFAULT.equals(recurrence);
			case MeetingsPackage.MEETING_SERIES__EXCEPTION_DATES:
				return exceptionDates != null && !exceptionDates.isEmpty();
			case MeetingsPackage.MEETING_SERIES__LOCATION:
				return LOCATION_EDEFAULT == null ? location != null : !LOCATION_EDEFAULT.equals(location);
			case MeetingsPackage.MEETING_SERIES__ONLINE_LINK:
				return ONLINE_LINK_EDEFAULT == null ? onlineLink != null : !ONLINE_LINK_EDEFAULT.equals(onlineLink);
			case MeetingsPackage.MEETING_SERIES__UID:
				return UID_EDEFAULT == null ? uid != null : !UID_EDEFAULT.equals(uid);
			case MeetingsPackage.MEETING_SERIES__SEQUENCE:
				return sequence != SEQUENCE_EDEFAULT;
			case MeetingsPackage.MEETING_SERIES__INVITEES:
				return invitees != null && !invitees.isEmpty();
			case MeetingsPackage.MEETING_SERIES__MEETINGS:
				return meetings != null && !meetings.isEmpty();
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
		result.append(" (title: ");
		result.append(title);
		result.append(", type: ");
		result.append(type);
		result.append(", timeZone: ");
		result.append(timeZone);
		result.append(", firstStart: ");
		result.append(firstStart);
		result.append(", durationMinutes: ");
		result.append(durationMinutes);
		result.append(", recurrence: ");
		result.append(recurrence);
		result.append(", exceptionDates: ");
		result.append(exceptionDates);
		result.append(", location: ");
		result.append(location);
		result.append(", onlineLink: ");
		result.append(onlineLink);
		result.append(", uid: ");
		result.append(uid);
		result.append(", sequence: ");
		result.append(sequence);
		result.append(')');
		return result.toString();
	}

} //MeetingSeriesImpl
