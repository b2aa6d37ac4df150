package org.atrium.resources;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.atrium.core.model.pmo.Person;

/**
 * Allocated hours against capacity, per person (or department) and week. A cell over 100% is over-allocated.
 *
 * @param monday the first week
 * @param weeks  how many weeks
 * @param rows   one per person, by name
 */
public record HeatMap(LocalDate monday, int weeks, List<Row> rows) {

	/**
	 * One person's or department's weeks.
	 *
	 * @param person    the person, null for a department's row
	 * @param label     the person's name or the department
	 * @param capacity  hours available per week
	 * @param allocated hours allocated per week
	 */
	public record Row(Person person, String label, double[] capacity, double[] allocated) {

		/** Allocated over capacity in percent; infinite when allocated without capacity, 0 when neither. */
		public double utilisation(int week) {
			if (capacity[week] <= 0) {
				return allocated[week] > 0 ? Double.POSITIVE_INFINITY : 0;
			}
			return 100 * allocated[week] / capacity[week];
		}

		public boolean isOverAllocated(int week) {
			return utilisation(week) > 100 + 1e-9;
		}

		public double peak() {
			double peak = 0;
			for (int week = 0; week < capacity.length; week++) {
				peak = Math.max(peak, utilisation(week));
			}
			return peak;
		}
	}

	public LocalDate week(int index) {
		return monday.plusWeeks(index);
	}

	/** The rows over 100% in at least one week. */
	public List<Row> overAllocated() {
		return rows.stream().filter(row -> row.peak() > 100 + 1e-9).toList();
	}

	/** The same weeks summed per department (people without one under "No department"). */
	public HeatMap byDepartment() {
		Map<String, Row> departments = new LinkedHashMap<>();
		for (Row row : rows) {
			String department = row.person() == null || row.person().getDepartment() == null
					|| row.person().getDepartment().isBlank() ? "No department" : row.person().getDepartment();
			Row sum = departments.computeIfAbsent(department,
					name -> new Row(null, name, new double[weeks], new double[weeks]));
			for (int week = 0; week < weeks; week++) {
				sum.capacity()[week] += row.capacity()[week];
				sum.allocated()[week] += row.allocated()[week];
			}
		}
		List<Row> sorted = new ArrayList<>(departments.values());
		sorted.sort((a, b) -> a.label().compareToIgnoreCase(b.label()));
		return new HeatMap(monday, weeks, sorted);
	}
}
