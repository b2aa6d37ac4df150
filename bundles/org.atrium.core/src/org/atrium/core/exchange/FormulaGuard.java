package org.atrium.core.exchange;

/**
 * Keeps spreadsheet applications from running exported CSV text as a formula (CSV or formula injection): a text
 * that starts with =, +, -, @, a tab or a carriage return gets a single quote in front, which the import drops
 * again. XLSX needs no guard: its text cells are never evaluated.
 */
public final class FormulaGuard {

	private static final String TRIGGERS = "=+-@\t\r";

	private FormulaGuard() {
	}

	/** The text, with a single quote in front if a spreadsheet could take it for a formula. */
	public static String protect(String text) {
		return startsWithTrigger(text, 0) ? "'" + text : text;
	}

	/** The text without the quote that {@link #protect} put in front. */
	static String unprotect(String text) {
		return text.startsWith("'") && startsWithTrigger(text, 1) ? text.substring(1) : text;
	}

	private static boolean startsWithTrigger(String text, int index) {
		return text.length() > index && TRIGGERS.indexOf(text.charAt(index)) >= 0;
	}
}
