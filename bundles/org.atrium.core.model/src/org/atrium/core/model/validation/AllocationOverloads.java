package org.atrium.core.model.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.atrium.core.model.pmo.Allocation;
import org.atrium.core.model.pmo.Person;

/**
 * Finds the periods in which a person's overlapping allocations add up to more than 100%.
 * Allocation dates are inclusive; a missing start or end leaves that side open.
 */
final class AllocationOverloads {

	private static final int FULL_TIME = 100;

	/**
	 * A period of over-allocation. {@code from} and {@code to} are inclusive, null when open; the
	 * allocations are those active at some point of the period, in the order given.
	 */
	record Overload(Person person, LocalDate from, LocalDate to, int peakPercentage, List<Allocation> allocations) {
	}

	private AllocationOverloads() {
	}

	/** The over-allocated periods of every person, ignoring allocations without a person or ending before they start. */
	static List<Overload> find(Collection<Allocation> allocations) {
		Map<Person, List<Allocation>> byPerson = new LinkedHashMap<>();
		for (Allocation allocation : allocations) {
			if (allocation.getPerson() != null && !endsBeforeStart(allocation)) {
				byPerson.computeIfAbsent(allocation.getPerson(), person -> new ArrayList<>()).add(allocation);
			}
		}
		List<Overload> overloads = new ArrayList<>();
		byPerson.forEach((person, ofPerson) -> overloads.addAll(find(person, ofPerson)));
		return overloads;
	}

	/**
	 * Cuts the timeline at every start and every day after an end, sums the allocations active in each
	 * slice, and merges adjacent slices where two or more allocations exceed 100%.
	 */
	private static List<Overload> find(Person person, List<Allocation> allocations) {
		TreeSet<LocalDate> cuts = new TreeSet<>();
		for (Allocation allocation : allocations) {
			cuts.add(start(allocation));
			cuts.add(endExclusive(allocation));
		}
		List<Overload> overloads = new ArrayList<>();
		LocalDate from = null;
		LocalDate until = null;
		int peak = 0;
		Set<Allocation> involved = new LinkedHashSet<>();
		LocalDate sliceStart = null;
		for (LocalDate cut : cuts) {
			if (sliceStart != null) {
				List<Allocation> active = activeAt(allocations, sliceStart);
				int sum = active.stream().mapToInt(Allocation::getPercentage).sum();
				if (active.size() > 1 && sum > FULL_TIME) {
					if (from == null) {
						from = sliceStart;
					}
					until = cut;
					peak = Math.max(peak, sum);
					involved.addAll(active);
				} else if (from != null) {
					overloads.add(overload(person, from, until, peak, involved, allocations));
					from = null;
					peak = 0;
					involved.clear();
				}
			}
			sliceStart = cut;
		}
		if (from != null) {
			overloads.add(overload(person, from, until, peak, involved, allocations));
		}
		return overloads;
	}

	private static Overload overload(Person person, LocalDate from, LocalDate untilExclusive, int peak,
			Set<Allocation> involved, List<Allocation> allocations) {
		List<Allocation> inOrder = allocations.stream().filter(involved::contains).toList();
		return new Overload(person, from.equals(LocalDate.MIN) ? null : from,
				untilExclusive.equals(LocalDate.MAX) ? null : untilExclusive.minusDays(1), peak, inOrder);
	}

	private static List<Allocation> activeAt(List<Allocation> allocations, LocalDate day) {
		return allocations.stream()
				.filter(allocation -> !start(allocation).isAfter(day) && endExclusive(allocation).isAfter(day))
				.toList();
	}

	private static LocalDate start(Allocation allocation) {
		return allocation.getStart() == null ? LocalDate.MIN : allocation.getStart();
	}

	private static LocalDate endExclusive(Allocation allocation) {
		return allocation.getEnd() == null ? LocalDate.MAX : allocation.getEnd().plusDays(1);
	}

	private static boolean endsBeforeStart(Allocation allocation) {
		return allocation.getStart() != null && allocation.getEnd() != null
				&& allocation.getEnd().isBefore(allocation.getStart());
	}
}
