package org.atrium.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

import org.atrium.core.model.pmo.Person;

/** How the commands write values in columns and lines. */
final class Text {

	private Text() {
	}

	static String names(List<Person> people) {
		return people.isEmpty() ? "-" : String.join(", ", people.stream().map(Person::getName).toList());
	}

	static String money(BigDecimal value) {
		return value == null ? "-" : String.format(Locale.ROOT, "%,.0f", value.setScale(0, RoundingMode.HALF_UP));
	}

	static String ratio(BigDecimal value) {
		return value == null ? "-" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	/** The text cut to the width, with an ellipsis where it was cut. */
	static String clip(String text, int width) {
		if (text == null) {
			return "";
		}
		return text.length() <= width ? text : text.substring(0, width - 1) + "\u2026";
	}
}
