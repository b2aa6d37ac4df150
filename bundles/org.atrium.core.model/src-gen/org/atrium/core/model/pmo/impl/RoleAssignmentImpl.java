/**
 */
package org.atrium.core.model.pmo.impl;

import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.RoleAssignment;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.model.pmo.Scope;
import org.atrium.core.model.pmo.Workstream;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Role Assignment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.core.model.pmo.impl.RoleAssignmentImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.impl.RoleAssignmentImpl#getPerson <em>Person</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.impl.RoleAssignmentImpl#getScope <em>Scope</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.impl.RoleAssignmentImpl#getWorkstream <em>Workstream</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RoleAssignmentImpl extends EntityImpl implements RoleAssignment {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final RoleKind KIND_EDEFAULT = RoleKind.SPONSOR;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected RoleKind kind = KIND_EDEFAULT;

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
	 * The cached value of the '{@link #getWorkstream() <em>Workstream</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkstream()
	 * @generated
	 * @ordered
	 */
	protected Workstream workstream;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RoleAssignmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PmoPackage.Literals.ROLE_ASSIGNMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RoleKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(RoleKind newKind) {
		RoleKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PmoPackage.ROLE_ASSIGNMENT__KIND, oldKind, kind));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PmoPackage.ROLE_ASSIGNMENT__PERSON, oldPerson, person));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PmoPackage.ROLE_ASSIGNMENT__PERSON, oldPerson, person));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Scope getScope() {
		if (eContainerFeatureID() != PmoPackage.ROLE_ASSIGNMENT__SCOPE) return null;
		return (Scope)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetScope(Scope newScope, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newScope, PmoPackage.ROLE_ASSIGNMENT__SCOPE, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScope(Scope newScope) {
		if (newScope != eInternalContainer() || (eContainerFeatureID() != PmoPackage.ROLE_ASSIGNMENT__SCOPE && newScope != null)) {
			if (EcoreUtil.isAncestor(this, newScope))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newScope != null)
				msgs = ((InternalEObject)newScope).eInverseAdd(this, PmoPackage.SCOPE__ROLE_ASSIGNMENTS, Scope.class, msgs);
			msgs = basicSetScope(newScope, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PmoPackage.ROLE_ASSIGNMENT__SCOPE, newScope, newScope));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Workstream getWorkstream() {
		if (workstream != null && workstream.eIsProxy()) {
			InternalEObject oldWorkstream = (InternalEObject)workstream;
			workstream = (Workstream)eResolveProxy(oldWorkstream);
			if (workstream != oldWorkstream) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PmoPackage.ROLE_ASSIGNMENT__WORKSTREAM, oldWorkstream, workstream));
			}
		}
		return workstream;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Workstream basicGetWorkstream() {
		return workstream;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWorkstream(Workstream newWorkstream) {
		Workstream oldWorkstream = workstream;
		workstream = newWorkstream;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PmoPackage.ROLE_ASSIGNMENT__WORKSTREAM, oldWorkstream, workstream));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PmoPackage.ROLE_ASSIGNMENT__SCOPE:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetScope((Scope)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PmoPackage.ROLE_ASSIGNMENT__SCOPE:
				return basicSetScope(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case PmoPackage.ROLE_ASSIGNMENT__SCOPE:
				return eInternalContainer().eInverseRemove(this, PmoPackage.SCOPE__ROLE_ASSIGNMENTS, Scope.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PmoPackage.ROLE_ASSIGNMENT__KIND:
				return getKind();
			case PmoPackage.ROLE_ASSIGNMENT__PERSON:
				if (resolve) return getPerson();
				return basicGetPerson();
			case PmoPackage.ROLE_ASSIGNMENT__SCOPE:
				return getScope();
			case PmoPackage.ROLE_ASSIGNMENT__WORKSTREAM:
				if (resolve) return getWorkstream();
				return basicGetWorkstream();
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
			case PmoPackage.ROLE_ASSIGNMENT__KIND:
				setKind((RoleKind)newValue);
				return;
			case PmoPackage.ROLE_ASSIGNMENT__PERSON:
				setPerson((Person)newValue);
				return;
			case PmoPackage.ROLE_ASSIGNMENT__SCOPE:
				setScope((Scope)newValue);
				return;
			case PmoPackage.ROLE_ASSIGNMENT__WORKSTREAM:
				setWorkstream((Workstream)newValue);
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
			case PmoPackage.ROLE_ASSIGNMENT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case PmoPackage.ROLE_ASSIGNMENT__PERSON:
				setPerson((Person)null);
				return;
			case PmoPackage.ROLE_ASSIGNMENT__SCOPE:
				setScope((Scope)null);
				return;
			case PmoPackage.ROLE_ASSIGNMENT__WORKSTREAM:
				setWorkstream((Workstream)null);
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
			case PmoPackage.ROLE_ASSIGNMENT__KIND:
				return kind != KIND_EDEFAULT;
			case PmoPackage.ROLE_ASSIGNMENT__PERSON:
				return person != null;
			case PmoPackage.ROLE_ASSIGNMENT__SCOPE:
				return getScope() != null;
			case PmoPackage.ROLE_ASSIGNMENT__WORKSTREAM:
				return workstream != null;
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(')');
		return result.toString();
	}

} //RoleAssignmentImpl
