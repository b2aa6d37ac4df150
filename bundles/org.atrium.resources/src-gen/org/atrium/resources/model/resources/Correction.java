/**
 */
package org.atrium.resources.model.resources;

import org.atrium.core.model.pmo.Entity;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.TimeEntry;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Correction</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A change to approved time: a new entry that reverses the original one, and the corrected entry if any, with the reason.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.resources.model.resources.Correction#getProject <em>Project</em>}</li>
 *   <li>{@link org.atrium.resources.model.resources.Correction#getOriginal <em>Original</em>}</li>
 *   <li>{@link org.atrium.resources.model.resources.Correction#getReversal <em>Reversal</em>}</li>
 *   <li>{@link org.atrium.resources.model.resources.Correction#getReplacement <em>Replacement</em>}</li>
 *   <li>{@link org.atrium.resources.model.resources.Correction#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @see org.atrium.resources.model.resources.ResourcesPackage#getCorrection()
 * @model
 * @generated
 */
public interface Correction extends Entity {
	/**
	 * Returns the value of the '<em><b>Project</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Project</em>' reference.
	 * @see #setProject(Project)
	 * @see org.atrium.resources.model.resources.ResourcesPackage#getCorrection_Project()
	 * @model
	 * @generated
	 */
	Project getProject();

	/**
	 * Sets the value of the '{@link org.atrium.resources.model.resources.Correction#getProject <em>Project</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Project</em>' reference.
	 * @see #getProject()
	 * @generated
	 */
	void setProject(Project value);

	/**
	 * Returns the value of the '<em><b>Original</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Original</em>' reference.
	 * @see #setOriginal(TimeEntry)
	 * @see org.atrium.resources.model.resources.ResourcesPackage#getCorrection_Original()
	 * @model
	 * @generated
	 */
	TimeEntry getOriginal();

	/**
	 * Sets the value of the '{@link org.atrium.resources.model.resources.Correction#getOriginal <em>Original</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Original</em>' reference.
	 * @see #getOriginal()
	 * @generated
	 */
	void setOriginal(TimeEntry value);

	/**
	 * Returns the value of the '<em><b>Reversal</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reversal</em>' reference.
	 * @see #setReversal(TimeEntry)
	 * @see org.atrium.resources.model.resources.ResourcesPackage#getCorrection_Reversal()
	 * @model
	 * @generated
	 */
	TimeEntry getReversal();

	/**
	 * Sets the value of the '{@link org.atrium.resources.model.resources.Correction#getReversal <em>Reversal</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reversal</em>' reference.
	 * @see #getReversal()
	 * @generated
	 */
	void setReversal(TimeEntry value);

	/**
	 * Returns the value of the '<em><b>Replacement</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Replacement</em>' reference.
	 * @see #setReplacement(TimeEntry)
	 * @see org.atrium.resources.model.resources.ResourcesPackage#getCorrection_Replacement()
	 * @model
	 * @generated
	 */
	TimeEntry getReplacement();

	/**
	 * Sets the value of the '{@link org.atrium.resources.model.resources.Correction#getReplacement <em>Replacement</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Replacement</em>' reference.
	 * @see #getReplacement()
	 * @generated
	 */
	void setReplacement(TimeEntry value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.atrium.resources.model.resources.ResourcesPackage#getCorrection_Reason()
	 * @model annotation="http://atrium.org/store length='4000'"
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.atrium.resources.model.resources.Correction#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

} // Correction
