/**
 */
package org.atrium.reporting.model.reporting;

import org.atrium.core.model.pmo.Entity;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Report Snapshot</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One section of a report as it was generated: a table with a title, its column names, its rows and a note (such as 'No KPIs').
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.reporting.model.reporting.ReportSnapshot#getKey <em>Key</em>}</li>
 *   <li>{@link org.atrium.reporting.model.reporting.ReportSnapshot#getTitle <em>Title</em>}</li>
 *   <li>{@link org.atrium.reporting.model.reporting.ReportSnapshot#getNote <em>Note</em>}</li>
 *   <li>{@link org.atrium.reporting.model.reporting.ReportSnapshot#getColumns <em>Columns</em>}</li>
 *   <li>{@link org.atrium.reporting.model.reporting.ReportSnapshot#getRows <em>Rows</em>}</li>
 * </ul>
 *
 * @see org.atrium.reporting.model.reporting.ReportingPackage#getReportSnapshot()
 * @model annotation="http://atrium.org/label label='Report section'"
 * @generated
 */
public interface ReportSnapshot extends Entity {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see org.atrium.reporting.model.reporting.ReportingPackage#getReportSnapshot_Key()
	 * @model annotation="http://atrium.org/store length='128'"
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link org.atrium.reporting.model.reporting.ReportSnapshot#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.atrium.reporting.model.reporting.ReportingPackage#getReportSnapshot_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.atrium.reporting.model.reporting.ReportSnapshot#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.atrium.reporting.model.reporting.ReportingPackage#getReportSnapshot_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.atrium.reporting.model.reporting.ReportSnapshot#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

	/**
	 * Returns the value of the '<em><b>Columns</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Columns</em>' attribute list.
	 * @see org.atrium.reporting.model.reporting.ReportingPackage#getReportSnapshot_Columns()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getColumns();

	/**
	 * Returns the value of the '<em><b>Rows</b></em>' containment reference list.
	 * The list contents are of type {@link org.atrium.reporting.model.reporting.ReportRow}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rows</em>' containment reference list.
	 * @see org.atrium.reporting.model.reporting.ReportingPackage#getReportSnapshot_Rows()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReportRow> getRows();

} // ReportSnapshot
