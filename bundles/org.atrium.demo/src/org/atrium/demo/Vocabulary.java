package org.atrium.demo;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.atrium.core.model.pmo.KpiDirection;
import org.atrium.core.model.pmo.LifecyclePhase;
import org.atrium.core.model.pmo.RagStatus;

/** The words a PMO uses: names, catalogues and text fragments the generated office is composed from. */
final class Vocabulary {

	/** The fictional company whose office is generated. */
	static final String MAIL_DOMAIN = "meridian.example";
	static final String DOCUMENT_SITE = "https://intranet.meridian.example/sites/pmo/";

	/** A portfolio with its project code prefix, its programs and the subjects of its projects. */
	record PortfolioTheme(String name, String codePrefix, String description, List<String> programs,
			List<String> subjects) {
	}

	record WorkstreamTemplate(String name, String description) {
	}

	record MilestoneTemplate(String name, boolean gate) {
	}

	/** A KPI with its thresholds, the range its values can take and the decimals they are shown with. */
	record KpiTemplate(String name, String unit, KpiDirection direction, double target, double amberThreshold,
			double redThreshold, double minimum, double maximum, int decimals) {
	}

	record DocumentTemplate(String title, String kind, String extension, List<String> tags) {
	}

	/** What a project reports and books while in one lifecycle phase. */
	record PhaseTexts(List<String> accomplishments, List<String> nextSteps, List<String> activities) {
	}

	static final List<PortfolioTheme> PORTFOLIOS = List.of(
			new PortfolioTheme("Digital Transformation", "DIG",
					"Customer-facing and workplace digitisation across all business units.",
					List.of("Customer Experience", "Digital Workplace", "Data & Analytics", "E-Commerce Platform",
							"Marketing Technology"),
					List.of("CRM", "Customer Portal", "Mobile App", "Marketing Automation", "Data Warehouse",
							"Analytics Platform", "Intranet", "Collaboration Suite", "Contact Center", "Data Lake",
							"Self-Service BI", "Web Shop", "Product Information Management", "Customer Data Platform")),
			new PortfolioTheme("Operational Excellence", "OPX",
					"Leaner, standardised processes in finance, supply chain and shared services.",
					List.of("Finance Transformation", "Supply Chain Excellence", "Shared Services",
							"Procurement Excellence", "Lean Manufacturing"),
					List.of("SAP S/4 Finance", "Procure-to-Pay", "Order-to-Cash", "Warehouse Management",
							"Transport Management", "Payroll", "Treasury", "Record-to-Report", "Demand Planning",
							"Field Service", "Accounts Payable", "Travel & Expense", "Plant Maintenance",
							"Quality Management")),
			new PortfolioTheme("Regulatory & Compliance", "REG",
					"Mandatory changes to meet regulatory deadlines and audit findings.",
					List.of("Data Protection", "Financial Reporting Compliance", "ESG Reporting",
							"Operational Resilience", "Financial Crime Prevention"),
					List.of("GDPR Records", "IFRS 17 Reporting", "ESG Data", "Anti-Money Laundering",
							"Sanctions Screening", "E-Invoicing", "Records Retention", "Access Recertification",
							"SOX Controls", "DORA ICT Risk", "Whistleblowing Platform", "Consent Management",
							"Tax Reporting", "Audit Trail")),
			new PortfolioTheme("Technology Foundation", "TEC",
					"Secure, modern infrastructure and a rationalised application landscape.",
					List.of("Cloud Migration", "Cyber Security", "Network Modernisation", "Application Rationalisation",
							"Workplace Technology"),
					List.of("Cloud Landing Zone", "Data Center", "Identity & Access Management", "Endpoint Security",
							"SD-WAN", "Mainframe", "Backup & Recovery", "Service Desk", "Monitoring", "Legacy ERP",
							"Email Platform", "Kubernetes Platform", "Privileged Access", "Disaster Recovery")),
			new PortfolioTheme("Growth & Innovation", "GRO",
					"New products, markets and partner channels.",
					List.of("New Markets", "Product Innovation", "Partner Ecosystem", "Pricing & Revenue",
							"Connected Products"),
					List.of("Partner Portal", "Subscription Billing", "Pricing Engine", "Product Configurator",
							"IoT Platform", "Loyalty Programme", "Marketplace Integration", "API Platform",
							"Digital Onboarding", "Revenue Management", "Dealer Portal", "Customer Analytics")));

