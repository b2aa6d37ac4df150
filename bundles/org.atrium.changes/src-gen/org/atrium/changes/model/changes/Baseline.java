/**
 */
package org.atrium.changes.model.changes;

import java.math.BigDecimal;

import java.time.Instant;
import java.time.LocalDate;

import org.atrium.core.model.pmo.Entity;
import org.atrium.core.model.pmo.Project;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Baseline</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A named snapshot of a project's plan: its dates, budget and milestones with their dates.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.changes.model.changes.Baseline#getProject <em>Project</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.Baseline#getName <em>Name</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.Baseline#getTaken <em>Taken</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.Baseline#getTakenBy <em>Taken By</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.Baseline#getChangeRequestId <em>Change Request Id</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.Baseline#getPlannedStart <em>Planned Start</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.Baseline#getPlannedEnd <em>Planned End</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.Baseline#getCurrency <em>Currency</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.Baseline#getBudgetPlanned <em>Budget Planned</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.Baseline#getBudgetForecast <em>Budget Forecast</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.Baseline#getMilestones <em>Milestones</em>}</li>
 * </ul>
 *
 * @see org.atrium.changes.model.changes.ChangesPackage#getBaseline()
 * @model
 * @generated
 */
public interface Baseline extends Entity {
	/**
	 * Returns the value of the '<em><b>Project</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Project</em>' reference.
	 * @see #setProject(Project)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getBaseline_Project()
	 * @model annotation="http://atrium.org/store index='true'"
	 * @generated
	 */
	Project getProject();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.Baseline#getProject <em>Project</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Project</em>' reference.
	 * @see #getProject()
	 * @generated
	 */
	void setProject(Project value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getBaseline_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.Baseline#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Taken</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Taken</em>' attribute.
	 * @see #setTaken(Instant)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getBaseline_Taken()
	 * @model dataType="org.atrium.core.model.pmo.Instant"
	 *        annotation="http://atrium.org/label label='Taken at'"
	 * @generated
	 */
	Instant getTaken();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.Baseline#getTaken <em>Taken</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Taken</em>' attribute.
	 * @see #getTaken()
	 * @generated
	 */
	void setTaken(Instant value);

	/**
	 * Returns the value of the '<em><b>Taken By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Taken By</em>' attribute.
	 * @see #setTakenBy(String)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getBaseline_TakenBy()
	 * @model annotation="http://atrium.org/store length='64'"
	 * @generated
	 */
	String getTakenBy();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.Baseline#getTakenBy <em>Taken By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Taken By</em>' attribute.
	 * @see #getTakenBy()
	 * @generated
	 */
	void setTakenBy(String value);

	/**
	 * Returns the value of the '<em><b>Change Request Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Change Request Id</em>' attribute.
	 * @see #setChangeRequestId(String)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getBaseline_ChangeRequestId()
	 * @model annotation="http://atrium.org/store length='64'"
	 *        annotation="http://atrium.org/label label='Change request id'"
	 * @generated
	 */
	String getChangeRequestId();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.Baseline#getChangeRequestId <em>Change Request Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Change Request Id</em>' attribute.
	 * @see #getChangeRequestId()
	 * @generated
	 */
	void setChangeRequestId(String value);

	/**
	 * Returns the value of the '<em><b>Planned Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Planned Start</em>' attribute.
	 * @see #setPlannedStart(LocalDate)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getBaseline_PlannedStart()
	 * @model dataType="org.atrium.core.model.pmo.LocalDate"
	 * @generated
	 */
	LocalDate getPlannedStart();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.Baseline#getPlannedStart <em>Planned Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Planned Start</em>' attribute.
	 * @see #getPlannedStart()
	 * @generated
	 */
	void setPlannedStart(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Planned End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Planned End</em>' attribute.
	 * @see #setPlannedEnd(LocalDate)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getBaseline_PlannedEnd()
	 * @model dataType="org.atrium.core.model.pmo.LocalDate"
	 * @generated
	 */
	LocalDate getPlannedEnd();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.Baseline#getPlannedEnd <em>Planned End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Planned End</em>' attribute.
	 * @see #getPlannedEnd()
	 * @generated
	 */
	void setPlannedEnd(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Currency</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Currency</em>' attribute.
	 * @see #setCurrency(String)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getBaseline_Currency()
	 * @model annotation="http://atrium.org/store length='3'"
	 * @generated
	 */
	String getCurrency();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.Baseline#getCurrency <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Currency</em>' attribute.
	 * @see #getCurrency()
	 * @generated
	 */
	void setCurrency(String value);

	/**
	 * Returns the value of the '<em><b>Budget Planned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Budget Planned</em>' attribute.
	 * @see #setBudgetPlanned(BigDecimal)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getBaseline_BudgetPlanned()
	 * @model annotation="http://atrium.org/label label='Planned budget'"
	 * @generated
	 */
	BigDecimal getBudgetPlanned();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.Baseline#getBudgetPlanned <em>Budget Planned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budget Planned</em>' attribute.
	 * @see #getBudgetPlanned()
	 * @generated
	 */
	void setBudgetPlanned(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Budget Forecast</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Budget Forecast</em>' attribute.
	 * @see #setBudgetForecast(BigDecimal)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getBaseline_BudgetForecast()
	 * @model annotation="http://atrium.org/label label='Forecast cost'"
	 * @generated
	 */
	BigDecimal getBudgetForecast();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.Baseline#getBudgetForecast <em>Budget Forecast</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budget Forecast</em>' attribute.
	 * @see #getBudgetForecast()
	 * @generated
	 */
	void setBudgetForecast(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Milestones</b></em>' containment reference list.
	 * The list contents are of type {@link org.atrium.changes.model.changes.BaselineMilestone}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Milestones</em>' containment reference list.
	 * @see org.atrium.changes.model.changes.ChangesPackage#getBaseline_Milestones()
	 * @model containment="true"
	 * @generated
	 */
	EList<BaselineMilestone> getMilestones();

} // Baseline
