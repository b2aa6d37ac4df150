package org.atrium.interop;

import java.util.List;
import java.util.Optional;

import org.atrium.core.exchange.Column;
import org.atrium.core.model.Labels;
import org.atrium.core.model.pmo.PmoPackage.Literals;
import org.atrium.interop.model.interop.SheetTarget;
import org.eclipse.emf.ecore.EAttribute;

/**
 * A field a sheet's column can fill: a project's for a project list, a milestone's for a milestone plan. Its id is
 * the attribute's name ({@code plannedStart}), its label the model's ("Planned start"). The project list's sponsor is
 * the one field that is not an attribute: a person, by name or login, given the sponsor role of a new project.
 */
public record SheetField(SheetTarget target, EAttribute attribute, boolean required) {

	/** The id of the sponsor field. */
	public static final String SPONSOR = "sponsor";

	/** The sponsor of a new project in a project list. */
	public static final SheetField SPONSOR_FIELD = new SheetField(SheetTarget.PROJECT_LIST, null, false);

	private static final List<SheetField> FIELDS = List.of(
			new SheetField(SheetTarget.PROJECT_LIST, Literals.PROJECT__CODE, true),
			new SheetField(SheetTarget.PROJECT_LIST, Literals.SCOPE__NAME, true),
			new SheetField(SheetTarget.PROJECT_LIST, Literals.PROJECT__PHASE, false),
			new SheetField(SheetTarget.PROJECT_LIST, Literals.PROJECT__RAG, false),
			SPONSOR_FIELD,
			new SheetField(SheetTarget.PROJECT_LIST, Literals.PROJECT__PLANNED_START, false),
			new SheetField(SheetTarget.PROJECT_LIST, Literals.PROJECT__PLANNED_END, false),
			new SheetField(SheetTarget.PROJECT_LIST, Literals.PROJECT__BASELINE_START, false),
			new SheetField(SheetTarget.PROJECT_LIST, Literals.PROJECT__BASELINE_END, false),
			new SheetField(SheetTarget.PROJECT_LIST, Literals.PROJECT__ACTUAL_START, false),
			new SheetField(SheetTarget.PROJECT_LIST, Literals.PROJECT__ACTUAL_END, false),
			new SheetField(SheetTarget.PROJECT_LIST, Literals.PROJECT__PERCENT_COMPLETE, false),
			new SheetField(SheetTarget.PROJECT_LIST, Literals.PROJECT__CURRENCY, false),
			new SheetField(SheetTarget.PROJECT_LIST, Literals.PROJECT__BUDGET_PLANNED, false),
			new SheetField(SheetTarget.PROJECT_LIST, Literals.PROJECT__BUDGET_FORECAST, false),
			new SheetField(SheetTarget.PROJECT_LIST, Literals.PROJECT__BUDGET_ACTUAL, false),
			new SheetField(SheetTarget.PROJECT_LIST, Literals.SCOPE__DESCRIPTION, false),
			new SheetField(SheetTarget.MILESTONE_PLAN, Literals.MILESTONE__NAME, true),
			new SheetField(SheetTarget.MILESTONE_PLAN, Literals.MILESTONE__PLANNED_DATE, false),
			new SheetField(SheetTarget.MILESTONE_PLAN, Literals.MILESTONE__BASELINE_DATE, false),
			new SheetField(SheetTarget.MILESTONE_PLAN, Literals.MILESTONE__ACTUAL_DATE, false));

	/** The fields of a target, the required ones first. */
	public static List<SheetField> of(SheetTarget target) {
		return FIELDS.stream().filter(field -> field.target == target).toList();
	}

	public static Optional<SheetField> find(SheetTarget target, String id) {
		return of(target).stream().filter(field -> field.id().equals(id)).findFirst();
	}

	/** The field's id as stored in a mapping: the attribute's name. */
	public String id() {
		return attribute == null ? SPONSOR : attribute.getName();
	}

	/** "Planned start", or "Project code" for the code. */
	public String label() {
		if (attribute == null) {
			return "Sponsor";
		}
		return attribute == Literals.PROJECT__CODE ? "Project code" : Labels.of(attribute);
	}

	/** The exchange column that reads this field from the sheet's column with the header. */
	Column column(String header) {
		if (attribute == null) {
			throw new IllegalStateException("the sponsor is not a column of the exchange");
		}
		Class<?> type = attribute.getEAttributeType().getInstanceClass();
		Column column;
		if (attribute.getEAttributeType() instanceof org.eclipse.emf.ecore.EEnum) {
			column = Column.enumeration(header, attribute);
		} else if (type == java.time.LocalDate.class) {
			column = Column.date(header, attribute);
		} else if (type == java.math.BigDecimal.class) {
			column = Column.decimal(header, attribute);
		} else if (type == int.class || type == Integer.class) {
			column = Column.wholeNumber(header, attribute);
		} else {
			column = Column.text(header, attribute);
		}
		return required ? column.required() : column;
	}

	/** Whether the field is the key that matches rows to stored objects: the code, or the milestone's name. */
	boolean isKey() {
		return attribute == Literals.PROJECT__CODE || attribute == Literals.MILESTONE__NAME;
	}
}
