/**
 */
package org.atrium.changes.model.changes.impl;

import java.time.LocalDate;

import org.atrium.changes.model.changes.BaselineMilestone;
import org.atrium.changes.model.changes.ChangesPackage;

import org.atrium.core.model.pmo.impl.EntityImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Baseline Milestone</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.changes.model.changes.impl.BaselineMilestoneImpl#getMilestoneId <em>Milestone Id</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.BaselineMilestoneImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.BaselineMilestoneImpl#getPlannedDate <em>Planned Date</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.BaselineMilestoneImpl#isGate <em>Gate</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BaselineMilestoneImpl extends EntityImpl implements BaselineMilestone {
	/**
	 * The default value of the '{@link #getMilestoneId() <em>Milestone Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMilestoneId()
	 * @generated
	 * @ordered
	 */
	protected static final String MILESTONE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMilestoneId() <em>Milestone Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMilestoneId()
	 * @generated
	 * @ordered
	 */
	protected String milestoneId = MILESTONE_ID_EDEFAULT;

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
	 * The default value of the '{@link #getPlannedDate() <em>Planned Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PLANNED_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlannedDate() <em>Planned Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate plannedDate = PLANNED_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #isGate() <em>Gate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isGate()
	 * @generated
	 * @ordered
	 */
	protected static final boolean GATE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isGate() <em>Gate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isGate()
	 * @generated
	 * @ordered
	 */
	protected boolean gate = GATE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BaselineMilestoneImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ChangesPackage.Literals.BASELINE_MILESTONE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMilestoneId() {
		return milestoneId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMilestoneId(String newMilestoneId) {
		String oldMilestoneId = milestoneId;
		milestoneId = newMilestoneId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.BASELINE_MILESTONE__MILESTONE_ID, oldMilestoneId, milestoneId));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.BASELINE_MILESTONE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPlannedDate() {
		return plannedDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlannedDate(LocalDate newPlannedDate) {
		LocalDate oldPlannedDate = plannedDate;
		plannedDate = newPlannedDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.BASELINE_MILESTONE__PLANNED_DATE, oldPlannedDate, plannedDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isGate() {
		return gate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGate(boolean newGate) {
		boolean oldGate = gate;
		gate = newGate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.BASELINE_MILESTONE__GATE, oldGate, gate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ChangesPackage.BASELINE_MILESTONE__MILESTONE_ID:
				return getMilestoneId();
			case ChangesPackage.BASELINE_MILESTONE__NAME:
				return getName();
			case ChangesPackage.BASELINE_MILESTONE__PLANNED_DATE:
				return getPlannedDate();
			case ChangesPackage.BASELINE_MILESTONE__GATE:
				return isGate();
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
			case ChangesPackage.BASELINE_MILESTONE__MILESTONE_ID:
				setMilestoneId((String)newValue);
				return;
			case ChangesPackage.BASELINE_MILESTONE__NAME:
				setName((String)newValue);
				return;
			case ChangesPackage.BASELINE_MILESTONE__PLANNED_DATE:
				setPlannedDate((LocalDate)newValue);
				return;
			case ChangesPackage.BASELINE_MILESTONE__GATE:
				setGate((Boolean)newValue);
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
			case ChangesPackage.BASELINE_MILESTONE__MILESTONE_ID:
				setMilestoneId(MILESTONE_ID_EDEFAULT);
				return;
			case ChangesPackage.BASELINE_MILESTONE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ChangesPackage.BASELINE_MILESTONE__PLANNED_DATE:
				setPlannedDate(PLANNED_DATE_EDEFAULT);
				return;
			case ChangesPackage.BASELINE_MILESTONE__GATE:
				setGate(GATE_EDEFAULT);
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
			case ChangesPackage.BASELINE_MILESTONE__MILESTONE_ID:
				return MILESTONE_ID_EDEFAULT == null ? milestoneId != null : !MILESTONE_ID_EDEFAULT.equals(milestoneId);
			case ChangesPackage.BASELINE_MILESTONE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ChangesPackage.BASELINE_MILESTONE__PLANNED_DATE:
				return PLANNED_DATE_EDEFAULT == null ? plannedDate != null : !PLANNED_DATE_EDEFAULT.equals(plannedDate);
			case ChangesPackage.BASELINE_MILESTONE__GATE:
				return gate != GATE_EDEFAULT;
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
		result.append(" (milestoneId: ");
		result.append(milestoneId);
		result.append(", name: ");
		result.append(name);
		result.append(", plannedDate: ");
		result.append(plannedDate);
		result.append(", gate: ");
		result.append(gate);
		result.append(')');
		return result.toString();
	}

} //BaselineMilestoneImpl
