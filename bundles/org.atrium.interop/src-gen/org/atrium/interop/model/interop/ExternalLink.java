/**
 */
package org.atrium.interop.model.interop;

import org.atrium.core.model.pmo.Entity;
import org.atrium.core.model.pmo.Project;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>External Link</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Which object of an office stands for which element of a file from another tool: an MS Project task, resource or assignment by its UID, kept so that importing the plan again updates the same objects.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.interop.model.interop.ExternalLink#getProject <em>Project</em>}</li>
 *   <li>{@link org.atrium.interop.model.interop.ExternalLink#getSource <em>Source</em>}</li>
 *   <li>{@link org.atrium.interop.model.interop.ExternalLink#getKind <em>Kind</em>}</li>
 *   <li>{@link org.atrium.interop.model.interop.ExternalLink#getExternalKey <em>External Key</em>}</li>
 *   <li>{@link org.atrium.interop.model.interop.ExternalLink#getObjectId <em>Object Id</em>}</li>
 * </ul>
 *
 * @see org.atrium.interop.model.interop.InteropPackage#getExternalLink()
 * @model annotation="http://atrium.org/label label='External link'"
 * @generated
 */
public interface ExternalLink extends Entity {
	/**
	 * Returns the value of the '<em><b>Project</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Project</em>' reference.
	 * @see #setProject(Project)
	 * @see org.atrium.interop.model.interop.InteropPackage#getExternalLink_Project()
	 * @model
	 * @generated
	 */
	Project getProject();

	/**
	 * Sets the value of the '{@link org.atrium.interop.model.interop.ExternalLink#getProject <em>Project</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Project</em>' reference.
	 * @see #getProject()
	 * @generated
	 */
	void setProject(Project value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The tool the element comes from, e.g. msproject.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.atrium.interop.model.interop.InteropPackage#getExternalLink_Source()
	 * @model annotation="http://atrium.org/store length='32'"
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.atrium.interop.model.interop.ExternalLink#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.atrium.interop.model.interop.ElementKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.atrium.interop.model.interop.ElementKind
	 * @see #setKind(ElementKind)
	 * @see org.atrium.interop.model.interop.InteropPackage#getExternalLink_Kind()
	 * @model
	 * @generated
	 */
	ElementKind getKind();

	/**
	 * Sets the value of the '{@link org.atrium.interop.model.interop.ExternalLink#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.atrium.interop.model.interop.ElementKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ElementKind value);

	/**
	 * Returns the value of the '<em><b>External Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The element's key in the source tool, e.g. the task's UID.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>External Key</em>' attribute.
	 * @see #setExternalKey(String)
	 * @see org.atrium.interop.model.interop.InteropPackage#getExternalLink_ExternalKey()
	 * @model annotation="http://atrium.org/store length='128' index='true'"
	 * @generated
	 */
	String getExternalKey();

	/**
	 * Sets the value of the '{@link org.atrium.interop.model.interop.ExternalLink#getExternalKey <em>External Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>External Key</em>' attribute.
	 * @see #getExternalKey()
	 * @generated
	 */
	void setExternalKey(String value);

	/**
	 * Returns the value of the '<em><b>Object Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The stored id of the Atrium object the element became.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Object Id</em>' attribute.
	 * @see #setObjectId(String)
	 * @see org.atrium.interop.model.interop.InteropPackage#getExternalLink_ObjectId()
	 * @model annotation="http://atrium.org/store length='64' index='true'"
	 * @generated
	 */
	String getObjectId();

	/**
	 * Sets the value of the '{@link org.atrium.interop.model.interop.ExternalLink#getObjectId <em>Object Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Object Id</em>' attribute.
	 * @see #getObjectId()
	 * @generated
	 */
	void setObjectId(String value);

} // ExternalLink
