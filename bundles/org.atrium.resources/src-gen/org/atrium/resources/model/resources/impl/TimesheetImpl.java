/**
 */
package org.atrium.resources.model.resources.impl;

import java.math.BigDecimal;

import java.time.Instant;
import java.time.LocalDate;

import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.Project;

import org.atrium.core.model.pmo.impl.EntityImpl;

import org.atrium.resources.model.resources.ResourcesPackage;
import org.atrium.resources.model.resources.Timesheet;
import org.atrium.resources.model.resources.TimesheetStatus;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Timesheet</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.resources.model.resources.impl.TimesheetImpl#getPerson <em>Person</em>}</li>
 *   <li>{@link org.atrium.resources.model.resources.impl.TimesheetImpl#getProject <em>Project</em>}</li>
 *   <li>{@link org.atrium.resources.model.resources.impl.TimesheetImpl#getWeekStart <em>Week Start</em>}</li>
 *   <li>{@link org.atrium.resources.model.resources.impl.TimesheetImpl#getHours <em>Hours</em>}</li>
 *   <li>{@link org.atrium.resources.model.resources.impl.TimesheetImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.atrium.resources.model.resources.impl.TimesheetImpl#getSubmitted <em>Submitted</em>}</li>
 *   <li>{@link org.atrium.resources.model.resources.impl.TimesheetImpl#getDecidedBy <em>Decided By</em>}</li>
 *   <li>{@link org.atrium.resources.model.resources.impl.TimesheetImpl#getDecided <em>Decided</em>}</li>
 *   <li>{@link org.atrium.resources.model.resources.impl.TimesheetImpl#getComment <em>Comment</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TimesheetImpl extends EntityImpl implements Timesheet {
	/**
	 * The cached value of the '{@link #getPerson() <em>Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPerson()
	 * @generated
	 * @ordered
	 */
	protected Person person;

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
	 * The default value of the '{@link #getWeekStart() <em>Week Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeekStart()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate WEEK_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWeekStart() <em>Week Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeekStart()
	 * @generated
	 * @ordered
	 */
	protected LocalDate weekStart = WEEK_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getHours() <em>Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHours()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal HOURS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHours() <em>Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHours()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal hours = HOURS_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final TimesheetStatus STATUS_EDEFAULT = TimesheetStatus.SUBMITTED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected TimesheetStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubmitted() <em>Submitted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubmitted()
	 * @generated
	 * @ordered
	 */
	protected static final Instant SUBMITTED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubmitted() <em>Submitted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubmitted()
	 * @generated
	 * @ordered
	 */
	protected Instant submitted = SUBMITTED_EDEFAULT;

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
	 * The default value of the '{@link #getDecided() <em>Decided</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecided()
	 * @generated
	 * @ordered
	 */
	protected static final Instant DECIDED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDecided() <em>Decided</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecided()
	 * @generated
	 * @ordered
	 */
	protected Instant decided = DECIDED_EDEFAULT;

	/**
	 * The default value of the '{@link #getComment() <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComment()
	 * @generated
	 * @ordered
	 */
	protected static final String COMMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getComment() <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComment()
	 * @generated
	 * @ordered
	 */
	protected String comment = COMMENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TimesheetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ResourcesPackage.Literals.TIMESHEET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Person getPerson() {
		if (person != null && person.eIsProxy()) {
			InternalEObject oldPerson = (InternalEObject)person;
			person = (Person)eResolveProxy(oldPerson);
			if (person != oldPerson) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ResourcesPackage.TIMESHEET__PERSON, oldPerson, person));
			}
		}
		return person;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Person basicGetPerson() {
		return person;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPerson(Person newPerson) {
		Person oldPerson = person;
		person = newPerson;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourcesPackage.TIMESHEET__PERSON, oldPerson, person));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ResourcesPackage.TIMESHEET__PROJECT, oldProject, project));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ResourcesPackage.TIMESHEET__PROJECT, oldProject, project));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getWeekStart() {
		return weekStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeekStart(LocalDate newWeekStart) {
		LocalDate oldWeekStart = weekStart;
		weekStart = newWeekStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourcesPackage.TIMESHEET__WEEK_START, oldWeekStart, weekStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getHours() {
		return hours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHours(BigDecimal newHours) {
		BigDecimal oldHours = hours;
		hours = newHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourcesPackage.TIMESHEET__HOURS, oldHours, hours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TimesheetStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(TimesheetStatus newStatus) {
		TimesheetStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourcesPackage.TIMESHEET__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getSubmitted() {
		return submitted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubmitted(Instant newSubmitted) {
		Instant oldSubmitted = submitted;
		submitted = newSubmitted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourcesPackage.TIMESHEET__SUBMITTED, oldSubmitted, submitted));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ResourcesPackage.TIMESHEET__DECIDED_BY, oldDecidedBy, decidedBy));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ResourcesPackage.TIMESHEET__DECIDED_BY, oldDecidedBy, decidedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getDecided() {
		return decided;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecided(Instant newDecided) {
		Instant oldDecided = decided;
		decided = newDecided;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourcesPackage.TIMESHEET__DECIDED, oldDecided, decided));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getComment() {
		return comment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComment(String newComment) {
		String oldComment = comment;
		comment = newComment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ResourcesPackage.TIMESHEET__COMMENT, oldComment, comment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ResourcesPackage.TIMESHEET__PERSON:
				if (resolve) return getPerson();
				return basicGetPerson();
			case ResourcesPackage.TIMESHEET__PROJECT:
				if (resolve) return getProject();
				return basicGetProject();
			case ResourcesPackage.TIMESHEET__WEEK_START:
				return getWeekStart();
			case ResourcesPackage.TIMESHEET__HOURS:
				return getHours();
			case ResourcesPackage.TIMESHEET__STATUS:
				return getStatus();
			case ResourcesPackage.TIMESHEET__SUBMITTED:
				return getSubmitted();
			case ResourcesPackage.TIMESHEET__DECIDED_BY:
				if (resolve) return getDecidedBy();
				return basicGetDecidedBy();
			case ResourcesPackage.TIMESHEET__DECIDED:
				return getDecided();
			case ResourcesPackage.TIMESHEET__COMMENT:
				return getComment();
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
			case ResourcesPackage.TIMESHEET__PERSON:
				setPerson((Person)newValue);
				return;
			case ResourcesPackage.TIMESHEET__PROJECT:
				setProject((Project)newValue);
				return;
			case ResourcesPackage.TIMESHEET__WEEK_START:
				setWeekStart((LocalDate)newValue);
				return;
			case ResourcesPackage.TIMESHEET__HOURS:
				setHours((BigDecimal)newValue);
				return;
			case ResourcesPackage.TIMESHEET__STATUS:
				setStatus((TimesheetStatus)newValue);
				return;
			case ResourcesPackage.TIMESHEET__SUBMITTED:
				setSubmitted((Instant)newValue);
				return;
			case ResourcesPackage.TIMESHEET__DECIDED_BY:
				setDecidedBy((Person)newValue);
				return;
			case ResourcesPackage.TIMESHEET__DECIDED:
				setDecided((Instant)newValue);
				return;
			case ResourcesPackage.TIMESHEET__COMMENT:
				setComment((String)newValue);
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
			case ResourcesPackage.TIMESHEET__PERSON:
				setPerson((Person)null);
				return;
			case ResourcesPackage.TIMESHEET__PROJECT:
				setProject((Project)null);
				return;
			case ResourcesPackage.TIMESHEET__WEEK_START:
				setWeekStart(WEEK_START_EDEFAULT);
				return;
			case ResourcesPackage.TIMESHEET__HOURS:
				setHours(HOURS_EDEFAULT);
				return;
			case ResourcesPackage.TIMESHEET__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case ResourcesPackage.TIMESHEET__SUBMITTED:
				setSubmitted(SUBMITTED_EDEFAULT);
				return;
			case ResourcesPackage.TIMESHEET__DECIDED_BY:
				setDecidedBy((Person)null);
				return;
			case ResourcesPackage.TIMESHEET__DECIDED:
				setDecided(DECIDED_EDEFAULT);
				return;
			case ResourcesPackage.TIMESHEET__COMMENT:
				setComment(COMMENT_EDEFAULT);
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
			case ResourcesPackage.TIMESHEET__PERSON:
				return person != null;
			case ResourcesPackage.TIMESHEET__PROJECT:
				return project != null;
			case ResourcesPackage.TIMESHEET__WEEK_START:
				return WEEK_START_EDEFAULT == null ? weekStart != null : !WEEK_START_EDEFAULT.equals(weekStart);
			case ResourcesPackage.TIMESHEET__HOURS:
				return HOURS_EDEFAULT == null ? hours != null : !HOURS_EDEFAULT.equals(hours);
			case ResourcesPackage.TIMESHEET__STATUS:
				return status != STATUS_EDEFAULT;
			case ResourcesPackage.TIMESHEET__SUBMITTED:
				return SUBMITTED_EDEFAULT == null ? submitted != null : !SUBMITTED_EDEFAULT.equals(submitted);
			case ResourcesPackage.TIMESHEET__DECIDED_BY:
				return decidedBy != null;
			case ResourcesPackage.TIMESHEET__DECIDED:
				return DECIDED_EDEFAULT == null ? decided != null : !DECIDED_EDEFAULT.equals(decided);
			case ResourcesPackage.TIMESHEET__COMMENT:
				return COMMENT_EDEFAULT == null ? comment != null : !COMMENT_EDEFAULT.equals(comment);
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
		result.append(" (weekStart: ");
		result.append(weekStart);
		result.append(", hours: ");
		result.append(hours);
		result.append(", status: ");
		result.append(status);
		result.append(", submitted: ");
		result.append(submitted);
		result.append(", decided: ");
		result.append(decided);
		result.append(", comment: ");
		result.append(comment);
		result.append(')');
		return result.toString();
	}

} //TimesheetImpl
