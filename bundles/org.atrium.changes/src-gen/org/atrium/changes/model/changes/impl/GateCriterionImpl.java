/**
 */
package org.atrium.changes.model.changes.impl;

import org.atrium.changes.model.changes.ChangesPackage;
import org.atrium.changes.model.changes.CriterionStatus;
import org.atrium.changes.model.changes.GateCriterion;

import org.atrium.core.model.pmo.DocumentRef;

import org.atrium.core.model.pmo.impl.EntityImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Gate Criterion</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.changes.model.changes.impl.GateCriterionImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.GateCriterionImpl#isMandatory <em>Mandatory</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.GateCriterionImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.GateCriterionImpl#getWaiverReason <em>Waiver Reason</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.GateCriterionImpl#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GateCriterionImpl extends EntityImpl implements GateCriterion {
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
	 * The default value of the '{@link #isMandatory() <em>Mandatory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMandatory()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MANDATORY_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isMandatory() <em>Mandatory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isMandatory()
	 * @generated
	 * @ordered
	 */
	protected boolean mandatory = MANDATORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final CriterionStatus STATUS_EDEFAULT = CriterionStatus.OPEN;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected CriterionStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getWaiverReason() <em>Waiver Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWaiverReason()
	 * @generated
	 * @ordered
	 */
	protected static final String WAIVER_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWaiverReason() <em>Waiver Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWaiverReason()
	 * @generated
	 * @ordered
	 */
	protected String waiverReason = WAIVER_REASON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected DocumentRef evidence;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GateCriterionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ChangesPackage.Literals.GATE_CRITERION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.GATE_CRITERION__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isMandatory() {
		return mandatory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMandatory(boolean newMandatory) {
		boolean oldMandatory = mandatory;
		mandatory = newMandatory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.GATE_CRITERION__MANDATORY, oldMandatory, mandatory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CriterionStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(CriterionStatus newStatus) {
		CriterionStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.GATE_CRITERION__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWaiverReason() {
		return waiverReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWaiverReason(String newWaiverReason) {
		String oldWaiverReason = waiverReason;
		waiverReason = newWaiverReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.GATE_CRITERION__WAIVER_REASON, oldWaiverReason, waiverReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DocumentRef getEvidence() {
		if (evidence != null && evidence.eIsProxy()) {
			InternalEObject oldEvidence = (InternalEObject)evidence;
			evidence = (DocumentRef)eResolveProxy(oldEvidence);
			if (evidence != oldEvidence) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ChangesPackage.GATE_CRITERION__EVIDENCE, oldEvidence, evidence));
			}
		}
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DocumentRef basicGetEvidence() {
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvidence(DocumentRef newEvidence) {
		DocumentRef oldEvidence = evidence;
		evidence = newEvidence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.GATE_CRITERION__EVIDENCE, oldEvidence, evidence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ChangesPackage.GATE_CRITERION__NAME:
				return getName();
			case ChangesPackage.GATE_CRITERION__MANDATORY:
				return isMandatory();
			case ChangesPackage.GATE_CRITERION__STATUS:
				return getStatus();
			case ChangesPackage.GATE_CRITERION__WAIVER_REASON:
				return getWaiverReason();
			case ChangesPackage.GATE_CRITERION__EVIDENCE:
				if (resolve) return getEvidence();
				return basicGetEvidence();
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
			case ChangesPackage.GATE_CRITERION__NAME:
				setName((String)newValue);
				return;
			case ChangesPackage.GATE_CRITERION__MANDATORY:
				setMandatory((Boolean)newValue);
				return;
			case ChangesPackage.GATE_CRITERION__STATUS:
				setStatus((CriterionStatus)newValue);
				return;
			case ChangesPackage.GATE_CRITERION__WAIVER_REASON:
				setWaiverReason((String)newValue);
				return;
			case ChangesPackage.GATE_CRITERION__EVIDENCE:
				setEvidence((DocumentRef)newValue);
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
			case ChangesPackage.GATE_CRITERION__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ChangesPackage.GATE_CRITERION__MANDATORY:
				setMandatory(MANDATORY_EDEFAULT);
				return;
			case ChangesPackage.GATE_CRITERION__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case ChangesPackage.GATE_CRITERION__WAIVER_REASON:
				setWaiverReason(WAIVER_REASON_EDEFAULT);
				return;
			case ChangesPackage.GATE_CRITERION__EVIDENCE:
				setEvidence((DocumentRef)null);
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
			case ChangesPackage.GATE_CRITERION__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ChangesPackage.GATE_CRITERION__MANDATORY:
				return mandatory != MANDATORY_EDEFAULT;
			case ChangesPackage.GATE_CRITERION__STATUS:
				return status != STATUS_EDEFAULT;
			case ChangesPackage.GATE_CRITERION__WAIVER_REASON:
				return WAIVER_REASON_EDEFAULT == null ? waiverReason != null : !WAIVER_REASON_EDEFAULT.equals(waiverReason);
			case ChangesPackage.GATE_CRITERION__EVIDENCE:
				return evidence != null;
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
		result.append(", mandatory: ");
		result.append(mandatory);
		result.append(", status: ");
		result.append(status);
		result.append(", waiverReason: ");
		result.append(waiverReason);
		result.append(')');
		return result.toString();
	}

} //GateCriterionImpl
