package org.atrium.risks;

/** How serious a risk is, from its probability and impact through a {@link RiskMatrix}; ordered from low to critical. */
public enum RiskBand {

	LOW("Low"), MEDIUM("Medium"), HIGH("High"), CRITICAL("Critical");

	private final String label;

	RiskBand(String label) {
		this.label = label;
	}

	/** The name PMO staff read, e.g. "High". */
	public String label() {
		return label;
	}

	/** Whether this band is as serious as the other one or more. */
	public boolean isAtLeast(RiskBand other) {
		return compareTo(other) >= 0;
	}
}
