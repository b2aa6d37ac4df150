/**
 */
package org.atrium.interop.model.interop.impl;

import org.atrium.core.model.pmo.Project;

import org.atrium.core.model.pmo.impl.EntityImpl;

import org.atrium.interop.model.interop.ElementKind;
import org.atrium.interop.model.interop.ExternalLink;
import org.atrium.interop.model.interop.InteropPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>External Link</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.interop.model.interop.impl.ExternalLinkImpl#getProject <em>Project</em>}</li>
 *   <li>{@link org.atrium.interop.model.interop.impl.ExternalLinkImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.atrium.interop.model.interop.impl.ExternalLinkImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.atrium.interop.model.interop.impl.ExternalLinkImpl#getExternalKey <em>External Key</em>}</li>
 *   <li>{@link org.atrium.interop.model.interop.impl.ExternalLinkImpl#getObjectId <em>Object Id</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ExternalLinkImpl extends EntityImpl implements ExternalLink {
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
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ElementKind KIND_EDEFAULT = ElementKind.TASK;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ElementKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getExternalKey() <em>External Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExternalKey()
	 * @generated
	 * @ordered
	 */
	protected static final String EXTERNAL_KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExternalKey() <em>External Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExternalKey()
	 * @generated
	 * @ordered
	 */
	protected String externalKey = EXTERNAL_KEY_EDEFAULT;

	/**
	 * The default value of the '{@link #getObjectId() <em>Object Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectId()
	 * @generated
	 * @ordered
	 */
	protected static final String OBJECT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getObjectId() <em>Object Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectId()
	 * @generated
	 * @ordered
	 */
	protected String objectId = OBJECT_ID_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ExternalLinkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InteropPackage.Literals.EXTERNAL_LINK;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, InteropPackage.EXTERNAL_LINK__PROJECT, oldProject, project));
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
			eNotify(new ENotificationImpl(this, Notification.SET, InteropPackage.EXTERNAL_LINK__PROJECT, oldProject, project));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InteropPackage.EXTERNAL_LINK__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ElementKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ElementKind newKind) {
		ElementKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InteropPackage.EXTERNAL_LINK__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExternalKey() {
		return externalKey;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExternalKey(String newExternalKey) {
		String oldExternalKey = externalKey;
		externalKey = newExternalKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InteropPackage.EXTERNAL_LINK__EXTERNAL_KEY, oldExternalKey, externalKey));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getObjectId() {
		return objectId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObjectId(String newObjectId) {
		String oldObjectId = objectId;
		objectId = newObjectId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InteropPackage.EXTERNAL_LINK__OBJECT_ID, oldObjectId, objectId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case InteropPackage.EXTERNAL_LINK__PROJECT:
				if (resolve) return getProject();
				return basicGetProject();
			case InteropPackage.EXTERNAL_LINK__SOURCE:
				return getSource();
			case InteropPackage.EXTERNAL_LINK__KIND:
				return getKind();
			case InteropPackage.EXTERNAL_LINK__EXTERNAL_KEY:
				return getExternalKey();
			case InteropPackage.EXTERNAL_LINK__OBJECT_ID:
				return getObjectId();
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
			case InteropPackage.EXTERNAL_LINK__PROJECT:
				setProject((Project)newValue);
				return;
			case InteropPackage.EXTERNAL_LINK__SOURCE:
				setSource((String)newValue);
				return;
			case InteropPackage.EXTERNAL_LINK__KIND:
				setKind((ElementKind)newValue);
				return;
			case InteropPackage.EXTERNAL_LINK__EXTERNAL_KEY:
				setExternalKey((String)newValue);
				return;
			case InteropPackage.EXTERNAL_LINK__OBJECT_ID:
				setObjectId((String)newValue);
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
			case InteropPackage.EXTERNAL_LINK__PROJECT:
				setProject((Project)null);
				return;
			case InteropPackage.EXTERNAL_LINK__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case InteropPackage.EXTERNAL_LINK__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case InteropPackage.EXTERNAL_LINK__EXTERNAL_KEY:
				setExternalKey(EXTERNAL_KEY_EDEFAULT);
				return;
			case InteropPackage.EXTERNAL_LINK__OBJECT_ID:
				setObjectId(OBJECT_ID_EDEFAULT);
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
			case InteropPackage.EXTERNAL_LINK__PROJECT:
				return project != null;
			case InteropPackage.EXTERNAL_LINK__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case InteropPackage.EXTERNAL_LINK__KIND:
				return kind != KIND_EDEFAULT;
			case InteropPackage.EXTERNAL_LINK__EXTERNAL_KEY:
				return EXTERNAL_KEY_EDEFAULT == null ? externalKey != null : !EXTERNAL_KEY_EDEFAULT.equals(externalKey);
			case InteropPackage.EXTERNAL_LINK__OBJECT_ID:
				return OBJECT_ID_EDEFAULT == null ? objectId != null : !OBJECT_ID_EDEFAULT.equals(objectId);
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
		result.append(" (source: ");
		result.append(source);
		result.append(", kind: ");
		result.append(kind);
		result.append(", externalKey: ");
		result.append(externalKey);
		result.append(", objectId: ");
		result.append(objectId);
		result.append(')');
		return result.toString();
	}

} //ExternalLinkImpl
