/**
 */
package org.atrium.changes.model.changes;

import java.time.LocalDate;

import org.atrium.core.model.pmo.Entity;
import org.atrium.core.model.pmo.GateDecision;
import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.Project;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Gate Review</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The go/no-go review of a milestone that is a gate: a checklist from a template, and the decision with who made it; the decision fills the milestone's gate decision.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.changes.model.changes.GateReview#getProject <em>Project</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.GateReview#getMilestone <em>Milestone</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.GateReview#getTemplate <em>Template</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.GateReview#getCriteria <em>Criteria</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.GateReview#getDecision <em>Decision</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.GateReview#getConditions <em>Conditions</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.GateReview#getDecidedBy <em>Decided By</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.GateReview#getDecidedOn <em>Decided On</em>}</li>
 * </ul>
 *
 * @see org.atrium.changes.model.changes.ChangesPackage#getGateReview()
 * @model annotation="http://atrium.org/label label='Gate review'"
 * @generated
 */
public interface GateReview extends Entity {
	/**
	 * Returns the value of the '<em><b>Project</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Project</em>' reference.
	 * @see #setProject(Project)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getGateReview_Project()
	 * @model annotation="http://atrium.org/store index='true'"
	 * @generated
	 */
	Project getProject();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.GateReview#getProject <em>Project</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Project</em>' reference.
	 * @see #getProject()
	 * @generated
	 */
	void setProject(Project value);

	/**
	 * Returns the value of the '<em><b>Milestone</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Milestone</em>' reference.
	 * @see #setMilestone(Milestone)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getGateReview_Milestone()
	 * @model
	 * @generated
	 */
	Milestone getMilestone();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.GateReview#getMilestone <em>Milestone</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Milestone</em>' reference.
	 * @see #getMilestone()
	 * @generated
	 */
	void setMilestone(Milestone value);

	/**
	 * Returns the value of the '<em><b>Template</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Template</em>' attribute.
	 * @see #setTemplate(String)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getGateReview_Template()
	 * @model annotation="http://atrium.org/store length='128'"
	 * @generated
	 */
	String getTemplate();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.GateReview#getTemplate <em>Template</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template</em>' attribute.
	 * @see #getTemplate()
	 * @generated
	 */
	void setTemplate(String value);

	/**
	 * Returns the value of the '<em><b>Criteria</b></em>' containment reference list.
	 * The list contents are of type {@link org.atrium.changes.model.changes.GateCriterion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Criteria</em>' containment reference list.
	 * @see org.atrium.changes.model.changes.ChangesPackage#getGateReview_Criteria()
	 * @model containment="true"
	 * @generated
	 */
	EList<GateCriterion> getCriteria();

	/**
	 * Returns the value of the '<em><b>Decision</b></em>' attribute.
	 * The literals are from the enumeration {@link org.atrium.core.model.pmo.GateDecision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decision</em>' attribute.
	 * @see org.atrium.core.model.pmo.GateDecision
	 * @see #setDecision(GateDecision)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getGateReview_Decision()
	 * @model annotation="http://atrium.org/label label='Go/no-go decision'"
	 *        annotation="http://atrium.org/governance permission='approve'"
	 * @generated
	 */
	GateDecision getDecision();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.GateReview#getDecision <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision</em>' attribute.
	 * @see org.atrium.core.model.pmo.GateDecision
	 * @see #getDecision()
	 * @generated
	 */
	void setDecision(GateDecision value);

	/**
	 * Returns the value of the '<em><b>Conditions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conditions</em>' attribute.
	 * @see #setConditions(String)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getGateReview_Conditions()
	 * @model annotation="http://atrium.org/store length='4000'"
	 *        annotation="http://atrium.org/governance permission='approve'"
	 * @generated
	 */
	String getConditions();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.GateReview#getConditions <em>Conditions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Conditions</em>' attribute.
	 * @see #getConditions()
	 * @generated
	 */
	void setConditions(String value);

	/**
	 * Returns the value of the '<em><b>Decided By</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decided By</em>' reference.
	 * @see #setDecidedBy(Person)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getGateReview_DecidedBy()
	 * @model annotation="http://atrium.org/governance permission='approve'"
	 * @generated
	 */
	Person getDecidedBy();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.GateReview#getDecidedBy <em>Decided By</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decided By</em>' reference.
	 * @see #getDecidedBy()
	 * @generated
	 */
	void setDecidedBy(Person value);

	/**
	 * Returns the value of the '<em><b>Decided On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decided On</em>' attribute.
	 * @see #setDecidedOn(LocalDate)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getGateReview_DecidedOn()
	 * @model dataType="org.atrium.core.model.pmo.LocalDate"
	 *        annotation="http://atrium.org/label label='Decided on'"
	 *        annotation="http://atrium.org/governance permission='approve'"
	 * @generated
	 */
	LocalDate getDecidedOn();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.GateReview#getDecidedOn <em>Decided On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decided On</em>' attribute.
	 * @see #getDecidedOn()
	 * @generated
	 */
	void setDecidedOn(LocalDate value);

} // GateReview
