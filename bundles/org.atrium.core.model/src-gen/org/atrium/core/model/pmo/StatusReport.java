/**
 */
package org.atrium.core.model.pmo;

import java.math.BigDecimal;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Status Report</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.core.model.pmo.StatusReport#getPeriod <em>Period</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.StatusReport#getPeriodEnd <em>Period End</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.StatusReport#getRag <em>Rag</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.StatusReport#getTrend <em>Trend</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.StatusReport#getPercentComplete <em>Percent Complete</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.StatusReport#getBudgetActual <em>Budget Actual</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.StatusReport#getBudgetForecast <em>Budget Forecast</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.StatusReport#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.StatusReport#getAccomplishments <em>Accomplishments</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.StatusReport#getNextSteps <em>Next Steps</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.StatusReport#getAuthor <em>Author</em>}</li>
 * </ul>
 *
 * @see org.atrium.core.model.pmo.PmoPackage#getStatusReport()
 * @model annotation="http://atrium.org/governance permission='reportStatus'"
 * @generated
 */
public interface StatusReport extends Entity {
	/**
	 * Returns the value of the '<em><b>Period</b></em>' attribute.
	 * The literals are from the enumeration {@link org.atrium.core.model.pmo.ReportPeriod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Period</em>' attribute.
	 * @see org.atrium.core.model.pmo.ReportPeriod
	 * @see #setPeriod(ReportPeriod)
	 * @see org.atrium.core.model.pmo.PmoPackage#getStatusReport_Period()
	 * @model
	 * @generated
	 */
	ReportPeriod getPeriod();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.StatusReport#getPeriod <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period</em>' attribute.
	 * @see org.atrium.core.model.pmo.ReportPeriod
	 * @see #getPeriod()
	 * @generated
	 */
	void setPeriod(ReportPeriod value);

	/**
	 * Returns the value of the '<em><b>Period End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Period End</em>' attribute.
	 * @see #setPeriodEnd(LocalDate)
	 * @see org.atrium.core.model.pmo.PmoPackage#getStatusReport_PeriodEnd()
	 * @model dataType="org.atrium.core.model.pmo.LocalDate"
	 * @generated
	 */
	LocalDate getPeriodEnd();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.StatusReport#getPeriodEnd <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period End</em>' attribute.
	 * @see #getPeriodEnd()
	 * @generated
	 */
	void setPeriodEnd(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Rag</b></em>' attribute.
	 * The literals are from the enumeration {@link org.atrium.core.model.pmo.RagStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rag</em>' attribute.
	 * @see org.atrium.core.model.pmo.RagStatus
	 * @see #setRag(RagStatus)
	 * @see org.atrium.core.model.pmo.PmoPackage#getStatusReport_Rag()
	 * @model annotation="http://atrium.org/label label='RAG'"
	 * @generated
	 */
	RagStatus getRag();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.StatusReport#getRag <em>Rag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rag</em>' attribute.
	 * @see org.atrium.core.model.pmo.RagStatus
	 * @see #getRag()
	 * @generated
	 */
	void setRag(RagStatus value);

	/**
	 * Returns the value of the '<em><b>Trend</b></em>' attribute.
	 * The literals are from the enumeration {@link org.atrium.core.model.pmo.Trend}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trend</em>' attribute.
	 * @see org.atrium.core.model.pmo.Trend
	 * @see #setTrend(Trend)
	 * @see org.atrium.core.model.pmo.PmoPackage#getStatusReport_Trend()
	 * @model
	 * @generated
	 */
	Trend getTrend();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.StatusReport#getTrend <em>Trend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trend</em>' attribute.
	 * @see org.atrium.core.model.pmo.Trend
	 * @see #getTrend()
	 * @generated
	 */
	void setTrend(Trend value);

	/**
	 * Returns the value of the '<em><b>Percent Complete</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Percent Complete</em>' attribute.
	 * @see #setPercentComplete(int)
	 * @see org.atrium.core.model.pmo.PmoPackage#getStatusReport_PercentComplete()
	 * @model annotation="http://atrium.org/label label='% complete'"
	 * @generated
	 */
	int getPercentComplete();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.StatusReport#getPercentComplete <em>Percent Complete</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Percent Complete</em>' attribute.
	 * @see #getPercentComplete()
	 * @generated
	 */
	void setPercentComplete(int value);

	/**
	 * Returns the value of the '<em><b>Budget Actual</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Budget Actual</em>' attribute.
	 * @see #setBudgetActual(BigDecimal)
	 * @see org.atrium.core.model.pmo.PmoPackage#getStatusReport_BudgetActual()
	 * @model annotation="http://atrium.org/label label='Actual cost'"
	 * @generated
	 */
	BigDecimal getBudgetActual();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.StatusReport#getBudgetActual <em>Budget Actual</em>}' attribute.
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
	 * @see org.atrium.core.model.pmo.PmoPackage#getStatusReport_BudgetForecast()
	 * @model annotation="http://atrium.org/label label='Forecast cost'"
	 * @generated
	 */
	BigDecimal getBudgetForecast();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.StatusReport#getBudgetForecast <em>Budget Forecast</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budget Forecast</em>' attribute.
	 * @see #getBudgetForecast()
	 * @generated
	 */
	void setBudgetForecast(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Summary</em>' attribute.
	 * @see #setSummary(String)
	 * @see org.atrium.core.model.pmo.PmoPackage#getStatusReport_Summary()
	 * @model
	 * @generated
	 */
	String getSummary();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.StatusReport#getSummary <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' attribute.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(String value);

	/**
	 * Returns the value of the '<em><b>Accomplishments</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Accomplishments</em>' attribute.
	 * @see #setAccomplishments(String)
	 * @see org.atrium.core.model.pmo.PmoPackage#getStatusReport_Accomplishments()
	 * @model
	 * @generated
	 */
	String getAccomplishments();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.StatusReport#getAccomplishments <em>Accomplishments</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Accomplishments</em>' attribute.
	 * @see #getAccomplishments()
	 * @generated
	 */
	void setAccomplishments(String value);

	/**
	 * Returns the value of the '<em><b>Next Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Next Steps</em>' attribute.
	 * @see #setNextSteps(String)
	 * @see org.atrium.core.model.pmo.PmoPackage#getStatusReport_NextSteps()
	 * @model
	 * @generated
	 */
	String getNextSteps();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.StatusReport#getNextSteps <em>Next Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Next Steps</em>' attribute.
	 * @see #getNextSteps()
	 * @generated
	 */
	void setNextSteps(String value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author</em>' reference.
	 * @see #setAuthor(Person)
	 * @see org.atrium.core.model.pmo.PmoPackage#getStatusReport_Author()
	 * @model
	 * @generated
	 */
	Person getAuthor();

	/**
	 * Sets the value of the '{@link org.atrium.core.model.pmo.StatusReport#getAuthor <em>Author</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' reference.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(Person value);

} // StatusReport
