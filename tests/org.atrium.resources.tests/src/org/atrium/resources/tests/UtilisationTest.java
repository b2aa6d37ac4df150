package org.atrium.resources.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.atrium.core.model.pmo.Allocation;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.store.ConflictException;
import org.atrium.core.store.ModelStore;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.resources.HeatMap;
import org.atrium.resources.ResourcePlanning;
import org.atrium.resources.ResourceRuleException;
import org.atrium.resources.ScratchPlan;
import org.atrium.resources.model.resources.Absence;
import org.atrium.resources.model.resources.Capacity;
import org.atrium.resources.model.resources.ResourcesFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Capacity and utilisation on a case checked by hand, over the three weeks from 2026-11-23:
 * <pre>
 * Ann, 40 h:  DIG-001 50% all along; DIG-002 60% from Wednesday 2 December
 *             20 h = 50%  |  20 + 24 x 3/5 = 34.4 h = 86%  |  20 + 24 = 44 h = 110% (over)
 * Bob, 20 h:  DIG-001 100% to 11 December; absent Monday and Tuesday 7 and 8 December
 *             20 of 20 = 100%  |  100%  |  20 of 20 x 3/5 = 12 h = 167% (over)
 * </pre>
 */
class UtilisationTest extends ResourceTestSupport {

	private final ResourcePlanning planning = new ResourcePlanning();
	private ModelStore store;

	@BeforeEach
	void allocate() {
		store = openStore();
		saveOffice(store);
		try (StoreSession session = store.openSession("lead")) {
			var ann = personOf(session, "ann");
			var bob = personOf(session, "bob");
			planning.save(session, List.of(
					allocation(ann, projectOf(session, "DIG-001"), MONDAY, LocalDate.of(2026, 12, 31), 50),
					allocation(ann, projectOf(session, "DIG-002"), LocalDate.of(2026, 12, 2), LocalDate.of(2027, 1, 31), 60),
					allocation(bob, projectOf(session, "DIG-001"), MONDAY, LocalDate.of(2026, 12, 11), 100)));
			Capacity partTime = ResourcesFactory.eINSTANCE.createCapacity();
			partTime.setPerson(bob);
			partTime.setWeeklyHours(BigDecimal.valueOf(20));
			Absence leave = ResourcesFactory.eINSTANCE.createAbsence();
			leave.setStart(LocalDate.of(2026, 12, 7));
			leave.setEnd(LocalDate.of(2026, 12, 8));
			partTime.getAbsences().add(leave);
			planning.save(session, partTime);
		}
	}

	@Test
	void theHeatMapShowsAllocatedAgainstCapacityPerPersonAndWeek() {
		try (StoreSession session = store.openSession("stan")) {
			HeatMap map = planning.heatMap(session, MONDAY.plusDays(2), 3, "Engineering");
			assertEquals(MONDAY, map.monday());
			assertEquals(List.of("Ann Lee", "Bob Stone", "Wanda Lead"), map.rows().stream().map(HeatMap.Row::label).toList());
			HeatMap.Row ann = map.rows().get(0);
			assertArrayEquals(new double[] { 40, 40, 40 }, ann.capacity());
			assertArrayEquals(new double[] { 20, 34.4, 44 }, ann.allocated());
			assertEquals(110, ann.utilisation(2), 1e-9);
			HeatMap.Row bob = map.rows().get(1);
			assertArrayEquals(new double[] { 20, 20, 12 }, bob.capacity());
			assertArrayEquals(new double[] { 20, 20, 20 }, bob.allocated());
			assertTrue(!bob.isOverAllocated(0) && !bob.isOverAllocated(1) && bob.isOverAllocated(2));
			assertEquals(List.of("Ann Lee", "Bob Stone"), map.overAllocated().stream().map(HeatMap.Row::label).toList());

			HeatMap departments = map.byDepartment();
			assertEquals(1, departments.rows().size());
			assertArrayEquals(new double[] { 100, 100, 92 }, departments.rows().get(0).capacity());
			assertArrayEquals(new double[] { 40, 54.4, 64 }, departments.rows().get(0).allocated());

			List<Allocation> behind;
			try (StoreSession other = store.openSession("stan")) {
				behind = planning.behind(other, personOf(other, "ann"), MONDAY.plusWeeks(2));
			}
			assertEquals(List.of("DIG-001", "DIG-002"), behind.stream().map(a -> a.getProject().getCode()).sorted().toList(),
					"the projects behind a cell can be shown after the session is closed");
			assertEquals(1, planning.behind(session, personOf(session, "ann"), MONDAY).size());
		}
	}

