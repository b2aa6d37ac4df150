package org.atrium.core.exchange;

import java.util.Locale;
import java.util.Optional;

/** The file formats of tabular exchange. */
public enum TableFormat {
	CSV, XLSX;

	/** The format a file name's extension names, e.g. XLSX for "register.xlsx". */
	public static Optional<TableFormat> ofFileName(String fileName) {
		String name = fileName.toLowerCase(Locale.ROOT);
		return name.endsWith(".csv") ? Optional.of(CSV) : name.endsWith(".xlsx") ? Optional.of(XLSX) : Optional.empty();
	}

	/** The format named by an option such as {@code --format csv}, ignoring case. */
	public static Optional<TableFormat> named(String name) {
		for (TableFormat format : values()) {
			if (format.name().equalsIgnoreCase(name.strip())) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}
}
