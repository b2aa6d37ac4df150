/**
 */
package org.atrium.changes.model.changes;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.atrium.core.model.pmo.Entity;
import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.Workstream;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Change Request</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A request to change a project's scope, schedule, cost, quality or resources: why, what it would do to the plan (the impact assessment), who decides under the approval policy, and their votes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.changes.model.changes.ChangeRequest#getCode <em>Code</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.ChangeRequest#getTitle <em>Title</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.ChangeRequest#getDescription <em>Description</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.ChangeRequest#getJustification <em>Justification</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.ChangeRequest#getProject <em>Project</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.ChangeRequest#getRequestedBy <em>Requested By</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.ChangeRequest#getRequested <em>Requested</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.ChangeRequest#getCategory <em>Category</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.ChangeRequest#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.ChangeRequest#getStatus <em>Status</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.ChangeRequest#getStatusSince <em>Status Since</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.ChangeRequest#getScheduleImpactDays <em>Schedule Impact Days</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.ChangeRequest#getAffectedMilestones <em>Affected Milestones</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.ChangeRequest#getCostDelta <em>Cost Delta</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.ChangeRequest#getEffortDays <em>Effort Days</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.ChangeRequest#getScopeImpact <em>Scope Impact</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.ChangeRequest#getAffectedWorkstreams <em>Affected Workstreams</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.ChangeRequest#getRiskNotes <em>Risk Notes</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.ChangeRequest#getRiskRef <em>Risk Ref</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.ChangeRequest#getDecidedOn <em>Decided On</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.ChangeRequest#getVotes <em>Votes</em>}</li>
 * </ul>
 *
 * @see org.atrium.changes.model.changes.ChangesPackage#getChangeRequest()
 * @model
 * @generated
 */
public interface ChangeRequest extends Entity {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unique per project: CR-, the project code and a number, e.g. CR-DIG-004-007.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getChangeRequest_Code()
	 * @model annotation="http://atrium.org/store length='64' index='true'"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.ChangeRequest#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getChangeRequest_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.ChangeRequest#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getChangeRequest_Description()
	 * @model annotation="http://atrium.org/store length='32000'"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.ChangeRequest#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Justification</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Justification</em>' attribute.
	 * @see #setJustification(String)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getChangeRequest_Justification()
	 * @model annotation="http://atrium.org/store length='4000'"
	 * @generated
	 */
	String getJustification();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.ChangeRequest#getJustification <em>Justification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Justification</em>' attribute.
	 * @see #getJustification()
	 * @generated
	 */
	void setJustification(String value);

	/**
	 * Returns the value of the '<em><b>Project</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Project</em>' reference.
	 * @see #setProject(Project)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getChangeRequest_Project()
	 * @model annotation="http://atrium.org/store index='true'"
	 * @generated
	 */
	Project getProject();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.ChangeRequest#getProject <em>Project</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Project</em>' reference.
	 * @see #getProject()
	 * @generated
	 */
	void setProject(Project value);

	/**
	 * Returns the value of the '<em><b>Requested By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Requested By</em>' reference.
	 * @see #setRequestedBy(Person)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getChangeRequest_RequestedBy()
	 * @model
	 * @generated
	 */
	Person getRequestedBy();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.ChangeRequest#getRequestedBy <em>Requested By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Requested By</em>' reference.
	 * @see #getRequestedBy()
	 * @generated
	 */
	void setRequestedBy(Person value);

