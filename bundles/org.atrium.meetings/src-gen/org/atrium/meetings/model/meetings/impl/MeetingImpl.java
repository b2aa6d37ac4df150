/**
 */
package org.atrium.meetings.model.meetings.impl;

import java.time.Instant;

import java.util.Collection;

import org.atrium.core.model.pmo.DocumentRef;

import org.atrium.core.model.pmo.impl.EntityImpl;

import org.atrium.meetings.model.meetings.ActionItem;
import org.atrium.meetings.model.meetings.AgendaItem;
import org.atrium.meetings.model.meetings.Attendee;
import org.atrium.meetings.model.meetings.Decision;
import org.atrium.meetings.model.meetings.Meeting;
import org.atrium.meetings.model.meetings.MeetingStatus;
import org.atrium.meetings.model.meetings.MeetingsPackage;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Meeting</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.meetings.model.meetings.impl.MeetingImpl#getStart <em>Start</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.impl.MeetingImpl#getEnd <em>End</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.impl.MeetingImpl#getLocation <em>Location</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.impl.MeetingImpl#getOnlineLink <em>Online Link</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.impl.MeetingImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.impl.MeetingImpl#getAttendees <em>Attendees</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.impl.MeetingImpl#getAgendaItems <em>Agenda Items</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.impl.MeetingImpl#getDecisions <em>Decisions</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.impl.MeetingImpl#getActions <em>Actions</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.impl.MeetingImpl#getDocuments <em>Documents</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MeetingImpl extends EntityImpl implements Meeting {
	/**
	 * The default value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected static final Instant START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected Instant start = START_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected static final Instant END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected Instant end = END_EDEFAULT;

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
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final MeetingStatus STATUS_EDEFAULT = MeetingStatus.PLANNED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected MeetingStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAttendees() <em>Attendees</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttendees()
	 * @generated
	 * @ordered
	 */
	protected EList<Attendee> attendees;

	/**
	 * The cached value of the '{@link #getAgendaItems() <em>Agenda Items</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgendaItems()
	 * @generated
	 * @ordered
	 */
	protected EList<AgendaItem> agendaItems;

	/**
	 * The cached value of the '{@link #getDecisions() <em>Decisions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisions()
	 * @generated
	 * @ordered
	 */
	protected EList<Decision> decisions;

	/**
	 * The cached value of the '{@link #getActions() <em>Actions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActions()
	 * @generated
	 * @ordered
	 */
	protected EList<ActionItem> actions;

	/**
	 * The cached value of the '{@link #getDocuments() <em>Documents</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocuments()
	 * @generated
	 * @ordered
	 */
	protected EList<DocumentRef> documents;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MeetingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MeetingsPackage.Literals.MEETING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getStart() {
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(Instant newStart) {
		Instant oldStart = start;
		start = newStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MeetingsPackage.MEETING__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getEnd() {
		return end;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnd(Instant newEnd) {
		Instant oldEnd = end;
		end = newEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MeetingsPackage.MEETING__END, oldEnd, end));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MeetingsPackage.MEETING__LOCATION, oldLocation, location));
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
			eNotify(new ENotificationImpl(this, Notification.SET, MeetingsPackage.MEETING__ONLINE_LINK, oldOnlineLink, onlineLink));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeetingStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(MeetingStatus newStatus) {
		MeetingStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MeetingsPackage.MEETING__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Attendee> getAttendees() {
		if (attendees == null) {
			attendees = new EObjectContainmentEList<Attendee>(Attendee.class, this, MeetingsPackage.MEETING__ATTENDEES);
		}
		return attendees;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AgendaItem> getAgendaItems() {
		if (agendaItems == null) {
			agendaItems = new EObjectContainmentEList<AgendaItem>(AgendaItem.class, this, MeetingsPackage.MEETING__AGENDA_ITEMS);
		}
		return agendaItems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Decision> getDecisions() {
		if (decisions == null) {
			decisions = new EObjectContainmentEList<Decision>(Decision.class, this, MeetingsPackage.MEETING__DECISIONS);
		}
		return decisions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ActionItem> getActions() {
		if (actions == null) {
			actions = new EObjectContainmentEList<ActionItem>(ActionItem.class, this, MeetingsPackage.MEETING__ACTIONS);
		}
		return actions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DocumentRef> getDocuments() {
		if (documents == null) {
			documents = new EObjectContainmentEList<DocumentRef>(DocumentRef.class, this, MeetingsPackage.MEETING__DOCUMENTS);
		}
		return documents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case MeetingsPackage.MEETING__ATTENDEES:
				return ((InternalEList<?>)getAttendees()).basicRemove(otherEnd, msgs);
			case MeetingsPackage.MEETING__AGENDA_ITEMS:
				return ((InternalEList<?>)getAgendaItems()).basicRemove(otherEnd, msgs);
			case MeetingsPackage.MEETING__DECISIONS:
				return ((InternalEList<?>)getDecisions()).basicRemove(otherEnd, msgs);
			case MeetingsPackage.MEETING__ACTIONS:
				return ((InternalEList<?>)getActions()).basicRemove(otherEnd, msgs);
			case MeetingsPackage.MEETING__DOCUMENTS:
				return ((InternalEList<?>)getDocuments()).basicRemove(otherEnd, msgs);
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
			case MeetingsPackage.MEETING__START:
				return getStart();
			case MeetingsPackage.MEETING__END:
				return getEnd();
			case MeetingsPackage.MEETING__LOCATION:
				return getLocation();
			case MeetingsPackage.MEETING__ONLINE_LINK:
				return getOnlineLink();
			case MeetingsPackage.MEETING__STATUS:
				return getStatus();
			case MeetingsPackage.MEETING__ATTENDEES:
				return getAttendees();
			case MeetingsPackage.MEETING__AGENDA_ITEMS:
				return getAgendaItems();
			case MeetingsPackage.MEETING__DECISIONS:
				return getDecisions();
			case MeetingsPackage.MEETING__ACTIONS:
				return getActions();
			case MeetingsPackage.MEETING__DOCUMENTS:
				return getDocuments();
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
			case MeetingsPackage.MEETING__START:
				setStart((Instant)newValue);
				return;
			case MeetingsPackage.MEETING__END:
				setEnd((Instant)newValue);
				return;
			case MeetingsPackage.MEETING__LOCATION:
				setLocation((String)newValue);
				return;
			case MeetingsPackage.MEETING__ONLINE_LINK:
				setOnlineLink((String)newValue);
				return;
			case MeetingsPackage.MEETING__STATUS:
				setStatus((MeetingStatus)newValue);
				return;
			case MeetingsPackage.MEETING__ATTENDEES:
				getAttendees().clear();
				getAttendees().addAll((Collection<? extends Attendee>)newValue);
				return;
			case MeetingsPackage.MEETING__AGENDA_ITEMS:
				getAgendaItems().clear();
				getAgendaItems().addAll((Collection<? extends AgendaItem>)newValue);
				return;
			case MeetingsPackage.MEETING__DECISIONS:
				getDecisions().clear();
				getDecisions().addAll((Collection<? extends Decision>)newValue);
				return;
			case MeetingsPackage.MEETING__ACTIONS:
				getActions().clear();
				getActions().addAll((Collection<? extends ActionItem>)newValue);
				return;
			case MeetingsPackage.MEETING__DOCUMENTS:
				getDocuments().clear();
				getDocuments().addAll((Collection<? extends DocumentRef>)newValue);
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
			case MeetingsPackage.MEETING__START:
				setStart(START_EDEFAULT);
				return;
			case MeetingsPackage.MEETING__END:
				setEnd(END_EDEFAULT);
				return;
			case MeetingsPackage.MEETING__LOCATION:
				setLocation(LOCATION_EDEFAULT);
				return;
			case MeetingsPackage.MEETING__ONLINE_LINK:
				setOnlineLink(ONLINE_LINK_EDEFAULT);
				return;
			case MeetingsPackage.MEETING__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case MeetingsPackage.MEETING__ATTENDEES:
				getAttendees().clear();
				return;
			case MeetingsPackage.MEETING__AGENDA_ITEMS:
				getAgendaItems().clear();
				return;
			case MeetingsPackage.MEETING__DECISIONS:
				getDecisions().clear();
				return;
			case MeetingsPackage.MEETING__ACTIONS:
				getActions().clear();
				return;
			case MeetingsPackage.MEETING__DOCUMENTS:
				getDocuments().clear();
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
			case MeetingsPackage.MEETING__START:
				return START_EDEFAULT == null ? start != null : !START_EDEFAULT.equals(start);
			case MeetingsPackage.MEETING__END:
				return END_EDEFAULT == null ? end != null : !END_EDEFAULT.equals(end);
			case MeetingsPackage.MEETING__LOCATION:
				return LOCATION_EDEFAULT == null ? location != null : !LOCATION_EDEFAULT.equals(location);
			case MeetingsPackage.MEETING__ONLINE_LINK:
				return ONLINE_LINK_EDEFAULT == null ? onlineLink != null : !ONLINE_LINK_EDEFAULT.equals(onlineLink);
			case MeetingsPackage.MEETING__STATUS:
				return status != STATUS_EDEFAULT;
			case MeetingsPackage.MEETING__ATTENDEES:
				return attendees != null && !attendees.isEmpty();
			case MeetingsPackage.MEETING__AGENDA_ITEMS:
				return agendaItems != null && !agendaItems.isEmpty();
			case MeetingsPackage.MEETING__DECISIONS:
				return decisions != null && !decisions.isEmpty();
			case MeetingsPackage.MEETING__ACTIONS:
				return actions != null && !actions.isEmpty();
			case MeetingsPackage.MEETING__DOCUMENTS:
				return documents != null && !documents.isEmpty();
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
		result.append(" (start: ");
		result.append(start);
		result.append(", end: ");
		result.append(end);
		result.append(", location: ");
		result.append(location);
		result.append(", onlineLink: ");
		result.append(onlineLink);
		result.append(", status: ");
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //MeetingImpl
