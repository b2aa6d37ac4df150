/**
 */
package org.atrium.core.model.pmo;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Project</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.core.model.pmo.Project#getProgram <em>Program</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.Project#getCode <em>Code</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.Project#getPhase <em>Phase</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.Project#getRag <em>Rag</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.Project#getRagTrend <em>Rag Trend</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.Project#getPlannedStart <em>Planned Start</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.Project#getPlannedEnd <em>Planned End</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.Project#getBaselineStart <em>Baseline Start</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.Project#getBaselineEnd <em>Baseline End</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.Project#getActualStart <em>Actual Start</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.Project#getActualEnd <em>Actual End</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.Project#getCurrency <em>Currency</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.Project#getBudgetPlanned <em>Budget Planned</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.Project#getBudgetActual <em>Budget Actual</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.Project#getBudgetForecast <em>Budget Forecast</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.Project#getPercentComplete <em>Percent Complete</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.Project#getWorkstreams <em>Workstreams</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.Project#getMilestones <em>Milestones</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.Project#getKpis <em>Kpis</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.Project#getStatusReports <em>Status Reports</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.Project#getDocuments <em>Documents</em>}</li>
 * </ul>
 *
 * @see org.atrium.core.model.pmo.PmoPackage#getProject()
 * @model
 * @generated
 */
public interface Project extends Scope {
	/**
	 * Returns the value of the '<em><b>Program</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.atrium.core.model.pmo.Program#getProjects <em>Projects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Program</em>' container reference.
	 * @see #setProgram(Program)
	 * @see org.atrium.core.model.pmo.PmoPackage#getProject_Program()
	 * @see org.atrium.core.model.pmo.Program#getProjects
	 * @model opposite="projects" transient="false"
	 * @generated
	 */
	Program getProgram();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.Project#getProgram <em>Program</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Program</em>' container reference.
	 * @see #getProgram()
	 * @generated
	 */
	void setProgram(Program value);

	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.atrium.core.model.pmo.PmoPackage#getProject_Code()
	 * @model annotation="http://atrium.org/store length='64' index='true'"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.Project#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Phase</b></em>' attribute.
	 * The literals are from the enumeration {@link org.atrium.core.model.pmo.LifecyclePhase}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phase</em>' attribute.
	 * @see org.atrium.core.model.pmo.LifecyclePhase
	 * @see #setPhase(LifecyclePhase)
	 * @see org.atrium.core.model.pmo.PmoPackage#getProject_Phase()
	 * @model
	 * @generated
	 */
	LifecyclePhase getPhase();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.Project#getPhase <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phase</em>' attribute.
	 * @see org.atrium.core.model.pmo.LifecyclePhase
	 * @see #getPhase()
	 * @generated
	 */
	void setPhase(LifecyclePhase value);

	/**
	 * Returns the value of the '<em><b>Rag</b></em>' attribute.
	 * The literals are from the enumeration {@link org.atrium.core.model.pmo.RagStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rag</em>' attribute.
	 * @see org.atrium.core.model.pmo.RagStatus
	 * @see #setRag(RagStatus)
	 * @see org.atrium.core.model.pmo.PmoPackage#getProject_Rag()
	 * @model annotation="http://atrium.org/label label='RAG'"
	 * @generated
	 */
	RagStatus getRag();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.Project#getRag <em>Rag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rag</em>' attribute.
	 * @see org.atrium.core.model.pmo.RagStatus
	 * @see #getRag()
	 * @generated
	 */
	void setRag(RagStatus value);

	/**
	 * Returns the value of the '<em><b>Rag Trend</b></em>' attribute.
	 * The literals are from the enumeration {@link org.atrium.core.model.pmo.Trend}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rag Trend</em>' attribute.
	 * @see org.atrium.core.model.pmo.Trend
	 * @see #setRagTrend(Trend)
	 * @see org.atrium.core.model.pmo.PmoPackage#getProject_RagTrend()
	 * @model annotation="http://atrium.org/label label='RAG trend'"
	 * @generated
	 */
	Trend getRagTrend();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.Project#getRagTrend <em>Rag Trend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rag Trend</em>' attribute.
	 * @see org.atrium.core.model.pmo.Trend
	 * @see #getRagTrend()
	 * @generated
	 */
	void setRagTrend(Trend value);

