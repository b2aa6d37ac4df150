package org.atrium.resources;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.atrium.core.model.pmo.Allocation;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.store.ConflictException;
import org.atrium.core.store.Ids;
import org.atrium.core.store.StoreSession;
import org.atrium.resources.model.resources.Capacity;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * A what-if plan: copies of the stored allocations to move and resize while the heat map follows. Nothing is
 * written until {@link #save}; dropping the plan discards it. Saving refuses, as a conflict, an allocation that
 * someone changed since the plan was made.
 */
public final class ScratchPlan {

	private final List<Person> people;
	private final Map<String, Capacity> capacities;
	private final Map<String, Allocation> copies = new LinkedHashMap<>();
	private final Map<String, Integer> versions = new LinkedHashMap<>();
	private final Map<String, Allocation> originals = new LinkedHashMap<>();
	private final LocalDate monday;
	private final int weeks;
	private final ResourcePlanning planning;

	ScratchPlan(List<Person> people, Map<String, Capacity> capacities, List<Allocation> allocations, LocalDate monday,
			int weeks, ResourcePlanning planning) {
		this.people = people;
		this.capacities = capacities;
		this.monday = monday;
		this.weeks = weeks;
		this.planning = planning;
		for (Allocation allocation : allocations) {
			String id = Ids.of(allocation);
			originals.put(id, EcoreUtil.copy(allocation));
			copies.put(id, EcoreUtil.copy(allocation));
			versions.put(id, allocation.getVersion());
		}
	}

	/** The plan's allocations, to change in place with {@link #move} and {@link #resize}. */
	public List<Allocation> allocations() {
		return Collections.unmodifiableList(new ArrayList<>(copies.values()));
	}

	/** The plan's allocations of a person that share a working day with the week. */
	public List<Allocation> behind(Person person, LocalDate week) {
		LocalDate start = Weeks.monday(week);
		return copies.values().stream().filter(a -> a.getPerson() != null && Ids.of(a.getPerson()).equals(Ids.of(person))
				&& Weeks.workingDaysInWeek(start, a.getStart(), a.getEnd()) > 0).toList();
	}

	public HeatMap heatMap() {
		return ResourcePlanning.compute(people, capacities, copies.values(), monday, weeks);
	}

	/** Moves an allocation of the plan by whole weeks, later when positive. */
	public void move(Allocation allocation, int byWeeks) {
		Allocation copy = own(allocation);
		if (copy.getStart() != null) {
			copy.setStart(copy.getStart().plusWeeks(byWeeks));
		}
		if (copy.getEnd() != null) {
			copy.setEnd(copy.getEnd().plusWeeks(byWeeks));
		}
	}

	/** Changes an allocation's end and percentage in the plan. */
	public void resize(Allocation allocation, LocalDate end, int percentage) {
		Allocation copy = own(allocation);
		copy.setEnd(end);
		copy.setPercentage(percentage);
	}

	/** The allocations the plan changed. */
	public List<Allocation> changed() {
		return copies.entrySet().stream().filter(e -> !EcoreUtil.equals(e.getValue(), originals.get(e.getKey())))
				.map(Map.Entry::getValue).toList();
	}

	/**
	 * Writes the changed allocations in one transaction, after the rules; throws {@link ConflictException} when one
	 * was changed in the store since the plan was made.
	 */
	public void save(StoreSession session) {
		List<Allocation> stored = new ArrayList<>();
		for (Allocation copy : changed()) {
			String id = Ids.of(copy);
			Allocation current = session.<Allocation>find(PmoPackage.Literals.ALLOCATION, id).orElseThrow(
					() -> new ConflictException("An allocation of the plan was deleted since the plan was made.", id));
			if (current.getVersion() != versions.get(id)) {
				throw new ConflictException("The allocation of " + current.getPerson().getName() + " on "
						+ current.getProject().getCode() + " was changed since the plan was made; nothing was saved.", id);
			}
			current.setStart(copy.getStart());
			current.setEnd(copy.getEnd());
			current.setPercentage(copy.getPercentage());
			stored.add(current);
		}
		planning.save(session, stored);
		for (Allocation allocation : stored) {
			originals.put(Ids.of(allocation), EcoreUtil.copy(copies.get(Ids.of(allocation))));
			versions.put(Ids.of(allocation), allocation.getVersion());
		}
	}

	private Allocation own(Allocation allocation) {
		Allocation copy = copies.get(Ids.of(allocation));
		if (copy == null) {
			throw new IllegalArgumentException("The allocation is not part of this plan.");
		}
		return copy;
	}
}
