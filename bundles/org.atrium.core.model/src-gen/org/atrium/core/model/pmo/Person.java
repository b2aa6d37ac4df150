/**
 */
package org.atrium.core.model.pmo;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Person</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.core.model.pmo.Person#getName <em>Name</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.Person#getLogin <em>Login</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.Person#getEmail <em>Email</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.Person#getDepartment <em>Department</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.Person#getHourlyRate <em>Hourly Rate</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.Person#getOfficeRoles <em>Office Roles</em>}</li>
 * </ul>
 *
 * @see org.atrium.core.model.pmo.PmoPackage#getPerson()
 * @model
 * @generated
 */
public interface Person extends Entity {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.atrium.core.model.pmo.PmoPackage#getPerson_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.Person#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Login</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Login</em>' attribute.
	 * @see #setLogin(String)
	 * @see org.atrium.core.model.pmo.PmoPackage#getPerson_Login()
	 * @model annotation="http://atrium.org/store length='128' index='true'"
	 * @generated
	 */
	String getLogin();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.Person#getLogin <em>Login</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Login</em>' attribute.
	 * @see #getLogin()
	 * @generated
	 */
	void setLogin(String value);

	/**
	 * Returns the value of the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Email</em>' attribute.
	 * @see #setEmail(String)
	 * @see org.atrium.core.model.pmo.PmoPackage#getPerson_Email()
	 * @model
	 * @generated
	 */
	String getEmail();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.Person#getEmail <em>Email</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Email</em>' attribute.
	 * @see #getEmail()
	 * @generated
	 */
	void setEmail(String value);

	/**
	 * Returns the value of the '<em><b>Department</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Department</em>' attribute.
	 * @see #setDepartment(String)
	 * @see org.atrium.core.model.pmo.PmoPackage#getPerson_Department()
	 * @model
	 * @generated
	 */
	String getDepartment();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.Person#getDepartment <em>Department</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Department</em>' attribute.
	 * @see #getDepartment()
	 * @generated
	 */
	void setDepartment(String value);

	/**
	 * Returns the value of the '<em><b>Hourly Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hourly Rate</em>' attribute.
	 * @see #setHourlyRate(BigDecimal)
	 * @see org.atrium.core.model.pmo.PmoPackage#getPerson_HourlyRate()
	 * @model
	 * @generated
	 */
	BigDecimal getHourlyRate();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.Person#getHourlyRate <em>Hourly Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hourly Rate</em>' attribute.
	 * @see #getHourlyRate()
	 * @generated
	 */
	void setHourlyRate(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Office Roles</b></em>' attribute list.
	 * The list contents are of type {@link org.atrium.core.model.pmo.RoleKind}.
	 * The literals are from the enumeration {@link org.atrium.core.model.pmo.RoleKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Roles held for the whole office: PMO lead or PMO analyst.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Office Roles</em>' attribute list.
	 * @see org.atrium.core.model.pmo.RoleKind
	 * @see org.atrium.core.model.pmo.PmoPackage#getPerson_OfficeRoles()
	 * @model annotation="http://atrium.org/label label='Office roles'"
	 *        annotation="http://atrium.org/governance permission='manageGovernance'"
	 * @generated
	 */
	EList<RoleKind> getOfficeRoles();

} // Person
