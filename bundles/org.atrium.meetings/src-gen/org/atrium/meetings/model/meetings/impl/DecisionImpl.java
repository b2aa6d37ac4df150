/**
 */
package org.atrium.meetings.model.meetings.impl;

import java.time.LocalDate;

import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.Project;

import org.atrium.core.model.pmo.impl.EntityImpl;

import org.atrium.meetings.model.meetings.Decision;
import org.atrium.meetings.model.meetings.DecisionStatus;
import org.atrium.meetings.model.meetings.MeetingsPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Decision</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.meetings.model.meetings.impl.DecisionImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.impl.DecisionImpl#getDecidedBy <em>Decided By</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.impl.DecisionImpl#getDecidedOn <em>Decided On</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.impl.DecisionImpl#getProject <em>Project</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.impl.DecisionImpl#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DecisionImpl extends EntityImpl implements Decision {
	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDecidedBy() <em>Decided By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecidedBy()
	 * @generated
	 * @ordered
	 */
	protected Person decidedBy;

	/**
	 * The default value of the '{@link #getDecidedOn() <em>Decided On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecidedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DECIDED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDecidedOn() <em>Decided On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecidedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate decidedOn = DECIDED_ON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProject() <em>Project</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProject()
	 * @generated
	 * @ordered
	 */
	protected Project project;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final DecisionStatus STATUS_EDEFAULT = DecisionStatus.UNDECIDED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected DecisionStatus status = STATUS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DecisionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return MeetingsPackage.Literals.DECISION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MeetingsPackage.DECISION__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getDecidedBy() {
		if (decidedBy != null && decidedBy.eIsProxy()) {
			InternalEObject oldDecidedBy = (InternalEObject)decidedBy;
			decidedBy = (Person)eResolveProxy(oldDecidedBy);
			if (decidedBy != oldDecidedBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MeetingsPackage.DECISION__DECIDED_BY, oldDecidedBy, decidedBy));
			}
		}
		return decidedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetDecidedBy() {
		return decidedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecidedBy(Person newDecidedBy) {
		Person oldDecidedBy = decidedBy;
		decidedBy = newDecidedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MeetingsPackage.DECISION__DECIDED_BY, oldDecidedBy, decidedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDecidedOn() {
		return decidedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecidedOn(LocalDate newDecidedOn) {
		LocalDate oldDecidedOn = decidedOn;
		decidedOn = newDecidedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MeetingsPackage.DECISION__DECIDED_ON, oldDecidedOn, decidedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Project getProject() {
		if (project != null && project.eIsProxy()) {
			InternalEObject oldProject = (InternalEObject)project;
			project = (Project)eResolveProxy(oldProject);
			if (project != oldProject) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, MeetingsPackage.DECISION__PROJECT, oldProject, project));
			}
		}
		return project;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Project basicGetProject() {
		return project;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProject(Project newProject) {
		Project oldProject = project;
		project = newProject;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MeetingsPackage.DECISION__PROJECT, oldProject, project));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DecisionStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(DecisionStatus newStatus) {
		DecisionStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, MeetingsPackage.DECISION__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case MeetingsPackage.DECISION__TEXT:
				return getText();
			case MeetingsPackage.DECISION__DECIDED_BY:
				if (resolve) return getDecidedBy();
				return basicGetDecidedBy();
			case MeetingsPackage.DECISION__DECIDED_ON:
				return getDecidedOn();
			case MeetingsPackage.DECISION__PROJECT:
				if (resolve) return getProject();
				return basicGetProject();
			case MeetingsPackage.DECISION__STATUS:
				return getStatus();
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
			case MeetingsPackage.DECISION__TEXT:
				setText((String)newValue);
				return;
			case MeetingsPackage.DECISION__DECIDED_BY:
				setDecidedBy((Person)newValue);
				return;
			case MeetingsPackage.DECISION__DECIDED_ON:
				setDecidedOn((LocalDate)newValue);
				return;
			case MeetingsPackage.DECISION__PROJECT:
				setProject((Project)newValue);
				return;
			case MeetingsPackage.DECISION__STATUS:
				setStatus((DecisionStatus)newValue);
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
			case MeetingsPackage.DECISION__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case MeetingsPackage.DECISION__DECIDED_BY:
				setDecidedBy((Person)null);
				return;
			case MeetingsPackage.DECISION__DECIDED_ON:
				setDecidedOn(DECIDED_ON_EDEFAULT);
				return;
			case MeetingsPackage.DECISION__PROJECT:
				setProject((Project)null);
				return;
			case MeetingsPackage.DECISION__STATUS:
				setStatus(STATUS_EDEFAULT);
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
			case MeetingsPackage.DECISION__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case MeetingsPackage.DECISION__DECIDED_BY:
				return decidedBy != null;
			case MeetingsPackage.DECISION__DECIDED_ON:
				return DECIDED_ON_EDEFAULT == null ? decidedOn != null : !DECIDED_ON_EDEFAULT.equals(decidedOn);
			case MeetingsPackage.DECISION__PROJECT:
				return project != null;
			case MeetingsPackage.DECISION__STATUS:
				return status != STATUS_EDEFAULT;
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
		result.append(" (text: ");
		result.append(text);
		result.append(", decidedOn: ");
		result.append(decidedOn);
		result.append(", status: ");
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //DecisionImpl
