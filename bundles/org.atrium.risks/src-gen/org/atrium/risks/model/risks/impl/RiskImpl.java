/**
 */
package org.atrium.risks.model.risks.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.Project;

import org.atrium.core.model.pmo.impl.EntityImpl;

import org.atrium.risks.model.risks.MitigationAction;
import org.atrium.risks.model.risks.ResponseStrategy;
import org.atrium.risks.model.risks.Risk;
import org.atrium.risks.model.risks.RiskStatus;
import org.atrium.risks.model.risks.RisksPackage;

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
 * An implementation of the model object '<em><b>Risk</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.risks.model.risks.impl.RiskImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.atrium.risks.model.risks.impl.RiskImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.atrium.risks.model.risks.impl.RiskImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.atrium.risks.model.risks.impl.RiskImpl#getCause <em>Cause</em>}</li>
 *   <li>{@link org.atrium.risks.model.risks.impl.RiskImpl#getEffect <em>Effect</em>}</li>
 *   <li>{@link org.atrium.risks.model.risks.impl.RiskImpl#getProbability <em>Probability</em>}</li>
 *   <li>{@link org.atrium.risks.model.risks.impl.RiskImpl#getImpact <em>Impact</em>}</li>
 *   <li>{@link org.atrium.risks.model.risks.impl.RiskImpl#getResidualProbability <em>Residual Probability</em>}</li>
 *   <li>{@link org.atrium.risks.model.risks.impl.RiskImpl#getResidualImpact <em>Residual Impact</em>}</li>
 *   <li>{@link org.atrium.risks.model.risks.impl.RiskImpl#getProximityDate <em>Proximity Date</em>}</li>
 *   <li>{@link org.atrium.risks.model.risks.impl.RiskImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.atrium.risks.model.risks.impl.RiskImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.atrium.risks.model.risks.impl.RiskImpl#getStrategy <em>Strategy</em>}</li>
 *   <li>{@link org.atrium.risks.model.risks.impl.RiskImpl#getTriggers <em>Triggers</em>}</li>
 *   <li>{@link org.atrium.risks.model.risks.impl.RiskImpl#getProject <em>Project</em>}</li>
 *   <li>{@link org.atrium.risks.model.risks.impl.RiskImpl#getActions <em>Actions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RiskImpl extends EntityImpl implements Risk {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final String CATEGORY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected String category = CATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getCause() <em>Cause</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCause()
	 * @generated
	 * @ordered
	 */
	protected static final String CAUSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCause() <em>Cause</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCause()
	 * @generated
	 * @ordered
	 */
	protected String cause = CAUSE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEffect() <em>Effect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffect()
	 * @generated
	 * @ordered
	 */
	protected static final String EFFECT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEffect() <em>Effect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffect()
	 * @generated
	 * @ordered
	 */
	protected String effect = EFFECT_EDEFAULT;

	/**
	 * The default value of the '{@link #getProbability() <em>Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbability()
	 * @generated
	 * @ordered
	 */
	protected static final int PROBABILITY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getProbability() <em>Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbability()
	 * @generated
	 * @ordered
	 */
	protected int probability = PROBABILITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getImpact() <em>Impact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImpact()
	 * @generated
	 * @ordered
	 */
	protected static final int IMPACT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getImpact() <em>Impact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImpact()
	 * @generated
	 * @ordered
	 */
	protected int impact = IMPACT_EDEFAULT;

	/**
	 * The default value of the '{@link #getResidualProbability() <em>Residual Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResidualProbability()
	 * @generated
	 * @ordered
	 */
	protected static final Integer RESIDUAL_PROBABILITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResidualProbability() <em>Residual Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResidualProbability()
	 * @generated
	 * @ordered
	 */
	protected Integer residualProbability = RESIDUAL_PROBABILITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getResidualImpact() <em>Residual Impact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResidualImpact()
	 * @generated
	 * @ordered
	 */
	protected static final Integer RESIDUAL_IMPACT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResidualImpact() <em>Residual Impact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResidualImpact()
	 * @generated
	 * @ordered
	 */
	protected Integer residualImpact = RESIDUAL_IMPACT_EDEFAULT;

	/**
	 * The default value of the '{@link #getProximityDate() <em>Proximity Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProximityDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PROXIMITY_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProximityDate() <em>Proximity Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProximityDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate proximityDate = PROXIMITY_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final RiskStatus STATUS_EDEFAULT = RiskStatus.OPEN;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected RiskStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected Person owner;

	/**
	 * The default value of the '{@link #getStrategy() <em>Strategy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrategy()
	 * @generated
	 * @ordered
	 */
	protected static final ResponseStrategy STRATEGY_EDEFAULT = ResponseStrategy.MITIGATE;

	/**
	 * The cached value of the '{@link #getStrategy() <em>Strategy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrategy()
	 * @generated
	 * @ordered
	 */
	protected ResponseStrategy strategy = STRATEGY_EDEFAULT;

	/**
	 * The default value of the '{@link #getTriggers() <em>Triggers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTriggers()
	 * @generated
	 * @ordered
	 */
	protected static final String TRIGGERS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTriggers() <em>Triggers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTriggers()
	 * @generated
	 * @ordered
	 */
	protected String triggers = TRIGGERS_EDEFAULT;

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
	 * The cached value of the '{@link #getActions() <em>Actions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActions()
	 * @generated
	 * @ordered
	 */
	protected EList<MitigationAction> actions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RiskImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RisksPackage.Literals.RISK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RisksPackage.RISK__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RisksPackage.RISK__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(String newCategory) {
		String oldCategory = category;
		category = newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RisksPackage.RISK__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCause() {
		return cause;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCause(String newCause) {
		String oldCause = cause;
		cause = newCause;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RisksPackage.RISK__CAUSE, oldCause, cause));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEffect() {
		return effect;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEffect(String newEffect) {
		String oldEffect = effect;
		effect = newEffect;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RisksPackage.RISK__EFFECT, oldEffect, effect));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getProbability() {
		return probability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProbability(int newProbability) {
		int oldProbability = probability;
		probability = newProbability;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RisksPackage.RISK__PROBABILITY, oldProbability, probability));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getImpact() {
		return impact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImpact(int newImpact) {
		int oldImpact = impact;
		impact = newImpact;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RisksPackage.RISK__IMPACT, oldImpact, impact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getResidualProbability() {
		return residualProbability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResidualProbability(Integer newResidualProbability) {
		Integer oldResidualProbability = residualProbability;
		residualProbability = newResidualProbability;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RisksPackage.RISK__RESIDUAL_PROBABILITY, oldResidualProbability, residualProbability));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getResidualImpact() {
		return residualImpact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResidualImpact(Integer newResidualImpact) {
		Integer oldResidualImpact = residualImpact;
		residualImpact = newResidualImpact;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RisksPackage.RISK__RESIDUAL_IMPACT, oldResidualImpact, residualImpact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getProximityDate() {
		return proximityDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProximityDate(LocalDate newProximityDate) {
		LocalDate oldProximityDate = proximityDate;
		proximityDate = newProximityDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RisksPackage.RISK__PROXIMITY_DATE, oldProximityDate, proximityDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RiskStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(RiskStatus newStatus) {
		RiskStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RisksPackage.RISK__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getOwner() {
		if (owner != null && owner.eIsProxy()) {
			InternalEObject oldOwner = (InternalEObject)owner;
			owner = (Person)eResolveProxy(oldOwner);
			if (owner != oldOwner) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RisksPackage.RISK__OWNER, oldOwner, owner));
			}
		}
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(Person newOwner) {
		Person oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RisksPackage.RISK__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResponseStrategy getStrategy() {
		return strategy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStrategy(ResponseStrategy newStrategy) {
		ResponseStrategy oldStrategy = strategy;
		strategy = newStrategy == null ? STRATEGY_EDEFAULT : newStrategy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RisksPackage.RISK__STRATEGY, oldStrategy, strategy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTriggers() {
		return triggers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTriggers(String newTriggers) {
		String oldTriggers = triggers;
		triggers = newTriggers;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RisksPackage.RISK__TRIGGERS, oldTriggers, triggers));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RisksPackage.RISK__PROJECT, oldProject, project));
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
			eNotify(new ENotificationImpl(this, Notification.SET, RisksPackage.RISK__PROJECT, oldProject, project));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MitigationAction> getActions() {
		if (actions == null) {
			actions = new EObjectContainmentEList<MitigationAction>(MitigationAction.class, this, RisksPackage.RISK__ACTIONS);
		}
		return actions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RisksPackage.RISK__ACTIONS:
				return ((InternalEList<?>)getActions()).basicRemove(otherEnd, msgs);
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
			case RisksPackage.RISK__TITLE:
				return getTitle();
			case RisksPackage.RISK__DESCRIPTION:
				return getDescription();
			case RisksPackage.RISK__CATEGORY:
				return getCategory();
			case RisksPackage.RISK__CAUSE:
				return getCause();
			case RisksPackage.RISK__EFFECT:
				return getEffect();
			case RisksPackage.RISK__PROBABILITY:
				return getProbability();
			case RisksPackage.RISK__IMPACT:
				return getImpact();
			case RisksPackage.RISK__RESIDUAL_PROBABILITY:
				return getResidualProbability();
			case RisksPackage.RISK__RESIDUAL_IMPACT:
				return getResidualImpact();
			case RisksPackage.RISK__PROXIMITY_DATE:
				return getProximityDate();
			case RisksPackage.RISK__STATUS:
				return getStatus();
			case RisksPackage.RISK__OWNER:
				if (resolve) return getOwner();
				return basicGetOwner();
			case RisksPackage.RISK__STRATEGY:
				return getStrategy();
			case RisksPackage.RISK__TRIGGERS:
				return getTriggers();
			case RisksPackage.RISK__PROJECT:
				if (resolve) return getProject();
				return basicGetProject();
			case RisksPackage.RISK__ACTIONS:
				return getActions();
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
			case RisksPackage.RISK__TITLE:
				setTitle((String)newValue);
				return;
			case RisksPackage.RISK__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case RisksPackage.RISK__CATEGORY:
				setCategory((String)newValue);
				return;
			case RisksPackage.RISK__CAUSE:
				setCause((String)newValue);
				return;
			case RisksPackage.RISK__EFFECT:
				setEffect((String)newValue);
				return;
			case RisksPackage.RISK__PROBABILITY:
				setProbability((Integer)newValue);
				return;
			case RisksPackage.RISK__IMPACT:
				setImpact((Integer)newValue);
				return;
			case RisksPackage.RISK__RESIDUAL_PROBABILITY:
				setResidualProbability((Integer)newValue);
				return;
			case RisksPackage.RISK__RESIDUAL_IMPACT:
				setResidualImpact((Integer)newValue);
				return;
			case RisksPackage.RISK__PROXIMITY_DATE:
				setProximityDate((LocalDate)newValue);
				return;
			case RisksPackage.RISK__STATUS:
				setStatus((RiskStatus)newValue);
				return;
			case RisksPackage.RISK__OWNER:
				setOwner((Person)newValue);
				return;
			case RisksPackage.RISK__STRATEGY:
				setStrategy((ResponseStrategy)newValue);
				return;
			case RisksPackage.RISK__TRIGGERS:
				setTriggers((String)newValue);
				return;
			case RisksPackage.RISK__PROJECT:
				setProject((Project)newValue);
				return;
			case RisksPackage.RISK__ACTIONS:
				getActions().clear();
				getActions().addAll((Collection<? extends MitigationAction>)newValue);
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
			case RisksPackage.RISK__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case RisksPackage.RISK__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case RisksPackage.RISK__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case RisksPackage.RISK__CAUSE:
				setCause(CAUSE_EDEFAULT);
				return;
			case RisksPackage.RISK__EFFECT:
				setEffect(EFFECT_EDEFAULT);
				return;
			case RisksPackage.RISK__PROBABILITY:
				setProbability(PROBABILITY_EDEFAULT);
				return;
			case RisksPackage.RISK__IMPACT:
				setImpact(IMPACT_EDEFAULT);
				return;
			case RisksPackage.RISK__RESIDUAL_PROBABILITY:
				setResidualProbability(RESIDUAL_PROBABILITY_EDEFAULT);
				return;
			case RisksPackage.RISK__RESIDUAL_IMPACT:
				setResidualImpact(RESIDUAL_IMPACT_EDEFAULT);
				return;
			case RisksPackage.RISK__PROXIMITY_DATE:
				setProximityDate(PROXIMITY_DATE_EDEFAULT);
				return;
			case RisksPackage.RISK__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case RisksPackage.RISK__OWNER:
				setOwner((Person)null);
				return;
			case RisksPackage.RISK__STRATEGY:
				setStrategy(STRATEGY_EDEFAULT);
				return;
			case RisksPackage.RISK__TRIGGERS:
				setTriggers(TRIGGERS_EDEFAULT);
				return;
			case RisksPackage.RISK__PROJECT:
				setProject((Project)null);
				return;
			case RisksPackage.RISK__ACTIONS:
				getActions().clear();
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
			case RisksPackage.RISK__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case RisksPackage.RISK__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case RisksPackage.RISK__CATEGORY:
				return CATEGORY_EDEFAULT == null ? category != null : !CATEGORY_EDEFAULT.equals(category);
			case RisksPackage.RISK__CAUSE:
				return CAUSE_EDEFAULT == null ? cause != null : !CAUSE_EDEFAULT.equals(cause);
			case RisksPackage.RISK__EFFECT:
				return EFFECT_EDEFAULT == null ? effect != null : !EFFECT_EDEFAULT.equals(effect);
			case RisksPackage.RISK__PROBABILITY:
				return probability != PROBABILITY_EDEFAULT;
			case RisksPackage.RISK__IMPACT:
				return impact != IMPACT_EDEFAULT;
			case RisksPackage.RISK__RESIDUAL_PROBABILITY:
				return RESIDUAL_PROBABILITY_EDEFAULT == null ? residualProbability != null : !RESIDUAL_PROBABILITY_EDEFAULT.equals(residualProbability);
			case RisksPackage.RISK__RESIDUAL_IMPACT:
				return RESIDUAL_IMPACT_EDEFAULT == null ? residualImpact != null : !RESIDUAL_IMPACT_EDEFAULT.equals(residualImpact);
			case RisksPackage.RISK__PROXIMITY_DATE:
				return PROXIMITY_DATE_EDEFAULT == null ? proximityDate != null : !PROXIMITY_DATE_EDEFAULT.equals(proximityDate);
			case RisksPackage.RISK__STATUS:
				return status != STATUS_EDEFAULT;
			case RisksPackage.RISK__OWNER:
				return owner != null;
			case RisksPackage.RISK__STRATEGY:
				return strategy != STRATEGY_EDEFAULT;
			case RisksPackage.RISK__TRIGGERS:
				return TRIGGERS_EDEFAULT == null ? triggers != null : !TRIGGERS_EDEFAULT.equals(triggers);
			case RisksPackage.RISK__PROJECT:
				return project != null;
			case RisksPackage.RISK__ACTIONS:
				return actions != null && !actions.isEmpty();
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
		result.append(" (title: ");
		result.append(title);
		result.append(", description: ");
		result.append(description);
		result.append(", category: ");
		result.append(category);
		result.append(", cause: ");
		result.append(cause);
		result.append(", effect: ");
		result.append(effect);
		result.append(", probability: ");
		result.append(probability);
		result.append(", impact: ");
		result.append(impact);
		result.append(", residualProbability: ");
		result.append(residualProbability);
		result.append(", residualImpact: ");
		result.append(residualImpact);
		result.append(", proximityDate: ");
		result.append(proximityDate);
		result.append(", status: ");
		result.append(status);
		result.append(", strategy: ");
		result.append(strategy);
		result.append(", triggers: ");
		result.append(triggers);
		result.append(')');
		return result.toString();
	}

} //RiskImpl