	/**
	 * Returns the value of the '<em><b>Planned Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Planned Start</em>' attribute.
	 * @see #setPlannedStart(LocalDate)
	 * @see org.atrium.core.model.pmo.PmoPackage#getProject_PlannedStart()
	 * @model dataType="org.atrium.core.model.pmo.LocalDate"
	 * @generated
	 */
	LocalDate getPlannedStart();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.Project#getPlannedStart <em>Planned Start</em>}' attribute.
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
	 * @see org.atrium.core.model.pmo.PmoPackage#getProject_PlannedEnd()
	 * @model dataType="org.atrium.core.model.pmo.LocalDate"
	 * @generated
	 */
	LocalDate getPlannedEnd();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.Project#getPlannedEnd <em>Planned End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Planned End</em>' attribute.
	 * @see #getPlannedEnd()
	 * @generated
	 */
	void setPlannedEnd(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Baseline Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Baseline Start</em>' attribute.
	 * @see #setBaselineStart(LocalDate)
	 * @see org.atrium.core.model.pmo.PmoPackage#getProject_BaselineStart()
	 * @model dataType="org.atrium.core.model.pmo.LocalDate"
	 * @generated
	 */
	LocalDate getBaselineStart();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.Project#getBaselineStart <em>Baseline Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline Start</em>' attribute.
	 * @see #getBaselineStart()
	 * @generated
	 */
	void setBaselineStart(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Baseline End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Baseline End</em>' attribute.
	 * @see #setBaselineEnd(LocalDate)
	 * @see org.atrium.core.model.pmo.PmoPackage#getProject_BaselineEnd()
	 * @model dataType="org.atrium.core.model.pmo.LocalDate"
	 * @generated
	 */
	LocalDate getBaselineEnd();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.Project#getBaselineEnd <em>Baseline End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline End</em>' attribute.
	 * @see #getBaselineEnd()
	 * @generated
	 */
	void setBaselineEnd(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Actual Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actual Start</em>' attribute.
	 * @see #setActualStart(LocalDate)
	 * @see org.atrium.core.model.pmo.PmoPackage#getProject_ActualStart()
	 * @model dataType="org.atrium.core.model.pmo.LocalDate"
	 * @generated
	 */
	LocalDate getActualStart();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.Project#getActualStart <em>Actual Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actual Start</em>' attribute.
	 * @see #getActualStart()
	 * @generated
	 */
	void setActualStart(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Actual End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actual End</em>' attribute.
	 * @see #setActualEnd(LocalDate)
	 * @see org.atrium.core.model.pmo.PmoPackage#getProject_ActualEnd()
	 * @model dataType="org.atrium.core.model.pmo.LocalDate"
	 * @generated
	 */
	LocalDate getActualEnd();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.Project#getActualEnd <em>Actual End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actual End</em>' attribute.
	 * @see #getActualEnd()
	 * @generated
	 */
	void setActualEnd(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Currency</b></em>' attribute.
	 * The default value is <code>"EUR"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Currency</em>' attribute.
	 * @see #setCurrency(String)
	 * @see org.atrium.core.model.pmo.PmoPackage#getProject_Currency()
	 * @model default="EUR"
	 *        annotation="http://atrium.org/store length='3'"
	 * @generated
	 */
	String getCurrency();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.Project#getCurrency <em>Currency</em>}' attribute.
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
	 * @see org.atrium.core.model.pmo.PmoPackage#getProject_BudgetPlanned()
	 * @model annotation="http://atrium.org/label label='Planned budget'"
	 * @generated
	 */
	BigDecimal getBudgetPlanned();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.Project#getBudgetPlanned <em>Budget Planned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budget Planned</em>' attribute.
	 * @see #getBudgetPlanned()
	 * @generated
	 */
	void setBudgetPlanned(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Budget Actual</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Budget Actual</em>' attribute.
	 * @see #setBudgetActual(BigDecimal)
	 * @see org.atrium.core.model.pmo.PmoPackage#getProject_BudgetActual()
	 * @model annotation="http://atrium.org/label label='Actual cost'"
	 * @generated
	 */
	BigDecimal getBudgetActual();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.Project#getBudgetActual <em>Budget Actual</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budget Actual</em>' attribute.
	 * @see #getBudgetActual()
	 * @generated
	 */
	void setBudgetActual(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Budget Forecast</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Budget Forecast</em>' attribute.
	 * @see #setBudgetForecast(BigDecimal)
	 * @see org.atrium.core.model.pmo.PmoPackage#getProject_BudgetForecast()
	 * @model annotation="http://atrium.org/label label='Forecast cost'"
	 * @generated
	 */
	BigDecimal getBudgetForecast();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.Project#getBudgetForecast <em>Budget Forecast</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budget Forecast</em>' attribute.
	 * @see #getBudgetForecast()
	 * @generated
	 */
	void setBudgetForecast(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Percent Complete</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Percent Complete</em>' attribute.
	 * @see #setPercentComplete(int)
	 * @see org.atrium.core.model.pmo.PmoPackage#getProject_PercentComplete()
	 * @model annotation="http://atrium.org/label label='% complete'"
	 * @generated
	 */
	int getPercentComplete();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.Project#getPercentComplete <em>Percent Complete</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Percent Complete</em>' attribute.
	 * @see #getPercentComplete()
	 * @generated
	 */
	void setPercentComplete(int value);

	/**
	 * Returns the value of the '<em><b>Workstreams</b></em>' containment reference list.
	 * The list contents are of type {@link org.atrium.core.model.pmo.Workstream}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Workstreams</em>' containment reference list.
	 * @see org.atrium.core.model.pmo.PmoPackage#getProject_Workstreams()
	 * @model containment="true"
	 * @generated
	 */
	EList<Workstream> getWorkstreams();

	/**
	 * Returns the value of the '<em><b>Milestones</b></em>' containment reference list.
	 * The list contents are of type {@link org.atrium.core.model.pmo.Milestone}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Milestones</em>' containment reference list.
	 * @see org.atrium.core.model.pmo.PmoPackage#getProject_Milestones()
	 * @model containment="true"
	 * @generated
	 */
	EList<Milestone> getMilestones();

	/**
	 * Returns the value of the '<em><b>Kpis</b></em>' containment reference list.
	 * The list contents are of type {@link org.atrium.core.model.pmo.Kpi}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kpis</em>' containment reference list.
	 * @see org.atrium.core.model.pmo.PmoPackage#getProject_Kpis()
	 * @model containment="true"
	 *        annotation="http://atrium.org/label label='KPIs'"
	 * @generated
	 */
	EList<Kpi> getKpis();

	/**
	 * Returns the value of the '<em><b>Status Reports</b></em>' containment reference list.
	 * The list contents are of type {@link org.atrium.core.model.pmo.StatusReport}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status Reports</em>' containment reference list.
	 * @see org.atrium.core.model.pmo.PmoPackage#getProject_StatusReports()
	 * @model containment="true"
	 *        annotation="http://atrium.org/governance permission='reportStatus'"
	 * @generated
	 */
	EList<StatusReport> getStatusReports();

	/**
	 * Returns the value of the '<em><b>Documents</b></em>' containment reference list.
	 * The list contents are of type {@link org.atrium.core.model.pmo.DocumentRef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Documents</em>' containment reference list.
	 * @see org.atrium.core.model.pmo.PmoPackage#getProject_Documents()
	 * @model containment="true"
	 * @generated
	 */
	EList<DocumentRef> getDocuments();

} // Project
