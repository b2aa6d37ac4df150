/**
 */
package org.atrium.risks.model.risks;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Assumption</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something the plan takes for granted, until it is validated.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.risks.model.risks.Assumption#isValidated <em>Validated</em>}</li>
 * </ul>
 *
 * @see org.atrium.risks.model.risks.RisksPackage#getAssumption()
 * @model
 * @generated
 */
public interface Assumption extends RaidItem {
	/**
	 * Returns the value of the '<em><b>Validated</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Validated</em>' attribute.
	 * @see #setValidated(boolean)
	 * @see org.atrium.risks.model.risks.RisksPackage#getAssumption_Validated()
	 * @model
	 * @generated
	 */
	boolean isValidated();

	/**
	 * Sets the value of the '{@link org.atrium.risks.model.risks.Assumption#isValidated <em>Validated</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Validated</em>' attribute.
	 * @see #isValidated()
	 * @generated
	 */
	void setValidated(boolean value);

} // Assumption
