/**
 */
package org.atrium.interop.model.interop;

import org.atrium.core.model.pmo.Entity;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sheet Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A saved choice of which column of a spreadsheet fills which field, reused for every import of the same kind of sheet.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.interop.model.interop.SheetMapping#getName <em>Name</em>}</li>
 *   <li>{@link org.atrium.interop.model.interop.SheetMapping#getTarget <em>Target</em>}</li>
 *   <li>{@link org.atrium.interop.model.interop.SheetMapping#getColumns <em>Columns</em>}</li>
 * </ul>
 *
 * @see org.atrium.interop.model.interop.InteropPackage#getSheetMapping()
 * @model
 * @generated
 */
public interface SheetMapping extends Entity {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.atrium.interop.model.interop.InteropPackage#getSheetMapping_Name()
	 * @model annotation="http://atrium.org/store length='64' index='true'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.atrium.interop.model.interop.SheetMapping#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * The literals are from the enumeration {@link org.atrium.interop.model.interop.SheetTarget}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see org.atrium.interop.model.interop.SheetTarget
	 * @see #setTarget(SheetTarget)
	 * @see org.atrium.interop.model.interop.InteropPackage#getSheetMapping_Target()
	 * @model
	 * @generated
	 */
	SheetTarget getTarget();

	/**
	 * Sets the value of the '{@link org.atrium.interop.model.interop.SheetMapping#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see org.atrium.interop.model.interop.SheetTarget
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(SheetTarget value);

	/**
	 * Returns the value of the '<em><b>Columns</b></em>' containment reference list.
	 * The list contents are of type {@link org.atrium.interop.model.interop.ColumnChoice}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Columns</em>' containment reference list.
	 * @see org.atrium.interop.model.interop.InteropPackage#getSheetMapping_Columns()
	 * @model containment="true"
	 * @generated
	 */
	EList<ColumnChoice> getColumns();

} // SheetMapping