	/**
	 * Returns the value of the '<em><b>Requested</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Requested</em>' attribute.
	 * @see #setRequested(LocalDate)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getChangeRequest_Requested()
	 * @model dataType="org.atrium.core.model.pmo.LocalDate"
	 *        annotation="http://atrium.org/label label='Requested on'"
	 * @generated
	 */
	LocalDate getRequested();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.ChangeRequest#getRequested <em>Requested</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Requested</em>' attribute.
	 * @see #getRequested()
	 * @generated
	 */
	void setRequested(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.atrium.changes.model.changes.ChangeCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see org.atrium.changes.model.changes.ChangeCategory
	 * @see #setCategory(ChangeCategory)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getChangeRequest_Category()
	 * @model
	 * @generated
	 */
	ChangeCategory getCategory();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.ChangeRequest#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see org.atrium.changes.model.changes.ChangeCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(ChangeCategory value);

	/**
	 * Returns the value of the '<em><b>Priority</b></em>' attribute.
	 * The default value is <code>"Medium"</code>.
	 * The literals are from the enumeration {@link org.atrium.changes.model.changes.ChangePriority}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Priority</em>' attribute.
	 * @see org.atrium.changes.model.changes.ChangePriority
	 * @see #setPriority(ChangePriority)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getChangeRequest_Priority()
	 * @model default="Medium"
	 * @generated
	 */
	ChangePriority getPriority();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.ChangeRequest#getPriority <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority</em>' attribute.
	 * @see org.atrium.changes.model.changes.ChangePriority
	 * @see #getPriority()
	 * @generated
	 */
	void setPriority(ChangePriority value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.atrium.changes.model.changes.ChangeStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.atrium.changes.model.changes.ChangeStatus
	 * @see #setStatus(ChangeStatus)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getChangeRequest_Status()
	 * @model
	 * @generated
	 */
	ChangeStatus getStatus();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.ChangeRequest#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.atrium.changes.model.changes.ChangeStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ChangeStatus value);

	/**
	 * Returns the value of the '<em><b>Status Since</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the request reached its status; a request awaiting decision for long becomes a health finding.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status Since</em>' attribute.
	 * @see #setStatusSince(LocalDate)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getChangeRequest_StatusSince()
	 * @model dataType="org.atrium.core.model.pmo.LocalDate"
	 * @generated
	 */
	LocalDate getStatusSince();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.ChangeRequest#getStatusSince <em>Status Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status Since</em>' attribute.
	 * @see #getStatusSince()
	 * @generated
	 */
	void setStatusSince(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Schedule Impact Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Days the project end and the affected milestones move: positive is a slip.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Schedule Impact Days</em>' attribute.
	 * @see #setScheduleImpactDays(int)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getChangeRequest_ScheduleImpactDays()
	 * @model annotation="http://atrium.org/label label='Schedule impact (days)'"
	 * @generated
	 */
	int getScheduleImpactDays();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.ChangeRequest#getScheduleImpactDays <em>Schedule Impact Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Schedule Impact Days</em>' attribute.
	 * @see #getScheduleImpactDays()
	 * @generated
	 */
	void setScheduleImpactDays(int value);

	/**
	 * Returns the value of the '<em><b>Affected Milestones</b></em>' reference list.
	 * The list contents are of type {@link org.atrium.core.model.pmo.Milestone}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Affected Milestones</em>' reference list.
	 * @see org.atrium.changes.model.changes.ChangesPackage#getChangeRequest_AffectedMilestones()
	 * @model
	 * @generated
	 */
	EList<Milestone> getAffectedMilestones();

	/**
	 * Returns the value of the '<em><b>Cost Delta</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the change adds to (or takes from) the budget, in the project currency.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cost Delta</em>' attribute.
	 * @see #setCostDelta(BigDecimal)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getChangeRequest_CostDelta()
	 * @model annotation="http://atrium.org/label label='Cost delta'"
	 * @generated
	 */
	BigDecimal getCostDelta();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.ChangeRequest#getCostDelta <em>Cost Delta</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cost Delta</em>' attribute.
	 * @see #getCostDelta()
	 * @generated
	 */
	void setCostDelta(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Effort Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Effort Days</em>' attribute.
	 * @see #setEffortDays(int)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getChangeRequest_EffortDays()
	 * @model annotation="http://atrium.org/label label='Effort (person-days)'"
	 * @generated
	 */
	int getEffortDays();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.ChangeRequest#getEffortDays <em>Effort Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Effort Days</em>' attribute.
	 * @see #getEffortDays()
	 * @generated
	 */
	void setEffortDays(int value);

	/**
	 * Returns the value of the '<em><b>Scope Impact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scope Impact</em>' attribute.
	 * @see #setScopeImpact(String)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getChangeRequest_ScopeImpact()
	 * @model annotation="http://atrium.org/store length='4000'"
	 *        annotation="http://atrium.org/label label='Scope impact'"
	 * @generated
	 */
	String getScopeImpact();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.ChangeRequest#getScopeImpact <em>Scope Impact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope Impact</em>' attribute.
	 * @see #getScopeImpact()
	 * @generated
	 */
	void setScopeImpact(String value);

	/**
	 * Returns the value of the '<em><b>Affected Workstreams</b></em>' reference list.
	 * The list contents are of type {@link org.atrium.core.model.pmo.Workstream}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Affected Workstreams</em>' reference list.
	 * @see org.atrium.changes.model.changes.ChangesPackage#getChangeRequest_AffectedWorkstreams()
	 * @model
	 * @generated
	 */
	EList<Workstream> getAffectedWorkstreams();

	/**
	 * Returns the value of the '<em><b>Risk Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Risk Notes</em>' attribute.
	 * @see #setRiskNotes(String)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getChangeRequest_RiskNotes()
	 * @model annotation="http://atrium.org/store length='4000'"
	 * @generated
	 */
	String getRiskNotes();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.ChangeRequest#getRiskNotes <em>Risk Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Risk Notes</em>' attribute.
	 * @see #getRiskNotes()
	 * @generated
	 */
	void setRiskNotes(String value);

	/**
	 * Returns the value of the '<em><b>Risk Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of any stored object the risk notes refer to, such as a risk of the risk plugin.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Risk Ref</em>' attribute.
	 * @see #setRiskRef(String)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getChangeRequest_RiskRef()
	 * @model annotation="http://atrium.org/store length='64'"
	 *        annotation="http://atrium.org/label label='Linked risk id'"
	 * @generated
	 */
	String getRiskRef();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.ChangeRequest#getRiskRef <em>Risk Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Risk Ref</em>' attribute.
	 * @see #getRiskRef()
	 * @generated
	 */
	void setRiskRef(String value);

	/**
	 * Returns the value of the '<em><b>Decided On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decided On</em>' attribute.
	 * @see #setDecidedOn(LocalDate)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getChangeRequest_DecidedOn()
	 * @model dataType="org.atrium.core.model.pmo.LocalDate"
	 *        annotation="http://atrium.org/label label='Decided on'"
	 *        annotation="http://atrium.org/governance permission='approve'"
	 * @generated
	 */
	LocalDate getDecidedOn();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.ChangeRequest#getDecidedOn <em>Decided On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decided On</em>' attribute.
	 * @see #getDecidedOn()
	 * @generated
	 */
	void setDecidedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Votes</b></em>' containment reference list.
	 * The list contents are of type {@link org.atrium.changes.model.changes.Vote}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Votes</em>' containment reference list.
	 * @see org.atrium.changes.model.changes.ChangesPackage#getChangeRequest_Votes()
	 * @model containment="true"
	 *        annotation="http://atrium.org/governance permission='approve'"
	 * @generated
	 */
	EList<Vote> getVotes();

} // ChangeRequest
