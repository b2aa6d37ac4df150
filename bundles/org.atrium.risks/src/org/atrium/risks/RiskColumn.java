package org.atrium.risks;

import java.util.Locale;
import java.util.Optional;

import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.Project;
import org.atrium.risks.model.risks.Risk;

/** The columns of an exported or imported risk register, in their order in the file. */
public enum RiskColumn {

	PROJECT_CODE("project code"),
	TITLE("title"),
	CATEGORY("category"),
	PROBABILITY("probability"),
	IMPACT("impact"),
	RESIDUAL_PROBABILITY("residual probability"),
	RESIDUAL_IMPACT("residual impact"),
	STATUS("status"),
	STRATEGY("strategy"),
	OWNER_LOGIN("owner login"),
	PROXIMITY_DATE("proximity date"),
	CAUSE("cause"),
	EFFECT("effect"),
	DESCRIPTION("description");

	private final String header;

	RiskColumn(String header) {
		this.header = header;
	}

	/** The column's name in the header row, e.g. "residual probability". */
	public String header() {
		return header;
	}

	/** Whether every imported row needs a value here. */
	public boolean isRequired() {
		return this == PROJECT_CODE || this == TITLE || this == PROBABILITY || this == IMPACT;
	}

	/** Whether the column holds a date (YYYY-MM-DD in CSV, a date cell in XLSX). */
	public boolean isDate() {
		return this == PROXIMITY_DATE;
	}

	/**
	 * The risk's value in this column: a text, an {@link Integer} or a {@link java.time.LocalDate}; null when the
	 * risk has none. Enumerations give their literal, e.g. "Mitigating".
	 */
	public Object valueOf(Risk risk) {
		return switch (this) {
			case PROJECT_CODE -> Optional.ofNullable(risk.getProject()).map(Project::getCode).orElse(null);
			case TITLE -> risk.getTitle();
			case CATEGORY -> risk.getCategory();
			case PROBABILITY -> risk.getProbability();
			case IMPACT -> risk.getImpact();
			case RESIDUAL_PROBABILITY -> risk.getResidualProbability();
			case RESIDUAL_IMPACT -> risk.getResidualImpact();
			case STATUS -> risk.getStatus().getLiteral();
			case STRATEGY -> risk.getStrategy().getLiteral();
			case OWNER_LOGIN -> Optional.ofNullable(risk.getOwner()).map(Person::getLogin).orElse(null);
			case PROXIMITY_DATE -> risk.getProximityDate();
			case CAUSE -> risk.getCause();
			case EFFECT -> risk.getEffect();
			case DESCRIPTION -> risk.getDescription();
		};
	}

	/** The column with this header, ignoring case and surrounding blanks. */
	public static Optional<RiskColumn> byHeader(String header) {
		String wanted = header.strip().toLowerCase(Locale.ROOT);
		for (RiskColumn column : values()) {
			if (column.header.equals(wanted)) {
				return Optional.of(column);
			}
		}
		return Optional.empty();
	}
}
