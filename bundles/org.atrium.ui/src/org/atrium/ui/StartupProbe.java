package org.atrium.ui;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;

/**
 * Reports how the start went when {@code -Datrium.startup.report=FILE} is set: milliseconds from
 * the JVM start to the first painted window and to the navigator showing the office, and what the
 * navigator shows. With {@code -Datrium.startup.exit=true} the workbench closes after the report.
 * Used by the end-to-end tests and the start-up benchmark.
 */
public final class StartupProbe {

	static final String REPORT = "atrium.startup.report";
	static final String EXIT = "atrium.startup.exit";

	private static long windowPainted = -1;
	private static volatile boolean demoPending;
	private static boolean reported;
	private static boolean startupComplete;
	private static boolean exitPending;

	private StartupProbe() {
	}

	/** Whether this start only reports and exits, with nobody at the screen to answer a question. */
	static boolean exitsAfterReport() {
		return Boolean.getBoolean(EXIT);
	}

	static void install(Display display, IEventBroker events) {
		if (System.getProperty(REPORT) == null || display == null) {
			return;
		}
		demoPending = Settings.demoRequested();
		Listener firstPaint = new Listener() {
			@Override
			public void handleEvent(org.eclipse.swt.widgets.Event event) {
				if (windowPainted < 0 && event.widget instanceof org.eclipse.swt.widgets.Control control
						&& control.getShell().getParent() == null && control.getShell().isVisible()) {
					windowPainted = sinceStart();
					display.removeFilter(SWT.Paint, this);
				}
			}
		};
		display.addFilter(SWT.Paint, firstPaint);
		events.subscribe(org.eclipse.e4.ui.workbench.UIEvents.UILifeCycle.APP_STARTUP_COMPLETE, event -> display.asyncExec(() -> {
			startupComplete = true;
			if (exitPending) {
				closeWindows(display);
			}
		}));
	}

	private static void closeWindows(Display display) {
		for (Shell shell : display.getShells()) {
			shell.close();
		}
	}

	static void demoSkipped() {
		demoPending = false;
	}

	/** Called by the navigator each time it shows freshly loaded content. */
	public static void navigatorShown(Display display, List<String> topLevel, int contributedChildren,
			List<String> partIds) {
		String file = System.getProperty(REPORT);
		if (file == null || reported || (topLevel.isEmpty() && demoPending)) {
			return;
		}
		reported = true;
		String report = "windowPaintedMillis=" + windowPainted + "\nnavigatorShownMillis=" + sinceStart()
				+ "\nnavigatorTopLevel=" + String.join("|", topLevel) + "\nnavigatorContributedChildren="
				+ contributedChildren + "\nparts=" + String.join("|", partIds) + "\n";
		try {
			Files.writeString(Path.of(file), report);
		} catch (IOException e) {
			throw new IllegalStateException("cannot write the start-up report to " + file, e);
		}
		if (Boolean.getBoolean(EXIT)) {
			// Closing before the workbench finished starting would leave its start-up events to a disposed display.
			if (startupComplete) {
				display.asyncExec(() -> closeWindows(display));
			} else {
				exitPending = true;
			}
		}
	}

	private static long sinceStart() {
		return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
	}
}
