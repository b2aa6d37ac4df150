/**
 */
package org.atrium.interop.model.interop;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.atrium.interop.model.interop.InteropPackage
 * @generated
 */
public interface InteropFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	InteropFactory eINSTANCE = org.atrium.interop.model.interop.impl.InteropFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>External Link</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>External Link</em>'.
	 * @generated
	 */
	ExternalLink createExternalLink();

	/**
	 * Returns a new object of class '<em>Sheet Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Sheet Mapping</em>'.
	 * @generated
	 */
	SheetMapping createSheetMapping();

	/**
	 * Returns a new object of class '<em>Column Choice</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Column Choice</em>'.
	 * @generated
	 */
	ColumnChoice createColumnChoice();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	InteropPackage getInteropPackage();

} //InteropFactory
