/**
 */
package org.atrium.core.model.pmo.impl;

import java.time.LocalDate;

import org.atrium.core.model.pmo.GateDecision;
import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Workstream;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Milestone</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.core.model.pmo.impl.MilestoneImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.impl.MilestoneImpl#getBaselineDate <em>Baseline Date</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.impl.MilestoneImpl#getPlannedDate <em>Planned Date</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.impl.MilestoneImpl#getActualDate <em>Actual Date</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.impl.MilestoneImpl#isGate <em>Gate</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.impl.MilestoneImpl#getGateDecision <em>Gate Decision</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.impl.MilestoneImpl#getWorkstream <em>Workstream</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MilestoneImpl extends EntityImpl implements Milestone {
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
	 * The default value of the '{@link #getBaselineDate() <em>Baseline Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate BASELINE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaselineDate() <em>Baseline Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate baselineDate = BASELINE_DATE_EDEFAULT;

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
	 * The default value of the '{@link #getActualDate() <em>Actual Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActualDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ACTUAL_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActualDate() <em>Actual Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActualDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate actualDate = ACTUAL_DATE_EDEFAULT;

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
	 * The default value of the '{@link #getGateDecision() <em>Gate Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGateDecision()
	 * @generated
	 * @ordered
	 */
	protected static final GateDecision GATE_DECISION_EDEFAULT = GateDecision.PENDING;

	/**
	 * The cached value of the '{@link #getGateDecision() <em>Gate Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGateDecision()
	 * @generated
	 * @ordered
	 */
	protected GateDecision gateDecision = GATE_DECISION_EDEFAULT;

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
	protected MilestoneImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PmoPackage.Literals.MILESTONE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PmoPackage.MILESTONE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getBaselineDate() {
		return baselineDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaselineDate(LocalDate newBaselineDate) {
		LocalDate oldBaselineDate = baselineDate;
		baselineDate = newBaselineDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PmoPackage.MILESTONE__BASELINE_DATE, oldBaselineDate, baselineDate));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PmoPackage.MILESTONE__PLANNED_DATE, oldPlannedDate, plannedDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getActualDate() {
		return actualDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActualDate(LocalDate newActualDate) {
		LocalDate oldActualDate = actualDate;
		actualDate = newActualDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PmoPackage.MILESTONE__ACTUAL_DATE, oldActualDate, actualDate));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PmoPackage.MILESTONE__GATE, oldGate, gate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GateDecision getGateDecision() {
		return gateDecision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGateDecision(GateDecision newGateDecision) {
		GateDecision oldGateDecision = gateDecision;
		gateDecision = newGateDecision == null ? GATE_DECISION_EDEFAULT : newGateDecision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PmoPackage.MILESTONE__GATE_DECISION, oldGateDecision, gateDecision));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PmoPackage.MILESTONE__WORKSTREAM, oldWorkstream, workstream));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PmoPackage.MILESTONE__WORKSTREAM, oldWorkstream, workstream));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PmoPackage.MILESTONE__NAME:
				return getName();
			case PmoPackage.MILESTONE__BASELINE_DATE:
				return getBaselineDate();
			case PmoPackage.MILESTONE__PLANNED_DATE:
				return getPlannedDate();
			case PmoPackage.MILESTONE__ACTUAL_DATE:
				return getActualDate();
			case PmoPackage.MILESTONE__GATE:
				return isGate();
			case PmoPackage.MILESTONE__GATE_DECISION:
				return getGateDecision();
			case PmoPackage.MILESTONE__WORKSTREAM:
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
			case PmoPackage.MILESTONE__NAME:
				setName((String)newValue);
				return;
			case PmoPackage.MILESTONE__BASELINE_DATE:
				setBaselineDate((LocalDate)newValue);
				return;
			case PmoPackage.MILESTONE__PLANNED_DATE:
				setPlannedDate((LocalDate)newValue);
				return;
			case PmoPackage.MILESTONE__ACTUAL_DATE:
				setActualDate((LocalDate)newValue);
				return;
			case PmoPackage.MILESTONE__GATE:
				setGate((Boolean)newValue);
				return;
			case PmoPackage.MILESTONE__GATE_DECISION:
				setGateDecision((GateDecision)newValue);
				return;
			case PmoPackage.MILESTONE__WORKSTREAM:
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
			case PmoPackage.MILESTONE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case PmoPackage.MILESTONE__BASELINE_DATE:
				setBaselineDate(BASELINE_DATE_EDEFAULT);
				return;
			case PmoPackage.MILESTONE__PLANNED_DATE:
				setPlannedDate(PLANNED_DATE_EDEFAULT);
				return;
			case PmoPackage.MILESTONE__ACTUAL_DATE:
				setActualDate(ACTUAL_DATE_EDEFAULT);
				return;
			case PmoPackage.MILESTONE__GATE:
				setGate(GATE_EDEFAULT);
				return;
			case PmoPackage.MILESTONE__GATE_DECISION:
				setGateDecision(GATE_DECISION_EDEFAULT);
				return;
			case PmoPackage.MILESTONE__WORKSTREAM:
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
			case PmoPackage.MILESTONE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case PmoPackage.MILESTONE__BASELINE_DATE:
				return BASELINE_DATE_EDEFAULT == null ? baselineDate != null : !BASELINE_DATE_EDEFAULT.equals(baselineDate);
			case PmoPackage.MILESTONE__PLANNED_DATE:
				return PLANNED_DATE_EDEFAULT == null ? plannedDate != null : !PLANNED_DATE_EDEFAULT.equals(plannedDate);
			case PmoPackage.MILESTONE__ACTUAL_DATE:
				return ACTUAL_DATE_EDEFAULT == null ? actualDate != null : !ACTUAL_DATE_EDEFAULT.equals(actualDate);
			case PmoPackage.MILESTONE__GATE:
				return gate != GATE_EDEFAULT;
			case PmoPackage.MILESTONE__GATE_DECISION:
				return gateDecision != GATE_DECISION_EDEFAULT;
			case PmoPackage.MILESTONE__WORKSTREAM:
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
		result.append(" (name: ");
		result.append(name);
		result.append(", baselineDate: ");
		result.append(baselineDate);
		result.append(", plannedDate: ");
		result.append(plannedDate);
		result.append(", actualDate: ");
		result.append(actualDate);
		result.append(", gate: ");
		result.append(gate);
		result.append(", gateDecision: ");
		result.append(gateDecision);
		result.append(')');
		return result.toString();
	}

} //MilestoneImpl
