package org.atrium.risks;

import java.util.List;

/** The texts of the demo risk registers: typical project risks, assumptions and dependencies. */
final class RiskCatalogue {

	/**
	 * A typical risk with the actions that mitigate it and the issue it becomes when it occurs.
	 */
	record RiskTemplate(String title, String category, String cause, String effect, String triggers,
			List<String> actions, String issue) {
	}

	/** A typical dependency: what is needed, from another project or from a vendor. */
	record DependencyTemplate(String title, boolean onProject) {
	}

	static final List<RiskTemplate> RISKS = List.of(
			new RiskTemplate("Vendor delivery delay", "Supplier",
					"The integration vendor's delivery team is shared with two other clients.",
					"Integration testing starts late and the go-live date slips.",
					"The vendor misses two sprint reviews in a row.",
					List.of("Agree weekly delivery checkpoints with the vendor",
							"Add a late-delivery clause to the contract amendment"),
					"Vendor missed the integration release"),
			new RiskTemplate("Key person dependency", "People",
					"Only one architect knows the legacy interfaces.",
					"Design decisions stall whenever the architect is unavailable.",
					"The architect is booked on another project or announces leave.",
					List.of("Pair a second engineer on the interface work", "Document the legacy interfaces"),
					"Architect unavailable for the interface design"),
			new RiskTemplate("Data migration quality", "Data",
					"Source records contain duplicates and missing mandatory fields.",
					"Migrated records fail validation and need manual rework before cut-over.",
					"The trial migration rejects more than 2% of the records.",
					List.of("Run a trial migration on a copy of production", "Appoint data owners for cleansing"),
					"Trial migration rejected 8% of customer records"),
			new RiskTemplate("Regulatory change", "Compliance",
					"The regulator is consulting on new reporting rules.",
					"Requirements change late in the project and completed work must be redone.",
					"The regulator publishes final rules before our design freeze.",
					List.of("Track the consultation with Legal every month",
							"Keep the reporting rules configurable"),
					"New reporting rules require a redesign of the extract"),
			new RiskTemplate("Budget overrun", "Financial",
					"Day rates and licence costs rose since the business case was approved.",
					"The forecast exceeds the approved budget and the sponsor must find extra funding.",
					"The monthly forecast exceeds the budget by more than 5%.",
					List.of("Re-forecast with Finance every month", "Agree a contingency release with the sponsor"),
					"Forecast exceeds the approved budget"),
			new RiskTemplate("Scope creep", "Scope",
					"Stakeholders keep asking for features outside the agreed scope.",
					"The team spends time on unplanned work and planned features slip.",
					"More than three change requests arrive in a month.",
					List.of("Route every new request through change control",
							"Confirm the scope baseline with the functional owner"),
					"Unplanned reporting features delayed the release"),
			new RiskTemplate("Test environment availability", "Technology",
					"The shared test environment is booked by several projects.",
					"Test cycles are cut short and defects reach production.",
					"The environment booking calendar shows overlaps for our test window.",
					List.of("Book the test environment for the whole test phase",
							"Prepare a containerised test environment as a fallback"),
					"Test environment unavailable for the regression cycle"),
			new RiskTemplate("Low user adoption", "Change",
					"Users were hardly involved in the design of the new process.",
					"Users keep their spreadsheets and the expected benefits are not realised.",
					"Fewer than half of the pilot users log in during the first week.",
					List.of("Set up a network of business champions", "Run hands-on training before go-live"),
					"Pilot users went back to the old spreadsheets"),
			new RiskTemplate("Security findings before go-live", "Security",
					"The penetration test is scheduled shortly before go-live.",
					"Critical findings block the go-live until they are fixed.",
					"The security team's pre-assessment reports high findings.",
					List.of("Move the penetration test two sprints earlier",
							"Reserve developer capacity for security fixes"),
					"Penetration test found two critical vulnerabilities"),
			new RiskTemplate("Integration complexity underestimated", "Technology",
					"The interfaces to the ERP system are poorly documented.",
					"Integration effort doubles and the schedule slips.",
					"The first interface takes more than twice its estimate.",
					List.of("Build a technical spike for the most complex interface",
							"Re-estimate the integration work after the spike"),
					"ERP interface effort doubled"));

	static final List<String> ASSUMPTIONS = List.of(
			"The vendor provides a test environment by design sign-off",
			"Business users are available two days a week for acceptance testing",
			"The current licence agreement covers the additional users",
			"No change freeze around the year-end close affects the rollout",
			"The legacy system stays supported until the new one is live",
			"The data protection impact assessment raises no blocking findings");

	static final List<DependencyTemplate> DEPENDENCIES = List.of(
			new DependencyTemplate("Single sign-on for the new application", true),
			new DependencyTemplate("Master data interface", true),
			new DependencyTemplate("Network upgrade at the regional sites", true),
			new DependencyTemplate("Delivery of the licensed software release", false),
			new DependencyTemplate("Hardware delivery for the data centre", false));

	static final List<String> VENDORS = List.of("Northwind Systems", "Contoso Consulting", "Fabrikam Cloud Services",
			"Tailspin Hardware", "Litware Software");

	private RiskCatalogue() {
	}
}
