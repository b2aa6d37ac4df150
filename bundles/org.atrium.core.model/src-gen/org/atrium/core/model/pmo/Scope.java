/**
 */
package org.atrium.core.model.pmo;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scope</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A portfolio, program or project: the scope that role assignments govern.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.core.model.pmo.Scope#getName <em>Name</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.Scope#getDescription <em>Description</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.Scope#getRoleAssignments <em>Role Assignments</em>}</li>
 * </ul>
 *
 * @see org.atrium.core.model.pmo.PmoPackage#getScope()
 * @model abstract="true"
 * @generated
 */
public interface Scope extends Entity {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.atrium.core.model.pmo.PmoPackage#getScope_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.Scope#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.atrium.core.model.pmo.PmoPackage#getScope_Description()
	 * @model annotation="http://atrium.org/store length='32000'"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.Scope#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Role Assignments</b></em>' containment reference list.
	 * The list contents are of type {@link org.atrium.core.model.pmo.RoleAssignment}.
	 * It is bidirectional and its opposite is '{@link org.atrium.core.model.pmo.RoleAssignment#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role Assignments</em>' containment reference list.
	 * @see org.atrium.core.model.pmo.PmoPackage#getScope_RoleAssignments()
	 * @see org.atrium.core.model.pmo.RoleAssignment#getScope
	 * @model opposite="scope" containment="true"
	 *        annotation="http://atrium.org/governance permission='manageGovernance'"
	 *        annotation="http://atrium.org/label label='Roles'"
	 * @generated
	 */
	EList<RoleAssignment> getRoleAssignments();

} // Scope
