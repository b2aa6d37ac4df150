/**
 */
package org.atrium.interop.model.interop;

import org.atrium.core.model.pmo.Entity;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Column Choice</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One field of a sheet mapping and the header of the sheet's column that fills it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.interop.model.interop.ColumnChoice#getField <em>Field</em>}</li>
 *   <li>{@link org.atrium.interop.model.interop.ColumnChoice#getHeader <em>Header</em>}</li>
 * </ul>
 *
 * @see org.atrium.interop.model.interop.InteropPackage#getColumnChoice()
 * @model
 * @generated
 */
public interface ColumnChoice extends Entity {
	/**
	 * Returns the value of the '<em><b>Field</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Field</em>' attribute.
	 * @see #setField(String)
	 * @see org.atrium.interop.model.interop.InteropPackage#getColumnChoice_Field()
	 * @model annotation="http://atrium.org/store length='64'"
	 * @generated
	 */
	String getField();

	/**
	 * Sets the value of the '{@link org.atrium.interop.model.interop.ColumnChoice#getField <em>Field</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Field</em>' attribute.
	 * @see #getField()
	 * @generated
	 */
	void setField(String value);

	/**
	 * Returns the value of the '<em><b>Header</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Header</em>' attribute.
	 * @see #setHeader(String)
	 * @see org.atrium.interop.model.interop.InteropPackage#getColumnChoice_Header()
	 * @model annotation="http://atrium.org/label label='Sheet column'"
	 *        annotation="http://atrium.org/store length='256'"
	 * @generated
	 */
	String getHeader();

	/**
	 * Sets the value of the '{@link org.atrium.interop.model.interop.ColumnChoice#getHeader <em>Header</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Header</em>' attribute.
	 * @see #getHeader()
	 * @generated
	 */
	void setHeader(String value);

} // ColumnChoice
