/**
 */
package org.atrium.core.model.pmo;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Portfolio</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.core.model.pmo.Portfolio#getPrograms <em>Programs</em>}</li>
 * </ul>
 *
 * @see org.atrium.core.model.pmo.PmoPackage#getPortfolio()
 * @model
 * @generated
 */
public interface Portfolio extends Scope {
	/**
	 * Returns the value of the '<em><b>Programs</b></em>' containment reference list.
	 * The list contents are of type {@link org.atrium.core.model.pmo.Program}.
	 * It is bidirectional and its opposite is '{@link org.atrium.core.model.pmo.Program#getPortfolio <em>Portfolio</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Programs</em>' containment reference list.
	 * @see org.atrium.core.model.pmo.PmoPackage#getPortfolio_Programs()
	 * @see org.atrium.core.model.pmo.Program#getPortfolio
	 * @model opposite="portfolio" containment="true"
	 * @generated
	 */
	EList<Program> getPrograms();

} // Portfolio
