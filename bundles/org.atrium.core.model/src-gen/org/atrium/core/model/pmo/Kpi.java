/**
 */
package org.atrium.core.model.pmo;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Kpi</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.core.model.pmo.Kpi#getName <em>Name</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.Kpi#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.Kpi#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.Kpi#getTarget <em>Target</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.Kpi#getAmberThreshold <em>Amber Threshold</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.Kpi#getRedThreshold <em>Red Threshold</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.Kpi#getMeasurements <em>Measurements</em>}</li>
 * </ul>
 *
 * @see org.atrium.core.model.pmo.PmoPackage#getKpi()
 * @model annotation="http://atrium.org/label label='KPI'"
 * @generated
 */
public interface Kpi extends Entity {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.atrium.core.model.pmo.PmoPackage#getKpi_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.Kpi#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.atrium.core.model.pmo.PmoPackage#getKpi_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.Kpi#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link org.atrium.core.model.pmo.KpiDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see org.atrium.core.model.pmo.KpiDirection
	 * @see #setDirection(KpiDirection)
	 * @see org.atrium.core.model.pmo.PmoPackage#getKpi_Direction()
	 * @model
	 * @generated
	 */
	KpiDirection getDirection();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.Kpi#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see org.atrium.core.model.pmo.KpiDirection
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(KpiDirection value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(double)
	 * @see org.atrium.core.model.pmo.PmoPackage#getKpi_Target()
	 * @model
	 * @generated
	 */
	double getTarget();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.Kpi#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(double value);

	/**
	 * Returns the value of the '<em><b>Amber Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Amber Threshold</em>' attribute.
	 * @see #setAmberThreshold(double)
	 * @see org.atrium.core.model.pmo.PmoPackage#getKpi_AmberThreshold()
	 * @model
	 * @generated
	 */
	double getAmberThreshold();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.Kpi#getAmberThreshold <em>Amber Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Amber Threshold</em>' attribute.
	 * @see #getAmberThreshold()
	 * @generated
	 */
	void setAmberThreshold(double value);

	/**
	 * Returns the value of the '<em><b>Red Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Red Threshold</em>' attribute.
	 * @see #setRedThreshold(double)
	 * @see org.atrium.core.model.pmo.PmoPackage#getKpi_RedThreshold()
	 * @model
	 * @generated
	 */
	double getRedThreshold();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.Kpi#getRedThreshold <em>Red Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Red Threshold</em>' attribute.
	 * @see #getRedThreshold()
	 * @generated
	 */
	void setRedThreshold(double value);

	/**
	 * Returns the value of the '<em><b>Measurements</b></em>' containment reference list.
	 * The list contents are of type {@link org.atrium.core.model.pmo.Measurement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Measurements</em>' containment reference list.
	 * @see org.atrium.core.model.pmo.PmoPackage#getKpi_Measurements()
	 * @model containment="true"
	 * @generated
	 */
	EList<Measurement> getMeasurements();

} // Kpi
