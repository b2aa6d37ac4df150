package org.atrium.core.model.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.atrium.core.model.Labels;
import org.atrium.core.model.pmo.Allocation;
import org.atrium.core.model.pmo.Measurement;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RoleAssignment;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.model.validation.AllocationOverloads.Overload;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EObjectValidator;

/**
 * Checks the PMO model's business rules, on top of EMF's structural constraints.
 * <ul>
 * <li>{@link #END_BEFORE_START}: a project's planned, baseline and actual end, and an allocation's end, are not
 * before the matching start (error).</li>
 * <li>{@link #NEGATIVE_VALUE}: budgets of projects and status reports, and time entry hours, are not negative
 * (error).</li>
 * <li>{@link #PERCENT_OUT_OF_RANGE}: percent complete of projects and status reports, and allocation
 * percentages, lie in 0..100 (error).</li>
 * <li>{@link #SPONSOR_COUNT}: a project has exactly one sponsor among its role assignments (error).</li>
 * <li>{@link #MEASUREMENT_WITHOUT_VALUE}: a KPI measurement has a value; an editor adds new rows without one (NaN),
 * so that nothing counts until it is filled in (error).</li>
 * <li>{@link #OVER_ALLOCATION}: a person's overlapping allocations do not add up to more than 100% (warning).
 * The allocations considered are those in the trees under {@link ValidationContext#ROOTS} in the context, else
 * those in the same resource.</li>
 * </ul>
 * Each diagnostic has {@link #SOURCE} as its source and a distinct code. Its data start with the offending object,
 * followed by the features involved; for {@link #OVER_ALLOCATION}, the person followed by the allocations.
 */
public class PmoValidator implements EValidator {

	/** The source of every diagnostic raised by these rules. */
	public static final String SOURCE = "org.atrium.core.model";

	/** An end date lies before its start date. */
	public static final int END_BEFORE_START = 1;

	/** A budget or an hours value is negative. */
	public static final int NEGATIVE_VALUE = 2;

	/** A percentage lies outside 0..100. */
	public static final int PERCENT_OUT_OF_RANGE = 3;

	/** A project has no sponsor, or more than one. */
	public static final int SPONSOR_COUNT = 4;

	/**
	 * A person is allocated over 100% in some period. The data are the person, then the allocations involved;
	 * the warning is raised once per period, while validating the first of those allocations.
	 */
	public static final int OVER_ALLOCATION = 5;

	/** A KPI measurement has no value yet (a row added in an editor and not filled in). */
	public static final int MEASUREMENT_WITHOUT_VALUE = 6;

	/** A role held for the office that is not an office role, or an office role assigned below a portfolio. */
	public static final int OFFICE_ROLE_PLACE = 7;

	private static final List<RoleKind> OFFICE_ROLES = List.of(RoleKind.PMO_LEAD, RoleKind.PMO_ANALYST);

	private static final String OVERLOADS = SOURCE + ".overloads";

	private record DateRange(EAttribute start, EAttribute end) {
	}

	private static final List<DateRange> DATE_RANGES = List.of(
			new DateRange(PmoPackage.Literals.PROJECT__PLANNED_START, PmoPackage.Literals.PROJECT__PLANNED_END),
			new DateRange(PmoPackage.Literals.PROJECT__BASELINE_START, PmoPackage.Literals.PROJECT__BASELINE_END),
			new DateRange(PmoPackage.Literals.PROJECT__ACTUAL_START, PmoPackage.Literals.PROJECT__ACTUAL_END),
			new DateRange(PmoPackage.Literals.ALLOCATION__START, PmoPackage.Literals.ALLOCATION__END));

	private static final List<EAttribute> NON_NEGATIVE = List.of(
			PmoPackage.Literals.PROJECT__BUDGET_PLANNED,
			PmoPackage.Literals.PROJECT__BUDGET_ACTUAL,
			PmoPackage.Literals.PROJECT__BUDGET_FORECAST,
			PmoPackage.Literals.STATUS_REPORT__BUDGET_ACTUAL,
			PmoPackage.Literals.STATUS_REPORT__BUDGET_FORECAST,
			PmoPackage.Literals.TIME_ENTRY__HOURS);

	private static final List<EAttribute> PERCENTAGES = List.of(
			PmoPackage.Literals.PROJECT__PERCENT_COMPLETE,
			PmoPackage.Literals.STATUS_REPORT__PERCENT_COMPLETE,
			PmoPackage.Literals.ALLOCATION__PERCENTAGE);

