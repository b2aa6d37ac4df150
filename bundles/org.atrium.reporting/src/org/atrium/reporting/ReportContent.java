package org.atrium.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.atrium.core.model.pmo.RagStatus;
import org.atrium.core.model.pmo.ReportPeriod;
import org.atrium.core.report.ReportSection;

/**
 * What a report says, whatever it is written to: its heading, its RAG, its sections (generated, or as frozen when
 * published) and the author's narrative.
 *
 * @param title     "Monthly status report: Digital (portfolio)"
 * @param scope     the scope's label ("Digital (portfolio)", "DIG-001 CRM Consolidation")
 * @param period    weekly or monthly
 * @param asOf      the day the figures are taken on
 * @param rag       the scope's RAG
 * @param sections  the sections in reading order
 * @param narrative what the author wrote; empty texts for a fresh draft
 */
public record ReportContent(String title, String scope, ReportPeriod period, LocalDate asOf, RagStatus rag,
		List<ReportSection> sections, Narrative narrative) {

	/** The author's words, and who they are. */
	public record Narrative(String author, String summary, String accomplishments, String nextSteps, String helpNeeded,
			boolean published) {

		public static final Narrative NONE = new Narrative("", "", "", "", "", false);

		public Narrative {
			author = text(author);
			summary = text(summary);
			accomplishments = text(accomplishments);
			nextSteps = text(nextSteps);
			helpNeeded = text(helpNeeded);
		}

		/** The narrative's parts that have text, as heading and text. */
		public List<String[]> parts() {
			return java.util.stream.Stream.of(new String[] { "Summary", summary },
					new String[] { "Accomplishments", accomplishments }, new String[] { "Next steps", nextSteps },
					new String[] { "Help needed", helpNeeded }).filter(part -> !part[1].isBlank()).toList();
		}

		private static String text(String value) {
			return value == null ? "" : value;
		}
	}

	public ReportContent {
		sections = List.copyOf(sections);
		narrative = narrative == null ? Narrative.NONE : narrative;
	}

	public Optional<ReportSection> section(String key) {
		return sections.stream().filter(section -> section.key().equals(key)).findFirst();
	}

	public ReportContent withNarrative(Narrative narrative) {
		return new ReportContent(title, scope, period, asOf, rag, sections, narrative);
	}
}
