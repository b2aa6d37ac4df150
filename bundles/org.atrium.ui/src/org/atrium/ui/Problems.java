package org.atrium.ui;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * The validation problems an editor found, for the Problems part.
 *
 * @param source   the editor's label, e.g. the project code and name
 * @param problems the diagnostics, empty when all is valid
 */
public record Problems(String source, List<Diagnostic> problems) {

	public boolean hasErrors() {
		return problems.stream().anyMatch(d -> d.getSeverity() >= Diagnostic.ERROR);
	}
}
