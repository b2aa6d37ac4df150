/**
 */
package org.atrium.resources.model.resources.impl;

import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.TimeEntry;

import org.atrium.core.model.pmo.impl.EntityImpl;

import org.atrium.resources.model.resources.Correction;
import org.atrium.resources.model.resources.ResourcesPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Correction</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.resources.model.resources.impl.CorrectionImpl#getProject <em>Project</em>}</li>
 *   <li>{@link org.atrium.resources.model.resources.impl.CorrectionImpl#getOriginal <em>Original</em>}</li>
 *   <li>{@link org.atrium.resources.model.resources.impl.CorrectionImpl#getReversal <em>Reversal</em>}</li>
 *   <li>{@link org.atrium.resources.model.resources.impl.CorrectionImpl#getReplacement <em>Replacement</em>}</li>
 *   <li>{@link org.atrium.resources.model.resources.impl.CorrectionImpl#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CorrectionImpl extends EntityImpl implements Correction {
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
	 * The cached value of the '{@link #getOriginal() <em>Original</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginal()
	 * @generated
	 * @ordered
	 */
	protected TimeEntry original;

	/**
	 * The cached value of the '{@link #getReversal() <em>Reversal</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReversal()
	 * @generated
	 * @ordered
	 */
	protected TimeEntry reversal;

	/**
	 * The cached value of the '{@link #getReplacement() <em>Replacement</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplacement()
	 * @generated
	 * @ordered
	 */
	protected TimeEntry replacement;

	/**
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected String reason = REASON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CorrectionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ResourcesPackage.Literals.CORRECTION;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ResourcesPackage.CORRECTION__PROJECT, oldProject, project));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ResourcesPackage.CORRECTION__PROJECT, oldProject, project));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TimeEntry getOriginal() {
		if (original != null && original.eIsProxy()) {
			InternalEObject oldOriginal = (InternalEObject)original;
			original = (TimeEntry)eResolveProxy(oldOriginal);
			if (original != oldOriginal) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ResourcesPackage.CORRECTION__ORIGINAL, oldOriginal, original));
			}
		}
		return original;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TimeEntry basicGetOriginal() {
		return original;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOriginal(TimeEntry newOriginal) {
		TimeEntry oldOriginal = original;
		original = newOriginal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourcesPackage.CORRECTION__ORIGINAL, oldOriginal, original));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TimeEntry getReversal() {
		if (reversal != null && reversal.eIsProxy()) {
			InternalEObject oldReversal = (InternalEObject)reversal;
			reversal = (TimeEntry)eResolveProxy(oldReversal);
			if (reversal != oldReversal) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ResourcesPackage.CORRECTION__REVERSAL, oldReversal, reversal));
			}
		}
		return reversal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TimeEntry basicGetReversal() {
		return reversal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReversal(TimeEntry newReversal) {
		TimeEntry oldReversal = reversal;
		reversal = newReversal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourcesPackage.CORRECTION__REVERSAL, oldReversal, reversal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TimeEntry getReplacement() {
		if (replacement != null && replacement.eIsProxy()) {
			InternalEObject oldReplacement = (InternalEObject)replacement;
			replacement = (TimeEntry)eResolveProxy(oldReplacement);
			if (replacement != oldReplacement) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ResourcesPackage.CORRECTION__REPLACEMENT, oldReplacement, replacement));
			}
		}
		return replacement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TimeEntry basicGetReplacement() {
		return replacement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReplacement(TimeEntry newReplacement) {
		TimeEntry oldReplacement = replacement;
		replacement = newReplacement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourcesPackage.CORRECTION__REPLACEMENT, oldReplacement, replacement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(String newReason) {
		String oldReason = reason;
		reason = newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourcesPackage.CORRECTION__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ResourcesPackage.CORRECTION__PROJECT:
				if (resolve) return getProject();
				return basicGetProject();
			case ResourcesPackage.CORRECTION__ORIGINAL:
				if (resolve) return getOriginal();
				return basicGetOriginal();
			case ResourcesPackage.CORRECTION__REVERSAL:
				if (resolve) return getReversal();
				return basicGetReversal();
			case ResourcesPackage.CORRECTION__REPLACEMENT:
				if (resolve) return getReplacement();
				return basicGetReplacement();
			case ResourcesPackage.CORRECTION__REASON:
				return getReason();
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
			case ResourcesPackage.CORRECTION__PROJECT:
				setProject((Project)newValue);
				return;
			case ResourcesPackage.CORRECTION__ORIGINAL:
				setOriginal((TimeEntry)newValue);
				return;
			case ResourcesPackage.CORRECTION__REVERSAL:
				setReversal((TimeEntry)newValue);
				return;
			case ResourcesPackage.CORRECTION__REPLACEMENT:
				setReplacement((TimeEntry)newValue);
				return;
			case ResourcesPackage.CORRECTION__REASON:
				setReason((String)newValue);
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
			case ResourcesPackage.CORRECTION__PROJECT:
				setProject((Project)null);
				return;
			case ResourcesPackage.CORRECTION__ORIGINAL:
				setOriginal((TimeEntry)null);
				return;
			case ResourcesPackage.CORRECTION__REVERSAL:
				setReversal((TimeEntry)null);
				return;
			case ResourcesPackage.CORRECTION__REPLACEMENT:
				setReplacement((TimeEntry)null);
				return;
			case ResourcesPackage.CORRECTION__REASON:
				setReason(REASON_EDEFAULT);
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
			case ResourcesPackage.CORRECTION__PROJECT:
				return project != null;
			case ResourcesPackage.CORRECTION__ORIGINAL:
				return original != null;
			case ResourcesPackage.CORRECTION__REVERSAL:
				return reversal != null;
			case ResourcesPackage.CORRECTION__REPLACEMENT:
				return replacement != null;
			case ResourcesPackage.CORRECTION__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
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
		result.append(" (reason: ");
		result.append(reason);
		result.append(')');
		return result.toString();
	}

} //CorrectionImpl
