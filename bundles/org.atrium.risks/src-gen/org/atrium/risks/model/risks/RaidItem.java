/**
 */
package org.atrium.risks.model.risks;

import java.time.LocalDate;

import org.atrium.core.model.pmo.Entity;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.Project;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Raid Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An entry of a project's RAID log besides its risks: an assumption, an issue or a dependency.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.risks.model.risks.RaidItem#getTitle <em>Title</em>}</li>
 *   <li>{@link org.atrium.risks.model.risks.RaidItem#getDescription <em>Description</em>}</li>
 *   <li>{@link org.atrium.risks.model.risks.RaidItem#getProject <em>Project</em>}</li>
 *   <li>{@link org.atrium.risks.model.risks.RaidItem#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.atrium.risks.model.risks.RaidItem#getRaised <em>Raised</em>}</li>
 *   <li>{@link org.atrium.risks.model.risks.RaidItem#getDueDate <em>Due Date</em>}</li>
 * </ul>
 *
 * @see org.atrium.risks.model.risks.RisksPackage#getRaidItem()
 * @model abstract="true"
 *        annotation="http://atrium.org/label label='RAID item'"
 * @generated
 */
public interface RaidItem extends Entity {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.atrium.risks.model.risks.RisksPackage#getRaidItem_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.atrium.risks.model.risks.RaidItem#getTitle <em>Title</em>}' attribute.
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
	 * @see org.atrium.risks.model.risks.RisksPackage#getRaidItem_Description()
	 * @model annotation="http://atrium.org/store length='32000'"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.atrium.risks.model.risks.RaidItem#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Project</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Project</em>' reference.
	 * @see #setProject(Project)
	 * @see org.atrium.risks.model.risks.RisksPackage#getRaidItem_Project()
	 * @model annotation="http://atrium.org/store index='true'"
	 * @generated
	 */
	Project getProject();

	/**
	 * Sets the value of the '{@link org.atrium.risks.model.risks.RaidItem#getProject <em>Project</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Project</em>' reference.
	 * @see #getProject()
	 * @generated
	 */
	void setProject(Project value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Person)
	 * @see org.atrium.risks.model.risks.RisksPackage#getRaidItem_Owner()
	 * @model
	 * @generated
	 */
	Person getOwner();

	/**
	 * Sets the value of the '{@link org.atrium.risks.model.risks.RaidItem#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Person value);

	/**
	 * Returns the value of the '<em><b>Raised</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Raised</em>' attribute.
	 * @see #setRaised(LocalDate)
	 * @see org.atrium.risks.model.risks.RisksPackage#getRaidItem_Raised()
	 * @model dataType="org.atrium.core.model.pmo.LocalDate"
	 * @generated
	 */
	LocalDate getRaised();

	/**
	 * Sets the value of the '{@link org.atrium.risks.model.risks.RaidItem#getRaised <em>Raised</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Raised</em>' attribute.
	 * @see #getRaised()
	 * @generated
	 */
	void setRaised(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Due Date</em>' attribute.
	 * @see #setDueDate(LocalDate)
	 * @see org.atrium.risks.model.risks.RisksPackage#getRaidItem_DueDate()
	 * @model dataType="org.atrium.core.model.pmo.LocalDate"
	 * @generated
	 */
	LocalDate getDueDate();

	/**
	 * Sets the value of the '{@link org.atrium.risks.model.risks.RaidItem#getDueDate <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due Date</em>' attribute.
	 * @see #getDueDate()
	 * @generated
	 */
	void setDueDate(LocalDate value);

} // RaidItem
