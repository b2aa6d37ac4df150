package org.atrium.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs measurements: warm-up rounds that are thrown away, then measured rounds. A subject and its baseline are
 * measured in alternation, so that a slow phase of the machine hits both alike.
 */
final class Runner {

	/** How often to run: {@code warmups} rounds thrown away, then {@code runs} measured rounds. */
	record Plan(int warmups, int runs) {

		Plan {
			if (warmups < 0 || runs < 1) {
				throw new IllegalArgumentException("need warmups >= 0 and runs >= 1, got " + warmups + " and " + runs);
			}
		}
	}

	/** One measurement: a time in milliseconds, a number of bytes, whatever the figure's unit is. */
	@FunctionalInterface
	interface Probe {
		double measure() throws Exception;
	}

	/** Untimed set-up of one timed run; the returned work is timed and then closed, untimed. */
	@FunctionalInterface
	interface Trial {
		Work prepare() throws Exception;
	}

	/** The timed part of a run, holding what its set-up made (a database, a connection) until closed. */
	@FunctionalInterface
	interface Work extends AutoCloseable {
		void run() throws Exception;

		@Override
		default void close() throws Exception {
		}
	}

	/** The measured values of one subject. */
	record Sample(List<Double> values) {

		Sample {
			if (values.isEmpty()) {
				throw new IllegalArgumentException("a sample needs at least one value");
			}
			values = values.stream().sorted().toList();
		}

		double median() {
			int middle = values.size() / 2;
			return values.size() % 2 == 1 ? values.get(middle) : (values.get(middle - 1) + values.get(middle)) / 2;
		}

		double min() {
			return values.get(0);
		}

		double max() {
			return values.get(values.size() - 1);
		}
	}

	/** A subject and its baseline, measured in the same rounds. */
	record Comparison(Sample subject, Sample baseline) {

		double ratio() {
			return subject.median() / baseline.median();
		}
	}

	private Runner() {
	}

	/** Measures the subject and the baseline alternately, the baseline first in every round. */
	static Comparison compare(Plan plan, Probe subject, Probe baseline) throws Exception {
		for (int round = 0; round < plan.warmups(); round++) {
			baseline.measure();
			subject.measure();
		}
		List<Double> subjectValues = new ArrayList<>();
		List<Double> baselineValues = new ArrayList<>();
		for (int round = 0; round < plan.runs(); round++) {
			baselineValues.add(baseline.measure());
			subjectValues.add(subject.measure());
		}
		return new Comparison(new Sample(subjectValues), new Sample(baselineValues));
	}

	/** A probe that times the trial's work, in milliseconds per operation when the work does {@code operations}. */
	static Probe timed(int operations, Trial trial) {
		return () -> {
			try (Work work = trial.prepare()) {
				long start = System.nanoTime();
				work.run();
				return (System.nanoTime() - start) / 1e6 / operations;
			}
		};
	}

	static Probe timed(Trial trial) {
		return timed(1, trial);
	}

	/**
	 * A trial that starts with a full garbage collection, so that a run that makes much garbage does not leave its
	 * collection to the next run.
	 */
	static Trial afterGarbageCollection(Trial trial) {
		return () -> {
			System.gc();
			return trial.prepare();
		};
	}

	/** Runs the garbage collector until the used heap stops shrinking, and returns the used heap in bytes. */
	static long collectGarbage() {
		long used = Long.MAX_VALUE;
		for (int attempt = 0; attempt < 5; attempt++) {
			System.gc();
			long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
			if (now >= used) {
				return now;
			}
			used = now;
		}
		return used;
	}
}
