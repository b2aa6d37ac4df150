/**
 */
package org.atrium.resources.model.resources;

import java.math.BigDecimal;

import java.time.Instant;
import java.time.LocalDate;

import org.atrium.core.model.pmo.Entity;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.Project;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Timesheet</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One person's week on one project, submitted for approval: the project's manager or a workstream lead approves or rejects it with a comment. An approved week is locked.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.resources.model.resources.Timesheet#getPerson <em>Person</em>}</li>
 *   <li>{@link org.atrium.resources.model.resources.Timesheet#getProject <em>Project</em>}</li>
 *   <li>{@link org.atrium.resources.model.resources.Timesheet#getWeekStart <em>Week Start</em>}</li>
 *   <li>{@link org.atrium.resources.model.resources.Timesheet#getHours <em>Hours</em>}</li>
 *   <li>{@link org.atrium.resources.model.resources.Timesheet#getStatus <em>Status</em>}</li>
 *   <li>{@link org.atrium.resources.model.resources.Timesheet#getSubmitted <em>Submitted</em>}</li>
 *   <li>{@link org.atrium.resources.model.resources.Timesheet#getDecidedBy <em>Decided By</em>}</li>
 *   <li>{@link org.atrium.resources.model.resources.Timesheet#getDecided <em>Decided</em>}</li>
 *   <li>{@link org.atrium.resources.model.resources.Timesheet#getComment <em>Comment</em>}</li>
 * </ul>
 *
 * @see org.atrium.resources.model.resources.ResourcesPackage#getTimesheet()
 * @model annotation="http://atrium.org/label label='Timesheet week'"
 * @generated
 */
public interface Timesheet extends Entity {
	/**
	 * Returns the value of the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Person</em>' reference.
	 * @see #setPerson(Person)
	 * @see org.atrium.resources.model.resources.ResourcesPackage#getTimesheet_Person()
	 * @model
	 * @generated
	 */
	Person getPerson();

	/**
	 * Sets the value of the '{@link org.atrium.resources.model.resources.Timesheet#getPerson <em>Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Person</em>' reference.
	 * @see #getPerson()
	 * @generated
	 */
	void setPerson(Person value);

	/**
	 * Returns the value of the '<em><b>Project</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Project</em>' reference.
	 * @see #setProject(Project)
	 * @see org.atrium.resources.model.resources.ResourcesPackage#getTimesheet_Project()
	 * @model
	 * @generated
	 */
	Project getProject();

	/**
	 * Sets the value of the '{@link org.atrium.resources.model.resources.Timesheet#getProject <em>Project</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Project</em>' reference.
	 * @see #getProject()
	 * @generated
	 */
	void setProject(Project value);

	/**
	 * Returns the value of the '<em><b>Week Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The Monday of the week.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Week Start</em>' attribute.
	 * @see #setWeekStart(LocalDate)
	 * @see org.atrium.resources.model.resources.ResourcesPackage#getTimesheet_WeekStart()
	 * @model dataType="org.atrium.core.model.pmo.LocalDate"
	 *        annotation="http://atrium.org/label label='Week'"
	 *        annotation="http://atrium.org/store index='true'"
	 * @generated
	 */
	LocalDate getWeekStart();

	/**
	 * Sets the value of the '{@link org.atrium.resources.model.resources.Timesheet#getWeekStart <em>Week Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Week Start</em>' attribute.
	 * @see #getWeekStart()
	 * @generated
	 */
	void setWeekStart(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The hours of the week on the project, as submitted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hours</em>' attribute.
	 * @see #setHours(BigDecimal)
	 * @see org.atrium.resources.model.resources.ResourcesPackage#getTimesheet_Hours()
	 * @model
	 * @generated
	 */
	BigDecimal getHours();

	/**
	 * Sets the value of the '{@link org.atrium.resources.model.resources.Timesheet#getHours <em>Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hours</em>' attribute.
	 * @see #getHours()
	 * @generated
	 */
	void setHours(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.atrium.resources.model.resources.TimesheetStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.atrium.resources.model.resources.TimesheetStatus
	 * @see #setStatus(TimesheetStatus)
	 * @see org.atrium.resources.model.resources.ResourcesPackage#getTimesheet_Status()
	 * @model annotation="http://atrium.org/governance permission='approve'"
	 * @generated
	 */
	TimesheetStatus getStatus();

	/**
	 * Sets the value of the '{@link org.atrium.resources.model.resources.Timesheet#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.atrium.resources.model.resources.TimesheetStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(TimesheetStatus value);

	/**
	 * Returns the value of the '<em><b>Submitted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Submitted</em>' attribute.
	 * @see #setSubmitted(Instant)
	 * @see org.atrium.resources.model.resources.ResourcesPackage#getTimesheet_Submitted()
	 * @model dataType="org.atrium.core.model.pmo.Instant"
	 * @generated
	 */
	Instant getSubmitted();

	/**
	 * Sets the value of the '{@link org.atrium.resources.model.resources.Timesheet#getSubmitted <em>Submitted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Submitted</em>' attribute.
	 * @see #getSubmitted()
	 * @generated
	 */
	void setSubmitted(Instant value);

	/**
	 * Returns the value of the '<em><b>Decided By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decided By</em>' reference.
	 * @see #setDecidedBy(Person)
	 * @see org.atrium.resources.model.resources.ResourcesPackage#getTimesheet_DecidedBy()
	 * @model annotation="http://atrium.org/governance permission='approve'"
	 * @generated
	 */
	Person getDecidedBy();

	/**
	 * Sets the value of the '{@link org.atrium.resources.model.resources.Timesheet#getDecidedBy <em>Decided By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decided By</em>' reference.
	 * @see #getDecidedBy()
	 * @generated
	 */
	void setDecidedBy(Person value);

	/**
	 * Returns the value of the '<em><b>Decided</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decided</em>' attribute.
	 * @see #setDecided(Instant)
	 * @see org.atrium.resources.model.resources.ResourcesPackage#getTimesheet_Decided()
	 * @model dataType="org.atrium.core.model.pmo.Instant"
	 *        annotation="http://atrium.org/governance permission='approve'"
	 * @generated
	 */
	Instant getDecided();

	/**
	 * Sets the value of the '{@link org.atrium.resources.model.resources.Timesheet#getDecided <em>Decided</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decided</em>' attribute.
	 * @see #getDecided()
	 * @generated
	 */
	void setDecided(Instant value);

	/**
	 * Returns the value of the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comment</em>' attribute.
	 * @see #setComment(String)
	 * @see org.atrium.resources.model.resources.ResourcesPackage#getTimesheet_Comment()
	 * @model annotation="http://atrium.org/store length='4000'"
	 *        annotation="http://atrium.org/governance permission='approve'"
	 * @generated
	 */
	String getComment();

	/**
	 * Sets the value of the '{@link org.atrium.resources.model.resources.Timesheet#getComment <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comment</em>' attribute.
	 * @see #getComment()
	 * @generated
	 */
	void setComment(String value);

} // Timesheet
