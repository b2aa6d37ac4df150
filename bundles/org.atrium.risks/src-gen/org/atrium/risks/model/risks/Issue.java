/**
 */
package org.atrium.risks.model.risks;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Issue</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A problem the project has now; the risk it came from when a risk occurred.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.risks.model.risks.Issue#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.atrium.risks.model.risks.Issue#getStatus <em>Status</em>}</li>
 *   <li>{@link org.atrium.risks.model.risks.Issue#getSourceRisk <em>Source Risk</em>}</li>
 * </ul>
 *
 * @see org.atrium.risks.model.risks.RisksPackage#getIssue()
 * @model
 * @generated
 */
public interface Issue extends RaidItem {
	/**
	 * Returns the value of the '<em><b>Priority</b></em>' attribute.
	 * The literals are from the enumeration {@link org.atrium.risks.model.risks.IssuePriority}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Priority</em>' attribute.
	 * @see org.atrium.risks.model.risks.IssuePriority
	 * @see #setPriority(IssuePriority)
	 * @see org.atrium.risks.model.risks.RisksPackage#getIssue_Priority()
	 * @model
	 * @generated
	 */
	IssuePriority getPriority();

	/**
	 * Sets the value of the '{@link org.atrium.risks.model.risks.Issue#getPriority <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority</em>' attribute.
	 * @see org.atrium.risks.model.risks.IssuePriority
	 * @see #getPriority()
	 * @generated
	 */
	void setPriority(IssuePriority value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.atrium.risks.model.risks.IssueStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.atrium.risks.model.risks.IssueStatus
	 * @see #setStatus(IssueStatus)
	 * @see org.atrium.risks.model.risks.RisksPackage#getIssue_Status()
	 * @model
	 * @generated
	 */
	IssueStatus getStatus();

	/**
	 * Sets the value of the '{@link org.atrium.risks.model.risks.Issue#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.atrium.risks.model.risks.IssueStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(IssueStatus value);

	/**
	 * Returns the value of the '<em><b>Source Risk</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Risk</em>' reference.
	 * @see #setSourceRisk(Risk)
	 * @see org.atrium.risks.model.risks.RisksPackage#getIssue_SourceRisk()
	 * @model annotation="http://atrium.org/label label='From risk'"
	 * @generated
	 */
	Risk getSourceRisk();

	/**
	 * Sets the value of the '{@link org.atrium.risks.model.risks.Issue#getSourceRisk <em>Source Risk</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Risk</em>' reference.
	 * @see #getSourceRisk()
	 * @generated
	 */
	void setSourceRisk(Risk value);

} // Issue
