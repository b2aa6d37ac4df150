package org.atrium.risks.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.Ids;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.atrium.risks.RiskBand;
import org.atrium.risks.RiskRating;
import org.atrium.risks.RiskScoring;
import org.atrium.risks.model.risks.Risk;
import org.atrium.risks.model.risks.RisksPackage;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/** The risk register as rows, read with a few queries however many risks there are. */
final class RiskRows {

	/** One risk with its ratings and the names of its project and owner. */
	record Row(String id, String projectId, String project, String title, String category, String owner,
			RiskRating inherent, RiskRating residual, String status, String strategy, LocalDate proximity, boolean active) {

		RiskBand residualBand() {
			return residual == null ? null : residual.band();
		}
	}

	/** A cell of the heat map: probability and impact, of the inherent or the residual rating. */
	record Cell(int probability, int impact, boolean residual) {

		boolean contains(Row row) {
			RiskRating rating = residual ? row.residual() : row.inherent();
			return rating != null && rating.probability() == probability && rating.impact() == impact;
		}
	}

	private RiskRows() {
	}

	static List<Row> read(StoreSession session, RiskScoring scoring) {
		Map<String, String> projects = new HashMap<>();
		for (Project project : session.query(Query.<Project>of(PmoPackage.Literals.PROJECT))) {
			projects.put(project.getId(), project.getCode());
		}
		Map<String, String> people = new HashMap<>();
		for (Person person : session.query(Query.<Person>of(PmoPackage.Literals.PERSON))) {
			people.put(person.getId(), person.getName());
		}
		List<Row> rows = new ArrayList<>();
		for (Risk risk : session.query(Query.<Risk>of(RisksPackage.Literals.RISK))) {
			String projectId = id(risk, RisksPackage.Literals.RISK__PROJECT);
			rows.add(new Row(risk.getId(), projectId, projects.getOrDefault(projectId, ""), risk.getTitle(),
					risk.getCategory(), people.getOrDefault(id(risk, RisksPackage.Literals.RISK__OWNER), ""),
					scoring.inherent(risk).orElse(null), scoring.residual(risk).orElse(null),
					risk.getStatus() == null ? "" : risk.getStatus().getLiteral(),
					risk.getStrategy() == null ? "" : risk.getStrategy().getLiteral(), risk.getProximityDate(),
					org.atrium.risks.RiskQueries.isActive(risk)));
		}
		return rows;
	}

	/** The id a reference points to, without loading the target. */
	private static String id(EObject object, EReference reference) {
		EObject target = (EObject) object.eGet(reference, false);
		return target == null ? null : Ids.of(target);
	}
}
