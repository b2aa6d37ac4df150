/**
 */
package org.atrium.core.model.pmo.impl;

import java.math.BigDecimal;

import java.time.LocalDate;

import java.util.Collection;

import org.atrium.core.model.pmo.DocumentRef;
import org.atrium.core.model.pmo.Kpi;
import org.atrium.core.model.pmo.LifecyclePhase;
import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Program;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RagStatus;
import org.atrium.core.model.pmo.StatusReport;
import org.atrium.core.model.pmo.Trend;
import org.atrium.core.model.pmo.Workstream;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Project</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.core.model.pmo.impl.ProjectImpl#getProgram <em>Program</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.impl.ProjectImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.impl.ProjectImpl#getPhase <em>Phase</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.impl.ProjectImpl#getRag <em>Rag</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.impl.ProjectImpl#getRagTrend <em>Rag Trend</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.impl.ProjectImpl#getPlannedStart <em>Planned Start</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.impl.ProjectImpl#getPlannedEnd <em>Planned End</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.impl.ProjectImpl#getBaselineStart <em>Baseline Start</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.impl.ProjectImpl#getBaselineEnd <em>Baseline End</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.impl.ProjectImpl#getActualStart <em>Actual Start</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.impl.ProjectImpl#getActualEnd <em>Actual End</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.impl.ProjectImpl#getCurrency <em>Currency</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.impl.ProjectImpl#getBudgetPlanned <em>Budget Planned</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.impl.ProjectImpl#getBudgetActual <em>Budget Actual</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.impl.ProjectImpl#getBudgetForecast <em>Budget Forecast</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.impl.ProjectImpl#getPercentComplete <em>Percent Complete</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.impl.ProjectImpl#getWorkstreams <em>Workstreams</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.impl.ProjectImpl#getMilestones <em>Milestones</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.impl.ProjectImpl#getKpis <em>Kpis</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.impl.ProjectImpl#getStatusReports <em>Status Reports</em>}</li>
 *   <li>{@link org.atrium.core.model.pmo.impl.ProjectImpl#getDocuments <em>Documents</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProjectImpl extends ScopeImpl implements Project {
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPhase() <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhase()
	 * @generated
	 * @ordered
	 */
	protected static final LifecyclePhase PHASE_EDEFAULT = LifecyclePhase.INITIATION;

	/**
	 * The cached value of the '{@link #getPhase() <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhase()
	 * @generated
	 * @ordered
	 */
	protected LifecyclePhase phase = PHASE_EDEFAULT;

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
	 * The default value of the '{@link #getRagTrend() <em>Rag Trend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRagTrend()
	 * @generated
	 * @ordered
	 */
	protected static final Trend RAG_TREND_EDEFAULT = Trend.STABLE;

	/**
	 * The cached value of the '{@link #getRagTrend() <em>Rag Trend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRagTrend()
	 * @generated
	 * @ordered
	 */
	protected Trend ragTrend = RAG_TREND_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlannedStart() <em>Planned Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedStart()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PLANNED_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlannedStart() <em>Planned Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedStart()
	 * @generated
	 * @ordered
	 */
	protected LocalDate plannedStart = PLANNED_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getPlannedEnd() <em>Planned End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedEnd()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PLANNED_END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPlannedEnd() <em>Planned End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlannedEnd()
	 * @generated
	 * @ordered
	 */
	protected LocalDate plannedEnd = PLANNED_END_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaselineStart() <em>Baseline Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineStart()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate BASELINE_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaselineStart() <em>Baseline Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineStart()
	 * @generated
	 * @ordered
	 */
	protected LocalDate baselineStart = BASELINE_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaselineEnd() <em>Baseline End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineEnd()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate BASELINE_END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaselineEnd() <em>Baseline End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaselineEnd()
	 * @generated
	 * @ordered
	 */
	protected LocalDate baselineEnd = BASELINE_END_EDEFAULT;

	/**
	 * The default value of the '{@link #getActualStart() <em>Actual Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActualStart()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ACTUAL_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActualStart() <em>Actual Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActualStart()
	 * @generated
	 * @ordered
	 */
	protected LocalDate actualStart = ACTUAL_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getActualEnd() <em>Actual End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActualEnd()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ACTUAL_END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActualEnd() <em>Actual End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActualEnd()
	 * @generated
	 * @ordered
	 */
	protected LocalDate actualEnd = ACTUAL_END_EDEFAULT;

	/**
	 * The default value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected static final String CURRENCY_EDEFAULT = "EUR";

	/**
	 * The cached value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected String currency = CURRENCY_EDEFAULT;

	/**
	 * The default value of the '{@link #getBudgetPlanned() <em>Budget Planned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgetPlanned()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal BUDGET_PLANNED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBudgetPlanned() <em>Budget Planned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudgetPlanned()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal budgetPlanned = BUDGET_PLANNED_EDEFAULT;

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
	 * The cached value of the '{@link #getWorkstreams() <em>Workstreams</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkstreams()
	 * @generated
	 * @ordered
	 */
	protected EList<Workstream> workstreams;

	/**
	 * The cached value of the '{@link #getMilestones() <em>Milestones</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMilestones()
	 * @generated
	 * @ordered
	 */
	protected EList<Milestone> milestones;

	/**
	 * The cached value of the '{@link #getKpis() <em>Kpis</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKpis()
	 * @generated
	 * @ordered
	 */
	protected EList<Kpi> kpis;

	/**
	 * The cached value of the '{@link #getStatusReports() <em>Status Reports</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusReports()
	 * @generated
	 * @ordered
	 */
	protected EList<StatusReport> statusReports;

	/**
	 * The cached value of the '{@link #getDocuments() <em>Documents</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocuments()
	 * @generated
	 * @ordered
	 */
	protected EList<DocumentRef> documents;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProjectImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PmoPackage.Literals.PROJECT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Program getProgram() {
		if (eContainerFeatureID() != PmoPackage.PROJECT__PROGRAM) return null;
		return (Program)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetProgram(Program newProgram, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newProgram, PmoPackage.PROJECT__PROGRAM, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProgram(Program newProgram) {
		if (newProgram != eInternalContainer() || (eContainerFeatureID() != PmoPackage.PROJECT__PROGRAM && newProgram != null)) {
			if (EcoreUtil.isAncestor(this, newProgram))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newProgram != null)
				msgs = ((InternalEObject)newProgram).eInverseAdd(this, PmoPackage.PROGRAM__PROJECTS, Program.class, msgs);
			msgs = basicSetProgram(newProgram, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PmoPackage.PROJECT__PROGRAM, newProgram, newProgram));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PmoPackage.PROJECT__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LifecyclePhase getPhase() {
		return phase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhase(LifecyclePhase newPhase) {
		LifecyclePhase oldPhase = phase;
		phase = newPhase == null ? PHASE_EDEFAULT : newPhase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PmoPackage.PROJECT__PHASE, oldPhase, phase));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PmoPackage.PROJECT__RAG, oldRag, rag));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Trend getRagTrend() {
		return ragTrend;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRagTrend(Trend newRagTrend) {
		Trend oldRagTrend = ragTrend;
		ragTrend = newRagTrend == null ? RAG_TREND_EDEFAULT : newRagTrend;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PmoPackage.PROJECT__RAG_TREND, oldRagTrend, ragTrend));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPlannedStart() {
		return plannedStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlannedStart(LocalDate newPlannedStart) {
		LocalDate oldPlannedStart = plannedStart;
		plannedStart = newPlannedStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PmoPackage.PROJECT__PLANNED_START, oldPlannedStart, plannedStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPlannedEnd() {
		return plannedEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlannedEnd(LocalDate newPlannedEnd) {
		LocalDate oldPlannedEnd = plannedEnd;
		plannedEnd = newPlannedEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PmoPackage.PROJECT__PLANNED_END, oldPlannedEnd, plannedEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getBaselineStart() {
		return baselineStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaselineStart(LocalDate newBaselineStart) {
		LocalDate oldBaselineStart = baselineStart;
		baselineStart = newBaselineStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PmoPackage.PROJECT__BASELINE_START, oldBaselineStart, baselineStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getBaselineEnd() {
		return baselineEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaselineEnd(LocalDate newBaselineEnd) {
		LocalDate oldBaselineEnd = baselineEnd;
		baselineEnd = newBaselineEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PmoPackage.PROJECT__BASELINE_END, oldBaselineEnd, baselineEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getActualStart() {
		return actualStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActualStart(LocalDate newActualStart) {
		LocalDate oldActualStart = actualStart;
		actualStart = newActualStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PmoPackage.PROJECT__ACTUAL_START, oldActualStart, actualStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getActualEnd() {
		return actualEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActualEnd(LocalDate newActualEnd) {
		LocalDate oldActualEnd = actualEnd;
		actualEnd = newActualEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PmoPackage.PROJECT__ACTUAL_END, oldActualEnd, actualEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCurrency() {
		return currency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrency(String newCurrency) {
		String oldCurrency = currency;
		currency = newCurrency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PmoPackage.PROJECT__CURRENCY, oldCurrency, currency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getBudgetPlanned() {
		return budgetPlanned;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBudgetPlanned(BigDecimal newBudgetPlanned) {
		BigDecimal oldBudgetPlanned = budgetPlanned;
		budgetPlanned = newBudgetPlanned;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PmoPackage.PROJECT__BUDGET_PLANNED, oldBudgetPlanned, budgetPlanned));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PmoPackage.PROJECT__BUDGET_ACTUAL, oldBudgetActual, budgetActual));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PmoPackage.PROJECT__BUDGET_FORECAST, oldBudgetForecast, budgetForecast));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PmoPackage.PROJECT__PERCENT_COMPLETE, oldPercentComplete, percentComplete));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Workstream> getWorkstreams() {
		if (workstreams == null) {
			workstreams = new EObjectContainmentEList<Workstream>(Workstream.class, this, PmoPackage.PROJECT__WORKSTREAMS);
		}
		return workstreams;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Milestone> getMilestones() {
		if (milestones == null) {
			milestones = new EObjectContainmentEList<Milestone>(Milestone.class, this, PmoPackage.PROJECT__MILESTONES);
		}
		return milestones;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Kpi> getKpis() {
		if (kpis == null) {
			kpis = new EObjectContainmentEList<Kpi>(Kpi.class, this, PmoPackage.PROJECT__KPIS);
		}
		return kpis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StatusReport> getStatusReports() {
		if (statusReports == null) {
			statusReports = new EObjectContainmentEList<StatusReport>(StatusReport.class, this, PmoPackage.PROJECT__STATUS_REPORTS);
		}
		return statusReports;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DocumentRef> getDocuments() {
		if (documents == null) {
			documents = new EObjectContainmentEList<DocumentRef>(DocumentRef.class, this, PmoPackage.PROJECT__DOCUMENTS);
		}
		return documents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PmoPackage.PROJECT__PROGRAM:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetProgram((Program)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PmoPackage.PROJECT__PROGRAM:
				return basicSetProgram(null, msgs);
			case PmoPackage.PROJECT__WORKSTREAMS:
				return ((InternalEList<?>)getWorkstreams()).basicRemove(otherEnd, msgs);
			case PmoPackage.PROJECT__MILESTONES:
				return ((InternalEList<?>)getMilestones()).basicRemove(otherEnd, msgs);
			case PmoPackage.PROJECT__KPIS:
				return ((InternalEList<?>)getKpis()).basicRemove(otherEnd, msgs);
			case PmoPackage.PROJECT__STATUS_REPORTS:
				return ((InternalEList<?>)getStatusReports()).basicRemove(otherEnd, msgs);
			case PmoPackage.PROJECT__DOCUMENTS:
				return ((InternalEList<?>)getDocuments()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case PmoPackage.PROJECT__PROGRAM:
				return eInternalContainer().eInverseRemove(this, PmoPackage.PROGRAM__PROJECTS, Program.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PmoPackage.PROJECT__PROGRAM:
				return getProgram();
			case PmoPackage.PROJECT__CODE:
				return getCode();
			case PmoPackage.PROJECT__PHASE:
				return getPhase();
			case PmoPackage.PROJECT__RAG:
				return getRag();
			case PmoPackage.PROJECT__RAG_TREND:
				return getRagTrend();
			case PmoPackage.PROJECT__PLANNED_START:
				return getPlannedStart();
			case PmoPackage.PROJECT__PLANNED_END:
				return getPlannedEnd();
			case PmoPackage.PROJECT__BASELINE_START:
				return getBaselineStart();
			case PmoPackage.PROJECT__BASELINE_END:
				return getBaselineEnd();
			case PmoPackage.PROJECT__ACTUAL_START:
				return getActualStart();
			case PmoPackage.PROJECT__ACTUAL_END:
				return getActualEnd();
			case PmoPackage.PROJECT__CURRENCY:
				return getCurrency();
			case PmoPackage.PROJECT__BUDGET_PLANNED:
				return getBudgetPlanned();
			case PmoPackage.PROJECT__BUDGET_ACTUAL:
				return getBudgetActual();
			case PmoPackage.PROJECT__BUDGET_FORECAST:
				return getBudgetForecast();
			case PmoPackage.PROJECT__PERCENT_COMPLETE:
				return getPercentComplete();
			case PmoPackage.PROJECT__WORKSTREAMS:
				return getWorkstreams();
			case PmoPackage.PROJECT__MILESTONES:
				return getMilestones();
			case PmoPackage.PROJECT__KPIS:
				return getKpis();
			case PmoPackage.PROJECT__STATUS_REPORTS:
				return getStatusReports();
			case PmoPackage.PROJECT__DOCUMENTS:
				return getDocuments();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PmoPackage.PROJECT__PROGRAM:
				setProgram((Program)newValue);
				return;
			case PmoPackage.PROJECT__CODE:
				setCode((String)newValue);
				return;
			case PmoPackage.PROJECT__PHASE:
				setPhase((LifecyclePhase)newValue);
				return;
			case PmoPackage.PROJECT__RAG:
				setRag((RagStatus)newValue);
				return;
			case PmoPackage.PROJECT__RAG_TREND:
				setRagTrend((Trend)newValue);
				return;
			case PmoPackage.PROJECT__PLANNED_START:
				setPlannedStart((LocalDate)newValue);
				return;
			case PmoPackage.PROJECT__PLANNED_END:
				setPlannedEnd((LocalDate)newValue);
				return;
			case PmoPackage.PROJECT__BASELINE_START:
				setBaselineStart((LocalDate)newValue);
				return;
			case PmoPackage.PROJECT__BASELINE_END:
				setBaselineEnd((LocalDate)newValue);
				return;
			case PmoPackage.PROJECT__ACTUAL_START:
				setActualStart((LocalDate)newValue);
				return;
			case PmoPackage.PROJECT__ACTUAL_END:
				setActualEnd((LocalDate)newValue);
				return;
			case PmoPackage.PROJECT__CURRENCY:
				setCurrency((String)newValue);
				return;
			case PmoPackage.PROJECT__BUDGET_PLANNED:
				setBudgetPlanned((BigDecimal)newValue);
				return;
			case PmoPackage.PROJECT__BUDGET_ACTUAL:
				setBudgetActual((BigDecimal)newValue);
				return;
			case PmoPackage.PROJECT__BUDGET_FORECAST:
				setBudgetForecast((BigDecimal)newValue);
				return;
			case PmoPackage.PROJECT__PERCENT_COMPLETE:
				setPercentComplete((Integer)newValue);
				return;
			case PmoPackage.PROJECT__WORKSTREAMS:
				getWorkstreams().clear();
				getWorkstreams().addAll((Collection<? extends Workstream>)newValue);
				return;
			case PmoPackage.PROJECT__MILESTONES:
				getMilestones().clear();
				getMilestones().addAll((Collection<? extends Milestone>)newValue);
				return;
			case PmoPackage.PROJECT__KPIS:
				getKpis().clear();
				getKpis().addAll((Collection<? extends Kpi>)newValue);
				return;
			case PmoPackage.PROJECT__STATUS_REPORTS:
				getStatusReports().clear();
				getStatusReports().addAll((Collection<? extends StatusReport>)newValue);
				return;
			case PmoPackage.PROJECT__DOCUMENTS:
				getDocuments().clear();
				getDocuments().addAll((Collection<? extends DocumentRef>)newValue);
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
			case PmoPackage.PROJECT__PROGRAM:
				setProgram((Program)null);
				return;
			case PmoPackage.PROJECT__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case PmoPackage.PROJECT__PHASE:
				setPhase(PHASE_EDEFAULT);
				return;
			case PmoPackage.PROJECT__RAG:
				setRag(RAG_EDEFAULT);
				return;
			case PmoPackage.PROJECT__RAG_TREND:
				setRagTrend(RAG_TREND_EDEFAULT);
				return;
			case PmoPackage.PROJECT__PLANNED_START:
				setPlannedStart(PLANNED_START_EDEFAULT);
				return;
			case PmoPackage.PROJECT__PLANNED_END:
				setPlannedEnd(PLANNED_END_EDEFAULT);
				return;
			case PmoPackage.PROJECT__BASELINE_START:
				setBaselineStart(BASELINE_START_EDEFAULT);
				return;
			case PmoPackage.PROJECT__BASELINE_END:
				setBaselineEnd(BASELINE_END_EDEFAULT);
				return;
			case PmoPackage.PROJECT__ACTUAL_START:
				setActualStart(ACTUAL_START_EDEFAULT);
				return;
			case PmoPackage.PROJECT__ACTUAL_END:
				setActualEnd(ACTUAL_END_EDEFAULT);
				return;
			case PmoPackage.PROJECT__CURRENCY:
				setCurrency(CURRENCY_EDEFAULT);
				return;
			case PmoPackage.PROJECT__BUDGET_PLANNED:
				setBudgetPlanned(BUDGET_PLANNED_EDEFAULT);
				return;
			case PmoPackage.PROJECT__BUDGET_ACTUAL:
				setBudgetActual(BUDGET_ACTUAL_EDEFAULT);
				return;
			case PmoPackage.PROJECT__BUDGET_FORECAST:
				setBudgetForecast(BUDGET_FORECAST_EDEFAULT);
				return;
			case PmoPackage.PROJECT__PERCENT_COMPLETE:
				setPercentComplete(PERCENT_COMPLETE_EDEFAULT);
				return;
			case PmoPackage.PROJECT__WORKSTREAMS:
				getWorkstreams().clear();
				return;
			case PmoPackage.PROJECT__MILESTONES:
				getMilestones().clear();
				return;
			case PmoPackage.PROJECT__KPIS:
				getKpis().clear();
				return;
			case PmoPackage.PROJECT__STATUS_REPORTS:
				getStatusReports().clear();
				return;
			case PmoPackage.PROJECT__DOCUMENTS:
				getDocuments().clear();
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
			case PmoPackage.PROJECT__PROGRAM:
				return getProgram() != null;
			case PmoPackage.PROJECT__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case PmoPackage.PROJECT__PHASE:
				return phase != PHASE_EDEFAULT;
			case PmoPackage.PROJECT__RAG:
				return rag != RAG_EDEFAULT;
			case PmoPackage.PROJECT__RAG_TREND:
				return ragTrend != RAG_TREND_EDEFAULT;
			case PmoPackage.PROJECT__PLANNED_START:
				return PLANNED_START_EDEFAULT == null ? plannedStart != null : !PLANNED_START_EDEFAULT.equals(plannedStart);
			case PmoPackage.PROJECT__PLANNED_END:
				return PLANNED_END_EDEFAULT == null ? plannedEnd != null : !PLANNED_END_EDEFAULT.equals(plannedEnd);
			case PmoPackage.PROJECT__BASELINE_START:
				return BASELINE_START_EDEFAULT == null ? baselineStart != null : !BASELINE_START_EDEFAULT.equals(baselineStart);
			case PmoPackage.PROJECT__BASELINE_END:
				return BASELINE_END_EDEFAULT == null ? baselineEnd != null : !BASELINE_END_EDEFAULT.equals(baselineEnd);
			case PmoPackage.PROJECT__ACTUAL_START:
				return ACTUAL_START_EDEFAULT == null ? actualStart != null : !ACTUAL_START_EDEFAULT.equals(actualStart);
			case PmoPackage.PROJECT__ACTUAL_END:
				return ACTUAL_END_EDEFAULT == null ? actualEnd != null : !ACTUAL_END_EDEFAULT.equals(actualEnd);
			case PmoPackage.PROJECT__CURRENCY:
				return CURRENCY_EDEFAULT == null ? currency != null : !CURRENCY_EDEFAULT.equals(currency);
			case PmoPackage.PROJECT__BUDGET_PLANNED:
				return BUDGET_PLANNED_EDEFAULT == null ? budgetPlanned != null : !BUDGET_PLANNED_EDEFAULT.equals(budgetPlanned);
			case PmoPackage.PROJECT__BUDGET_ACTUAL:
				return BUDGET_ACTUAL_EDEFAULT == null ? budgetActual != null : !BUDGET_ACTUAL_EDEFAULT.equals(budgetActual);
			case PmoPackage.PROJECT__BUDGET_FORECAST:
				return BUDGET_FORECAST_EDEFAULT == null ? budgetForecast != null : !BUDGET_FORECAST_EDEFAULT.equals(budgetForecast);
			case PmoPackage.PROJECT__PERCENT_COMPLETE:
				return percentComplete != PERCENT_COMPLETE_EDEFAULT;
			case PmoPackage.PROJECT__WORKSTREAMS:
				return workstreams != null && !workstreams.isEmpty();
			case PmoPackage.PROJECT__MILESTONES:
				return milestones != null && !milestones.isEmpty();
			case PmoPackage.PROJECT__KPIS:
				return kpis != null && !kpis.isEmpty();
			case PmoPackage.PROJECT__STATUS_REPORTS:
				return statusReports != null && !statusReports.isEmpty();
			case PmoPackage.PROJECT__DOCUMENTS:
				return documents != null && !documents.isEmpty();
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
		result.append(" (code: ");
		result.append(code);
		result.append(", phase: ");
		result.append(phase);
		result.append(", rag: ");
		result.append(rag);
		result.append(", ragTrend: ");
		result.append(ragTrend);
		result.append(", plannedStart: ");
		result.append(plannedStart);
		result.append(", plannedEnd: ");
		result.append(plannedEnd);
		result.append(", baselineStart: ");
		result.append(baselineStart);
		result.append(", baselineEnd: ");
		result.append(baselineEnd);
		result.append(", actualStart: ");
		result.append(actualStart);
		result.append(", actualEnd: ");
		result.append(actualEnd);
		result.append(", currency: ");
		result.append(currency);
		result.append(", budgetPlanned: ");
		result.append(budgetPlanned);
		result.append(", budgetActual: ");
		result.append(budgetActual);
		result.append(", budgetForecast: ");
		result.append(budgetForecast);
		result.append(", percentComplete: ");
		result.append(percentComplete);
		result.append(')');
		return result.toString();
	}

} //ProjectImpl
