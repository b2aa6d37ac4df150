/**
 */
package org.atrium.risks.model.risks;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dependency</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something the project needs from outside, such as another project's delivery or a vendor's.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.risks.model.risks.Dependency#getDependsOn <em>Depends On</em>}</li>
 *   <li>{@link org.atrium.risks.model.risks.Dependency#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @see org.atrium.risks.model.risks.RisksPackage#getDependency()
 * @model
 * @generated
 */
public interface Dependency extends RaidItem {
	/**
	 * Returns the value of the '<em><b>Depends On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who or what delivers, in free text: another project, a team or a vendor.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Depends On</em>' attribute.
	 * @see #setDependsOn(String)
	 * @see org.atrium.risks.model.risks.RisksPackage#getDependency_DependsOn()
	 * @model
	 * @generated
	 */
	String getDependsOn();

	/**
	 * Sets the value of the '{@link org.atrium.risks.model.risks.Dependency#getDependsOn <em>Depends On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Depends On</em>' attribute.
	 * @see #getDependsOn()
	 * @generated
	 */
	void setDependsOn(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.atrium.risks.model.risks.DependencyStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.atrium.risks.model.risks.DependencyStatus
	 * @see #setStatus(DependencyStatus)
	 * @see org.atrium.risks.model.risks.RisksPackage#getDependency_Status()
	 * @model
	 * @generated
	 */
	DependencyStatus getStatus();

	/**
	 * Sets the value of the '{@link org.atrium.risks.model.risks.Dependency#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.atrium.risks.model.risks.DependencyStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(DependencyStatus value);

} // Dependency
