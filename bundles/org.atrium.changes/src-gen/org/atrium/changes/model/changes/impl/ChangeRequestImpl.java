/**
 */
package org.atrium.changes.model.changes.impl;

import java.math.BigDecimal;

import java.time.LocalDate;

import java.util.Collection;

import org.atrium.changes.model.changes.ChangeCategory;
import org.atrium.changes.model.changes.ChangePriority;
import org.atrium.changes.model.changes.ChangeRequest;
import org.atrium.changes.model.changes.ChangeStatus;
import org.atrium.changes.model.changes.ChangesPackage;
import org.atrium.changes.model.changes.Vote;

import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.Workstream;

import org.atrium.core.model.pmo.impl.EntityImpl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Change Request</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.changes.model.changes.impl.ChangeRequestImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.ChangeRequestImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.ChangeRequestImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.ChangeRequestImpl#getJustification <em>Justification</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.ChangeRequestImpl#getProject <em>Project</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.ChangeRequestImpl#getRequestedBy <em>Requested By</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.ChangeRequestImpl#getRequested <em>Requested</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.ChangeRequestImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.ChangeRequestImpl#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.ChangeRequestImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.ChangeRequestImpl#getStatusSince <em>Status Since</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.ChangeRequestImpl#getScheduleImpactDays <em>Schedule Impact Days</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.ChangeRequestImpl#getAffectedMilestones <em>Affected Milestones</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.ChangeRequestImpl#getCostDelta <em>Cost Delta</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.ChangeRequestImpl#getEffortDays <em>Effort Days</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.ChangeRequestImpl#getScopeImpact <em>Scope Impact</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.ChangeRequestImpl#getAffectedWorkstreams <em>Affected Workstreams</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.ChangeRequestImpl#getRiskNotes <em>Risk Notes</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.ChangeRequestImpl#getRiskRef <em>Risk Ref</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.ChangeRequestImpl#getDecidedOn <em>Decided On</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.impl.ChangeRequestImpl#getVotes <em>Votes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ChangeRequestImpl extends EntityImpl implements ChangeRequest {
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
	 * The default value of the '{@link #getJustification() <em>Justification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJustification()
	 * @generated
	 * @ordered
	 */
	protected static final String JUSTIFICATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getJustification() <em>Justification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJustification()
	 * @generated
	 * @ordered
	 */
	protected String justification = JUSTIFICATION_EDEFAULT;

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
	 * The cached value of the '{@link #getRequestedBy() <em>Requested By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequestedBy()
	 * @generated
	 * @ordered
	 */
	protected Person requestedBy;

	/**
	 * The default value of the '{@link #getRequested() <em>Requested</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequested()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate REQUESTED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRequested() <em>Requested</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequested()
	 * @generated
	 * @ordered
	 */
	protected LocalDate requested = REQUESTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final ChangeCategory CATEGORY_EDEFAULT = ChangeCategory.SCOPE;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected ChangeCategory category = CATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected static final ChangePriority PRIORITY_EDEFAULT = ChangePriority.MEDIUM;

	/**
	 * The cached value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected ChangePriority priority = PRIORITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ChangeStatus STATUS_EDEFAULT = ChangeStatus.DRAFT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ChangeStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatusSince() <em>Status Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusSince()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate STATUS_SINCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatusSince() <em>Status Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusSince()
	 * @generated
	 * @ordered
	 */
	protected LocalDate statusSince = STATUS_SINCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getScheduleImpactDays() <em>Schedule Impact Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScheduleImpactDays()
	 * @generated
	 * @ordered
	 */
	protected static final int SCHEDULE_IMPACT_DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getScheduleImpactDays() <em>Schedule Impact Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScheduleImpactDays()
	 * @generated
	 * @ordered
	 */
	protected int scheduleImpactDays = SCHEDULE_IMPACT_DAYS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAffectedMilestones() <em>Affected Milestones</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAffectedMilestones()
	 * @generated
	 * @ordered
	 */
	protected EList<Milestone> affectedMilestones;

	/**
	 * The default value of the '{@link #getCostDelta() <em>Cost Delta</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCostDelta()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal COST_DELTA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCostDelta() <em>Cost Delta</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCostDelta()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal costDelta = COST_DELTA_EDEFAULT;

	/**
	 * The default value of the '{@link #getEffortDays() <em>Effort Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffortDays()
	 * @generated
	 * @ordered
	 */
	protected static final int EFFORT_DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEffortDays() <em>Effort Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEffortDays()
	 * @generated
	 * @ordered
	 */
	protected int effortDays = EFFORT_DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getScopeImpact() <em>Scope Impact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScopeImpact()
	 * @generated
	 * @ordered
	 */
	protected static final String SCOPE_IMPACT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScopeImpact() <em>Scope Impact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScopeImpact()
	 * @generated
	 * @ordered
	 */
	protected String scopeImpact = SCOPE_IMPACT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAffectedWorkstreams() <em>Affected Workstreams</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAffectedWorkstreams()
	 * @generated
	 * @ordered
	 */
	protected EList<Workstream> affectedWorkstreams;

	/**
	 * The default value of the '{@link #getRiskNotes() <em>Risk Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRiskNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String RISK_NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRiskNotes() <em>Risk Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRiskNotes()
	 * @generated
	 * @ordered
	 */
	protected String riskNotes = RISK_NOTES_EDEFAULT;

	/**
	 * The default value of the '{@link #getRiskRef() <em>Risk Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRiskRef()
	 * @generated
	 * @ordered
	 */
	protected static final String RISK_REF_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRiskRef() <em>Risk Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRiskRef()
	 * @generated
	 * @ordered
	 */
	protected String riskRef = RISK_REF_EDEFAULT;

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
	 * The cached value of the '{@link #getVotes() <em>Votes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVotes()
	 * @generated
	 * @ordered
	 */
	protected EList<Vote> votes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ChangeRequestImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ChangesPackage.Literals.CHANGE_REQUEST;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.CHANGE_REQUEST__CODE, oldCode, code));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.CHANGE_REQUEST__TITLE, oldTitle, title));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.CHANGE_REQUEST__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getJustification() {
		return justification;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJustification(String newJustification) {
		String oldJustification = justification;
		justification = newJustification;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.CHANGE_REQUEST__JUSTIFICATION, oldJustification, justification));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ChangesPackage.CHANGE_REQUEST__PROJECT, oldProject, project));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.CHANGE_REQUEST__PROJECT, oldProject, project));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getRequestedBy() {
		if (requestedBy != null && requestedBy.eIsProxy()) {
			InternalEObject oldRequestedBy = (InternalEObject)requestedBy;
			requestedBy = (Person)eResolveProxy(oldRequestedBy);
			if (requestedBy != oldRequestedBy) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ChangesPackage.CHANGE_REQUEST__REQUESTED_BY, oldRequestedBy, requestedBy));
			}
		}
		return requestedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetRequestedBy() {
		return requestedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequestedBy(Person newRequestedBy) {
		Person oldRequestedBy = requestedBy;
		requestedBy = newRequestedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.CHANGE_REQUEST__REQUESTED_BY, oldRequestedBy, requestedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getRequested() {
		return requested;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRequested(LocalDate newRequested) {
		LocalDate oldRequested = requested;
		requested = newRequested;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.CHANGE_REQUEST__REQUESTED, oldRequested, requested));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChangeCategory getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(ChangeCategory newCategory) {
		ChangeCategory oldCategory = category;
		category = newCategory == null ? CATEGORY_EDEFAULT : newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.CHANGE_REQUEST__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChangePriority getPriority() {
		return priority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriority(ChangePriority newPriority) {
		ChangePriority oldPriority = priority;
		priority = newPriority == null ? PRIORITY_EDEFAULT : newPriority;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.CHANGE_REQUEST__PRIORITY, oldPriority, priority));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChangeStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ChangeStatus newStatus) {
		ChangeStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.CHANGE_REQUEST__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStatusSince() {
		return statusSince;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatusSince(LocalDate newStatusSince) {
		LocalDate oldStatusSince = statusSince;
		statusSince = newStatusSince;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.CHANGE_REQUEST__STATUS_SINCE, oldStatusSince, statusSince));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getScheduleImpactDays() {
		return scheduleImpactDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScheduleImpactDays(int newScheduleImpactDays) {
		int oldScheduleImpactDays = scheduleImpactDays;
		scheduleImpactDays = newScheduleImpactDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.CHANGE_REQUEST__SCHEDULE_IMPACT_DAYS, oldScheduleImpactDays, scheduleImpactDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Milestone> getAffectedMilestones() {
		if (affectedMilestones == null) {
			affectedMilestones = new EObjectResolvingEList<Milestone>(Milestone.class, this, ChangesPackage.CHANGE_REQUEST__AFFECTED_MILESTONES);
		}
		return affectedMilestones;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getCostDelta() {
		return costDelta;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCostDelta(BigDecimal newCostDelta) {
		BigDecimal oldCostDelta = costDelta;
		costDelta = newCostDelta;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.CHANGE_REQUEST__COST_DELTA, oldCostDelta, costDelta));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEffortDays() {
		return effortDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEffortDays(int newEffortDays) {
		int oldEffortDays = effortDays;
		effortDays = newEffortDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.CHANGE_REQUEST__EFFORT_DAYS, oldEffortDays, effortDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScopeImpact() {
		return scopeImpact;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScopeImpact(String newScopeImpact) {
		String oldScopeImpact = scopeImpact;
		scopeImpact = newScopeImpact;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.CHANGE_REQUEST__SCOPE_IMPACT, oldScopeImpact, scopeImpact));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Workstream> getAffectedWorkstreams() {
		if (affectedWorkstreams == null) {
			affectedWorkstreams = new EObjectResolvingEList<Workstream>(Workstream.class, this, ChangesPackage.CHANGE_REQUEST__AFFECTED_WORKSTREAMS);
		}
		return affectedWorkstreams;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRiskNotes() {
		return riskNotes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRiskNotes(String newRiskNotes) {
		String oldRiskNotes = riskNotes;
		riskNotes = newRiskNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.CHANGE_REQUEST__RISK_NOTES, oldRiskNotes, riskNotes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRiskRef() {
		return riskRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRiskRef(String newRiskRef) {
		String oldRiskRef = riskRef;
		riskRef = newRiskRef;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.CHANGE_REQUEST__RISK_REF, oldRiskRef, riskRef));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ChangesPackage.CHANGE_REQUEST__DECIDED_ON, oldDecidedOn, decidedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Vote> getVotes() {
		if (votes == null) {
			votes = new EObjectContainmentEList<Vote>(Vote.class, this, ChangesPackage.CHANGE_REQUEST__VOTES);
		}
		return votes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ChangesPackage.CHANGE_REQUEST__VOTES:
				return ((InternalEList<?>)getVotes()).basicRemove(otherEnd, msgs);
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
			case ChangesPackage.CHANGE_REQUEST__CODE:
				return getCode();
			case ChangesPackage.CHANGE_REQUEST__TITLE:
				return getTitle();
			case ChangesPackage.CHANGE_REQUEST__DESCRIPTION:
				return getDescription();
			case ChangesPackage.CHANGE_REQUEST__JUSTIFICATION:
				return getJustification();
			case ChangesPackage.CHANGE_REQUEST__PROJECT:
				if (resolve) return getProject();
				return basicGetProject();
			case ChangesPackage.CHANGE_REQUEST__REQUESTED_BY:
				if (resolve) return getRequestedBy();
				return basicGetRequestedBy();
			case ChangesPackage.CHANGE_REQUEST__REQUESTED:
				return getRequested();
			case ChangesPackage.CHANGE_REQUEST__CATEGORY:
				return getCategory();
			case ChangesPackage.CHANGE_REQUEST__PRIORITY:
				return getPriority();
			case ChangesPackage.CHANGE_REQUEST__STATUS:
				return getStatus();
			case ChangesPackage.CHANGE_REQUEST__STATUS_SINCE:
				return getStatusSince();
			case ChangesPackage.CHANGE_REQUEST__SCHEDULE_IMPACT_DAYS:
				return getScheduleImpactDays();
			case ChangesPackage.CHANGE_REQUEST__AFFECTED_MILESTONES:
				return getAffectedMilestones();
			case ChangesPackage.CHANGE_REQUEST__COST_DELTA:
				return getCostDelta();
			case ChangesPackage.CHANGE_REQUEST__EFFORT_DAYS:
				return getEffortDays();
			case ChangesPackage.CHANGE_REQUEST__SCOPE_IMPACT:
				return getScopeImpact();
			case ChangesPackage.CHANGE_REQUEST__AFFECTED_WORKSTREAMS:
				return getAffectedWorkstreams();
			case ChangesPackage.CHANGE_REQUEST__RISK_NOTES:
				return getRiskNotes();
			case ChangesPackage.CHANGE_REQUEST__RISK_REF:
				return getRiskRef();
			case ChangesPackage.CHANGE_REQUEST__DECIDED_ON:
				return getDecidedOn();
			case ChangesPackage.CHANGE_REQUEST__VOTES:
				return getVotes();
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
			case ChangesPackage.CHANGE_REQUEST__CODE:
				setCode((String)newValue);
				return;
			case ChangesPackage.CHANGE_REQUEST__TITLE:
				setTitle((String)newValue);
				return;
			case ChangesPackage.CHANGE_REQUEST__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case ChangesPackage.CHANGE_REQUEST__JUSTIFICATION:
				setJustification((String)newValue);
				return;
			case ChangesPackage.CHANGE_REQUEST__PROJECT:
				setProject((Project)newValue);
				return;
			case ChangesPackage.CHANGE_REQUEST__REQUESTED_BY:
				setRequestedBy((Person)newValue);
				return;
			case ChangesPackage.CHANGE_REQUEST__REQUESTED:
				setRequested((LocalDate)newValue);
				return;
			case ChangesPackage.CHANGE_REQUEST__CATEGORY:
				setCategory((ChangeCategory)newValue);
				return;
			case ChangesPackage.CHANGE_REQUEST__PRIORITY:
				setPriority((ChangePriority)newValue);
				return;
			case ChangesPackage.CHANGE_REQUEST__STATUS:
				setStatus((ChangeStatus)newValue);
				return;
			case ChangesPackage.CHANGE_REQUEST__STATUS_SINCE:
				setStatusSince((LocalDate)newValue);
				return;
			case ChangesPackage.CHANGE_REQUEST__SCHEDULE_IMPACT_DAYS:
				setScheduleImpactDays((Integer)newValue);
				return;
			case ChangesPackage.CHANGE_REQUEST__AFFECTED_MILESTONES:
				getAffectedMilestones().clear();
				getAffectedMilestones().addAll((Collection<? extends Milestone>)newValue);
				return;
			case ChangesPackage.CHANGE_REQUEST__COST_DELTA:
				setCostDelta((BigDecimal)newValue);
				return;
			case ChangesPackage.CHANGE_REQUEST__EFFORT_DAYS:
				setEffortDays((Integer)newValue);
				return;
			case ChangesPackage.CHANGE_REQUEST__SCOPE_IMPACT:
				setScopeImpact((String)newValue);
				return;
			case ChangesPackage.CHANGE_REQUEST__AFFECTED_WORKSTREAMS:
				getAffectedWorkstreams().clear();
				getAffectedWorkstreams().addAll((Collection<? extends Workstream>)newValue);
				return;
			case ChangesPackage.CHANGE_REQUEST__RISK_NOTES:
				setRiskNotes((String)newValue);
				return;
			case ChangesPackage.CHANGE_REQUEST__RISK_REF:
				setRiskRef((String)newValue);
				return;
			case ChangesPackage.CHANGE_REQUEST__DECIDED_ON:
				setDecidedOn((LocalDate)newValue);
				return;
			case ChangesPackage.CHANGE_REQUEST__VOTES:
				getVotes().clear();
				getVotes().addAll((Collection<? extends Vote>)newValue);
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
			case ChangesPackage.CHANGE_REQUEST__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case ChangesPackage.CHANGE_REQUEST__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ChangesPackage.CHANGE_REQUEST__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case ChangesPackage.CHANGE_REQUEST__JUSTIFICATION:
				setJustification(JUSTIFICATION_EDEFAULT);
				return;
			case ChangesPackage.CHANGE_REQUEST__PROJECT:
				setProject((Project)null);
				return;
			case ChangesPackage.CHANGE_REQUEST__REQUESTED_BY:
				setRequestedBy((Person)null);
				return;
			case ChangesPackage.CHANGE_REQUEST__REQUESTED:
				setRequested(REQUESTED_EDEFAULT);
				return;
			case ChangesPackage.CHANGE_REQUEST__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case ChangesPackage.CHANGE_REQUEST__PRIORITY:
				setPriority(PRIORITY_EDEFAULT);
				return;
			case ChangesPackage.CHANGE_REQUEST__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case ChangesPackage.CHANGE_REQUEST__STATUS_SINCE:
				setStatusSince(STATUS_SINCE_EDEFAULT);
				return;
			case ChangesPackage.CHANGE_REQUEST__SCHEDULE_IMPACT_DAYS:
				setScheduleImpactDays(SCHEDULE_IMPACT_DAYS_EDEFAULT);
				return;
			case ChangesPackage.CHANGE_REQUEST__AFFECTED_MILESTONES:
				getAffectedMilestones().clear();
				return;
			case ChangesPackage.CHANGE_REQUEST__COST_DELTA:
				setCostDelta(COST_DELTA_EDEFAULT);
				return;
			case ChangesPackage.CHANGE_REQUEST__EFFORT_DAYS:
				setEffortDays(EFFORT_DAYS_EDEFAULT);
				return;
			case ChangesPackage.CHANGE_REQUEST__SCOPE_IMPACT:
				setScopeImpact(SCOPE_IMPACT_EDEFAULT);
				return;
			case ChangesPackage.CHANGE_REQUEST__AFFECTED_WORKSTREAMS:
				getAffectedWorkstreams().clear();
				return;
			case ChangesPackage.CHANGE_REQUEST__RISK_NOTES:
				setRiskNotes(RISK_NOTES_EDEFAULT);
				return;
			case ChangesPackage.CHANGE_REQUEST__RISK_REF:
				setRiskRef(RISK_REF_EDEFAULT);
				return;
			case ChangesPackage.CHANGE_REQUEST__DECIDED_ON:
				setDecidedOn(DECIDED_ON_EDEFAULT);
				return;
			case ChangesPackage.CHANGE_REQUEST__VOTES:
				getVotes().clear();
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
			case ChangesPackage.CHANGE_REQUEST__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case ChangesPackage.CHANGE_REQUEST__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ChangesPackage.CHANGE_REQUEST__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case ChangesPackage.CHANGE_REQUEST__JUSTIFICATION:
				return JUSTIFICATION_EDEFAULT == null ? justification != null : !JUSTIFICATION_EDEFAULT.equals(justification);
			case ChangesPackage.CHANGE_REQUEST__PROJECT:
				return project != null;
			case ChangesPackage.CHANGE_REQUEST__REQUESTED_BY:
				return requestedBy != null;
			case ChangesPackage.CHANGE_REQUEST__REQUESTED:
				return REQUESTED_EDEFAULT == null ? requested != null : !REQUESTED_EDEFAULT.equals(requested);
			case ChangesPackage.CHANGE_REQUEST__CATEGORY:
				return category != CATEGORY_EDEFAULT;
			case ChangesPackage.CHANGE_REQUEST__PRIORITY:
				return priority != PRIORITY_EDEFAULT;
			case ChangesPackage.CHANGE_REQUEST__STATUS:
				return status != STATUS_EDEFAULT;
			case ChangesPackage.CHANGE_REQUEST__STATUS_SINCE:
				return STATUS_SINCE_EDEFAULT == null ? statusSince != null : !STATUS_SINCE_EDEFAULT.equals(statusSince);
			case ChangesPackage.CHANGE_REQUEST__SCHEDULE_IMPACT_DAYS:
				return scheduleImpactDays != SCHEDULE_IMPACT_DAYS_EDEFAULT;
			case ChangesPackage.CHANGE_REQUEST__AFFECTED_MILESTONES:
				return affectedMilestones != null && !affectedMilestones.isEmpty();
			case ChangesPackage.CHANGE_REQUEST__COST_DELTA:
				return COST_DELTA_EDEFAULT == null ? costDelta != null : !COST_DELTA_EDEFAULT.equals(costDelta);
			case ChangesPackage.CHANGE_REQUEST__EFFORT_DAYS:
				return effortDays != EFFORT_DAYS_EDEFAULT;
			case ChangesPackage.CHANGE_REQUEST__SCOPE_IMPACT:
				return SCOPE_IMPACT_EDEFAULT == null ? scopeImpact != null : !SCOPE_IMPACT_EDEFAULT.equals(scopeImpact);
			case ChangesPackage.CHANGE_REQUEST__AFFECTED_WORKSTREAMS:
				return affectedWorkstreams != null && !affectedWorkstreams.isEmpty();
			case ChangesPackage.CHANGE_REQUEST__RISK_NOTES:
				return RISK_NOTES_EDEFAULT == null ? riskNotes != null : !RISK_NOTES_EDEFAULT.equals(riskNotes);
			case ChangesPackage.CHANGE_REQUEST__RISK_REF:
				return RISK_REF_EDEFAULT == null ? riskRef != null : !RISK_REF_EDEFAULT.equals(riskRef);
			case ChangesPackage.CHANGE_REQUEST__DECIDED_ON:
				return DECIDED_ON_EDEFAULT == null ? decidedOn != null : !DECIDED_ON_EDEFAULT.equals(decidedOn);
			case ChangesPackage.CHANGE_REQUEST__VOTES:
				return votes != null && !votes.isEmpty();
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
		result.append(", title: ");
		result.append(title);
		result.append(", description: ");
		result.append(description);
		result.append(", justification: ");
		result.append(justification);
		result.append(", requested: ");
		result.append(requested);
		result.append(", category: ");
		result.append(category);
		result.append(", priority: ");
		result.append(priority);
		result.append(", status: ");
		result.append(status);
		result.append(", statusSince: ");
		result.append(statusSince);
		result.append(", scheduleImpactDays: ");
		result.append(scheduleImpactDays);
		result.append(", costDelta: ");
		result.append(costDelta);
		result.append(", effortDays: ");
		result.append(effortDays);
		result.append(", scopeImpact: ");
		result.append(scopeImpact);
		result.append(", riskNotes: ");
		result.append(riskNotes);
		result.append(", riskRef: ");
		result.append(riskRef);
		result.append(", decidedOn: ");
		result.append(decidedOn);
		result.append(')');
		return result.toString();
	}

} //ChangeRequestImpl
