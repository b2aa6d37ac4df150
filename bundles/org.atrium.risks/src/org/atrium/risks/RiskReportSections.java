package org.atrium.risks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.atrium.core.model.pmo.Project;
import org.atrium.core.report.ReportSection;
import org.atrium.core.report.ReportSection.Row;
import org.atrium.core.report.ReportSectionContribution;
import org.atrium.core.store.Condition;
import org.atrium.core.store.Ids;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.risks.model.risks.Risk;
import org.atrium.risks.model.risks.RisksPackage.Literals;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The risk plugin's sections of status reports: the top open risks by residual score, and the heat map's counts
 * (open and mitigating risks per residual probability and impact). Reads the active risks in one query.
 */
@Component(service = ReportSectionContribution.class)
public class RiskReportSections implements ReportSectionContribution {

	public static final String TOP_RISKS = "risks.top";
	public static final String HEAT_MAP = "risks.heatmap";
	static final int TOP = 10;

	private RiskScoring scoring;

	public RiskReportSections() {
	}

	/** For use outside OSGi. */
	public RiskReportSections(RiskScoring scoring) {
		this.scoring = scoring;
	}

	@Reference
	void setScoring(RiskScoring scoring) {
		this.scoring = scoring;
	}

	@Override
	public List<ReportSection> sections(List<Project> projects, StoreSession session, LocalDate asOf) {
		Map<String, Project> byId = new HashMap<>();
		projects.forEach(project -> byId.put(Ids.of(project), project));
		record Rated(Risk risk, Project project, RiskRating rating) {
		}
		List<Rated> active = new ArrayList<>();
		for (Risk risk : session.<Risk>query(Query.<Risk>of(Literals.RISK)
				.where(Condition.in(Literals.RISK__STATUS, RiskQueries.ACTIVE_RISK)))) {
			Project project = risk.eGet(Literals.RISK__PROJECT, false) instanceof Project p ? byId.get(Ids.of(p)) : null;
			Optional<RiskRating> rating = scoring.residual(risk);
			if (project != null && rating.isPresent()) {
				active.add(new Rated(risk, project, rating.get()));
			}
		}
		active.sort(Comparator.comparingInt((Rated rated) -> rated.rating().score()).reversed()
				.thenComparing(rated -> rated.project().getCode()).thenComparing(rated -> rated.risk().getTitle()));
		List<Row> top = active.stream().limit(TOP).map(rated -> Row.of(Ids.of(rated.risk()), rated.project().getCode(),
				rated.risk().getTitle(), rated.risk().getStatus().getLiteral(), Integer.toString(rated.rating().score()),
				rated.rating().band().label(), rated.risk().getProximityDate() == null ? ""
						: rated.risk().getProximityDate().toString())).toList();
		int[][] counts = new int[5][5];
		for (Rated rated : active) {
			counts[rated.rating().probability() - 1][rated.rating().impact() - 1]++;
		}
		List<Row> heat = new ArrayList<>();
		for (int probability = 5; probability >= 1; probability--) {
			List<String> cells = new ArrayList<>();
			cells.add(Integer.toString(probability));
			for (int impact = 1; impact <= 5; impact++) {
				cells.add(Integer.toString(counts[probability - 1][impact - 1]));
			}
			heat.add(new Row(cells, null));
		}
		String none = "No open risks.";
		return List.of(
				new ReportSection(TOP_RISKS, "Top risks", List.of("Project", "Risk", "Status", "Residual score", "Band",
						"Proximity"), top, active.isEmpty() ? none
								: active.size() > TOP ? "The " + TOP + " highest of " + active.size() + " open risks." : ""),
				new ReportSection(HEAT_MAP, "Risk heat map (residual)", List.of("Probability \\ impact", "1", "2", "3",
						"4", "5"), heat, active.isEmpty() ? none : active.size() + " open and mitigating risks."));
	}
}
