/**
 */
package org.atrium.risks.model.risks.impl;

import org.atrium.risks.model.risks.Issue;
import org.atrium.risks.model.risks.IssuePriority;
import org.atrium.risks.model.risks.IssueStatus;
import org.atrium.risks.model.risks.Risk;
import org.atrium.risks.model.risks.RisksPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Issue</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.risks.model.risks.impl.IssueImpl#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.atrium.risks.model.risks.impl.IssueImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.atrium.risks.model.risks.impl.IssueImpl#getSourceRisk <em>Source Risk</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IssueImpl extends RaidItemImpl implements Issue {
	/**
	 * The default value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected static final IssuePriority PRIORITY_EDEFAULT = IssuePriority.LOW;

	/**
	 * The cached value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected IssuePriority priority = PRIORITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final IssueStatus STATUS_EDEFAULT = IssueStatus.OPEN;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected IssueStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSourceRisk() <em>Source Risk</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceRisk()
	 * @generated
	 * @ordered
	 */
	protected Risk sourceRisk;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IssueImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RisksPackage.Literals.ISSUE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IssuePriority getPriority() {
		return priority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriority(IssuePriority newPriority) {
		IssuePriority oldPriority = priority;
		priority = newPriority == null ? PRIORITY_EDEFAULT : newPriority;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RisksPackage.ISSUE__PRIORITY, oldPriority, priority));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IssueStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(IssueStatus newStatus) {
		IssueStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RisksPackage.ISSUE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Risk getSourceRisk() {
		if (sourceRisk != null && sourceRisk.eIsProxy()) {
			InternalEObject oldSourceRisk = (InternalEObject)sourceRisk;
			sourceRisk = (Risk)eResolveProxy(oldSourceRisk);
			if (sourceRisk != oldSourceRisk) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RisksPackage.ISSUE__SOURCE_RISK, oldSourceRisk, sourceRisk));
			}
		}
		return sourceRisk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Risk basicGetSourceRisk() {
		return sourceRisk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceRisk(Risk newSourceRisk) {
		Risk oldSourceRisk = sourceRisk;
		sourceRisk = newSourceRisk;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RisksPackage.ISSUE__SOURCE_RISK, oldSourceRisk, sourceRisk));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RisksPackage.ISSUE__PRIORITY:
				return getPriority();
			case RisksPackage.ISSUE__STATUS:
				return getStatus();
			case RisksPackage.ISSUE__SOURCE_RISK:
				if (resolve) return getSourceRisk();
				return basicGetSourceRisk();
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
			case RisksPackage.ISSUE__PRIORITY:
				setPriority((IssuePriority)newValue);
				return;
			case RisksPackage.ISSUE__STATUS:
				setStatus((IssueStatus)newValue);
				return;
			case RisksPackage.ISSUE__SOURCE_RISK:
				setSourceRisk((Risk)newValue);
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
			case RisksPackage.ISSUE__PRIORITY:
				setPriority(PRIORITY_EDEFAULT);
				return;
			case RisksPackage.ISSUE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case RisksPackage.ISSUE__SOURCE_RISK:
				setSourceRisk((Risk)null);
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
			case RisksPackage.ISSUE__PRIORITY:
				return priority != PRIORITY_EDEFAULT;
			case RisksPackage.ISSUE__STATUS:
				return status != STATUS_EDEFAULT;
			case RisksPackage.ISSUE__SOURCE_RISK:
				return sourceRisk != null;
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
		result.append(" (priority: ");
		result.append(priority);
		result.append(", status: ");
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //IssueImpl
