/**
 */
package org.atrium.core.model.pmo;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Program</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.core.model.pmo.Program#getPortfolio <em>Portfolio</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.Program#getProjects <em>Projects</em>}</li>
 * </ul>
 *
 * @see org.atrium.core.model.pmo.PmoPackage#getProgram()
 * @model
 * @generated
 */
public interface Program extends Scope {
	/**
	 * Returns the value of the '<em><b>Portfolio</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.atrium.core.model.pmo.Portfolio#getPrograms <em>Programs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Portfolio</em>' container reference.
	 * @see #setPortfolio(Portfolio)
	 * @see org.atrium.core.model.pmo.PmoPackage#getProgram_Portfolio()
	 * @see org.atrium.core.model.pmo.Portfolio#getPrograms
	 * @model opposite="programs" transient="false"
	 * @generated
	 */
	Portfolio getPortfolio();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.Program#getPortfolio <em>Portfolio</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Portfolio</em>' container reference.
	 * @see #getPortfolio()
	 * @generated
	 */
	void setPortfolio(Portfolio value);

	/**
	 * Returns the value of the '<em><b>Projects</b></em>' containment reference list.
	 * The list contents are of type {@link org.atrium.core.model.pmo.Project}.
	 * It is bidirectional and its opposite is '{@link org.atrium.core.model.pmo.Project#getProgram <em>Program</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Projects</em>' containment reference list.
	 * @see org.atrium.core.model.pmo.PmoPackage#getProgram_Projects()
	 * @see org.atrium.core.model.pmo.Project#getProgram
	 * @model opposite="program" containment="true"
	 * @generated
	 */
	EList<Project> getProjects();

} // Program
