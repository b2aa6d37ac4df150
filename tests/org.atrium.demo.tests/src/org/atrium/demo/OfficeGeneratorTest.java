package org.atrium.demo;

import static org.atrium.demo.Offices.TODAY;
import static org.atrium.demo.Offices.generate;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.atrium.core.model.pmo.Allocation;
import org.atrium.core.model.pmo.Entity;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RoleKind;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OfficeGeneratorTest {

	/** LARGE in structure, scaled down to keep the build fast. */
	private static final OfficeScale SCALED_DOWN_LARGE = new OfficeScale(2, 10, 200, 40, 20, 5, 26, 26, 10_000, false);

	@Test
	void sameSeedGivesTheSameOfficeWithTheSameIds() {
		Office first = generate(7, OfficeScale.DEMO);
		Office second = generate(7, OfficeScale.DEMO);

		assertAll(() -> assertTrue(EcoreUtil.equals(first.portfolios(), second.portfolios()), "portfolios"),
				() -> assertTrue(EcoreUtil.equals(first.people(), second.people()), "people"),
				() -> assertTrue(EcoreUtil.equals(first.allocations(), second.allocations()), "allocations"),
				() -> assertTrue(EcoreUtil.equals(first.timeEntries(), second.timeEntries()), "time entries"),
				() -> assertEquals(ids(first), ids(second)));
	}

	@Test
	void differentSeedsGiveDifferentOffices() {
		Office first = generate(1, OfficeScale.DEMO);
		Office second = generate(2, OfficeScale.DEMO);

		assertAll(() -> assertFalse(EcoreUtil.equals(first.portfolios(), second.portfolios())),
				() -> assertNotEquals(ids(first), ids(second)),
				() -> assertNotEquals(values(first.projects(), Project::getName), values(second.projects(), Project::getName)),
				() -> assertNotEquals(values(first.people(), Person::getLogin), values(second.people(), Person::getLogin)));
	}

	@Test
	void demoHasTheAdvertisedSize() {
		Office office = Offices.demo();

		assertAll(() -> assertEquals(3, office.portfolios().size()),
				() -> assertEquals(9, office.programCount()),
				() -> assertEquals(40, office.projectCount()),
				() -> assertEquals(60, office.people().size()),
				() -> assertEquals(4_000, office.timeEntries().size()),
				() -> assertTrue(office.allocations().size() >= office.projectCount()),
				() -> assertTrue(office.portfolios().stream().allMatch(portfolio -> portfolio.getPrograms().size() == 3)));
		for (Project project : office.projects()) {
			assertAll(project.getCode(), () -> assertEquals(8, project.getStatusReports().size()),
					() -> assertEquals(8, project.getMilestones().size()),
					() -> assertEquals(3, project.getKpis().size()),
					() -> assertTrue(project.getKpis().stream().allMatch(kpi -> kpi.getMeasurements().size() == 8)),
					() -> assertTrue(project.getWorkstreams().size() >= 2 && project.getWorkstreams().size() <= 3),
					() -> assertFalse(project.getDocuments().isEmpty()));
		}
	}

	@Test
	void scaledDownLargeOfficeHasExactCountsAndOnlySponsors() {
		Office office = generate(3, SCALED_DOWN_LARGE);

		assertAll(() -> assertEquals(2, office.portfolios().size()),
				() -> assertEquals(10, office.programCount()),
				() -> assertEquals(200, office.projectCount()),
				() -> assertEquals(40, office.people().size()),
				() -> assertEquals(10_000, office.timeEntries().size()),
				() -> assertEquals(200, office.roleAssignmentCount()),
				() -> assertTrue(office.portfolios().stream().allMatch(portfolio -> portfolio.getRoleAssignments().isEmpty())),
				() -> assertTrue(office.programs().stream().allMatch(program -> program.getRoleAssignments().isEmpty())));
		for (Project project : office.projects()) {
			assertAll(project.getCode(), () -> assertEquals(1, Offices.roles(project, RoleKind.SPONSOR).size()),
					() -> assertEquals(26, project.getStatusReports().size()),
					() -> assertEquals(20, project.getMilestones().size()),
					() -> assertEquals(5, project.getKpis().size()),
					() -> assertTrue(project.getKpis().stream().allMatch(kpi -> kpi.getMeasurements().size() == 26)));
		}
		Set<Project> allocated = new HashSet<>(values(office.allocations(), Allocation::getProject));
		assertEquals(200, allocated.size(), "every project has at least its manager allocated");
	}

	@Test
	void largeScaleIsDefinedAsAdvertised() {
		OfficeScale large = OfficeScale.LARGE;

		assertAll(() -> assertEquals(10_000, large.projects()), () -> assertEquals(50, large.programs()),
				() -> assertEquals(5, large.portfolios()), () -> assertEquals(2_000, large.people()),
				() -> assertEquals(20, large.milestonesPerProject()), () -> assertEquals(5, large.kpisPerProject()),
				() -> assertEquals(26, large.measurementsPerKpi()), () -> assertEquals(26, large.statusReportWeeks()),
				() -> assertEquals(500_000, large.timeEntries()), () -> assertFalse(large.fullGovernance()));
	}

	@Test
	void rejectsScalesItCannotStaff() {
		assertThrows(IllegalArgumentException.class, () -> new OfficeScale(1, 1, 1, 3, 0, 0, 0, 0, 0, true));
		assertThrows(IllegalArgumentException.class, () -> new OfficeScale(3, 2, 10, 10, 0, 0, 0, 0, 0, true));
	}

	@Test
	void idsCodesLoginsAndMailAddressesAreUnique() {
		Office office = Offices.demo();

		assertAll(() -> assertTrue(ids(office).stream().allMatch(id -> id != null && id.length() == 36)),
				() -> assertUnique(ids(office)),
				() -> assertUnique(values(office.projects(), Project::getCode)),
				() -> assertUnique(values(office.people(), Person::getLogin)),
				() -> assertUnique(values(office.people(), Person::getEmail)),
				() -> assertUnique(values(office.projects(), Project::getName)));
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 42, 2026 })
	void everyPeriodEndsOnOrAfterItsStart(long seed) {
		Office office = generate(seed, OfficeScale.DEMO);

		for (Project project : office.projects()) {
			assertAll(project.getCode(),
					() -> assertNotBefore(project.getBaselineEnd(), project.getBaselineStart()),
					() -> assertNotBefore(project.getPlannedEnd(), project.getPlannedStart()),
					() -> assertFalse(project.getActualStart().isAfter(TODAY)),
					() -> {
						if (project.getActualEnd() != null) {
							assertNotBefore(project.getActualEnd(), project.getActualStart());
							assertFalse(project.getActualEnd().isAfter(TODAY));
						}
					});
		}
		for (Allocation allocation : office.allocations()) {
			assertNotBefore(allocation.getEnd(), allocation.getStart());
		}
	}

	@Test
	void projectCodesFollowTheirPortfolio() {
		for (Project project : Offices.demo().projects()) {
			assertTrue(project.getCode().matches("(DIG|OPX|REG)-\\d{3}"), project.getCode());
		}
		assertNull(Offices.demo().portfolios().get(0).eResource(), "generated objects are not attached to a resource");
	}

	private static List<String> ids(Office office) {
		return Offices.allObjects(office).map(object -> ((Entity) object).getId()).toList();
	}

	private static <T, V> List<V> values(List<T> objects, Function<T, V> value) {
		return objects.stream().map(value).toList();
	}

	private static void assertUnique(List<?> values) {
		assertEquals(values.size(), new HashSet<>(values).size(), () -> "duplicates among " + values);
	}

	private static void assertNotBefore(LocalDate end, LocalDate start) {
		assertFalse(end.isBefore(start), () -> end + " is before " + start);
	}
}
