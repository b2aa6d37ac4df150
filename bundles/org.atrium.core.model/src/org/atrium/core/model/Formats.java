package org.atrium.core.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Values as users read them, in their locale: dates ("28 Nov 2026"), moments in local time to the second,
 * amounts with grouping, two decimals and the currency ("1,339,263.77 EUR"). Stored values stay as they are
 * (dates ISO, moments UTC); only what is shown changes.
 */
public final class Formats {

	private Formats() {
	}

	/** A date in the user's format, e.g. "28 Nov 2026"; empty for null. */
	public static String date(LocalDate date) {
		return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.getDefault()).format(date);
	}

	/** A moment in the user's time zone and format, to the second, e.g. "28 Nov 2026, 10:15:02"; empty for null. */
	public static String time(Instant time) {
		return time == null ? ""
				: DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(Locale.getDefault())
						.withZone(ZoneId.systemDefault()).format(time);
	}

	/** An amount with grouping and two decimals, then the currency if there is one, e.g. "1,339,263.77 EUR". */
	public static String amount(BigDecimal amount, String currency) {
		if (amount == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(Locale.getDefault());
		format.setGroupingUsed(true);
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		String text = format.format(amount.setScale(2, RoundingMode.HALF_UP));
		return currency == null || currency.isBlank() ? text : text + " " + currency;
	}

	/** A number of days with its sign and unit, e.g. "+12 days", "-1 day", "0 days". */
	public static String days(long days) {
		String sign = days > 0 ? "+" : "";
		return sign + days + (Math.abs(days) == 1 ? " day" : " days");
	}
}
