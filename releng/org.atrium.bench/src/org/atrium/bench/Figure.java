package org.atrium.bench;

import java.util.Locale;

import org.atrium.bench.Runner.Comparison;
import org.atrium.bench.Runner.Sample;

/**
 * One row of the results: what Atrium did, measured against a baseline doing the same work, as a ratio of medians
 * with the absolute figures beside it. A row without a comparison says why it was not measured.
 *
 * @param number   the figure's number in docs/PERFORMANCE.md
 * @param title    what was measured
 * @param baseline what the baseline does
 * @param unit     the unit of the measured values
 * @param goal     the highest acceptable ratio, or 0 for none
 * @param result   the measurements, or null if not measured
 * @param note     why it was not measured, or a remark
 */
record Figure(String number, String title, String baseline, Unit unit, double goal, Comparison result, String note) {

	/** How measured values read. */
	enum Unit {
		/** Milliseconds, per run or per operation. */
		TIME,
		/** Bytes. */
		MEMORY;

		String format(double value) {
			return switch (this) {
			case TIME -> value >= 10_000 ? String.format(Locale.ROOT, "%.1f s", value / 1000)
					: value >= 1000 ? String.format(Locale.ROOT, "%.2f s", value / 1000)
					: value >= 10 ? String.format(Locale.ROOT, "%.0f ms", value)
					: value >= 1 ? String.format(Locale.ROOT, "%.2f ms", value)
					: String.format(Locale.ROOT, "%.0f µs", value * 1000);
			case MEMORY -> String.format(Locale.ROOT, "%.1f MB", value / 1e6);
			};
		}
	}

	static Figure measured(String number, String title, String baseline, Unit unit, double goal, Comparison result) {
		return new Figure(number, title, baseline, unit, goal, result, "");
	}

	static Figure notMeasured(String number, String title, String reason) {
		return new Figure(number, title, "", Unit.TIME, 0, null, reason);
	}

	String ratio() {
		return result == null ? note : String.format(Locale.ROOT, "%.2f", result.ratio());
	}

	String goalText() {
		return goal > 0 ? String.format(Locale.ROOT, "≤ %.1f", goal) : "";
	}

	/** "ok", "ABOVE GOAL", or empty where there is no goal or no measurement. */
	String verdict() {
		if (result == null || goal <= 0) {
			return "";
		}
		return result.ratio() <= goal ? "ok" : "ABOVE GOAL";
	}

	String subjectText() {
		return result == null ? "" : spread(result.subject());
	}

	String baselineText() {
		return result == null ? "" : spread(result.baseline());
	}

	private String spread(Sample sample) {
		return unit.format(sample.median()) + " (" + unit.format(sample.min()) + " .. " + unit.format(sample.max())
				+ ", n=" + sample.values().size() + ")";
	}
}
