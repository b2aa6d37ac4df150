package org.atrium.core.model.rules;

import java.util.List;
import java.util.Objects;

import org.atrium.core.model.pmo.RagStatus;

/**
 * The outcome of {@link ProjectHealth#assess}: the overall RAG status and one sentence per factor
 * that is not green, red findings first.
 */
public record HealthAssessment(RagStatus rag, List<String> reasons) {

	/** Copies the reasons, so the assessment stays immutable. */
	public HealthAssessment {
		Objects.requireNonNull(rag, "rag");
		reasons = List.copyOf(reasons);
	}
}
