package org.atrium.core;

import java.time.LocalDate;
import java.util.List;

import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RagStatus;
import org.atrium.core.store.StoreSession;

/**
 * A plugin's say in a project's derived RAG status, for example open critical risks. Register an
 * implementation as an OSGi service; {@link ProjectHealthService} adds its findings to those of the
 * core rules, and the worst finding sets the status.
 */
public interface HealthContributor {

	/** One amber or red finding, with a sentence a PMO user understands. */
	record Finding(RagStatus rag, String reason) {
	}

	/** The findings about the project; may read with the session. Green findings need not be returned. */
	List<Finding> findings(Project project, StoreSession session, LocalDate today);
}
