package org.atrium.ui.progress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobManager;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.core.runtime.jobs.ProgressProvider;

/**
 * What the running jobs report: the progress provider of the job manager gives each job a monitor that
 * remembers its task, sub-task and work done. System jobs are left out. Any thread may read it.
 */
final class JobProgress extends ProgressProvider {

	/** One running job as it last reported: {@code percent} is -1 while the job does not know how much is left. */
	record Running(Job job, String task, String subTask, int percent) {

		/** The job's name, its task when that says more, and its sub-task. */
		String text() {
			String name = job.getName();
			String head = task.isBlank() || task.equals(name) ? name : name + ": " + task;
			return subTask.isBlank() ? head : head + ": " + subTask;
		}
	}

	private final IJobManager manager = Job.getJobManager();
	private final Map<Job, Monitor> running = new LinkedHashMap<>();
	private final Runnable changed;
	private final JobChangeAdapter ends = new JobChangeAdapter() {
		@Override
		public void done(IJobChangeEvent event) {
			boolean removed;
			synchronized (running) {
				removed = running.remove(event.getJob()) != null;
			}
			if (removed) {
				changed.run();
			}
		}
	};

	/** @param changed called, on the job's thread, when a job starts or ends */
	JobProgress(Runnable changed) {
		this.changed = changed;
	}

	void start() {
		manager.addJobChangeListener(ends);
		manager.setProgressProvider(this);
	}

	void stop() {
		manager.setProgressProvider(null);
		manager.removeJobChangeListener(ends);
		synchronized (running) {
			running.clear();
		}
	}

	@Override
	public IProgressMonitor createMonitor(Job job) {
		Monitor monitor = new Monitor();
		if (!job.isSystem()) {
			synchronized (running) {
				running.put(job, monitor);
			}
			changed.run();
		}
		return monitor;
	}

	/** The running jobs, the one started last first. */
	List<Running> running() {
		List<Running> jobs = new ArrayList<>();
		synchronized (running) {
			running.forEach((job, monitor) -> jobs.add(0, monitor.report(job)));
		}
		return jobs;
	}

	/** The monitor of one job; the job manager cancels it through {@link #setCanceled}. */
	private static final class Monitor extends NullProgressMonitor {

		private volatile String task = "";
		private volatile String subTask = "";
		private volatile int total = UNKNOWN;
		private volatile double worked;

		@Override
		public void beginTask(String name, int totalWork) {
			setTaskName(name);
			total = totalWork;
			worked = 0;
		}

		@Override
		public void setTaskName(String name) {
			task = name == null ? "" : name;
		}

		@Override
		public void subTask(String name) {
			subTask = name == null ? "" : name;
		}

		@Override
		public void worked(int work) {
			internalWorked(work);
		}

		@Override
		public synchronized void internalWorked(double work) {
			worked += work;
		}

		Running report(Job job) {
			int all = total;
			int percent = all <= 0 ? -1 : (int) Math.min(100, worked * 100 / all);
			return new Running(job, task, subTask, percent);
		}
	}
}
