package org.atrium.cli;

import java.io.PrintStream;

import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Progress of a long command as plain lines, which read the same on a terminal, in a pipe and in a log:
 * each phase on a line of its own, and the share done in steps of ten percent. Nothing is overwritten in
 * place.
 */
final class ProgressLines extends NullProgressMonitor {

	private static final int STEP = 10;

	private final PrintStream out;
	private int total;
	private double done;
	private int printed;

	ProgressLines(PrintStream out) {
		this.out = out;
	}

	@Override
	public void beginTask(String name, int totalWork) {
		total = totalWork;
		if (name != null && !name.isBlank()) {
			out.println(name + "...");
		}
	}

	@Override
	public void subTask(String name) {
		if (name != null && !name.isBlank()) {
			out.println("  " + name + "...");
		}
	}

	@Override
	public void worked(int work) {
		internalWorked(work);
	}

	@Override
	public void internalWorked(double work) {
		if (total <= 0) {
			return;
		}
		done = Math.min(total, done + work);
		int percent = (int) (done * 100 / total);
		int step = percent / STEP * STEP;
		if (step > printed && step < 100) {
			printed = step;
			out.println("  " + step + "%");
		}
	}
}
