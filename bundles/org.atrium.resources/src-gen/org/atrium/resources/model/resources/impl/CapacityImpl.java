/**
 */
package org.atrium.resources.model.resources.impl;

import java.math.BigDecimal;

import java.util.Collection;

import org.atrium.core.model.pmo.Person;

import org.atrium.core.model.pmo.impl.EntityImpl;

import org.atrium.resources.model.resources.Absence;
import org.atrium.resources.model.resources.Capacity;
import org.atrium.resources.model.resources.ResourcesPackage;

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
 * An implementation of the model object '<em><b>Capacity</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.resources.model.resources.impl.CapacityImpl#getPerson <em>Person</em>}</li>
 *   <li>{@link org.atrium.resources.model.resources.impl.CapacityImpl#getWeeklyHours <em>Weekly Hours</em>}</li>
 *   <li>{@link org.atrium.resources.model.resources.impl.CapacityImpl#getAbsences <em>Absences</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CapacityImpl extends EntityImpl implements Capacity {
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
	 * The default value of the '{@link #getWeeklyHours() <em>Weekly Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeeklyHours()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal WEEKLY_HOURS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWeeklyHours() <em>Weekly Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeeklyHours()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal weeklyHours = WEEKLY_HOURS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAbsences() <em>Absences</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAbsences()
	 * @generated
	 * @ordered
	 */
	protected EList<Absence> absences;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CapacityImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ResourcesPackage.Literals.CAPACITY;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ResourcesPackage.CAPACITY__PERSON, oldPerson, person));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ResourcesPackage.CAPACITY__PERSON, oldPerson, person));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getWeeklyHours() {
		return weeklyHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeeklyHours(BigDecimal newWeeklyHours) {
		BigDecimal oldWeeklyHours = weeklyHours;
		weeklyHours = newWeeklyHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourcesPackage.CAPACITY__WEEKLY_HOURS, oldWeeklyHours, weeklyHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Absence> getAbsences() {
		if (absences == null) {
			absences = new EObjectContainmentEList<Absence>(Absence.class, this, ResourcesPackage.CAPACITY__ABSENCES);
		}
		return absences;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ResourcesPackage.CAPACITY__ABSENCES:
				return ((InternalEList<?>)getAbsences()).basicRemove(otherEnd, msgs);
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
			case ResourcesPackage.CAPACITY__PERSON:
				if (resolve) return getPerson();
				return basicGetPerson();
			case ResourcesPackage.CAPACITY__WEEKLY_HOURS:
				return getWeeklyHours();
			case ResourcesPackage.CAPACITY__ABSENCES:
				return getAbsences();
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
			case ResourcesPackage.CAPACITY__PERSON:
				setPerson((Person)newValue);
				return;
			case ResourcesPackage.CAPACITY__WEEKLY_HOURS:
				setWeeklyHours((BigDecimal)newValue);
				return;
			case ResourcesPackage.CAPACITY__ABSENCES:
				getAbsences().clear();
				getAbsences().addAll((Collection<? extends Absence>)newValue);
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
			case ResourcesPackage.CAPACITY__PERSON:
				setPerson((Person)null);
				return;
			case ResourcesPackage.CAPACITY__WEEKLY_HOURS:
				setWeeklyHours(WEEKLY_HOURS_EDEFAULT);
				return;
			case ResourcesPackage.CAPACITY__ABSENCES:
				getAbsences().clear();
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
			case ResourcesPackage.CAPACITY__PERSON:
				return person != null;
			case ResourcesPackage.CAPACITY__WEEKLY_HOURS:
				return WEEKLY_HOURS_EDEFAULT == null ? weeklyHours != null : !WEEKLY_HOURS_EDEFAULT.equals(weeklyHours);
			case ResourcesPackage.CAPACITY__ABSENCES:
				return absences != null && !absences.isEmpty();
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
		result.append(" (weeklyHours: ");
		result.append(weeklyHours);
		result.append(')');
		return result.toString();
	}

} //CapacityImpl
