package org.atrium.reporting.export;

import java.io.IOException;
import java.io.OutputStream;

import org.atrium.reporting.ReportContent;

/** Writes a report in one format. */
interface ReportWriter {

	void write(ReportContent report, OutputStream out) throws IOException;
}
