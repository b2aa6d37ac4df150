package org.atrium.core;

/** What a person may do at a scope. */
public enum Permission {
	VIEW("view"),
	EDIT("edit"),
	REPORT_STATUS("report status"),
	APPROVE("approve"),
	MANAGE_GOVERNANCE("manage governance");

	private final String label;

	Permission(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
