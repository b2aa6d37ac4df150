/**
 */
package org.atrium.reporting.model.reporting;

import java.time.Instant;
import java.time.LocalDate;

import org.atrium.core.model.pmo.Entity;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.RagStatus;
import org.atrium.core.model.pmo.ReportPeriod;
import org.atrium.core.model.pmo.Scope;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Report</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A weekly or monthly status report of a project, program or portfolio as of a date: the generated sections, frozen when published, and the author's narrative.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.reporting.model.reporting.Report#getTitle <em>Title</em>}</li>
 *   <li>{@link org.atrium.reporting.model.reporting.Report#getScope <em>Scope</em>}</li>
 *   <li>{@link org.atrium.reporting.model.reporting.Report#getPeriod <em>Period</em>}</li>
 *   <li>{@link org.atrium.reporting.model.reporting.Report#getAsOf <em>As Of</em>}</li>
 *   <li>{@link org.atrium.reporting.model.reporting.Report#getRag <em>Rag</em>}</li>
 *   <li>{@link org.atrium.reporting.model.reporting.Report#isPublished <em>Published</em>}</li>
 *   <li>{@link org.atrium.reporting.model.reporting.Report#getPublishedAt <em>Published At</em>}</li>
 *   <li>{@link org.atrium.reporting.model.reporting.Report#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.atrium.reporting.model.reporting.Report#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.atrium.reporting.model.reporting.Report#getAccomplishments <em>Accomplishments</em>}</li>
 *   <li>{@link org.atrium.reporting.model.reporting.Report#getNextSteps <em>Next Steps</em>}</li>
 *   <li>{@link org.atrium.reporting.model.reporting.Report#getHelpNeeded <em>Help Needed</em>}</li>
 *   <li>{@link org.atrium.reporting.model.reporting.Report#getSections <em>Sections</em>}</li>
 * </ul>
 *
 * @see org.atrium.reporting.model.reporting.ReportingPackage#getReport()
 * @model annotation="http://atrium.org/governance permission='reportStatus' frozenWhen='published'"
 *        annotation="http://atrium.org/label label='Status report'"
 * @generated
 */
public interface Report extends Entity {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.atrium.reporting.model.reporting.ReportingPackage#getReport_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.atrium.reporting.model.reporting.Report#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Scope</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scope</em>' reference.
	 * @see #setScope(Scope)
	 * @see org.atrium.reporting.model.reporting.ReportingPackage#getReport_Scope()
	 * @model
	 * @generated
	 */
	Scope getScope();

	/**
	 * Sets the value of the '{@link org.atrium.reporting.model.reporting.Report#getScope <em>Scope</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' reference.
	 * @see #getScope()
	 * @generated
	 */
	void setScope(Scope value);

	/**
	 * Returns the value of the '<em><b>Period</b></em>' attribute.
	 * The literals are from the enumeration {@link org.atrium.core.model.pmo.ReportPeriod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Period</em>' attribute.
	 * @see org.atrium.core.model.pmo.ReportPeriod
	 * @see #setPeriod(ReportPeriod)
	 * @see org.atrium.reporting.model.reporting.ReportingPackage#getReport_Period()
	 * @model
	 * @generated
	 */
	ReportPeriod getPeriod();

	/**
	 * Sets the value of the '{@link org.atrium.reporting.model.reporting.Report#getPeriod <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period</em>' attribute.
	 * @see org.atrium.core.model.pmo.ReportPeriod
	 * @see #getPeriod()
	 * @generated
	 */
	void setPeriod(ReportPeriod value);

	/**
	 * Returns the value of the '<em><b>As Of</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>As Of</em>' attribute.
	 * @see #setAsOf(LocalDate)
	 * @see org.atrium.reporting.model.reporting.ReportingPackage#getReport_AsOf()
	 * @model dataType="org.atrium.core.model.pmo.LocalDate"
	 *        annotation="http://atrium.org/store index='true'"
	 *        annotation="http://atrium.org/label label='As of'"
	 * @generated
	 */
	LocalDate getAsOf();

	/**
	 * Sets the value of the '{@link org.atrium.reporting.model.reporting.Report#getAsOf <em>As Of</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>As Of</em>' attribute.
	 * @see #getAsOf()
	 * @generated
	 */
	void setAsOf(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Rag</b></em>' attribute.
	 * The literals are from the enumeration {@link org.atrium.core.model.pmo.RagStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rag</em>' attribute.
	 * @see org.atrium.core.model.pmo.RagStatus
	 * @see #setRag(RagStatus)
	 * @see org.atrium.reporting.model.reporting.ReportingPackage#getReport_Rag()
	 * @model annotation="http://atrium.org/label label='RAG'"
	 * @generated
	 */
	RagStatus getRag();

	/**
	 * Sets the value of the '{@link org.atrium.reporting.model.reporting.Report#getRag <em>Rag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rag</em>' attribute.
	 * @see org.atrium.core.model.pmo.RagStatus
	 * @see #getRag()
	 * @generated
	 */
	void setRag(RagStatus value);

	/**
	 * Returns the value of the '<em><b>Published</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Published</em>' attribute.
	 * @see #setPublished(boolean)
	 * @see org.atrium.reporting.model.reporting.ReportingPackage#getReport_Published()
	 * @model
	 * @generated
	 */
	boolean isPublished();

	/**
	 * Sets the value of the '{@link org.atrium.reporting.model.reporting.Report#isPublished <em>Published</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Published</em>' attribute.
	 * @see #isPublished()
	 * @generated
	 */
	void setPublished(boolean value);

	/**
	 * Returns the value of the '<em><b>Published At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Published At</em>' attribute.
	 * @see #setPublishedAt(Instant)
	 * @see org.atrium.reporting.model.reporting.ReportingPackage#getReport_PublishedAt()
	 * @model dataType="org.atrium.core.model.pmo.Instant"
	 *        annotation="http://atrium.org/label label='Published'"
	 * @generated
	 */
	Instant getPublishedAt();

	/**
	 * Sets the value of the '{@link org.atrium.reporting.model.reporting.Report#getPublishedAt <em>Published At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Published At</em>' attribute.
	 * @see #getPublishedAt()
	 * @generated
	 */
	void setPublishedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author</em>' reference.
	 * @see #setAuthor(Person)
	 * @see org.atrium.reporting.model.reporting.ReportingPackage#getReport_Author()
	 * @model
	 * @generated
	 */
	Person getAuthor();

	/**
	 * Sets the value of the '{@link org.atrium.reporting.model.reporting.Report#getAuthor <em>Author</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' reference.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(Person value);

	/**
	 * Returns the value of the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Summary</em>' attribute.
	 * @see #setSummary(String)
	 * @see org.atrium.reporting.model.reporting.ReportingPackage#getReport_Summary()
	 * @model annotation="http://atrium.org/store length='8000'"
	 * @generated
	 */
	String getSummary();

	/**
	 * Sets the value of the '{@link org.atrium.reporting.model.reporting.Report#getSummary <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' attribute.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(String value);

	/**
	 * Returns the value of the '<em><b>Accomplishments</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Accomplishments</em>' attribute.
	 * @see #setAccomplishments(String)
	 * @see org.atrium.reporting.model.reporting.ReportingPackage#getReport_Accomplishments()
	 * @model annotation="http://atrium.org/store length='8000'"
	 * @generated
	 */
	String getAccomplishments();

	/**
	 * Sets the value of the '{@link org.atrium.reporting.model.reporting.Report#getAccomplishments <em>Accomplishments</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Accomplishments</em>' attribute.
	 * @see #getAccomplishments()
	 * @generated
	 */
	void setAccomplishments(String value);

	/**
	 * Returns the value of the '<em><b>Next Steps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Next Steps</em>' attribute.
	 * @see #setNextSteps(String)
	 * @see org.atrium.reporting.model.reporting.ReportingPackage#getReport_NextSteps()
	 * @model annotation="http://atrium.org/store length='8000'"
	 * @generated
	 */
	String getNextSteps();

	/**
	 * Sets the value of the '{@link org.atrium.reporting.model.reporting.Report#getNextSteps <em>Next Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Next Steps</em>' attribute.
	 * @see #getNextSteps()
	 * @generated
	 */
	void setNextSteps(String value);

	/**
	 * Returns the value of the '<em><b>Help Needed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Help Needed</em>' attribute.
	 * @see #setHelpNeeded(String)
	 * @see org.atrium.reporting.model.reporting.ReportingPackage#getReport_HelpNeeded()
	 * @model annotation="http://atrium.org/store length='8000'"
	 * @generated
	 */
	String getHelpNeeded();

	/**
	 * Sets the value of the '{@link org.atrium.reporting.model.reporting.Report#getHelpNeeded <em>Help Needed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Help Needed</em>' attribute.
	 * @see #getHelpNeeded()
	 * @generated
	 */
	void setHelpNeeded(String value);

	/**
	 * Returns the value of the '<em><b>Sections</b></em>' containment reference list.
	 * The list contents are of type {@link org.atrium.reporting.model.reporting.ReportSnapshot}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sections</em>' containment reference list.
	 * @see org.atrium.reporting.model.reporting.ReportingPackage#getReport_Sections()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReportSnapshot> getSections();

} // Report
