/**
 */
package org.atrium.interop.model.interop;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Sheet Target</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.atrium.interop.model.interop.InteropPackage#getSheetTarget()
 * @model
 * @generated
 */
public enum SheetTarget implements Enumerator {
	/**
	 * The '<em><b>Project List</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROJECT_LIST_VALUE
	 * @generated
	 * @ordered
	 */
	PROJECT_LIST(0, "projectList", "Project list"),

	/**
	 * The '<em><b>Milestone Plan</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MILESTONE_PLAN_VALUE
	 * @generated
	 * @ordered
	 */
	MILESTONE_PLAN(1, "milestonePlan", "Milestone plan");

	/**
	 * The '<em><b>Project List</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROJECT_LIST
	 * @model name="projectList" literal="Project list"
	 * @generated
	 * @ordered
	 */
	public static final int PROJECT_LIST_VALUE = 0;

	/**
	 * The '<em><b>Milestone Plan</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MILESTONE_PLAN
	 * @model name="milestonePlan" literal="Milestone plan"
	 * @generated
	 * @ordered
	 */
	public static final int MILESTONE_PLAN_VALUE = 1;

	/**
	 * An array of all the '<em><b>Sheet Target</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final SheetTarget[] VALUES_ARRAY =
		new SheetTarget[] {
			PROJECT_LIST,
			MILESTONE_PLAN,
		};

	/**
	 * A public read-only list of all the '<em><b>Sheet Target</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<SheetTarget> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Sheet Target</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SheetTarget get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SheetTarget result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Sheet Target</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SheetTarget getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			SheetTarget result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Sheet Target</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static SheetTarget get(int value) {
		switch (value) {
			case PROJECT_LIST_VALUE: return PROJECT_LIST;
			case MILESTONE_PLAN_VALUE: return MILESTONE_PLAN;
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
	private SheetTarget(int value, String name, String literal) {
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
	
} //SheetTarget