	static final List<String> PROJECT_ACTIONS = List.of("Consolidation", "Migration", "Rollout", "Upgrade",
			"Replacement", "Implementation", "Modernisation", "Harmonisation", "Redesign", "Automation",
			"Optimisation", "Integration", "Decommissioning");

	/** Qualifiers that tell apart scopes of the same name, in the order they are used. */
	static final List<String> REGIONS = List.of("DACH", "Nordics", "Benelux", "France", "Iberia", "Italy",
			"UK & Ireland", "Poland", "North America", "APAC", "LATAM", "Middle East");

	static final List<String> OBJECTIVES = List.of("Retire end-of-life systems and reduce licence cost.",
			"Harmonise processes across all business units.", "Meet the regulatory deadline without findings.",
			"Shorten lead times and improve customer satisfaction.", "Create one trusted source of data.",
			"Reduce manual effort through automation.", "Lower operating cost by moving to standard software.",
			"Close audit findings and strengthen internal controls.", "Enable growth in new markets and channels.",
			"Improve resilience and recovery times of critical services.");

	static final List<String> FIRST_NAMES = List.of("Anna", "Arjun", "Ben", "Carla", "Chen", "Daniel", "Elena",
			"Emma", "Fatima", "Felix", "Giulia", "Hannah", "Hiroshi", "Inès", "Isabel", "Jakob", "James", "Jana",
			"Johan", "Julia", "Karim", "Katarzyna", "Laura", "Leon", "Lucas", "María", "Mateo", "Mehmet", "Mia",
			"Nadia", "Nina", "Noah", "Olivia", "Omar", "Paul", "Priya", "Rafael", "Rosa", "Sara", "Sebastian",
			"Sofia", "Stefan", "Thomas", "Valentina", "Victor", "Yasmin", "Zoe", "Amélie", "Björn", "Chloé",
			"Andrés", "Ravi", "Aisha", "Tomás", "Marta", "Lukas", "Eva", "Oskar", "Clara", "David", "Irene",
			"Jonas", "Lea", "Malik", "Nora", "Pedro", "Sven", "Tanja", "Ulrich", "Wei", "Yuki", "Zofia", "Dmitri",
			"Agnieszka", "Ingrid", "Kofi", "Leila", "Marco", "Nikos", "Patrick");

	static final List<String> LAST_NAMES = List.of("Kumar", "Müller", "Schmidt", "Rossi", "García", "Martin",
			"Dubois", "Jansen", "Novak", "Kowalski", "Nielsen", "Andersson", "O'Brien", "Smith", "Johnson", "Patel",
			"Nguyen", "Chen", "Wang", "Tanaka", "Silva", "Santos", "Fernández", "López", "Moreau", "Bernard",
			"Fischer", "Weber", "Wagner", "Becker", "Hoffmann", "Schulz", "Koch", "Richter", "Klein", "Wolf",
			"Bauer", "Lehmann", "Huber", "Meier", "Bianchi", "Romano", "Costa", "Ferreira", "Pereira", "De Vries",
			"Van Dijk", "Bakker", "Visser", "Peeters", "Janssens", "Lindqvist", "Berg", "Hansen", "Larsen",
			"Virtanen", "Korhonen", "Horváth", "Nagy", "Popescu", "Ionescu", "Dimitrov", "Yilmaz", "Kaya", "Demir",
			"Haddad", "Khan", "Ali", "Ahmed", "Singh", "Sharma", "Iyer", "Okafor", "Mensah", "Kim", "Park", "Lee",
			"Murphy", "Walsh", "Taylor", "Brown", "Wilson", "Evans", "Clarke", "Hughes", "Novotný", "Svoboda",
			"Kovács", "Petrov", "Ivanova", "Sato", "Suzuki", "Zhang", "Liu", "Mendes", "Moreno", "Navarro", "Ruiz");

