package org.atrium.core.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.atrium.core.store.ModelContribution;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One column of an exported or imported table: its header, the kind of value it holds, whether a row needs a
 * value, its maximum length, and the feature of the object it reads and writes. A reference column holds the
 * business key of the referenced object, such as a project's code or a person's login.
 */
public final class Column {

	/** The kind of value a column holds. */
	public enum Type {
		TEXT, WHOLE_NUMBER, DECIMAL, DATE, ENUMERATION, REFERENCE
	}

	/** The store's length of a text column without a length annotation. */
	private static final int STORE_DEFAULT_LENGTH = 1000;

	private final String header;
	private final Type type;
	private final EStructuralFeature feature;
	private final EAttribute key;
	private final boolean required;
	private final int maxLength;

	private Column(String header, Type type, EStructuralFeature feature, EAttribute key, boolean required,
			int maxLength) {
		if (header == null || header.isBlank()) {
			throw new IllegalArgumentException("a column needs a header");
		}
		this.header = header.strip();
		this.type = type;
		this.feature = feature;
		this.key = key;
		this.required = required;
		this.maxLength = maxLength;
	}

	/** A text column; its maximum length is the store's length of the attribute. */
	public static Column text(String header, EAttribute attribute) {
		expect(attribute, String.class);
		return new Column(header, Type.TEXT, attribute, null, false, storeLength(attribute));
	}

	/** A whole number column for an int, Integer, long or Long attribute. */
	public static Column wholeNumber(String header, EAttribute attribute) {
		expect(attribute, int.class, Integer.class, long.class, Long.class);
		return new Column(header, Type.WHOLE_NUMBER, attribute, null, false, 0);
	}

	/** A decimal column for a BigDecimal or double attribute, written with a point and no grouping. */
	public static Column decimal(String header, EAttribute attribute) {
		expect(attribute, BigDecimal.class, double.class, Double.class);
		return new Column(header, Type.DECIMAL, attribute, null, false, 0);
	}

	/** A date column: YYYY-MM-DD in CSV, a date cell in XLSX. */
	public static Column date(String header, EAttribute attribute) {
		expect(attribute, LocalDate.class);
		return new Column(header, Type.DATE, attribute, null, false, 0);
	}

	/** An enumeration column, holding the literal of the value, e.g. "Mitigating". */
	public static Column enumeration(String header, EAttribute attribute) {
		if (!(attribute.getEAttributeType() instanceof EEnum)) {
			throw new IllegalArgumentException(attribute.getName() + " is not an enumeration");
		}
		return new Column(header, Type.ENUMERATION, attribute, null, false, 0);
	}

	/** A reference column holding the key of the referenced object, e.g. a project by its code. */
	public static Column reference(String header, EReference reference, EAttribute key) {
		if (reference.isMany() || reference.isContainment()) {
			throw new IllegalArgumentException(reference.getName() + " is not a single, plain reference");
		}
		if (!key.getEContainingClass().isSuperTypeOf(reference.getEReferenceType())) {
			throw new IllegalArgumentException(
					key.getName() + " is not a feature of " + reference.getEReferenceType().getName());
		}
		expect(key, String.class);
		return new Column(header, Type.REFERENCE, reference, key, false, storeLength(key));
	}

	/** This column, and every imported row needs a value in it. */
	public Column required() {
		return new Column(header, type, feature, key, true, maxLength);
	}

	/** This text or reference column, with a shorter maximum length. */
	public Column maxLength(int length) {
		if (type != Type.TEXT && type != Type.REFERENCE || length < 1) {
			throw new IllegalArgumentException("only text and reference columns have a length of 1 or more");
		}
		return new Column(header, type, feature, key, required, length);
	}

	public String header() {
		return header;
	}

	public Type type() {
		return type;
	}

	/** The feature of the object this column reads and writes. */
	public EStructuralFeature feature() {
		return feature;
	}

	/** For a reference column, the attribute of the referenced object that the column holds; else null. */
	public EAttribute key() {
		return key;
	}

	public boolean isRequired() {
		return required;
	}

	/** The longest text a text or reference column takes; 0 for other columns. */
	public int maxLength() {
		return maxLength;
	}

	/** For an enumeration column, the literals it takes, in their order; else an empty list. */
	public List<String> literals() {
		return type == Type.ENUMERATION
				? ((EEnum) feature.getEType()).getELiterals().stream().map(EEnumLiteral::getLiteral).toList()
				: List.of();
	}

	/** Whether this column has the header, ignoring case and surrounding blanks. */
	public boolean hasHeader(String text) {
		return header.toLowerCase(Locale.ROOT).equals(text.strip().toLowerCase(Locale.ROOT));
	}

	/**
	 * The object's value in this column: a String, a Number or a LocalDate, or null when it has none. Enumerations
	 * give their literal, references the key of the referenced object.
	 */
	public Object valueOf(EObject object) {
		Object value = object.eGet(feature);
		return switch (value) {
			case null -> null;
			case Enumerator literal -> literal.getLiteral();
			case EObject target -> target.eGet(key);
			case Double number -> BigDecimal.valueOf(number);
			default -> value;
		};
	}

	@Override
	public String toString() {
		return header;
	}

	private static void expect(EAttribute attribute, Class<?>... types) {
		Class<?> actual = attribute.getEAttributeType().getInstanceClass();
		if (!List.of(types).contains(actual)) {
			throw new IllegalArgumentException(attribute.getName() + " holds " + actual + ", not one of " + List.of(types));
		}
	}

	private static int storeLength(EAttribute attribute) {
		EAnnotation annotation = attribute.getEAnnotation(ModelContribution.STORE_ANNOTATION);
		String length = annotation == null ? null : annotation.getDetails().get("length");
		return length == null ? STORE_DEFAULT_LENGTH : Integer.parseInt(length);
	}
}
