/**
 */
package org.atrium.changes.model.changes.impl;

import java.math.BigDecimal;

import java.time.Instant;
import java.time.LocalDate;

import java.util.Collection;

import org.atrium.changes.model.changes.Baseline;
import org.atrium.changes.model.changes.BaselineMilestone;
import org.atrium.changes.model.changes.ChangesPackage;

import org.atrium.core.model.pmo.Project;

import org.atrium.core.model.pmo.impl.EntityImpl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Baseline</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.changes.model.changes.impl.BaselineImpl#getProject <em>Project</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.BaselineImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.BaselineImpl#getTaken <em>Taken</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.BaselineImpl#getTakenBy <em>Taken By</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.BaselineImpl#getChangeRequestId <em>Change Request Id</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.BaselineImpl#getPlannedStart <em>Planned Start</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.BaselineImpl#getPlannedEnd <em>Planned End</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.BaselineImpl#getCurrency <em>Currency</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.BaselineImpl#getBudgetPlanned <em>Budget Planned</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.BaselineImpl#getBudgetForecast <em>Budget Forecast</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.BaselineImpl#getMilestones <em>Milestones</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BaselineImpl extends EntityImpl implements Baseline {
	/**
	 * The cached value of the '{@link #getProject() <em>Project</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProject()
	 * @generated
	 * @ordered
	 */
	protected Project project;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getTaken() <em>Taken</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTaken()
	 * @generated
	 * @ordered
	 */
	protected static final Instant TAKEN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTaken() <em>Taken</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTaken()
	 * @generated
	 * @ordered
	 */
	protected Instant taken = TAKEN_EDEFAULT;

	/**
	 * The default value of the '{@link #getTakenBy() <em>Taken By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTakenBy()
	 * @generated
	 * @ordered
	 */
	protected static final String TAKEN_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTakenBy() <em>Taken By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTakenBy()
	 * @generated
	 * @ordered
	 */
	protected String takenBy = TAKEN_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getChangeRequestId() <em>Change Request Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChangeRequestId()
	 * @generated
	 * @ordered
	 */
	protected static final String CHANGE_REQUEST_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChangeRequestId() <em>Change Request Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChangeRequestId()
	 * @generated
	 * @ordered
	 */
	protected String changeRequestId = CHANGE_REQUEST_ID_EDEFAULT;

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
	 * The default value of the '{@link #getCurrency() <em>Currency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCurrency()
	 * @generated
	 * @ordered
	 */
	protected static final String CURRENCY_EDEFAULT = null;

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
	 * The cached value of the '{@link #getMilestones() <em>Milestones</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMilestones()
	 * @generated
	 * @ordered
	 */
	protected EList<BaselineMilestone> milestones;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BaselineImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ChangesPackage.Literals.BASELINE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Project getProject() {
		if (project != null && project.eIsProxy()) {
			InternalEObject oldProject = (InternalEObject)project;
			project = (Project)eResolveProxy(oldProject);
			if (project != oldProject) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ChangesPackage.BASELINE__PROJECT, oldProject, project));
			}
		}
		return project;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Project basicGetProject() {
		return project;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProject(Project newProject) {
		Project oldProject = project;
		project = newProject;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.BASELINE__PROJECT, oldProject, project));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.BASELINE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getTaken() {
		return taken;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTaken(Instant newTaken) {
		Instant oldTaken = taken;
		taken = newTaken;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.BASELINE__TAKEN, oldTaken, taken));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTakenBy() {
		return takenBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTakenBy(String newTakenBy) {
		String oldTakenBy = takenBy;
		takenBy = newTakenBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.BASELINE__TAKEN_BY, oldTakenBy, takenBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getChangeRequestId() {
		return changeRequestId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChangeRequestId(String newChangeRequestId) {
		String oldChangeRequestId = changeRequestId;
		changeRequestId = newChangeRequestId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.BASELINE__CHANGE_REQUEST_ID, oldChangeRequestId, changeRequestId));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.BASELINE__PLANNED_START, oldPlannedStart, plannedStart));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.BASELINE__PLANNED_END, oldPlannedEnd, plannedEnd));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.BASELINE__CURRENCY, oldCurrency, currency));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.BASELINE__BUDGET_PLANNED, oldBudgetPlanned, budgetPlanned));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.BASELINE__BUDGET_FORECAST, oldBudgetForecast, budgetForecast));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BaselineMilestone> getMilestones() {
		if (milestones == null) {
			milestones = new EObjectContainmentEList<BaselineMilestone>(BaselineMilestone.class, this, ChangesPackage.BASELINE__MILESTONES);
		}
		return milestones;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ChangesPackage.BASELINE__MILESTONES:
				return ((InternalEList<?>)getMilestones()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ChangesPackage.BASELINE__PROJECT:
				if (resolve) return getProject();
				return basicGetProject();
			case ChangesPackage.BASELINE__NAME:
				return getName();
			case ChangesPackage.BASELINE__TAKEN:
				return getTaken();
			case ChangesPackage.BASELINE__TAKEN_BY:
				return getTakenBy();
			case ChangesPackage.BASELINE__CHANGE_REQUEST_ID:
				return getChangeRequestId();
			case ChangesPackage.BASELINE__PLANNED_START:
				return getPlannedStart();
			case ChangesPackage.BASELINE__PLANNED_END:
				return getPlannedEnd();
			case ChangesPackage.BASELINE__CURRENCY:
				return getCurrency();
			case ChangesPackage.BASELINE__BUDGET_PLANNED:
				return getBudgetPlanned();
			case ChangesPackage.BASELINE__BUDGET_FORECAST:
				return getBudgetForecast();
			case ChangesPackage.BASELINE__MILESTONES:
				return getMilestones();
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
			case ChangesPackage.BASELINE__PROJECT:
				setProject((Project)newValue);
				return;
			case ChangesPackage.BASELINE__NAME:
				setName((String)newValue);
				return;
			case ChangesPackage.BASELINE__TAKEN:
				setTaken((Instant)newValue);
				return;
			case ChangesPackage.BASELINE__TAKEN_BY:
				setTakenBy((String)newValue);
				return;
			case ChangesPackage.BASELINE__CHANGE_REQUEST_ID:
				setChangeRequestId((String)newValue);
				return;
			case ChangesPackage.BASELINE__PLANNED_START:
				setPlannedStart((LocalDate)newValue);
				return;
			case ChangesPackage.BASELINE__PLANNED_END:
				setPlannedEnd((LocalDate)newValue);
				return;
			case ChangesPackage.BASELINE__CURRENCY:
				setCurrency((String)newValue);
				return;
			case ChangesPackage.BASELINE__BUDGET_PLANNED:
				setBudgetPlanned((BigDecimal)newValue);
				return;
			case ChangesPackage.BASELINE__BUDGET_FORECAST:
				setBudgetForecast((BigDecimal)newValue);
				return;
			case ChangesPackage.BASELINE__MILESTONES:
				getMilestones().clear();
				getMilestones().addAll((Collection<? extends BaselineMilestone>)newValue);
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
			case ChangesPackage.BASELINE__PROJECT:
				setProject((Project)null);
				return;
			case ChangesPackage.BASELINE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ChangesPackage.BASELINE__TAKEN:
				setTaken(TAKEN_EDEFAULT);
				return;
			case ChangesPackage.BASELINE__TAKEN_BY:
				setTakenBy(TAKEN_BY_EDEFAULT);
				return;
			case ChangesPackage.BASELINE__CHANGE_REQUEST_ID:
				setChangeRequestId(CHANGE_REQUEST_ID_EDEFAULT);
				return;
			case ChangesPackage.BASELINE__PLANNED_START:
				setPlannedStart(PLANNED_START_EDEFAULT);
				return;
			case ChangesPackage.BASELINE__PLANNED_END:
				setPlannedEnd(PLANNED_END_EDEFAULT);
				return;
			case ChangesPackage.BASELINE__CURRENCY:
				setCurrency(CURRENCY_EDEFAULT);
				return;
			case ChangesPackage.BASELINE__BUDGET_PLANNED:
				setBudgetPlanned(BUDGET_PLANNED_EDEFAULT);
				return;
			case ChangesPackage.BASELINE__BUDGET_FORECAST:
				setBudgetForecast(BUDGET_FORECAST_EDEFAULT);
				return;
			case ChangesPackage.BASELINE__MILESTONES:
				getMilestones().clear();
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
			case ChangesPackage.BASELINE__PROJECT:
				return project != null;
			case ChangesPackage.BASELINE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ChangesPackage.BASELINE__TAKEN:
				return TAKEN_EDEFAULT == null ? taken != null : !TAKEN_EDEFAULT.equals(taken);
			case ChangesPackage.BASELINE__TAKEN_BY:
				return TAKEN_BY_EDEFAULT == null ? takenBy != null : !TAKEN_BY_EDEFAULT.equals(takenBy);
			case ChangesPackage.BASELINE__CHANGE_REQUEST_ID:
				return CHANGE_REQUEST_ID_EDEFAULT == null ? changeRequestId != null : !CHANGE_REQUEST_ID_EDEFAULT.equals(changeRequestId);
			case ChangesPackage.BASELINE__PLANNED_START:
				return PLANNED_START_EDEFAULT == null ? plannedStart != null : !PLANNED_START_EDEFAULT.equals(plannedStart);
			case ChangesPackage.BASELINE__PLANNED_END:
				return PLANNED_END_EDEFAULT == null ? plannedEnd != null : !PLANNED_END_EDEFAULT.equals(plannedEnd);
			case ChangesPackage.BASELINE__CURRENCY:
				return CURRENCY_EDEFAULT == null ? currency != null : !CURRENCY_EDEFAULT.equals(currency);
			case ChangesPackage.BASELINE__BUDGET_PLANNED:
				return BUDGET_PLANNED_EDEFAULT == null ? budgetPlanned != null : !BUDGET_PLANNED_EDEFAULT.equals(budgetPlanned);
			case ChangesPackage.BASELINE__BUDGET_FORECAST:
				return BUDGET_FORECAST_EDEFAULT == null ? budgetForecast != null : !BUDGET_FORECAST_EDEFAULT.equals(budgetForecast);
			case ChangesPackage.BASELINE__MILESTONES:
				return milestones != null && !milestones.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(", taken: ");
		result.append(taken);
		result.append(", takenBy: ");
		result.append(takenBy);
		result.append(", changeRequestId: ");
		result.append(changeRequestId);
		result.append(", plannedStart: ");
		result.append(plannedStart);
		result.append(", plannedEnd: ");
		result.append(plannedEnd);
		result.append(", currency: ");
		result.append(currency);
		result.append(", budgetPlanned: ");
		result.append(budgetPlanned);
		result.append(", budgetForecast: ");
		result.append(budgetForecast);
		result.append(')');
		return result.toString();
	}

} //BaselineImpl