	@Test
	void demandAgainstCapacityIsSummedPerDepartmentAndQuarter() {
		try (StoreSession session = store.openSession("stan")) {
			List<ResourcePlanning.Demand> demand = planning.demand(session, MONDAY, 2);
			ResourcePlanning.Demand engineering = demand.stream()
					.filter(d -> d.department().equals("Engineering") && d.quarter().equals(LocalDate.of(2026, 10, 1)))
					.findFirst().orElseThrow();
			// Q4 2026: Ann on DIG-001 20 h a week for 5 weeks from 23 November, then 4 days to Thursday 31 December;
			// on DIG-002 24 h a week, 3/5 of the week of 30 November, then 4 weeks; Bob 20 h a week for 3 weeks
			assertEquals(5 * 20 + 16 + 24 * 3 / 5.0 + 4 * 24 + 3 * 20, engineering.allocated(), 1e-9);
			assertEquals(4, demand.stream().map(ResourcePlanning.Demand::department).distinct().count(),
					"Engineering, PMO, Sales and no department");
		}
	}

	@Test
	void aScratchPlanChangesTheHeatMapOnlyWhenSavedAndRefusesAStaleAllocation() {
		try (StoreSession session = store.openSession("lead")) {
			ScratchPlan plan = planning.plan(session, MONDAY, 3, "Engineering");
			Allocation portal = plan.allocations().stream().filter(a -> a.getProject().getCode().equals("DIG-002"))
					.findFirst().orElseThrow();
			plan.move(portal, 1);
			assertEquals(100 * 34.4 / 40, plan.heatMap().rows().get(0).utilisation(2), 1e-9);
			assertEquals(List.of(portal), plan.changed());
			assertEquals(110, planning.heatMap(session, MONDAY, 3, "Engineering").rows().get(0).utilisation(2), 1e-9,
					"nothing is written before the plan is saved");
			plan.save(session);
		}
		try (StoreSession session = store.openSession("lead")) {
			assertEquals(86, planning.heatMap(session, MONDAY, 3, "Engineering").rows().get(0).utilisation(2), 1e-9);
			ScratchPlan plan = planning.plan(session, MONDAY, 3, "Engineering");
			Allocation bobs = plan.allocations().stream().filter(a -> a.getPerson().getLogin().equals("bob")).findFirst()
					.orElseThrow();
			plan.resize(bobs, LocalDate.of(2026, 12, 4), 150);
			assertThrows(ResourceRuleException.class, () -> plan.save(session));
			plan.resize(bobs, LocalDate.of(2026, 12, 4), 80);
			try (StoreSession other = store.openSession("lead")) {
				Allocation stored = other.<Allocation>query(Query.<Allocation>of(PmoPackage.Literals.ALLOCATION))
						.stream().filter(a -> a.getPerson().getLogin().equals("bob")).findFirst().orElseThrow();
				stored.setPercentage(90);
				other.save(stored);
			}
			assertThrows(ConflictException.class, () -> plan.save(session));
		}
	}

	@Test
	void allocationsAndCapacitiesBreakingTheRulesAreRefusedNamingTheField() {
		try (StoreSession session = store.openSession("lead")) {
			Allocation backwards = allocation(personOf(session, "ann"), projectOf(session, "DIG-001"),
					LocalDate.of(2026, 12, 1), LocalDate.of(2026, 11, 1), 0);
			ResourceRuleException refused = assertThrows(ResourceRuleException.class,
					() -> planning.save(session, List.of(backwards)));
			assertEquals(List.of("Allocation of Ann Lee on DIG-001: percentage 0 must be from 1 to 100.",
					"Allocation of Ann Lee on DIG-001: end 2026-11-01 is before start 2026-12-01."), refused.problems());
			Capacity capacity = ResourcesFactory.eINSTANCE.createCapacity();
			capacity.setPerson(personOf(session, "ann"));
			capacity.setWeeklyHours(BigDecimal.valueOf(90));
			assertEquals(List.of("Capacity of Ann Lee: hours per week must be from 0 to 80."),
					assertThrows(ResourceRuleException.class, () -> planning.save(session, capacity)).problems());
		}
	}

	private static void assertArrayEquals(double[] expected, double[] actual) {
		org.junit.jupiter.api.Assertions.assertArrayEquals(expected, actual, 1e-9);
	}
}