	@Override
	public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate(eObject.eClass(), eObject, diagnostics, context);
	}

	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = EObjectValidator.INSTANCE.validate(eClass, eObject, diagnostics, context);
		valid &= validateDateRanges(eClass, eObject, diagnostics);
		valid &= validateNonNegative(eClass, eObject, diagnostics);
		valid &= validatePercentages(eClass, eObject, diagnostics);
		if (eObject instanceof Project project) {
			valid &= validateSponsor(project, diagnostics);
		}
		if (eObject instanceof Allocation allocation) {
			valid &= validateOverAllocation(allocation, diagnostics, context);
		}
		if (eObject instanceof Measurement measurement && Double.isNaN(measurement.getValue())) {
			valid &= report(diagnostics, Diagnostic.ERROR, MEASUREMENT_WITHOUT_VALUE,
					"%s: %s is empty; enter the measured value".formatted(Labels.of(measurement),
							Labels.inSentence(PmoPackage.Literals.MEASUREMENT__VALUE)),
					measurement, PmoPackage.Literals.MEASUREMENT__VALUE);
		}
		valid &= validateOfficeRoles(eObject, diagnostics);
		return valid;
	}

	@Override
	public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		return true;
	}

	private static boolean validateDateRanges(EClass eClass, EObject eObject, DiagnosticChain diagnostics) {
		boolean valid = true;
		for (DateRange range : DATE_RANGES) {
			if (appliesTo(range.end(), eClass)
					&& eObject.eGet(range.start()) instanceof LocalDate start
					&& eObject.eGet(range.end()) instanceof LocalDate end
					&& end.isBefore(start)) {
				valid &= report(diagnostics, Diagnostic.ERROR, END_BEFORE_START,
						"%s: %s %s is before %s %s; an end must not be before its start".formatted(
								Labels.of(eObject), Labels.inSentence(range.end()), end, Labels.inSentence(range.start()), start),
						eObject, range.end(), range.start());
			}
		}
		return valid;
	}

	private static boolean validateNonNegative(EClass eClass, EObject eObject, DiagnosticChain diagnostics) {
		boolean valid = true;
		for (EAttribute attribute : NON_NEGATIVE) {
			if (appliesTo(attribute, eClass) && eObject.eGet(attribute) instanceof BigDecimal value
					&& value.signum() < 0) {
				valid &= report(diagnostics, Diagnostic.ERROR, NEGATIVE_VALUE,
						"%s: %s %s must not be negative".formatted(
								Labels.of(eObject), Labels.inSentence(attribute), value.toPlainString()),
						eObject, attribute);
			}
		}
		return valid;
	}

	private static boolean validatePercentages(EClass eClass, EObject eObject, DiagnosticChain diagnostics) {
		boolean valid = true;
		for (EAttribute attribute : PERCENTAGES) {
			if (appliesTo(attribute, eClass) && eObject.eGet(attribute) instanceof Integer value
					&& (value < 0 || value > 100)) {
				valid &= report(diagnostics, Diagnostic.ERROR, PERCENT_OUT_OF_RANGE,
						"%s: %s %d must be between 0 and 100".formatted(
								Labels.of(eObject), Labels.inSentence(attribute), value),
						eObject, attribute);
			}
		}
		return valid;
	}

	private static boolean validateSponsor(Project project, DiagnosticChain diagnostics) {
		List<RoleAssignment> sponsors = project.getRoleAssignments().stream()
				.filter(assignment -> assignment.getKind() == RoleKind.SPONSOR)
				.toList();
		if (sponsors.size() == 1) {
			return true;
		}
		String found = sponsors.isEmpty() ? "no sponsor"
				: sponsors.size() + " sponsors ("
						+ sponsors.stream().map(sponsor -> Labels.nameOf(sponsor.getPerson()))
								.collect(Collectors.joining(", "))
						+ ")";
		List<Object> data = new ArrayList<>(List.of(project, PmoPackage.Literals.SCOPE__ROLE_ASSIGNMENTS));
		data.addAll(sponsors);
		return report(diagnostics, Diagnostic.ERROR, SPONSOR_COUNT,
				"%s: %s include %s; a project must have exactly one sponsor".formatted(
						Labels.of(project), Labels.inSentence(PmoPackage.Literals.SCOPE__ROLE_ASSIGNMENTS), found),
				data.toArray());
	}

	private static boolean validateOverAllocation(Allocation allocation, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		for (Overload overload : overloads(allocation, context)) {
			if (overload.allocations().get(0) == allocation) {
				String parts = overload.allocations().stream()
						.map(each -> Labels.of(each) + " " + each.getPercentage() + "%")
						.collect(Collectors.joining(", "));
				List<Object> data = new ArrayList<>();
				data.add(overload.person());
				data.addAll(overload.allocations());
				report(diagnostics, Diagnostic.WARNING, OVER_ALLOCATION,
						"%s: allocations sum up to %d%% from %s to %s (%s); the summed %s of a person's overlapping allocations must not exceed 100%%"
								.formatted(Labels.of(overload.person()), overload.peakPercentage(),
										orOpen(overload.from(), "open start"), orOpen(overload.to(), "open end"), parts,
										Labels.inSentence(PmoPackage.Literals.ALLOCATION__PERCENTAGE)),
						data.toArray());
			}
		}
		return true;
	}

	@SuppressWarnings("unchecked")
	private static List<Overload> overloads(Allocation allocation, Map<Object, Object> context) {
		if (context != null && context.get(ValidationContext.ROOTS) instanceof Collection<?> roots) {
			return (List<Overload>) context.computeIfAbsent(OVERLOADS,
					key -> AllocationOverloads.find(allocationsIn(roots)));
		}
		Resource resource = allocation.eResource();
		return AllocationOverloads.find(resource == null ? List.of(allocation) : allocationsIn(resource.getContents()));
	}

	/** The allocations among the objects and everything they contain. */
	private static List<Allocation> allocationsIn(Collection<?> objects) {
		List<Allocation> allocations = new ArrayList<>();
		for (Object object : objects) {
			if (object instanceof Allocation allocation) {
				allocations.add(allocation);
			}
			if (object instanceof EObject root) {
				for (TreeIterator<EObject> contents = root.eAllContents(); contents.hasNext();) {
					if (contents.next() instanceof Allocation allocation) {
						allocations.add(allocation);
					}
				}
			}
		}
		return allocations;
	}

	private static boolean appliesTo(EAttribute attribute, EClass eClass) {
		return attribute.getEContainingClass().isSuperTypeOf(eClass);
	}

	/** PMO lead and PMO analyst are held for the office or a portfolio, and only they are held for the office. */
	private static boolean validateOfficeRoles(EObject eObject, DiagnosticChain diagnostics) {
		if (eObject instanceof Person person) {
			List<RoleKind> misplaced = person.getOfficeRoles().stream().filter(role -> !OFFICE_ROLES.contains(role))
					.toList();
			if (!misplaced.isEmpty()) {
				return report(diagnostics, Diagnostic.ERROR, OFFICE_ROLE_PLACE,
						"%s: %s %s; only PMO lead and PMO analyst are held for the whole office".formatted(
								Labels.of(person), Labels.inSentence(PmoPackage.Literals.PERSON__OFFICE_ROLES), misplaced),
						person, PmoPackage.Literals.PERSON__OFFICE_ROLES);
			}
		}
		if (eObject instanceof RoleAssignment assignment && OFFICE_ROLES.contains(assignment.getKind())
				&& assignment.eContainer() != null && !(assignment.eContainer() instanceof Portfolio)) {
			return report(diagnostics, Diagnostic.ERROR, OFFICE_ROLE_PLACE,
					"%s: %s is held for the office or a portfolio, not for a %s".formatted(Labels.of(assignment),
							assignment.getKind().getLiteral(), Labels.inSentence(assignment.eContainer().eClass())),
					assignment, PmoPackage.Literals.ROLE_ASSIGNMENT__KIND);
		}
		return true;
	}

	private static String orOpen(LocalDate date, String open) {
		return date == null ? open : date.toString();
	}

	/** Adds the diagnostic when there is a chain; errors make the object invalid, warnings do not. */
	private static boolean report(DiagnosticChain diagnostics, int severity, int code, String message,
			Object... data) {
		if (diagnostics != null) {
			diagnostics.add(new BasicDiagnostic(severity, SOURCE, code, message, data));
		}
		return severity != Diagnostic.ERROR;
	}
}
