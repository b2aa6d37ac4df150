/**
 */
package org.atrium.changes.model.changes;

import java.time.Instant;

import org.atrium.core.model.pmo.Entity;
import org.atrium.core.model.pmo.Person;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Vote</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One approver's vote on a change request: approve, reject or abstain, with a comment, the person and the time.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.atrium.changes.model.changes.Vote#getPerson <em>Person</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.Vote#getChoice <em>Choice</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.Vote#getComment <em>Comment</em>}</li>
 *   <li>{@link org.atrium.changes.model.changes.Vote#getCast <em>Cast</em>}</li>
 * </ul>
 *
 * @see org.atrium.changes.model.changes.ChangesPackage#getVote()
 * @model annotation="http://atrium.org/governance permission='approve'"
 * @generated
 */
public interface Vote extends Entity {
	/**
	 * Returns the value of the '<em><b>Person</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Person</em>' reference.
	 * @see #setPerson(Person)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getVote_Person()
	 * @model
	 * @generated
	 */
	Person getPerson();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.Vote#getPerson <em>Person</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Person</em>' reference.
	 * @see #getPerson()
	 * @generated
	 */
	void setPerson(Person value);

	/**
	 * Returns the value of the '<em><b>Choice</b></em>' attribute.
	 * The literals are from the enumeration {@link org.atrium.changes.model.changes.VoteChoice}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Choice</em>' attribute.
	 * @see org.atrium.changes.model.changes.VoteChoice
	 * @see #setChoice(VoteChoice)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getVote_Choice()
	 * @model
	 * @generated
	 */
	VoteChoice getChoice();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.Vote#getChoice <em>Choice</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Choice</em>' attribute.
	 * @see org.atrium.changes.model.changes.VoteChoice
	 * @see #getChoice()
	 * @generated
	 */
	void setChoice(VoteChoice value);

	/**
	 * Returns the value of the '<em><b>Comment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comment</em>' attribute.
	 * @see #setComment(String)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getVote_Comment()
	 * @model annotation="http://atrium.org/store length='4000'"
	 * @generated
	 */
	String getComment();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.Vote#getComment <em>Comment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comment</em>' attribute.
	 * @see #getComment()
	 * @generated
	 */
	void setComment(String value);

	/**
	 * Returns the value of the '<em><b>Cast</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cast</em>' attribute.
	 * @see #setCast(Instant)
	 * @see org.atrium.changes.model.changes.ChangesPackage#getVote_Cast()
	 * @model dataType="org.atrium.core.model.pmo.Instant"
	 *        annotation="http://atrium.org/label label='Cast at'"
	 * @generated
	 */
	Instant getCast();

	/**
	 * Sets the value of the '{@link org.atrium.changes.model.changes.Vote#getCast <em>Cast</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cast</em>' attribute.
	 * @see #getCast()
	 * @generated
	 */
	void setCast(Instant value);

} // Vote
