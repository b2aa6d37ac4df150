/**
 */
package org.atrium.core.model.pmo;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Role Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.atrium.core.model.pmo.PmoPackage#getRoleKind()
 * @model
 * @generated
 */
public enum RoleKind implements Enumerator {
	/**
	 * The '<em><b>Sponsor</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPONSOR_VALUE
	 * @generated
	 * @ordered
	 */
	SPONSOR(0, "sponsor", "Sponsor"),

	/**
	 * The '<em><b>Functional Owner</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FUNCTIONAL_OWNER_VALUE
	 * @generated
	 * @ordered
	 */
	FUNCTIONAL_OWNER(1, "functionalOwner", "Functional owner"),

	/**
	 * The '<em><b>Technology Owner</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TECHNOLOGY_OWNER_VALUE
	 * @generated
	 * @ordered
	 */
	TECHNOLOGY_OWNER(2, "technologyOwner", "Technology owner"),

	/**
	 * The '<em><b>Steering Committee Member</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STEERING_COMMITTEE_MEMBER_VALUE
	 * @generated
	 * @ordered
	 */
	STEERING_COMMITTEE_MEMBER(3, "steeringCommitteeMember", "Steering committee member"),

	/**
	 * The '<em><b>Project Manager</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROJECT_MANAGER_VALUE
	 * @generated
	 * @ordered
	 */
	PROJECT_MANAGER(4, "projectManager", "Project manager"),

	/**
	 * The '<em><b>Workstream Lead</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORKSTREAM_LEAD_VALUE
	 * @generated
	 * @ordered
	 */
	WORKSTREAM_LEAD(5, "workstreamLead", "Workstream lead"),

	/**
	 * The '<em><b>Stakeholder</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STAKEHOLDER_VALUE
	 * @generated
	 * @ordered
	 */
	STAKEHOLDER(6, "stakeholder", "Stakeholder"),

	/**
	 * The '<em><b>Approver</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APPROVER_VALUE
	 * @generated
	 * @ordered
	 */
	APPROVER(7, "approver", "Approver"),

	/**
	 * The '<em><b>Pmo Lead</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PMO_LEAD_VALUE
	 * @generated
	 * @ordered
	 */
	PMO_LEAD(8, "pmoLead", "PMO lead"),

	/**
	 * The '<em><b>Pmo Analyst</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PMO_ANALYST_VALUE
	 * @generated
	 * @ordered
	 */
	PMO_ANALYST(9, "pmoAnalyst", "PMO analyst");

	/**
	 * The '<em><b>Sponsor</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPONSOR
	 * @model name="sponsor" literal="Sponsor"
	 * @generated
	 * @ordered
	 */
	public static final int SPONSOR_VALUE = 0;

	/**
	 * The '<em><b>Functional Owner</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FUNCTIONAL_OWNER
	 * @model name="functionalOwner" literal="Functional owner"
	 * @generated
	 * @ordered
	 */
	public static final int FUNCTIONAL_OWNER_VALUE = 1;

	/**
	 * The '<em><b>Technology Owner</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TECHNOLOGY_OWNER
	 * @model name="technologyOwner" literal="Technology owner"
	 * @generated
	 * @ordered
	 */
	public static final int TECHNOLOGY_OWNER_VALUE = 2;

	/**
	 * The '<em><b>Steering Committee Member</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STEERING_COMMITTEE_MEMBER
	 * @model name="steeringCommitteeMember" literal="Steering committee member"
	 * @generated
	 * @ordered
	 */
	public static final int STEERING_COMMITTEE_MEMBER_VALUE = 3;

	/**
	 * The '<em><b>Project Manager</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROJECT_MANAGER
	 * @model name="projectManager" literal="Project manager"
	 * @generated
	 * @ordered
	 */
	public static final int PROJECT_MANAGER_VALUE = 4;

	/**
	 * The '<em><b>Workstream Lead</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORKSTREAM_LEAD
	 * @model name="workstreamLead" literal="Workstream lead"
	 * @generated
	 * @ordered
	 */
	public static final int WORKSTREAM_LEAD_VALUE = 5;

	/**
	 * The '<em><b>Stakeholder</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STAKEHOLDER
	 * @model name="stakeholder" literal="Stakeholder"
	 * @generated
	 * @ordered
	 */
	public static final int STAKEHOLDER_VALUE = 6;

	/**
	 * The '<em><b>Approver</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APPROVER
	 * @model name="approver" literal="Approver"
	 * @generated
	 * @ordered
	 */
	public static final int APPROVER_VALUE = 7;

	/**
	 * The '<em><b>Pmo Lead</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PMO_LEAD
	 * @model name="pmoLead" literal="PMO lead"
	 * @generated
	 * @ordered
	 */
	public static final int PMO_LEAD_VALUE = 8;

	/**
	 * The '<em><b>Pmo Analyst</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PMO_ANALYST
	 * @model name="pmoAnalyst" literal="PMO analyst"
	 * @generated
	 * @ordered
	 */
	public static final int PMO_ANALYST_VALUE = 9;

	/**
	 * An array of all the '<em><b>Role Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RoleKind[] VALUES_ARRAY =
		new RoleKind[] {
			SPONSOR,
			FUNCTIONAL_OWNER,
			TECHNOLOGY_OWNER,
			STEERING_COMMITTEE_MEMBER,
			PROJECT_MANAGER,
			WORKSTREAM_LEAD,
			STAKEHOLDER,
			APPROVER,
			PMO_LEAD,
			PMO_ANALYST,
		};

	/**
	 * A public read-only list of all the '<em><b>Role Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RoleKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Role Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RoleKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RoleKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Role Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RoleKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RoleKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Role Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RoleKind get(int value) {
		switch (value) {
			case SPONSOR_VALUE: return SPONSOR;
			case FUNCTIONAL_OWNER_VALUE: return FUNCTIONAL_OWNER;
			case TECHNOLOGY_OWNER_VALUE: return TECHNOLOGY_OWNER;
			case STEERING_COMMITTEE_MEMBER_VALUE: return STEERING_COMMITTEE_MEMBER;
			case PROJECT_MANAGER_VALUE: return PROJECT_MANAGER;
			case WORKSTREAM_LEAD_VALUE: return WORKSTREAM_LEAD;
			case STAKEHOLDER_VALUE: return STAKEHOLDER;
			case APPROVER_VALUE: return APPROVER;
			case PMO_LEAD_VALUE: return PMO_LEAD;
			case PMO_ANALYST_VALUE: return PMO_ANALYST;
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
	private RoleKind(int value, String name, String literal) {
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
	
} //RoleKind
