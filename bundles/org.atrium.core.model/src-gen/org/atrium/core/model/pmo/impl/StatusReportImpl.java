/**
 */
package org.atrium.core.model.pmo.impl;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.RagStatus;
import org.atrium.core.model.pmo.ReportPeriod;
import org.atrium.core.model.pmo.StatusReport;
import org.atrium.core.model.pmo.Trend;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Status Report</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.core.model.pmo.impl.StatusReportImpl#getPeriod <em>Period</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.impl.StatusReportImpl#getPeriodEnd <em>Period End</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.impl.StatusReportImpl#getRag <em>Rag</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.impl.StatusReportImpl#getTrend <em>Trend</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.impl.StatusReportImpl#getPercentComplete <em>Percent Complete</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.impl.StatusReportImpl#getBudgetActual <em>Budget Actual</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.impl.StatusReportImpl#getBudgetForecast <em>Budget Forecast</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.impl.StatusReportImpl#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.impl.StatusReportImpl#getAccomplishments <em>Accomplishments</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.impl.StatusReportImpl#getNextSteps <em>Next Steps</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.impl.StatusReportImpl#getAuthor <em>Author</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StatusReportImpl extends EntityImpl implements StatusReport {
	/**
	 * The default value of the '{@link #getPeriod() <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriod()
	 * @generated
	 * @ordered
	 */
	protected static final ReportPeriod PERIOD_EDEFAULT = ReportPeriod.WEEKLY;

	/**
	 * The cached value of the '{@link #getPeriod() <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriod()
	 * @generated
	 * @ordered
	 */
	protected ReportPeriod period = PERIOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriodEnd() <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodEnd()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PERIOD_END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriodEnd() <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodEnd()
	 * @generated
	 * @ordered
	 */
	protected LocalDate periodEnd = PERIOD_END_EDEFAULT;

	/**
	 * The default value of the '{@link #getRag() <em>Rag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRag()
	 * @generated
	 * @ordered
	 */
	protected static final RagStatus RAG_EDEFAULT = RagStatus.GREEN;

	/**
	 * The cached value of the '{@link #getRag() <em>Rag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRag()
	 * @generated
	 * @ordered
	 */
	protected RagStatus rag = RAG_EDEFAULT;

	/**
	 * The default value of the '{@link #getTrend() <em>Trend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrend()
	 * @generated
	 * @ordered
	 */
	protected static final Trend TREND_EDEFAULT = Trend.STABLE;

	/**
	 * The cached value of the '{@link #getTrend() <em>Trend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrend()
	 * @generated
	 * @ordered
	 */
	protected Trend trend = TREND_EDEFAULT;

	/**
	 * The default value of the '{@link #getPercentComplete() <em>Percent Complete</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPercentComplete()
	 * @generated
	 * @ordered
	 */
	protected static final int PERCENT_COMPLETE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPercentComplete() <em>Percent Complete</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPercentComplete()
	 * @generated
	 * @ordered
	 */
	protected int percentComplete = PERCENT_COMPLETE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBudgetActual() <em>Budget Actual</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgetActual()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal BUDGET_ACTUAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBudgetActual() <em>Budget Actual</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgetActual()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal budgetActual = BUDGET_ACTUAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getBudgetForecast() <em>Budget Forecast</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgetForecast()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal BUDGET_FORECAST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBudgetForecast() <em>Budget Forecast</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgetForecast()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal budgetForecast = BUDGET_FORECAST_EDEFAULT;

	/**
	 * The default value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected static final String SUMMARY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected String summary = SUMMARY_EDEFAULT;

	/**
	 * The default value of the '{@link #getAccomplishments() <em>Accomplishments</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccomplishments()
	 * @generated
	 * @ordered
	 */
	protected static final String ACCOMPLISHMENTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAccomplishments() <em>Accomplishments</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccomplishments()
	 * @generated
	 * @ordered
	 */
	protected String accomplishments = ACCOMPLISHMENTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getNextSteps() <em>Next Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNextSteps()
	 * @generated
	 * @ordered
	 */
	protected static final String NEXT_STEPS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNextSteps() <em>Next Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNextSteps()
	 * @generated
	 * @ordered
	 */
	protected String nextSteps = NEXT_STEPS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAuthor() <em>Author</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected Person author;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StatusReportImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PmoPackage.Literals.STATUS_REPORT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReportPeriod getPeriod() {
		return period;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriod(ReportPeriod newPeriod) {
		ReportPeriod oldPeriod = period;
		period = newPeriod == null ? PERIOD_EDEFAULT : newPeriod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PmoPackage.STATUS_REPORT__PERIOD, oldPeriod, period));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPeriodEnd() {
		return periodEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodEnd(LocalDate newPeriodEnd) {
		LocalDate oldPeriodEnd = periodEnd;
		periodEnd = newPeriodEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PmoPackage.STATUS_REPORT__PERIOD_END, oldPeriodEnd, periodEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RagStatus getRag() {
		return rag;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRag(RagStatus newRag) {
		RagStatus oldRag = rag;
		rag = newRag == null ? RAG_EDEFAULT : newRag;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PmoPackage.STATUS_REPORT__RAG, oldRag, rag));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Trend getTrend() {
		return trend;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrend(Trend newTrend) {
		Trend oldTrend = trend;
		trend = newTrend == null ? TREND_EDEFAULT : newTrend;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PmoPackage.STATUS_REPORT__TREND, oldTrend, trend));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPercentComplete() {
		return percentComplete;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPercentComplete(int newPercentComplete) {
		int oldPercentComplete = percentComplete;
		percentComplete = newPercentComplete;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PmoPackage.STATUS_REPORT__PERCENT_COMPLETE, oldPercentComplete, percentComplete));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getBudgetActual() {
		return budgetActual;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBudgetActual(BigDecimal newBudgetActual) {
		BigDecimal oldBudgetActual = budgetActual;
		budgetActual = newBudgetActual;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PmoPackage.STATUS_REPORT__BUDGET_ACTUAL, oldBudgetActual, budgetActual));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getBudgetForecast() {
		return budgetForecast;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBudgetForecast(BigDecimal newBudgetForecast) {
		BigDecimal oldBudgetForecast = budgetForecast;
		budgetForecast = newBudgetForecast;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PmoPackage.STATUS_REPORT__BUDGET_FORECAST, oldBudgetForecast, budgetForecast));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSummary() {
		return summary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSummary(String newSummary) {
		String oldSummary = summary;
		summary = newSummary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PmoPackage.STATUS_REPORT__SUMMARY, oldSummary, summary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAccomplishments() {
		return accomplishments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccomplishments(String newAccomplishments) {
		String oldAccomplishments = accomplishments;
		accomplishments = newAccomplishments;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PmoPackage.STATUS_REPORT__ACCOMPLISHMENTS, oldAccomplishments, accomplishments));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNextSteps() {
		return nextSteps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNextSteps(String newNextSteps) {
		String oldNextSteps = nextSteps;
		nextSteps = newNextSteps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PmoPackage.STATUS_REPORT__NEXT_STEPS, oldNextSteps, nextSteps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getAuthor() {
		if (author != null && author.eIsProxy()) {
			InternalEObject oldAuthor = (InternalEObject)author;
			author = (Person)eResolveProxy(oldAuthor);
			if (author != oldAuthor) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PmoPackage.STATUS_REPORT__AUTHOR, oldAuthor, author));
			}
		}
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetAuthor() {
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthor(Person newAuthor) {
		Person oldAuthor = author;
		author = newAuthor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PmoPackage.STATUS_REPORT__AUTHOR, oldAuthor, author));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PmoPackage.STATUS_REPORT__PERIOD:
				return getPeriod();
			case PmoPackage.STATUS_REPORT__PERIOD_END:
				return getPeriodEnd();
			case PmoPackage.STATUS_REPORT__RAG:
				return getRag();
			case PmoPackage.STATUS_REPORT__TREND:
				return getTrend();
			case PmoPackage.STATUS_REPORT__PERCENT_COMPLETE:
				return getPercentComplete();
			case PmoPackage.STATUS_REPORT__BUDGET_ACTUAL:
				return getBudgetActual();
			case PmoPackage.STATUS_REPORT__BUDGET_FORECAST:
				return getBudgetForecast();
			case PmoPackage.STATUS_REPORT__SUMMARY:
				return getSummary();
			case PmoPackage.STATUS_REPORT__ACCOMPLISHMENTS:
				return getAccomplishments();
			case PmoPackage.STATUS_REPORT__NEXT_STEPS:
				return getNextSteps();
			case PmoPackage.STATUS_REPORT__AUTHOR:
				if (resolve) return getAuthor();
				return basicGetAuthor();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PmoPackage.STATUS_REPORT__PERIOD:
				setPeriod((ReportPeriod)newValue);
				return;
			case PmoPackage.STATUS_REPORT__PERIOD_END:
				setPeriodEnd((LocalDate)newValue);
				return;
			case PmoPackage.STATUS_REPORT__RAG:
				setRag((RagStatus)newValue);
				return;
			case PmoPackage.STATUS_REPORT__TREND:
				setTrend((Trend)newValue);
				return;
			case PmoPackage.STATUS_REPORT__PERCENT_COMPLETE:
				setPercentComplete((Integer)newValue);
				return;
			case PmoPackage.STATUS_REPORT__BUDGET_ACTUAL:
				setBudgetActual((BigDecimal)newValue);
				return;
			case PmoPackage.STATUS_REPORT__BUDGET_FORECAST:
				setBudgetForecast((BigDecimal)newValue);
				return;
			case PmoPackage.STATUS_REPORT__SUMMARY:
				setSummary((String)newValue);
				return;
			case PmoPackage.STATUS_REPORT__ACCOMPLISHMENTS:
				setAccomplishments((String)newValue);
				return;
			case PmoPackage.STATUS_REPORT__NEXT_STEPS:
				setNextSteps((String)newValue);
				return;
			case PmoPackage.STATUS_REPORT__AUTHOR:
				setAuthor((Person)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case PmoPackage.STATUS_REPORT__PERIOD:
				setPeriod(PERIOD_EDEFAULT);
				return;
			case PmoPackage.STATUS_REPORT__PERIOD_END:
				setPeriodEnd(PERIOD_END_EDEFAULT);
				return;
			case PmoPackage.STATUS_REPORT__RAG:
				setRag(RAG_EDEFAULT);
				return;
			case PmoPackage.STATUS_REPORT__TREND:
				setTrend(TREND_EDEFAULT);
				return;
			case PmoPackage.STATUS_REPORT__PERCENT_COMPLETE:
				setPercentComplete(PERCENT_COMPLETE_EDEFAULT);
				return;
			case PmoPackage.STATUS_REPORT__BUDGET_ACTUAL:
				setBudgetActual(BUDGET_ACTUAL_EDEFAULT);
				return;
			case PmoPackage.STATUS_REPORT__BUDGET_FORECAST:
				setBudgetForecast(BUDGET_FORECAST_EDEFAULT);
				return;
			case PmoPackage.STATUS_REPORT__SUMMARY:
				setSummary(SUMMARY_EDEFAULT);
				return;
			case PmoPackage.STATUS_REPORT__ACCOMPLISHMENTS:
				setAccomplishments(ACCOMPLISHMENTS_EDEFAULT);
				return;
			case PmoPackage.STATUS_REPORT__NEXT_STEPS:
				setNextSteps(NEXT_STEPS_EDEFAULT);
				return;
			case PmoPackage.STATUS_REPORT__AUTHOR:
				setAuthor((Person)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case PmoPackage.STATUS_REPORT__PERIOD:
				return period != PERIOD_EDEFAULT;
			case PmoPackage.STATUS_REPORT__PERIOD_END:
				return PERIOD_END_EDEFAULT == null ? periodEnd != null : !PERIOD_END_EDEFAULT.equals(periodEnd);
			case PmoPackage.STATUS_REPORT__RAG:
				return rag != RAG_EDEFAULT;
			case PmoPackage.STATUS_REPORT__TREND:
				return trend != TREND_EDEFAULT;
			case PmoPackage.STATUS_REPORT__PERCENT_COMPLETE:
				return percentComplete != PERCENT_COMPLETE_EDEFAULT;
			case PmoPackage.STATUS_REPORT__BUDGET_ACTUAL:
				return BUDGET_ACTUAL_EDEFAULT == null ? budgetActual != null : !BUDGET_ACTUAL_EDEFAULT.equals(budgetActual);
			case PmoPackage.STATUS_REPORT__BUDGET_FORECAST:
				return BUDGET_FORECAST_EDEFAULT == null ? budgetForecast != null : !BUDGET_FORECAST_EDEFAULT.equals(budgetForecast);
			case PmoPackage.STATUS_REPORT__SUMMARY:
				return SUMMARY_EDEFAULT == null ? summary != null : !SUMMARY_EDEFAULT.equals(summary);
			case PmoPackage.STATUS_REPORT__ACCOMPLISHMENTS:
				return ACCOMPLISHMENTS_EDEFAULT == null ? accomplishments != null : !ACCOMPLISHMENTS_EDEFAULT.equals(accomplishments);
			case PmoPackage.STATUS_REPORT__NEXT_STEPS:
				return NEXT_STEPS_EDEFAULT == null ? nextSteps != null : !NEXT_STEPS_EDEFAULT.equals(nextSteps);
			case PmoPackage.STATUS_REPORT__AUTHOR:
				return author != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (period: ");
		result.append(period);
		result.append(", periodEnd: ");
		result.append(periodEnd);
		result.append(", rag: ");
		result.append(rag);
		result.append(", trend: ");
		result.append(trend);
		result.append(", percentComplete: ");
		result.append(percentComplete);
		result.append(", budgetActual: ");
		result.append(budgetActual);
		result.append(", budgetForecast: ");
		result.append(budgetForecast);
		result.append(", summary: ");
		result.append(summary);
		result.append(", accomplishments: ");
		result.append(accomplishments);
		result.append(", nextSteps: ");
		result.append(nextSteps);
		result.append(')');
		return result.toString();
	}

} //StatusReportImpl
