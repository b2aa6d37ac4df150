/**
 */
package org.atrium.meetings.model.meetings.impl;

import org.atrium.core.model.pmo.Person;

import org.atrium.core.model.pmo.impl.EntityImpl;

import org.atrium.meetings.model.meetings.AgendaItem;
import org.atrium.meetings.model.meetings.MeetingsPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Agenda Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.meetings.model.meetings.impl.AgendaItemImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.impl.AgendaItemImpl#getPresenter <em>Presenter</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.impl.AgendaItemImpl#getMinutesAllotted <em>Minutes Allotted</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.impl.AgendaItemImpl#getSubjectId <em>Subject Id</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.impl.AgendaItemImpl#getSubjectClass <em>Subject Class</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.impl.AgendaItemImpl#getMinutes <em>Minutes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AgendaItemImpl extends EntityImpl implements AgendaItem {
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
	 * The cached value of the '{@link #getPresenter() <em>Presenter</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPresenter()
	 * @generated
	 * @ordered
	 */
	protected Person presenter;

	/**
	 * The default value of the '{@link #getMinutesAllotted() <em>Minutes Allotted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinutesAllotted()
	 * @generated
	 * @ordered
	 */
	protected static final int MINUTES_ALLOTTED_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMinutesAllotted() <em>Minutes Allotted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinutesAllotted()
	 * @generated
	 * @ordered
	 */
	protected int minutesAllotted = MINUTES_ALLOTTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubjectId() <em>Subject Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubjectId()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBJECT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubjectId() <em>Subject Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubjectId()
	 * @generated
	 * @ordered
	 */
	protected String subjectId = SUBJECT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubjectClass() <em>Subject Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubjectClass()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBJECT_CLASS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubjectClass() <em>Subject Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubjectClass()
	 * @generated
	 * @ordered
	 */
	protected String subjectClass = SUBJECT_CLASS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinutes() <em>Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinutes()
	 * @generated
	 * @ordered
	 */
	protected static final String MINUTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMinutes() <em>Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinutes()
	 * @generated
	 * @ordered
	 */
	protected String minutes = MINUTES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AgendaItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MeetingsPackage.Literals.AGENDA_ITEM;
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
			eNotify(new ENotificationImpl(this, Notification.SET, MeetingsPackage.AGENDA_ITEM__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getPresenter() {
		if (presenter != null && presenter.eIsProxy()) {
			InternalEObject oldPresenter = (InternalEObject)presenter;
			presenter = (Person)eResolveProxy(oldPresenter);
			if (presenter != oldPresenter) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MeetingsPackage.AGENDA_ITEM__PRESENTER, oldPresenter, presenter));
			}
		}
		return presenter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetPresenter() {
		return presenter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPresenter(Person newPresenter) {
		Person oldPresenter = presenter;
		presenter = newPresenter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MeetingsPackage.AGENDA_ITEM__PRESENTER, oldPresenter, presenter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinutesAllotted() {
		return minutesAllotted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinutesAllotted(int newMinutesAllotted) {
		int oldMinutesAllotted = minutesAllotted;
		minutesAllotted = newMinutesAllotted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MeetingsPackage.AGENDA_ITEM__MINUTES_ALLOTTED, oldMinutesAllotted, minutesAllotted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubjectId() {
		return subjectId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubjectId(String newSubjectId) {
		String oldSubjectId = subjectId;
		subjectId = newSubjectId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MeetingsPackage.AGENDA_ITEM__SUBJECT_ID, oldSubjectId, subjectId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubjectClass() {
		return subjectClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubjectClass(String newSubjectClass) {
		String oldSubjectClass = subjectClass;
		subjectClass = newSubjectClass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MeetingsPackage.AGENDA_ITEM__SUBJECT_CLASS, oldSubjectClass, subjectClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMinutes() {
		return minutes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinutes(String newMinutes) {
		String oldMinutes = minutes;
		minutes = newMinutes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MeetingsPackage.AGENDA_ITEM__MINUTES, oldMinutes, minutes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MeetingsPackage.AGENDA_ITEM__TITLE:
				return getTitle();
			case MeetingsPackage.AGENDA_ITEM__PRESENTER:
				if (resolve) return getPresenter();
				return basicGetPresenter();
			case MeetingsPackage.AGENDA_ITEM__MINUTES_ALLOTTED:
				return getMinutesAllotted();
			case MeetingsPackage.AGENDA_ITEM__SUBJECT_ID:
				return getSubjectId();
			case MeetingsPackage.AGENDA_ITEM__SUBJECT_CLASS:
				return getSubjectClass();
			case MeetingsPackage.AGENDA_ITEM__MINUTES:
				return getMinutes();
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
			case MeetingsPackage.AGENDA_ITEM__TITLE:
				setTitle((String)newValue);
				return;
			case MeetingsPackage.AGENDA_ITEM__PRESENTER:
				setPresenter((Person)newValue);
				return;
			case MeetingsPackage.AGENDA_ITEM__MINUTES_ALLOTTED:
				setMinutesAllotted((Integer)newValue);
				return;
			case MeetingsPackage.AGENDA_ITEM__SUBJECT_ID:
				setSubjectId((String)newValue);
				return;
			case MeetingsPackage.AGENDA_ITEM__SUBJECT_CLASS:
				setSubjectClass((String)newValue);
				return;
			case MeetingsPackage.AGENDA_ITEM__MINUTES:
				setMinutes((String)newValue);
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
			case MeetingsPackage.AGENDA_ITEM__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case MeetingsPackage.AGENDA_ITEM__PRESENTER:
				setPresenter((Person)null);
				return;
			case MeetingsPackage.AGENDA_ITEM__MINUTES_ALLOTTED:
				setMinutesAllotted(MINUTES_ALLOTTED_EDEFAULT);
				return;
			case MeetingsPackage.AGENDA_ITEM__SUBJECT_ID:
				setSubjectId(SUBJECT_ID_EDEFAULT);
				return;
			case MeetingsPackage.AGENDA_ITEM__SUBJECT_CLASS:
				setSubjectClass(SUBJECT_CLASS_EDEFAULT);
				return;
			case MeetingsPackage.AGENDA_ITEM__MINUTES:
				setMinutes(MINUTES_EDEFAULT);
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
			case MeetingsPackage.AGENDA_ITEM__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case MeetingsPackage.AGENDA_ITEM__PRESENTER:
				return presenter != null;
			case MeetingsPackage.AGENDA_ITEM__MINUTES_ALLOTTED:
				return minutesAllotted != MINUTES_ALLOTTED_EDEFAULT;
			case MeetingsPackage.AGENDA_ITEM__SUBJECT_ID:
				return SUBJECT_ID_EDEFAULT == null ? subjectId != null : !SUBJECT_ID_EDEFAULT.equals(subjectId);
			case MeetingsPackage.AGENDA_ITEM__SUBJECT_CLASS:
				return SUBJECT_CLASS_EDEFAULT == null ? subjectClass != null : !SUBJECT_CLASS_EDEFAULT.equals(subjectClass);
			case MeetingsPackage.AGENDA_ITEM__MINUTES:
				return MINUTES_EDEFAULT == null ? minutes != null : !MINUTES_EDEFAULT.equals(minutes);
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
		result.append(", minutesAllotted: ");
		result.append(minutesAllotted);
		result.append(", subjectId: ");
		result.append(subjectId);
		result.append(", subjectClass: ");
		result.append(subjectClass);
		result.append(", minutes: ");
		result.append(minutes);
		result.append(')');
		return result.toString();
	}

} //AgendaItemImpl
