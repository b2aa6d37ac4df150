package org.atrium.core;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.StoreSession;

/**
 * A plugin's part of a project's actual cost, such as approved hours times each person's rate. Register an
 * implementation as an OSGi service; {@link ProjectHealthService} adds it to the cost entered on the project
 * ({@code budgetActual}) for earned value's AC and for the derived RAG.
 */
public interface CostContribution {

	/** The project's cost that this plugin knows of up to and including {@code asOf}, in the project's currency; zero when none. */
	BigDecimal actualCost(Project project, StoreSession session, LocalDate asOf);
}