	static final List<String> EXECUTIVE_DEPARTMENTS = List.of("Executive Board", "Finance", "Operations",
			"Sales & Marketing", "Information Technology");
	static final List<String> PMO_DEPARTMENTS = List.of("PMO");
	static final List<String> BUSINESS_DEPARTMENTS = List.of("Finance", "Operations", "Sales & Marketing",
			"Human Resources", "Legal & Compliance", "Procurement", "Customer Service", "Supply Chain");
	static final List<String> TECHNOLOGY_DEPARTMENTS = List.of("IT Applications", "IT Infrastructure",
			"Data & Analytics", "Information Security", "Enterprise Architecture");

	static final List<WorkstreamTemplate> WORKSTREAMS = List.of(
			new WorkstreamTemplate("Business Process Design", "Target processes, roles and policies."),
			new WorkstreamTemplate("Data Migration", "Extraction, cleansing and load of legacy data."),
			new WorkstreamTemplate("Integration", "Interfaces to the surrounding systems."),
			new WorkstreamTemplate("Testing & Quality", "Test strategy, system integration and user acceptance tests."),
			new WorkstreamTemplate("Change Management & Training", "Communication, training and adoption."),
			new WorkstreamTemplate("Infrastructure", "Environments, hosting and operational readiness."),
			new WorkstreamTemplate("Reporting & Analytics", "Operational and management reporting."),
			new WorkstreamTemplate("Security & Compliance", "Access concepts, controls and audit evidence."),
			new WorkstreamTemplate("Vendor Management", "Contracts, deliverables and supplier coordination."));

	/** The milestones of a project's lifecycle, in order; a project uses an evenly spread selection. */
	static final List<MilestoneTemplate> MILESTONES = List.of(
			new MilestoneTemplate("Project kick-off", false),
			new MilestoneTemplate("Business case approved", true),
			new MilestoneTemplate("Project charter signed", false),
			new MilestoneTemplate("Requirements baseline agreed", false),
			new MilestoneTemplate("Vendor selected", false),
			new MilestoneTemplate("Solution design approved", true),
			new MilestoneTemplate("Detailed design complete", false),
			new MilestoneTemplate("Environments ready", false),
			new MilestoneTemplate("Build sprint 1 complete", false),
			new MilestoneTemplate("Build sprint 2 complete", false),
			new MilestoneTemplate("Data migration dry run 1", false),
			new MilestoneTemplate("System integration test complete", false),
			new MilestoneTemplate("Data migration dry run 2", false),
			new MilestoneTemplate("Performance test passed", false),
			new MilestoneTemplate("User acceptance test complete", false),
			new MilestoneTemplate("End-user training delivered", false),
			new MilestoneTemplate("Go-live readiness (go/no-go)", true),
			new MilestoneTemplate("Go-live", false),
			new MilestoneTemplate("Hypercare complete", false),
			new MilestoneTemplate("Project closure approved", true));

	static final List<KpiTemplate> KPIS = List.of(
			new KpiTemplate("Schedule adherence %", "%", KpiDirection.HIGHER_IS_BETTER, 95, 90, 80, 0, 100, 1),
			new KpiTemplate("Budget burn %", "%", KpiDirection.LOWER_IS_BETTER, 100, 105, 115, 0, 200, 1),
			new KpiTemplate("Defect density", "defects/KLOC", KpiDirection.LOWER_IS_BETTER, 0.5, 1, 1.5, 0, 10, 2),
			new KpiTemplate("Stakeholder satisfaction", "score 1-5", KpiDirection.HIGHER_IS_BETTER, 4.2, 3.8, 3.2, 1,
					5, 1),
			new KpiTemplate("Test pass rate %", "%", KpiDirection.HIGHER_IS_BETTER, 95, 90, 80, 0, 100, 1),
			new KpiTemplate("Requirements volatility %", "%", KpiDirection.LOWER_IS_BETTER, 5, 10, 20, 0, 100, 1),
			new KpiTemplate("Open high risks", "count", KpiDirection.LOWER_IS_BETTER, 2, 4, 6, 0, 50, 0),
			new KpiTemplate("Change requests pending", "count", KpiDirection.LOWER_IS_BETTER, 3, 6, 10, 0, 50, 0));

	static final List<String> MEASUREMENT_COMMENTS = List.of("Root cause analysis in progress.",
			"Recovery plan agreed with the workstream leads.", "Driven by late vendor deliverables.",
			"Expected to recover after the next release.", "Escalated to the steering committee.");

