/**
 */
package org.atrium.core.model.pmo;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Role Assignment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.core.model.pmo.RoleAssignment#getKind <em>Kind</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.RoleAssignment#getPerson <em>Person</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.RoleAssignment#getScope <em>Scope</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.RoleAssignment#getWorkstream <em>Workstream</em>}</li>
 * </ul>
 *
 * @see org.atrium.core.model.pmo.PmoPackage#getRoleAssignment()
 * @model annotation="http://atrium.org/governance permission='manageGovernance'"
 * @generated
 */
public interface RoleAssignment extends Entity {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.atrium.core.model.pmo.RoleKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.atrium.core.model.pmo.RoleKind
	 * @see #setKind(RoleKind)
	 * @see org.atrium.core.model.pmo.PmoPackage#getRoleAssignment_Kind()
	 * @model
	 * @generated
	 */
	RoleKind getKind();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.RoleAssignment#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.atrium.core.model.pmo.RoleKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(RoleKind value);

	/**
	 * Returns the value of the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Person</em>' reference.
	 * @see #setPerson(Person)
	 * @see org.atrium.core.model.pmo.PmoPackage#getRoleAssignment_Person()
	 * @model
	 * @generated
	 */
	Person getPerson();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.RoleAssignment#getPerson <em>Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Person</em>' reference.
	 * @see #getPerson()
	 * @generated
	 */
	void setPerson(Person value);

	/**
	 * Returns the value of the '<em><b>Scope</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.atrium.core.model.pmo.Scope#getRoleAssignments <em>Role Assignments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scope</em>' container reference.
	 * @see #setScope(Scope)
	 * @see org.atrium.core.model.pmo.PmoPackage#getRoleAssignment_Scope()
	 * @see org.atrium.core.model.pmo.Scope#getRoleAssignments
	 * @model opposite="roleAssignments" transient="false"
	 * @generated
	 */
	Scope getScope();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.RoleAssignment#getScope <em>Scope</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' container reference.
	 * @see #getScope()
	 * @generated
	 */
	void setScope(Scope value);

	/**
	 * Returns the value of the '<em><b>Workstream</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Workstream</em>' reference.
	 * @see #setWorkstream(Workstream)
	 * @see org.atrium.core.model.pmo.PmoPackage#getRoleAssignment_Workstream()
	 * @model
	 * @generated
	 */
	Workstream getWorkstream();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.RoleAssignment#getWorkstream <em>Workstream</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Workstream</em>' reference.
	 * @see #getWorkstream()
	 * @generated
	 */
	void setWorkstream(Workstream value);

} // RoleAssignment
