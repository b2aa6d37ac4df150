/**
 */
package org.atrium.reporting.model.reporting;

import org.atrium.core.model.pmo.Entity;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Report Row</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.reporting.model.reporting.ReportRow#getCells <em>Cells</em>}</li>
 *   <li>{@link org.atrium.reporting.model.reporting.ReportRow#getObjectId <em>Object Id</em>}</li>
 * </ul>
 *
 * @see org.atrium.reporting.model.reporting.ReportingPackage#getReportRow()
 * @model
 * @generated
 */
public interface ReportRow extends Entity {
	/**
	 * Returns the value of the '<em><b>Cells</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cells</em>' attribute list.
	 * @see org.atrium.reporting.model.reporting.ReportingPackage#getReportRow_Cells()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getCells();

	/**
	 * Returns the value of the '<em><b>Object Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The stored id of the object the row is about (a project, a risk), so that it opens from the report.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Object Id</em>' attribute.
	 * @see #setObjectId(String)
	 * @see org.atrium.reporting.model.reporting.ReportingPackage#getReportRow_ObjectId()
	 * @model annotation="http://atrium.org/store length='64'"
	 * @generated
	 */
	String getObjectId();

	/**
	 * Sets the value of the '{@link org.atrium.reporting.model.reporting.ReportRow#getObjectId <em>Object Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Object Id</em>' attribute.
	 * @see #getObjectId()
	 * @generated
	 */
	void setObjectId(String value);

} // ReportRow
