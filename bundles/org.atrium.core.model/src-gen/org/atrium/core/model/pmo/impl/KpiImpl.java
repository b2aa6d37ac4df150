/**
 */
package org.atrium.core.model.pmo.impl;

import java.util.Collection;

import org.atrium.core.model.pmo.Kpi;
import org.atrium.core.model.pmo.KpiDirection;
import org.atrium.core.model.pmo.Measurement;
import org.atrium.core.model.pmo.PmoPackage;

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
 * An implementation of the model object '<em><b>Kpi</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.core.model.pmo.impl.KpiImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.impl.KpiImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.impl.KpiImpl#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.impl.KpiImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.impl.KpiImpl#getAmberThreshold <em>Amber Threshold</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.impl.KpiImpl#getRedThreshold <em>Red Threshold</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.impl.KpiImpl#getMeasurements <em>Measurements</em>}</li>
 * </ul>
 *
 * @generated
 */
public class KpiImpl extends EntityImpl implements Kpi {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected String unit = UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final KpiDirection DIRECTION_EDEFAULT = KpiDirection.HIGHER_IS_BETTER;

	/**
	 * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected KpiDirection direction = DIRECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected static final double TARGET_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected double target = TARGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getAmberThreshold() <em>Amber Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmberThreshold()
	 * @generated
	 * @ordered
	 */
	protected static final double AMBER_THRESHOLD_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getAmberThreshold() <em>Amber Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAmberThreshold()
	 * @generated
	 * @ordered
	 */
	protected double amberThreshold = AMBER_THRESHOLD_EDEFAULT;

	/**
	 * The default value of the '{@link #getRedThreshold() <em>Red Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRedThreshold()
	 * @generated
	 * @ordered
	 */
	protected static final double RED_THRESHOLD_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getRedThreshold() <em>Red Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRedThreshold()
	 * @generated
	 * @ordered
	 */
	protected double redThreshold = RED_THRESHOLD_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMeasurements() <em>Measurements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasurements()
	 * @generated
	 * @ordered
	 */
	protected EList<Measurement> measurements;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected KpiImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PmoPackage.Literals.KPI;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PmoPackage.KPI__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(String newUnit) {
		String oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PmoPackage.KPI__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KpiDirection getDirection() {
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(KpiDirection newDirection) {
		KpiDirection oldDirection = direction;
		direction = newDirection == null ? DIRECTION_EDEFAULT : newDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PmoPackage.KPI__DIRECTION, oldDirection, direction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(double newTarget) {
		double oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PmoPackage.KPI__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAmberThreshold() {
		return amberThreshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAmberThreshold(double newAmberThreshold) {
		double oldAmberThreshold = amberThreshold;
		amberThreshold = newAmberThreshold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PmoPackage.KPI__AMBER_THRESHOLD, oldAmberThreshold, amberThreshold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRedThreshold() {
		return redThreshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRedThreshold(double newRedThreshold) {
		double oldRedThreshold = redThreshold;
		redThreshold = newRedThreshold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PmoPackage.KPI__RED_THRESHOLD, oldRedThreshold, redThreshold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Measurement> getMeasurements() {
		if (measurements == null) {
			measurements = new EObjectContainmentEList<Measurement>(Measurement.class, this, PmoPackage.KPI__MEASUREMENTS);
		}
		return measurements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PmoPackage.KPI__MEASUREMENTS:
				return ((InternalEList<?>)getMeasurements()).basicRemove(otherEnd, msgs);
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
			case PmoPackage.KPI__NAME:
				return getName();
			case PmoPackage.KPI__UNIT:
				return getUnit();
			case PmoPackage.KPI__DIRECTION:
				return getDirection();
			case PmoPackage.KPI__TARGET:
				return getTarget();
			case PmoPackage.KPI__AMBER_THRESHOLD:
				return getAmberThreshold();
			case PmoPackage.KPI__RED_THRESHOLD:
				return getRedThreshold();
			case PmoPackage.KPI__MEASUREMENTS:
				return getMeasurements();
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
			case PmoPackage.KPI__NAME:
				setName((String)newValue);
				return;
			case PmoPackage.KPI__UNIT:
				setUnit((String)newValue);
				return;
			case PmoPackage.KPI__DIRECTION:
				setDirection((KpiDirection)newValue);
				return;
			case PmoPackage.KPI__TARGET:
				setTarget((Double)newValue);
				return;
			case PmoPackage.KPI__AMBER_THRESHOLD:
				setAmberThreshold((Double)newValue);
				return;
			case PmoPackage.KPI__RED_THRESHOLD:
				setRedThreshold((Double)newValue);
				return;
			case PmoPackage.KPI__MEASUREMENTS:
				getMeasurements().clear();
				getMeasurements().addAll((Collection<? extends Measurement>)newValue);
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
			case PmoPackage.KPI__NAME:
				setName(NAME_EDEFAULT);
				return;
			case PmoPackage.KPI__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case PmoPackage.KPI__DIRECTION:
				setDirection(DIRECTION_EDEFAULT);
				return;
			case PmoPackage.KPI__TARGET:
				setTarget(TARGET_EDEFAULT);
				return;
			case PmoPackage.KPI__AMBER_THRESHOLD:
				setAmberThreshold(AMBER_THRESHOLD_EDEFAULT);
				return;
			case PmoPackage.KPI__RED_THRESHOLD:
				setRedThreshold(RED_THRESHOLD_EDEFAULT);
				return;
			case PmoPackage.KPI__MEASUREMENTS:
				getMeasurements().clear();
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
			case PmoPackage.KPI__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case PmoPackage.KPI__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case PmoPackage.KPI__DIRECTION:
				return direction != DIRECTION_EDEFAULT;
			case PmoPackage.KPI__TARGET:
				return target != TARGET_EDEFAULT;
			case PmoPackage.KPI__AMBER_THRESHOLD:
				return amberThreshold != AMBER_THRESHOLD_EDEFAULT;
			case PmoPackage.KPI__RED_THRESHOLD:
				return redThreshold != RED_THRESHOLD_EDEFAULT;
			case PmoPackage.KPI__MEASUREMENTS:
				return measurements != null && !measurements.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(", unit: ");
		result.append(unit);
		result.append(", direction: ");
		result.append(direction);
		result.append(", target: ");
		result.append(target);
		result.append(", amberThreshold: ");
		result.append(amberThreshold);
		result.append(", redThreshold: ");
		result.append(redThreshold);
		result.append(')');
		return result.toString();
	}

} //KpiImpl
