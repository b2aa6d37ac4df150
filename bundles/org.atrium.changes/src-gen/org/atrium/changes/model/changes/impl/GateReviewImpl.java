/**
 */
package org.atrium.changes.model.changes.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.atrium.changes.model.changes.ChangesPackage;
import org.atrium.changes.model.changes.GateCriterion;
import org.atrium.changes.model.changes.GateReview;

import org.atrium.core.model.pmo.GateDecision;
import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.model.pmo.Person;
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
 * An implementation of the model object '<em><b>Gate Review</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.changes.model.changes.impl.GateReviewImpl#getProject <em>Project</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.GateReviewImpl#getMilestone <em>Milestone</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.GateReviewImpl#getTemplate <em>Template</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.GateReviewImpl#getCriteria <em>Criteria</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.GateReviewImpl#getDecision <em>Decision</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.GateReviewImpl#getConditions <em>Conditions</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.GateReviewImpl#getDecidedBy <em>Decided By</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.GateReviewImpl#getDecidedOn <em>Decided On</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GateReviewImpl extends EntityImpl implements GateReview {
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
	 * The cached value of the '{@link #getMilestone() <em>Milestone</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMilestone()
	 * @generated
	 * @ordered
	 */
	protected Milestone milestone;

	/**
	 * The default value of the '{@link #getTemplate() <em>Template</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplate()
	 * @generated
	 * @ordered
	 */
	protected static final String TEMPLATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTemplate() <em>Template</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTemplate()
	 * @generated
	 * @ordered
	 */
	protected String template = TEMPLATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCriteria() <em>Criteria</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriteria()
	 * @generated
	 * @ordered
	 */
	protected EList<GateCriterion> criteria;

	/**
	 * The default value of the '{@link #getDecision() <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecision()
	 * @generated
	 * @ordered
	 */
	protected static final GateDecision DECISION_EDEFAULT = GateDecision.PENDING;

	/**
	 * The cached value of the '{@link #getDecision() <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecision()
	 * @generated
	 * @ordered
	 */
	protected GateDecision decision = DECISION_EDEFAULT;

	/**
	 * The default value of the '{@link #getConditions() <em>Conditions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditions()
	 * @generated
	 * @ordered
	 */
	protected static final String CONDITIONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConditions() <em>Conditions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditions()
	 * @generated
	 * @ordered
	 */
	protected String conditions = CONDITIONS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDecidedBy() <em>Decided By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecidedBy()
	 * @generated
	 * @ordered
	 */
	protected Person decidedBy;

	/**
	 * The default value of the '{@link #getDecidedOn() <em>Decided On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecidedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DECIDED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDecidedOn() <em>Decided On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecidedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate decidedOn = DECIDED_ON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GateReviewImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ChangesPackage.Literals.GATE_REVIEW;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ChangesPackage.GATE_REVIEW__PROJECT, oldProject, project));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.GATE_REVIEW__PROJECT, oldProject, project));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Milestone getMilestone() {
		if (milestone != null && milestone.eIsProxy()) {
			InternalEObject oldMilestone = (InternalEObject)milestone;
			milestone = (Milestone)eResolveProxy(oldMilestone);
			if (milestone != oldMilestone) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ChangesPackage.GATE_REVIEW__MILESTONE, oldMilestone, milestone));
			}
		}
		return milestone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Milestone basicGetMilestone() {
		return milestone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMilestone(Milestone newMilestone) {
		Milestone oldMilestone = milestone;
		milestone = newMilestone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.GATE_REVIEW__MILESTONE, oldMilestone, milestone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTemplate() {
		return template;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTemplate(String newTemplate) {
		String oldTemplate = template;
		template = newTemplate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.GATE_REVIEW__TEMPLATE, oldTemplate, template));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GateCriterion> getCriteria() {
		if (criteria == null) {
			criteria = new EObjectContainmentEList<GateCriterion>(GateCriterion.class, this, ChangesPackage.GATE_REVIEW__CRITERIA);
		}
		return criteria;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GateDecision getDecision() {
		return decision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecision(GateDecision newDecision) {
		GateDecision oldDecision = decision;
		decision = newDecision == null ? DECISION_EDEFAULT : newDecision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.GATE_REVIEW__DECISION, oldDecision, decision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getConditions() {
		return conditions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConditions(String newConditions) {
		String oldConditions = conditions;
		conditions = newConditions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.GATE_REVIEW__CONDITIONS, oldConditions, conditions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getDecidedBy() {
		if (decidedBy != null && decidedBy.eIsProxy()) {
			InternalEObject oldDecidedBy = (InternalEObject)decidedBy;
			decidedBy = (Person)eResolveProxy(oldDecidedBy);
			if (decidedBy != oldDecidedBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ChangesPackage.GATE_REVIEW__DECIDED_BY, oldDecidedBy, decidedBy));
			}
		}
		return decidedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetDecidedBy() {
		return decidedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecidedBy(Person newDecidedBy) {
		Person oldDecidedBy = decidedBy;
		decidedBy = newDecidedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.GATE_REVIEW__DECIDED_BY, oldDecidedBy, decidedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDecidedOn() {
		return decidedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecidedOn(LocalDate newDecidedOn) {
		LocalDate oldDecidedOn = decidedOn;
		decidedOn = newDecidedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.GATE_REVIEW__DECIDED_ON, oldDecidedOn, decidedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ChangesPackage.GATE_REVIEW__CRITERIA:
				return ((InternalEList<?>)getCriteria()).basicRemove(otherEnd, msgs);
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
			case ChangesPackage.GATE_REVIEW__PROJECT:
				if (resolve) return getProject();
				return basicGetProject();
			case ChangesPackage.GATE_REVIEW__MILESTONE:
				if (resolve) return getMilestone();
				return basicGetMilestone();
			case ChangesPackage.GATE_REVIEW__TEMPLATE:
				return getTemplate();
			case ChangesPackage.GATE_REVIEW__CRITERIA:
				return getCriteria();
			case ChangesPackage.GATE_REVIEW__DECISION:
				return getDecision();
			case ChangesPackage.GATE_REVIEW__CONDITIONS:
				return getConditions();
			case ChangesPackage.GATE_REVIEW__DECIDED_BY:
				if (resolve) return getDecidedBy();
				return basicGetDecidedBy();
			case ChangesPackage.GATE_REVIEW__DECIDED_ON:
				return getDecidedOn();
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
			case ChangesPackage.GATE_REVIEW__PROJECT:
				setProject((Project)newValue);
				return;
			case ChangesPackage.GATE_REVIEW__MILESTONE:
				setMilestone((Milestone)newValue);
				return;
			case ChangesPackage.GATE_REVIEW__TEMPLATE:
				setTemplate((String)newValue);
				return;
			case ChangesPackage.GATE_REVIEW__CRITERIA:
				getCriteria().clear();
				getCriteria().addAll((Collection<? extends GateCriterion>)newValue);
				return;
			case ChangesPackage.GATE_REVIEW__DECISION:
				setDecision((GateDecision)newValue);
				return;
			case ChangesPackage.GATE_REVIEW__CONDITIONS:
				setConditions((String)newValue);
				return;
			case ChangesPackage.GATE_REVIEW__DECIDED_BY:
				setDecidedBy((Person)newValue);
				return;
			case ChangesPackage.GATE_REVIEW__DECIDED_ON:
				setDecidedOn((LocalDate)newValue);
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
			case ChangesPackage.GATE_REVIEW__PROJECT:
				setProject((Project)null);
				return;
			case ChangesPackage.GATE_REVIEW__MILESTONE:
				setMilestone((Milestone)null);
				return;
			case ChangesPackage.GATE_REVIEW__TEMPLATE:
				setTemplate(TEMPLATE_EDEFAULT);
				return;
			case ChangesPackage.GATE_REVIEW__CRITERIA:
				getCriteria().clear();
				return;
			case ChangesPackage.GATE_REVIEW__DECISION:
				setDecision(DECISION_EDEFAULT);
				return;
			case ChangesPackage.GATE_REVIEW__CONDITIONS:
				setConditions(CONDITIONS_EDEFAULT);
				return;
			case ChangesPackage.GATE_REVIEW__DECIDED_BY:
				setDecidedBy((Person)null);
				return;
			case ChangesPackage.GATE_REVIEW__DECIDED_ON:
				setDecidedOn(DECIDED_ON_EDEFAULT);
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
			case ChangesPackage.GATE_REVIEW__PROJECT:
				return project != null;
			case ChangesPackage.GATE_REVIEW__MILESTONE:
				return milestone != null;
			case ChangesPackage.GATE_REVIEW__TEMPLATE:
				return TEMPLATE_EDEFAULT == null ? template != null : !TEMPLATE_EDEFAULT.equals(template);
			case ChangesPackage.GATE_REVIEW__CRITERIA:
				return criteria != null && !criteria.isEmpty();
			case ChangesPackage.GATE_REVIEW__DECISION:
				return decision != DECISION_EDEFAULT;
			case ChangesPackage.GATE_REVIEW__CONDITIONS:
				return CONDITIONS_EDEFAULT == null ? conditions != null : !CONDITIONS_EDEFAULT.equals(conditions);
			case ChangesPackage.GATE_REVIEW__DECIDED_BY:
				return decidedBy != null;
			case ChangesPackage.GATE_REVIEW__DECIDED_ON:
				return DECIDED_ON_EDEFAULT == null ? decidedOn != null : !DECIDED_ON_EDEFAULT.equals(decidedOn);
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
		result.append(" (template: ");
		result.append(template);
		result.append(", decision: ");
		result.append(decision);
		result.append(", conditions: ");
		result.append(conditions);
		result.append(", decidedOn: ");
		result.append(decidedOn);
		result.append(')');
		return result.toString();
	}

} //GateReviewImpl
