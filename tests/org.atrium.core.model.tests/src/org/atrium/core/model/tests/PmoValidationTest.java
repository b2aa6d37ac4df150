package org.atrium.core.model.tests;

import static org.atrium.core.model.tests.PmoFixtures.F;
import static org.atrium.core.model.tests.PmoFixtures.allocation;
import static org.atrium.core.model.tests.PmoFixtures.assign;
import static org.atrium.core.model.tests.PmoFixtures.date;
import static org.atrium.core.model.tests.PmoFixtures.money;
import static org.atrium.core.model.tests.PmoFixtures.person;
import static org.atrium.core.model.tests.PmoFixtures.project;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.atrium.core.model.pmo.Allocation;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.Program;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.model.pmo.StatusReport;
import org.atrium.core.model.pmo.TimeEntry;
import org.atrium.core.model.validation.PmoValidator;
import org.atrium.core.model.validation.ValidationContext;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PmoValidationTest {

	private static final String OVER_ALLOCATION_RULE =
			"; the summed percentage of a person's overlapping allocations must not exceed 100%";

	private final List<EObject> roots = new ArrayList<>();
	private Portfolio portfolio;
	private Project apollo;
	private Project zeus;
	private StatusReport report;
	private TimeEntry timeEntry;
	private Person ada;
	private Person bob;
	private Allocation adaOnApollo;
	private Allocation bobOnApollo;

	/** A consistent portfolio: two projects with one sponsor each, people, allocations and a time entry. */
	@BeforeEach
	void validPortfolio() {
		portfolio = F.createPortfolio();
		portfolio.setName("Digital");
		Program program = F.createProgram();
		program.setName("Customer");
		portfolio.getPrograms().add(program);
		ada = person("Ada Lovelace");
		bob = person("Bob Marley");

		apollo = project("Apollo", "APL");
		apollo.setPlannedStart(date("2025-02-01"));
		apollo.setPlannedEnd(date("2025-12-31"));
		apollo.setBaselineStart(date("2025-02-01"));
		apollo.setBaselineEnd(date("2025-02-01"));
		apollo.setActualStart(date("2025-02-03"));
		apollo.setBudgetPlanned(money("100000"));
		apollo.setBudgetActual(money("0"));
		apollo.setBudgetForecast(money("98000"));
		apollo.setPercentComplete(100);
		assign(apollo, RoleKind.SPONSOR, ada);
		assign(apollo, RoleKind.PROJECT_MANAGER, bob);
		report = F.createStatusReport();
		report.setPeriodEnd(date("2025-03-28"));
		report.setPercentComplete(0);
		report.setBudgetActual(money("12000"));
		report.setBudgetForecast(money("98000"));
		apollo.getStatusReports().add(report);
		zeus = project("Zeus", "ZEU");
		assign(zeus, RoleKind.SPONSOR, bob);
		program.getProjects().addAll(List.of(apollo, zeus));

		timeEntry = F.createTimeEntry();
		timeEntry.setPerson(ada);
		timeEntry.setProject(apollo);
		timeEntry.setDate(date("2025-03-24"));
		timeEntry.setHours(money("7.5"));

		adaOnApollo = allocation(ada, apollo, "2025-01-01", "2025-06-30", 60);
		bobOnApollo = allocation(bob, apollo, "2025-01-01", null, 100);
		roots.addAll(List.of(portfolio, ada, bob, timeEntry, adaOnApollo, bobOnApollo,
				allocation(ada, zeus, "2025-07-01", "2025-12-31", 100),
				allocation(bob, zeus, null, "2024-12-31", 100)));
	}

	private Diagnostic validate() {
		return validate(roots);
	}

	/** One pass of EMF's diagnostician over the global registry, as the core runs it, with the roots in the context. */
	private static Diagnostic validate(List<? extends EObject> roots) {
		Map<Object, Object> context = Diagnostician.INSTANCE.createDefaultContext();
		context.put(ValidationContext.ROOTS, List.copyOf(roots));
		BasicDiagnostic result = new BasicDiagnostic();
		for (EObject root : roots) {
			Diagnostician.INSTANCE.validate(root, result, context);
		}
		return result;
	}

	private Allocation allocate(Person person, Project project, String start, String end, int percentage) {
		Allocation allocation = allocation(person, project, start, end, percentage);
		roots.add(allocation);
		return allocation;
	}

	private static Diagnostic onlyFinding(Diagnostic result) {
		assertEquals(1, result.getChildren().size(), () -> messages(result));
		Diagnostic finding = result.getChildren().get(0);
		assertEquals(PmoValidator.SOURCE, finding.getSource());
		return finding;
	}

	private static String messages(Diagnostic result) {
		return result.getChildren().stream().map(Diagnostic::getMessage).collect(Collectors.joining("\n"));
	}

	private static void assertError(Diagnostic finding, int code, String message, Object... data) {
		assertFinding(Diagnostic.ERROR, finding, code, message, data);
	}

	private static void assertFinding(int severity, Diagnostic finding, int code, String message, Object... data) {
		assertEquals(message, finding.getMessage());
		assertEquals(severity, finding.getSeverity());
		assertEquals(code, finding.getCode());
		assertEquals(List.of(data), finding.getData());
	}

	private EObject target(String className) {
		return switch (className) {
			case "Project" -> apollo;
			case "StatusReport" -> report;
			case "TimeEntry" -> timeEntry;
			case "Allocation" -> adaOnApollo;
			default -> throw new IllegalArgumentException(className);
		};
	}

	private static EStructuralFeature feature(EObject object, String name) {
		return object.eClass().getEStructuralFeature(name);
	}

	@Test
	void consistentModelHasNoDiagnostics() {
		Diagnostic result = validate();

		assertEquals(Diagnostic.OK, result.getSeverity(), () -> messages(result));
		assertEquals(List.of(), result.getChildren());
	}

	@Test
	void theRulesAreRegisteredForThePackage() {
		assertInstanceOf(PmoValidator.class, EValidator.Registry.INSTANCE.getEValidator(PmoPackage.eINSTANCE));
	}

	@ParameterizedTest
	@CsvSource({ "plannedStart, plannedEnd, planned start, planned end", "baselineStart, baselineEnd, baseline start, baseline end",
			"actualStart, actualEnd, actual start, actual end" })
	void projectEndBeforeStartIsAnError(String startName, String endName, String startLabel, String endLabel) {
		EStructuralFeature start = feature(apollo, startName);
		EStructuralFeature end = feature(apollo, endName);
		apollo.eSet(start, date("2025-03-01"));
		apollo.eSet(end, date("2025-02-28"));

		assertError(onlyFinding(validate()), PmoValidator.END_BEFORE_START,
				"Project 'Apollo' (APL): " + endLabel + " 2025-02-28 is before " + startLabel
						+ " 2025-03-01; an end must not be before its start",
				apollo, end, start);
	}

	@Test
	void allocationEndBeforeStartIsAnError() {
		adaOnApollo.setEnd(date("2024-12-31"));

		assertError(onlyFinding(validate()), PmoValidator.END_BEFORE_START,
				"Allocation of 'Ada Lovelace' to 'Apollo': end 2024-12-31 is before start 2025-01-01;"
						+ " an end must not be before its start",
				adaOnApollo, PmoPackage.Literals.ALLOCATION__END, PmoPackage.Literals.ALLOCATION__START);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"Project      | budgetPlanned   | planned budget | Project 'Apollo' (APL)",
			"Project      | budgetActual    | actual cost    | Project 'Apollo' (APL)",
			"Project      | budgetForecast  | forecast cost  | Project 'Apollo' (APL)",
			"StatusReport | budgetActual    | actual cost    | Status report of 'Apollo' for 2025-03-28",
			"StatusReport | budgetForecast  | forecast cost  | Status report of 'Apollo' for 2025-03-28",
			"TimeEntry    | hours           | hours          | Time entry of 'Ada Lovelace' for 'Apollo' on 2025-03-24" })
	void negativeAmountIsAnError(String className, String featureName, String featureLabel, String label) {
		EObject object = target(className);
		EStructuralFeature feature = feature(object, featureName);
		object.eSet(feature, new BigDecimal("-0.01"));

		assertError(onlyFinding(validate()), PmoValidator.NEGATIVE_VALUE,
				label + ": " + featureLabel + " -0.01 must not be negative", object, feature);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"Project      | percentComplete | % complete | 101 | Project 'Apollo' (APL)",
			"Project      | percentComplete | % complete | -1  | Project 'Apollo' (APL)",
			"StatusReport | percentComplete | % complete | 120 | Status report of 'Apollo' for 2025-03-28",
			"Allocation   | percentage      | percentage | 101 | Allocation of 'Ada Lovelace' to 'Apollo'" })
	void percentageOutsideZeroToHundredIsAnError(String className, String featureName, String featureLabel, int value,
			String label) {
		EObject object = target(className);
		EStructuralFeature feature = feature(object, featureName);
		object.eSet(feature, value);

		assertError(onlyFinding(validate()), PmoValidator.PERCENT_OUT_OF_RANGE,
				label + ": " + featureLabel + " " + value + " must be between 0 and 100", object, feature);
	}

	@Test
	void projectWithoutSponsorIsAnError() {
		zeus.getRoleAssignments().clear();

		assertError(onlyFinding(validate()), PmoValidator.SPONSOR_COUNT,
				"Project 'Zeus' (ZEU): roles include no sponsor; a project must have exactly one sponsor",
				zeus, PmoPackage.Literals.SCOPE__ROLE_ASSIGNMENTS);
	}

	@Test
	void projectWithTwoSponsorsIsAnError() {
		var second = assign(apollo, RoleKind.SPONSOR, bob);

		assertError(onlyFinding(validate()), PmoValidator.SPONSOR_COUNT,
				"Project 'Apollo' (APL): roles include 2 sponsors ('Ada Lovelace', 'Bob Marley');"
						+ " a project must have exactly one sponsor",
				apollo, PmoPackage.Literals.SCOPE__ROLE_ASSIGNMENTS, apollo.getRoleAssignments().get(0), second);
	}

	@Test
	void overlappingAllocationsOverHundredPercentAreAWarning() {
		Allocation adaOnZeus = allocate(ada, zeus, "2025-03-01", "2025-04-15", 50);

		Diagnostic result = validate();

		assertEquals(Diagnostic.WARNING, result.getSeverity());
		assertFinding(Diagnostic.WARNING, onlyFinding(result), PmoValidator.OVER_ALLOCATION,
				"Person 'Ada Lovelace': allocations sum up to 110% from 2025-03-01 to 2025-04-15"
						+ " (Allocation of 'Ada Lovelace' to 'Apollo' 60%, Allocation of 'Ada Lovelace' to 'Zeus' 50%)"
						+ OVER_ALLOCATION_RULE,
				ada, adaOnApollo, adaOnZeus);
	}

	@Test
	void adjacentFullTimeAllocationsDoNotWarn() {
		Person carol = person("Carol");
		allocate(carol, apollo, "2025-01-01", "2025-01-31", 100);
		allocate(carol, zeus, "2025-02-01", "2025-02-28", 100);
		allocate(carol, apollo, "2025-03-01", null, 100);

		assertEquals(List.of(), validate().getChildren());
	}

	@Test
	void allocationsSharingOneDayOverlapOnThatDay() {
		Person carol = person("Carol");
		Allocation january = allocate(carol, apollo, "2025-01-01", "2025-01-31", 100);
		Allocation february = allocate(carol, zeus, "2025-01-31", "2025-02-28", 100);

		assertFinding(Diagnostic.WARNING, onlyFinding(validate()), PmoValidator.OVER_ALLOCATION,
				"Person 'Carol': allocations sum up to 200% from 2025-01-31 to 2025-01-31"
						+ " (Allocation of 'Carol' to 'Apollo' 100%, Allocation of 'Carol' to 'Zeus' 100%)"
						+ OVER_ALLOCATION_RULE,
				carol, january, february);
	}

	@Test
	void overlappingAllocationsUpToHundredPercentDoNotWarn() {
		allocate(ada, zeus, "2025-03-01", "2025-04-15", 40);
		allocate(person("Carol"), apollo, "2025-03-01", "2025-04-15", 100);

		assertEquals(List.of(), validate().getChildren());
	}

	@Test
	void contiguousOverloadsAreReportedAsOnePeriodWithTheirPeak() {
		Allocation march = allocate(ada, zeus, "2025-03-01", "2025-03-31", 50);
		Allocation april = allocate(ada, zeus, "2025-03-15", "2025-04-30", 50);

		assertFinding(Diagnostic.WARNING, onlyFinding(validate()), PmoValidator.OVER_ALLOCATION,
				"Person 'Ada Lovelace': allocations sum up to 160% from 2025-03-01 to 2025-04-30"
						+ " (Allocation of 'Ada Lovelace' to 'Apollo' 60%, Allocation of 'Ada Lovelace' to 'Zeus' 50%,"
						+ " Allocation of 'Ada Lovelace' to 'Zeus' 50%)" + OVER_ALLOCATION_RULE,
				ada, adaOnApollo, march, april);
	}

	@Test
	void separateOverloadsOfOnePersonWarnSeparately() {
		allocate(ada, zeus, "2025-02-01", "2025-02-28", 50);
		allocate(ada, zeus, "2025-05-01", "2025-05-31", 50);

		Diagnostic result = validate();

		assertEquals(2, result.getChildren().size(), () -> messages(result));
		assertEquals(List.of("from 2025-02-01 to 2025-02-28", "from 2025-05-01 to 2025-05-31"),
				result.getChildren().stream()
						.map(finding -> finding.getMessage().replaceAll(".*(from \\S+ to \\S+).*", "$1"))
						.toList());
	}

	@Test
	void openEndedAllocationsOverlapForever() {
		Allocation consulting = allocate(bob, zeus, "2025-06-01", null, 20);

		assertFinding(Diagnostic.WARNING, onlyFinding(validate()), PmoValidator.OVER_ALLOCATION,
				"Person 'Bob Marley': allocations sum up to 120% from 2025-06-01 to open end"
						+ " (Allocation of 'Bob Marley' to 'Apollo' 100%, Allocation of 'Bob Marley' to 'Zeus' 20%)"
						+ OVER_ALLOCATION_RULE,
				bob, bobOnApollo, consulting);
	}

	@Test
	void overAllocationNeedsTheOtherAllocationsInTheValidatedCollection() {
		Allocation adaOnZeus = allocation(ada, zeus, "2025-03-01", "2025-04-15", 50);

		assertEquals(List.of(), validate(List.of(adaOnZeus)).getChildren());
		assertEquals(PmoValidator.OVER_ALLOCATION,
				onlyFinding(validate(List.of(adaOnApollo, adaOnZeus))).getCode());
	}

	@Test
	void everyRuleHasItsOwnCode() {
		List<Integer> codes = List.of(PmoValidator.END_BEFORE_START, PmoValidator.NEGATIVE_VALUE,
				PmoValidator.PERCENT_OUT_OF_RANGE, PmoValidator.SPONSOR_COUNT, PmoValidator.OVER_ALLOCATION);

		assertEquals(codes.size(), codes.stream().distinct().count());
		assertEquals("org.atrium.core.model", PmoValidator.SOURCE);
	}
}
