/**
 */
package org.atrium.risks.model.risks;

import java.time.LocalDate;

import org.atrium.core.model.pmo.Entity;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.Project;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Risk</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An uncertain event that would affect a project: its cause and effect, its rating before (probability, impact) and after the response (residual probability and impact, 1 to 5 each), and the actions that mitigate it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.risks.model.risks.Risk#getTitle <em>Title</em>}</li>
 *   <li>{@link org.atrium.risks.model.risks.Risk#getDescription <em>Description</em>}</li>
 *   <li>{@link org.atrium.risks.model.risks.Risk#getCategory <em>Category</em>}</li>
 *   <li>{@link org.atrium.risks.model.risks.Risk#getCause <em>Cause</em>}</li>
 *   <li>{@link org.atrium.risks.model.risks.Risk#getEffect <em>Effect</em>}</li>
 *   <li>{@link org.atrium.risks.model.risks.Risk#getProbability <em>Probability</em>}</li>
 *   <li>{@link org.atrium.risks.model.risks.Risk#getImpact <em>Impact</em>}</li>
 *   <li>{@link org.atrium.risks.model.risks.Risk#getResidualProbability <em>Residual Probability</em>}</li>
 *   <li>{@link org.atrium.risks.model.risks.Risk#getResidualImpact <em>Residual Impact</em>}</li>
 *   <li>{@link org.atrium.risks.model.risks.Risk#getProximityDate <em>Proximity Date</em>}</li>
 *   <li>{@link org.atrium.risks.model.risks.Risk#getStatus <em>Status</em>}</li>
 *   <li>{@link org.atrium.risks.model.risks.Risk#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.atrium.risks.model.risks.Risk#getStrategy <em>Strategy</em>}</li>
 *   <li>{@link org.atrium.risks.model.risks.Risk#getTriggers <em>Triggers</em>}</li>
 *   <li>{@link org.atrium.risks.model.risks.Risk#getProject <em>Project</em>}</li>
 *   <li>{@link org.atrium.risks.model.risks.Risk#getActions <em>Actions</em>}</li>
 * </ul>
 *
 * @see org.atrium.risks.model.risks.RisksPackage#getRisk()
 * @model
 * @generated
 */
public interface Risk extends Entity {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.atrium.risks.model.risks.RisksPackage#getRisk_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.atrium.risks.model.risks.Risk#getTitle <em>Title</em>}' attribute.
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
	 * @see org.atrium.risks.model.risks.RisksPackage#getRisk_Description()
	 * @model annotation="http://atrium.org/store length='32000'"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.atrium.risks.model.risks.Risk#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see #setCategory(String)
	 * @see org.atrium.risks.model.risks.RisksPackage#getRisk_Category()
	 * @model annotation="http://atrium.org/store length='128'"
	 * @generated
	 */
	String getCategory();

	/**
	 * Sets the value of the '{@link org.atrium.risks.model.risks.Risk#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(String value);

	/**
	 * Returns the value of the '<em><b>Cause</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cause</em>' attribute.
	 * @see #setCause(String)
	 * @see org.atrium.risks.model.risks.RisksPackage#getRisk_Cause()
	 * @model annotation="http://atrium.org/store length='4000'"
	 * @generated
	 */
	String getCause();

	/**
	 * Sets the value of the '{@link org.atrium.risks.model.risks.Risk#getCause <em>Cause</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cause</em>' attribute.
	 * @see #getCause()
	 * @generated
	 */
	void setCause(String value);

	/**
	 * Returns the value of the '<em><b>Effect</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Effect</em>' attribute.
	 * @see #setEffect(String)
	 * @see org.atrium.risks.model.risks.RisksPackage#getRisk_Effect()
	 * @model annotation="http://atrium.org/store length='4000'"
	 * @generated
	 */
	String getEffect();

	/**
	 * Sets the value of the '{@link org.atrium.risks.model.risks.Risk#getEffect <em>Effect</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Effect</em>' attribute.
	 * @see #getEffect()
	 * @generated
	 */
	void setEffect(String value);

	/**
	 * Returns the value of the '<em><b>Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How likely the risk is, from 1 (rare) to 5 (almost certain).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Probability</em>' attribute.
	 * @see #setProbability(int)
	 * @see org.atrium.risks.model.risks.RisksPackage#getRisk_Probability()
	 * @model
	 * @generated
	 */
	int getProbability();

	/**
	 * Sets the value of the '{@link org.atrium.risks.model.risks.Risk#getProbability <em>Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Probability</em>' attribute.
	 * @see #getProbability()
	 * @generated
	 */
	void setProbability(int value);

	/**
	 * Returns the value of the '<em><b>Impact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How badly the project would be hit, from 1 (negligible) to 5 (severe).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Impact</em>' attribute.
	 * @see #setImpact(int)
	 * @see org.atrium.risks.model.risks.RisksPackage#getRisk_Impact()
	 * @model
	 * @generated
	 */
	int getImpact();

	/**
	 * Sets the value of the '{@link org.atrium.risks.model.risks.Risk#getImpact <em>Impact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Impact</em>' attribute.
	 * @see #getImpact()
	 * @generated
	 */
	void setImpact(int value);

	/**
	 * Returns the value of the '<em><b>Residual Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The probability once the response is in place, 1 to 5; null when not assessed, then the probability applies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Residual Probability</em>' attribute.
	 * @see #setResidualProbability(Integer)
	 * @see org.atrium.risks.model.risks.RisksPackage#getRisk_ResidualProbability()
	 * @model
	 * @generated
	 */
	Integer getResidualProbability();

	/**
	 * Sets the value of the '{@link org.atrium.risks.model.risks.Risk#getResidualProbability <em>Residual Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Residual Probability</em>' attribute.
	 * @see #getResidualProbability()
	 * @generated
	 */
	void setResidualProbability(Integer value);

	/**
	 * Returns the value of the '<em><b>Residual Impact</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The impact once the response is in place, 1 to 5; null when not assessed, then the impact applies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Residual Impact</em>' attribute.
	 * @see #setResidualImpact(Integer)
	 * @see org.atrium.risks.model.risks.RisksPackage#getRisk_ResidualImpact()
	 * @model
	 * @generated
	 */
	Integer getResidualImpact();

	/**
	 * Sets the value of the '{@link org.atrium.risks.model.risks.Risk#getResidualImpact <em>Residual Impact</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Residual Impact</em>' attribute.
	 * @see #getResidualImpact()
	 * @generated
	 */
	void setResidualImpact(Integer value);

	/**
	 * Returns the value of the '<em><b>Proximity Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the risk could occur at the earliest.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Proximity Date</em>' attribute.
	 * @see #setProximityDate(LocalDate)
	 * @see org.atrium.risks.model.risks.RisksPackage#getRisk_ProximityDate()
	 * @model dataType="org.atrium.core.model.pmo.LocalDate"
	 * @generated
	 */
	LocalDate getProximityDate();

	/**
	 * Sets the value of the '{@link org.atrium.risks.model.risks.Risk#getProximityDate <em>Proximity Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Proximity Date</em>' attribute.
	 * @see #getProximityDate()
	 * @generated
	 */
	void setProximityDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.atrium.risks.model.risks.RiskStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.atrium.risks.model.risks.RiskStatus
	 * @see #setStatus(RiskStatus)
	 * @see org.atrium.risks.model.risks.RisksPackage#getRisk_Status()
	 * @model
	 * @generated
	 */
	RiskStatus getStatus();

	/**
	 * Sets the value of the '{@link org.atrium.risks.model.risks.Risk#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.atrium.risks.model.risks.RiskStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(RiskStatus value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Person)
	 * @see org.atrium.risks.model.risks.RisksPackage#getRisk_Owner()
	 * @model
	 * @generated
	 */
	Person getOwner();

	/**
	 * Sets the value of the '{@link org.atrium.risks.model.risks.Risk#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Person value);

	/**
	 * Returns the value of the '<em><b>Strategy</b></em>' attribute.
	 * The default value is <code>"Mitigate"</code>.
	 * The literals are from the enumeration {@link org.atrium.risks.model.risks.ResponseStrategy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Strategy</em>' attribute.
	 * @see org.atrium.risks.model.risks.ResponseStrategy
	 * @see #setStrategy(ResponseStrategy)
	 * @see org.atrium.risks.model.risks.RisksPackage#getRisk_Strategy()
	 * @model default="Mitigate"
	 *        annotation="http://atrium.org/label label='Response strategy'"
	 * @generated
	 */
	ResponseStrategy getStrategy();

	/**
	 * Sets the value of the '{@link org.atrium.risks.model.risks.Risk#getStrategy <em>Strategy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Strategy</em>' attribute.
	 * @see org.atrium.risks.model.risks.ResponseStrategy
	 * @see #getStrategy()
	 * @generated
	 */
	void setStrategy(ResponseStrategy value);

	/**
	 * Returns the value of the '<em><b>Triggers</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The warning signs that the risk is about to occur.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Triggers</em>' attribute.
	 * @see #setTriggers(String)
	 * @see org.atrium.risks.model.risks.RisksPackage#getRisk_Triggers()
	 * @model annotation="http://atrium.org/store length='4000'"
	 * @generated
	 */
	String getTriggers();

	/**
	 * Sets the value of the '{@link org.atrium.risks.model.risks.Risk#getTriggers <em>Triggers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Triggers</em>' attribute.
	 * @see #getTriggers()
	 * @generated
	 */
	void setTriggers(String value);

	/**
	 * Returns the value of the '<em><b>Project</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Project</em>' reference.
	 * @see #setProject(Project)
	 * @see org.atrium.risks.model.risks.RisksPackage#getRisk_Project()
	 * @model annotation="http://atrium.org/store index='true'"
	 * @generated
	 */
	Project getProject();

	/**
	 * Sets the value of the '{@link org.atrium.risks.model.risks.Risk#getProject <em>Project</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Project</em>' reference.
	 * @see #getProject()
	 * @generated
	 */
	void setProject(Project value);

	/**
	 * Returns the value of the '<em><b>Actions</b></em>' containment reference list.
	 * The list contents are of type {@link org.atrium.risks.model.risks.MitigationAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actions</em>' containment reference list.
	 * @see org.atrium.risks.model.risks.RisksPackage#getRisk_Actions()
	 * @model containment="true"
	 * @generated
	 */
	EList<MitigationAction> getActions();

} // Risk
