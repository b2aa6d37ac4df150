package org.atrium.core;

import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.StatusReport;
import org.atrium.core.store.StoreException;

/** A save would change or remove a published status report; nothing was written. */
public class PublishedReportException extends StoreException {

	private static final long serialVersionUID = 1L;

	PublishedReportException(StatusReport report, String what) {
		super("The status report of the week ending " + report.getPeriodEnd()
				+ (report.getAuthor() == null ? "" : " by " + report.getAuthor().getName()) + " " + what
				+ ", but it is published and cannot be changed. Undo the change and write a new report as the correction.");
	}

	PublishedReportException(String label) {
		super(label + " is published and cannot be changed; nothing was saved. Write a new report as the correction.");
	}

	PublishedReportException(Project project, long removed) {
		super(removed + (removed == 1 ? " published status report of " : " published status reports of ")
				+ project.getCode() + (removed == 1 ? " was" : " were")
				+ " removed, but published reports cannot be removed. Write a new report as the correction.");
	}
}
