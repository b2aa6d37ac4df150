package org.atrium.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.atrium.ui.progress.ProgressLine;
import org.atrium.ui.testing.UiFixture;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress area of the status line follows the running jobs, and Cancel stops the one shown. */
class ProgressLineTest {

	@TempDir
	Path workspace;

	private UiFixture ui;
	private ProgressLine line;

	@BeforeEach
	void open() throws Exception {
		ui = new UiFixture(workspace, "test");
		line = ContextInjectionFactory.make(ProgressLine.class, ui.context);
	}

	@AfterEach
	void close() {
		ContextInjectionFactory.uninject(line, ui.context);
		ui.close();
	}

	/** A job that reports half its work, then waits until released or cancelled. */
	private static final class HalfwayJob extends Job {
		final CountDownLatch halfway = new CountDownLatch(1);
		final CountDownLatch release = new CountDownLatch(1);

		HalfwayJob() {
			super("Importing risks");
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			SubMonitor progress = SubMonitor.convert(monitor, "Importing risks", 4);
			progress.subTask("Checking 120 rows");
			progress.worked(2);
			halfway.countDown();
			try {
				while (!release.await(20, TimeUnit.MILLISECONDS)) {
					if (progress.isCanceled()) {
						return Status.CANCEL_STATUS;
					}
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			progress.worked(2);
			return Status.OK_STATUS;
		}
	}

	@Test
	void showsWhatARunningJobDoesAndHowFarItGotThenNothing() throws Exception {
		assertEquals("", line.text());
		HalfwayJob job = new HalfwayJob();
		job.schedule();
		ui.waitUntil("the job to show", () -> line.text().equals("Importing risks: Checking 120 rows  50%"));
		assertEquals(50, line.percentShown());

		job.release.countDown();
		ui.waitUntil("the job to end", () -> job.getResult() != null);
		ui.waitUntil("the area to empty", () -> line.text().isEmpty());
		assertEquals(IStatus.OK, job.getResult().getSeverity());
	}

	@Test
	void cancelStopsTheJobShown() {
		HalfwayJob job = new HalfwayJob();
		job.schedule();
		ui.waitUntil("the job to show", () -> line.text().startsWith("Importing risks"));

		line.cancelShown();
		ui.waitUntil("the job to stop", () -> job.getResult() != null);
		assertEquals(IStatus.CANCEL, job.getResult().getSeverity());
		ui.waitUntil("the area to empty", () -> line.text().isEmpty());
	}

	@Test
	void workOfUnknownLengthShowsTheJobWithoutAShare() {
		CountDownLatch release = new CountDownLatch(1);
		Job job = Job.create("Loading the portfolio overview", monitor -> {
			monitor.beginTask("Loading the portfolio overview", IProgressMonitor.UNKNOWN);
			try {
				release.await();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			return Status.OK_STATUS;
		});
		job.schedule();
		try {
			ui.waitUntil("the job to show", () -> line.text().equals("Loading the portfolio overview"));
			assertEquals(-1, line.percentShown());
		} finally {
			release.countDown();
		}
		ui.waitUntil("the area to empty", () -> line.text().isEmpty());
	}

	@Test
	void systemJobsAreNotShown() throws Exception {
		CountDownLatch running = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Job job = Job.create("Housekeeping", monitor -> {
			running.countDown();
			try {
				release.await();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
		assertTrue(running.await(60, TimeUnit.SECONDS));
		ui.settle();
		assertEquals("", line.text());
		release.countDown();
		job.join();
	}
}
