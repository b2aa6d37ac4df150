/**
 */
package org.atrium.core.model.pmo;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Document Ref</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.core.model.pmo.DocumentRef#getTitle <em>Title</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.DocumentRef#getUri <em>Uri</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.DocumentRef#getKind <em>Kind</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.DocumentRef#getTags <em>Tags</em>}</li>
 * </ul>
 *
 * @see org.atrium.core.model.pmo.PmoPackage#getDocumentRef()
 * @model annotation="http://atrium.org/label label='Document'"
 * @generated
 */
public interface DocumentRef extends Entity {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.atrium.core.model.pmo.PmoPackage#getDocumentRef_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.DocumentRef#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Uri</em>' attribute.
	 * @see #setUri(String)
	 * @see org.atrium.core.model.pmo.PmoPackage#getDocumentRef_Uri()
	 * @model annotation="http://atrium.org/label label='URI'"
	 * @generated
	 */
	String getUri();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.DocumentRef#getUri <em>Uri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uri</em>' attribute.
	 * @see #getUri()
	 * @generated
	 */
	void setUri(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see org.atrium.core.model.pmo.PmoPackage#getDocumentRef_Kind()
	 * @model
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.DocumentRef#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tags</em>' attribute list.
	 * @see org.atrium.core.model.pmo.PmoPackage#getDocumentRef_Tags()
	 * @model
	 * @generated
	 */
	EList<String> getTags();

} // DocumentRef
