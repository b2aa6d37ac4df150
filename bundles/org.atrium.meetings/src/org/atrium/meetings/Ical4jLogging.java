package org.atrium.meetings;

/**
 * ical4j logs through SLF4J, whose provider here is slf4j-nop: ical4j logs nothing. In OSGi, SLF4J may not find that
 * provider through its service loader and then warns on standard error at the first log call, which the command
 * line would print; its internal reports are kept to errors unless the user asked for more.
 */
final class Ical4jLogging {

	private static final String VERBOSITY = "slf4j.internal.verbosity";

	private Ical4jLogging() {
	}

	static void quiet() {
		if (System.getProperty(VERBOSITY) == null) {
			System.setProperty(VERBOSITY, "ERROR");
		}
	}
}
