package org.atrium.ui.editor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Turns what a user typed into attribute values and back, with a message naming the field and the rule. */
final class Values {

	/** Text that cannot become a value of the field. */
	static final class ParseException extends Exception {
		private static final long serialVersionUID = 1L;

		ParseException(String message) {
			super(message);
		}
	}

	private Values() {
	}

	static String format(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Double number && number.isNaN()) {
			return ""; // a value not entered yet
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		return value.toString();
	}

	static Object parse(EStructuralFeature feature, String label, String text) throws ParseException {
		String trimmed = text.trim();
		Class<?> type = ((EDataType) feature.getEType()).getInstanceClass();
		if (trimmed.isEmpty()) {
			if (type.isPrimitive()) {
				throw new ParseException(label + ": enter a number.");
			}
			return null;
		}
		try {
			if (type == LocalDate.class) {
				return LocalDate.parse(trimmed);
			}
			if (type == BigDecimal.class) {
				return new BigDecimal(trimmed.replace(",", ""));
			}
			if (type == int.class || type == Integer.class) {
				return Integer.valueOf(trimmed);
			}
			if (type == double.class || type == Double.class) {
				return Double.valueOf(trimmed);
			}
		} catch (DateTimeParseException e) {
			throw new ParseException(label + ": '" + trimmed + "' is not a date; use YYYY-MM-DD, e.g. 2026-12-18.");
		} catch (NumberFormatException e) {
			throw new ParseException(label + ": '" + trimmed + "' is not a number.");
		}
		return trimmed;
	}
}
