/**
 */
package org.atrium.meetings.model.meetings;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Meeting Type</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.atrium.meetings.model.meetings.MeetingsPackage#getMeetingType()
 * @model
 * @generated
 */
public enum MeetingType implements Enumerator {
	/**
	 * The '<em><b>One On One</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ONE_ON_ONE_VALUE
	 * @generated
	 * @ordered
	 */
	ONE_ON_ONE(0, "oneOnOne", "One-on-one"),

	/**
	 * The '<em><b>Project Check In</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROJECT_CHECK_IN_VALUE
	 * @generated
	 * @ordered
	 */
	PROJECT_CHECK_IN(1, "projectCheckIn", "Project check-in"),

	/**
	 * The '<em><b>Cross Functional Review</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CROSS_FUNCTIONAL_REVIEW_VALUE
	 * @generated
	 * @ordered
	 */
	CROSS_FUNCTIONAL_REVIEW(2, "crossFunctionalReview", "Cross-functional review"),

	/**
	 * The '<em><b>Technical Sync</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TECHNICAL_SYNC_VALUE
	 * @generated
	 * @ordered
	 */
	TECHNICAL_SYNC(3, "technicalSync", "Scrum or technical sync"),

	/**
	 * The '<em><b>Steering Committee</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STEERING_COMMITTEE_VALUE
	 * @generated
	 * @ordered
	 */
	STEERING_COMMITTEE(4, "steeringCommittee", "Steering committee"),

	/**
	 * The '<em><b>Kickoff</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KICKOFF_VALUE
	 * @generated
	 * @ordered
	 */
	KICKOFF(5, "kickoff", "Kickoff"),

	/**
	 * The '<em><b>Uat Review</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UAT_REVIEW_VALUE
	 * @generated
	 * @ordered
	 */
	UAT_REVIEW(6, "uatReview", "UAT and testing review"),

	/**
	 * The '<em><b>Go No Go</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GO_NO_GO_VALUE
	 * @generated
	 * @ordered
	 */
	GO_NO_GO(7, "goNoGo", "Go/no-go"),

	/**
	 * The '<em><b>Vendor Check In</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VENDOR_CHECK_IN_VALUE
	 * @generated
	 * @ordered
	 */
	VENDOR_CHECK_IN(8, "vendorCheckIn", "Vendor check-in"),

	/**
	 * The '<em><b>Training</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAINING_VALUE
	 * @generated
	 * @ordered
	 */
	TRAINING(9, "training", "Training session"),

	/**
	 * The '<em><b>Corporate Update</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CORPORATE_UPDATE_VALUE
	 * @generated
	 * @ordered
	 */
	CORPORATE_UPDATE(10, "corporateUpdate", "Corporate update");

	/**
	 * The '<em><b>One On One</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ONE_ON_ONE
	 * @model name="oneOnOne" literal="One-on-one"
	 * @generated
	 * @ordered
	 */
	public static final int ONE_ON_ONE_VALUE = 0;

	/**
	 * The '<em><b>Project Check In</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROJECT_CHECK_IN
	 * @model name="projectCheckIn" literal="Project check-in"
	 * @generated
	 * @ordered
	 */
	public static final int PROJECT_CHECK_IN_VALUE = 1;

	/**
	 * The '<em><b>Cross Functional Review</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CROSS_FUNCTIONAL_REVIEW
	 * @model name="crossFunctionalReview" literal="Cross-functional review"
	 * @generated
	 * @ordered
	 */
	public static final int CROSS_FUNCTIONAL_REVIEW_VALUE = 2;

	/**
	 * The '<em><b>Technical Sync</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TECHNICAL_SYNC
	 * @model name="technicalSync" literal="Scrum or technical sync"
	 * @generated
	 * @ordered
	 */
	public static final int TECHNICAL_SYNC_VALUE = 3;

	/**
	 * The '<em><b>Steering Committee</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STEERING_COMMITTEE
	 * @model name="steeringCommittee" literal="Steering committee"
	 * @generated
	 * @ordered
	 */
	public static final int STEERING_COMMITTEE_VALUE = 4;

	/**
	 * The '<em><b>Kickoff</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #KICKOFF
	 * @model name="kickoff" literal="Kickoff"
	 * @generated
	 * @ordered
	 */
	public static final int KICKOFF_VALUE = 5;

	/**
	 * The '<em><b>Uat Review</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #UAT_REVIEW
	 * @model name="uatReview" literal="UAT and testing review"
	 * @generated
	 * @ordered
	 */
	public static final int UAT_REVIEW_VALUE = 6;

	/**
	 * The '<em><b>Go No Go</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GO_NO_GO
	 * @model name="goNoGo" literal="Go/no-go"
	 * @generated
	 * @ordered
	 */
	public static final int GO_NO_GO_VALUE = 7;

	/**
	 * The '<em><b>Vendor Check In</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VENDOR_CHECK_IN
	 * @model name="vendorCheckIn" literal="Vendor check-in"
	 * @generated
	 * @ordered
	 */
	public static final int VENDOR_CHECK_IN_VALUE = 8;

	/**
	 * The '<em><b>Training</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAINING
	 * @model name="training" literal="Training session"
	 * @generated
	 * @ordered
	 */
	public static final int TRAINING_VALUE = 9;

	/**
	 * The '<em><b>Corporate Update</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CORPORATE_UPDATE
	 * @model name="corporateUpdate" literal="Corporate update"
	 * @generated
	 * @ordered
	 */
	public static final int CORPORATE_UPDATE_VALUE = 10;

	/**
	 * An array of all the '<em><b>Meeting Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MeetingType[] VALUES_ARRAY =
		new MeetingType[] {
			ONE_ON_ONE,
			PROJECT_CHECK_IN,
			CROSS_FUNCTIONAL_REVIEW,
			TECHNICAL_SYNC,
			STEERING_COMMITTEE,
			KICKOFF,
			UAT_REVIEW,
			GO_NO_GO,
			VENDOR_CHECK_IN,
			TRAINING,
			CORPORATE_UPDATE,
		};

	/**
	 * A public read-only list of all the '<em><b>Meeting Type</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MeetingType> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Meeting Type</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MeetingType get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MeetingType result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Meeting Type</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MeetingType getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MeetingType result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Meeting Type</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MeetingType get(int value) {
		switch (value) {
			case ONE_ON_ONE_VALUE: return ONE_ON_ONE;
			case PROJECT_CHECK_IN_VALUE: return PROJECT_CHECK_IN;
			case CROSS_FUNCTIONAL_REVIEW_VALUE: return CROSS_FUNCTIONAL_REVIEW;
			case TECHNICAL_SYNC_VALUE: return TECHNICAL_SYNC;
			case STEERING_COMMITTEE_VALUE: return STEERING_COMMITTEE;
			case KICKOFF_VALUE: return KICKOFF;
			case UAT_REVIEW_VALUE: return UAT_REVIEW;
			case GO_NO_GO_VALUE: return GO_NO_GO;
			case VENDOR_CHECK_IN_VALUE: return VENDOR_CHECK_IN;
			case TRAINING_VALUE: return TRAINING;
			case CORPORATE_UPDATE_VALUE: return CORPORATE_UPDATE;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private MeetingType(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //MeetingType
