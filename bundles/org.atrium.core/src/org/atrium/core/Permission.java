package org.atrium.core;

import java.util.Locale;

/**
 * What a person may do at a scope. A model names the permission a write needs with the annotation
 * {@value #ANNOTATION} and detail {@code permission} (the camel-case name, e.g. {@code approve}) on a class or a
 * feature; writes nothing names need {@link #EDIT}.
 */
public enum Permission {
	VIEW("view"),
	EDIT("edit"),
	REPORT_STATUS("report status"),
	APPROVE("approve"),
	MANAGE_GOVERNANCE("manage governance"),
	DELETE("delete");

	public static final String ANNOTATION = "http://atrium.org/governance";

	private final String label;

	Permission(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The permission named in a model annotation: {@code reportStatus} is {@link #REPORT_STATUS}. */
	public static Permission named(String name) {
		return valueOf(name.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT));
	}
}