	static final List<DocumentTemplate> DOCUMENTS = List.of(
			new DocumentTemplate("Project charter", "Charter", "docx", List.of("governance")),
			new DocumentTemplate("Business case", "Business case", "xlsx", List.of("finance", "approval")),
			new DocumentTemplate("Steering committee deck", "Presentation", "pptx", List.of("steering committee")),
			new DocumentTemplate("Risk register", "Register", "xlsx", List.of("risk")),
			new DocumentTemplate("Solution design", "Design", "docx", List.of("architecture")),
			new DocumentTemplate("Test strategy", "Plan", "docx", List.of("testing", "quality")));

	/**
	 * Status summaries by RAG status; {@code %1$s} is a workstream, {@code %2$s} the next milestone.
	 */
	static final Map<RagStatus, List<String>> SUMMARIES = new EnumMap<>(Map.of(
			RagStatus.GREEN, List.of("On track. %2$s remains on plan; no escalations needed.",
					"Good progress across all workstreams; %1$s slightly ahead of plan.",
					"Delivery on schedule and within budget. Focus this week: %1$s."),
			RagStatus.AMBER, List.of("Schedule pressure in %1$s; mitigation agreed, %2$s at risk.",
					"Resource gaps in %1$s slow progress; recovery actions in place.",
					"Cost forecast above plan; change request for %1$s under review."),
			RagStatus.RED, List.of("%2$s will be missed; re-plan goes to the steering committee.",
					"Critical blocker in %1$s; escalated to the sponsor for a decision.",
					"Budget overrun confirmed; descoping options prepared before %2$s.")));

	/** Texts by the phase a project was in; {@code %1$s} is a workstream, {@code %2$s} the next milestone. */
	static final Map<LifecyclePhase, PhaseTexts> PHASE_TEXTS = new EnumMap<>(Map.of(
			LifecyclePhase.INITIATION, new PhaseTexts(
					List.of("Business case draft shared with Finance", "Stakeholder interviews completed",
							"Scope options documented", "Initial cost estimate reviewed"),
					List.of("Prepare %2$s", "Confirm sponsor and steering committee",
							"Collect vendor information for %1$s"),
					List.of("Business case preparation", "Stakeholder interviews", "Options analysis",
							"Cost estimation")),
			LifecyclePhase.PLANNING, new PhaseTexts(
					List.of("Requirements workshops held for %1$s", "Integrated plan baselined",
							"Vendor proposals evaluated", "Resource plan agreed with line managers"),
					List.of("Prepare %2$s", "Finalise requirements for %1$s", "Set up project environments"),
					List.of("Requirements workshop", "Planning session", "Vendor evaluation", "Solution design")),
			LifecyclePhase.EXECUTION, new PhaseTexts(
					List.of("Sprint scope for %1$s delivered", "Test cycle completed for %1$s",
							"Data load rehearsal completed", "Key users trained", "Interfaces deployed to test"),
					List.of("Prepare %2$s", "Close open defects in %1$s", "Start next test cycle",
							"Align cutover plan with operations"),
					List.of("Configuration", "Interface development", "Test execution", "Defect fixing",
							"Data mapping", "Training material", "Status meeting")),
			LifecyclePhase.CLOSING, new PhaseTexts(
					List.of("Go-live completed", "Hypercare tickets down to normal volume",
							"Handover to operations signed", "Lessons learned session held"),
					List.of("Prepare %2$s", "Archive project documentation", "Release the project team"),
					List.of("Hypercare support", "Lessons learned", "Handover to operations", "Documentation"))));

	private Vocabulary() {
	}

	/** The qualifier for the n-th scope of the same name (n ≥ 2): a region, then waves. */
	static String qualifier(int occurrence) {
		int index = occurrence - 2;
		return index < REGIONS.size() ? REGIONS.get(index) : "Wave " + (index - REGIONS.size() + 2);
	}

	/** The n-th use of a catalogue name: the name itself first, then numbered. */
	static String numbered(String name, int occurrence) {
		return occurrence == 1 ? name : name + " (" + occurrence + ")";
	}

	/** The texts of a phase; a closed project reports like a closing one. */
	static PhaseTexts textsOf(LifecyclePhase phase) {
		return PHASE_TEXTS.get(phase == LifecyclePhase.CLOSED ? LifecyclePhase.CLOSING : phase);
	}
}
