/**
 */
package org.atrium.meetings.model.meetings;

import org.atrium.core.model.pmo.Entity;
import org.atrium.core.model.pmo.Person;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Agenda Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A point on a meeting's agenda: who presents it, the minutes allotted, what it is about, and its minutes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.meetings.model.meetings.AgendaItem#getTitle <em>Title</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.AgendaItem#getPresenter <em>Presenter</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.AgendaItem#getMinutesAllotted <em>Minutes Allotted</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.AgendaItem#getSubjectId <em>Subject Id</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.AgendaItem#getSubjectClass <em>Subject Class</em>}</li>
 *   <li>{@link org.atrium.meetings.model.meetings.AgendaItem#getMinutes <em>Minutes</em>}</li>
 * </ul>
 *
 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getAgendaItem()
 * @model
 * @generated
 */
public interface AgendaItem extends Entity {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getAgendaItem_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.atrium.meetings.model.meetings.AgendaItem#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Presenter</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Presenter</em>' reference.
	 * @see #setPresenter(Person)
	 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getAgendaItem_Presenter()
	 * @model
	 * @generated
	 */
	Person getPresenter();

	/**
	 * Sets the value of the '{@link org.atrium.meetings.model.meetings.AgendaItem#getPresenter <em>Presenter</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Presenter</em>' reference.
	 * @see #getPresenter()
	 * @generated
	 */
	void setPresenter(Person value);

	/**
	 * Returns the value of the '<em><b>Minutes Allotted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Minutes Allotted</em>' attribute.
	 * @see #setMinutesAllotted(int)
	 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getAgendaItem_MinutesAllotted()
	 * @model annotation="http://atrium.org/label label='Minutes allotted'"
	 * @generated
	 */
	int getMinutesAllotted();

	/**
	 * Sets the value of the '{@link org.atrium.meetings.model.meetings.AgendaItem#getMinutesAllotted <em>Minutes Allotted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minutes Allotted</em>' attribute.
	 * @see #getMinutesAllotted()
	 * @generated
	 */
	void setMinutesAllotted(int value);

	/**
	 * Returns the value of the '<em><b>Subject Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the stored object the item is about (a project, milestone, KPI or any plugin's object); empty when none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subject Id</em>' attribute.
	 * @see #setSubjectId(String)
	 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getAgendaItem_SubjectId()
	 * @model annotation="http://atrium.org/label label='About'"
	 *        annotation="http://atrium.org/store length='64'"
	 * @generated
	 */
	String getSubjectId();

	/**
	 * Sets the value of the '{@link org.atrium.meetings.model.meetings.AgendaItem#getSubjectId <em>Subject Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject Id</em>' attribute.
	 * @see #getSubjectId()
	 * @generated
	 */
	void setSubjectId(String value);

	/**
	 * Returns the value of the '<em><b>Subject Class</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The URI of the class of the object the item is about, so that it can be opened.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subject Class</em>' attribute.
	 * @see #setSubjectClass(String)
	 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getAgendaItem_SubjectClass()
	 * @model annotation="http://atrium.org/label label='About (kind)'"
	 *        annotation="http://atrium.org/store length='255'"
	 * @generated
	 */
	String getSubjectClass();

	/**
	 * Sets the value of the '{@link org.atrium.meetings.model.meetings.AgendaItem#getSubjectClass <em>Subject Class</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject Class</em>' attribute.
	 * @see #getSubjectClass()
	 * @generated
	 */
	void setSubjectClass(String value);

	/**
	 * Returns the value of the '<em><b>Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Minutes</em>' attribute.
	 * @see #setMinutes(String)
	 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getAgendaItem_Minutes()
	 * @model annotation="http://atrium.org/store length='32000'"
	 * @generated
	 */
	String getMinutes();

	/**
	 * Sets the value of the '{@link org.atrium.meetings.model.meetings.AgendaItem#getMinutes <em>Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minutes</em>' attribute.
	 * @see #getMinutes()
	 * @generated
	 */
	void setMinutes(String value);

} // AgendaItem
