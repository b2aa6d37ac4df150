package org.atrium.demo;

import static org.atrium.demo.GenerationContext.PMO;
import static org.atrium.demo.WorkCalendar.daysBetween;
import static org.atrium.demo.WorkCalendar.workday;

import java.time.LocalDate;
import java.util.List;

import org.atrium.demo.Vocabulary.DocumentTemplate;
import org.atrium.demo.Vocabulary.MilestoneTemplate;
import org.atrium.demo.Vocabulary.WorkstreamTemplate;
import org.atrium.core.model.pmo.DocumentRef;
import org.atrium.core.model.pmo.GateDecision;
import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RagStatus;
import org.atrium.core.model.pmo.Workstream;

/** The structure of a project: its workstreams, its milestones and gates, and its documents. */
final class ProjectDetails {

	private final GenerationContext context;
	private final Dice dice;

	ProjectDetails(GenerationContext context) {
		this.context = context;
		this.dice = context.dice();
	}

	/** Two or three workstreams. */
	List<Workstream> addWorkstreams(Project project) {
		for (WorkstreamTemplate template : dice.sample(Vocabulary.WORKSTREAMS, dice.between(2, 3))) {
			Workstream workstream = context.create(PMO::createWorkstream);
			workstream.setName(template.name());
			workstream.setDescription(template.description());
			project.getWorkstreams().add(workstream);
		}
		return project.getWorkstreams();
	}

	/**
	 * Milestones spread evenly over the project, from kick-off to closure. Baseline and planned dates follow the
	 * baseline and planned schedule, so a slipped project has slipped milestones; a milestone is achieved once the
	 * project's progress has passed it.
	 */
	void addMilestones(ProjectPlan plan) {
		int count = context.scale().milestonesPerProject();
		List<MilestoneTemplate> catalogue = Vocabulary.MILESTONES;
		int[] occurrences = new int[catalogue.size()];
		for (int index = 0; index < count; index++) {
			double share = count == 1 ? 1 : (double) index / (count - 1);
			int templateIndex = (int) Math.round(share * (catalogue.size() - 1));
			MilestoneTemplate template = catalogue.get(templateIndex);
			occurrences[templateIndex]++;
			plan.project().getMilestones().add(milestone(plan, template, occurrences[templateIndex], share));
		}
	}

	private Milestone milestone(ProjectPlan plan, MilestoneTemplate template, int occurrence, double share) {
		ProjectProfile profile = plan.profile();
		boolean intermediate = share > 0 && share < 1;
		Milestone milestone = context.create(PMO::createMilestone);
		milestone.setName(Vocabulary.numbered(template.name(), occurrence));
		milestone.setBaselineDate(dateAt(profile.baselineStart(), profile.baselineEnd(), share));
		LocalDate plannedDate = dateAt(profile.plannedStart(), profile.plannedEnd(), share);
		if (intermediate && !template.gate() && dice.chance(0.2)) {
			plannedDate = workday(WorkCalendar.earliest(plannedDate.plusDays(dice.between(3, 21)),
					profile.plannedEnd()));
		}
		milestone.setPlannedDate(plannedDate);
		boolean achieved = share * 100 <= profile.percentComplete();
		if (achieved) {
			LocalDate actualDate = plannedDate.plusDays(dice.between(-3, 10));
			milestone.setActualDate(workday(WorkCalendar.earliest(WorkCalendar.latest(actualDate,
					profile.actualStart()), profile.statusDate())));
		}
		milestone.setGate(template.gate());
		if (template.gate()) {
			milestone.setGateDecision(gateDecision(profile, achieved, plannedDate));
		} else if (intermediate && dice.chance(0.5)) {
			milestone.setWorkstream(dice.pick(plan.project().getWorkstreams()));
		}
		return milestone;
	}

	/** Passed gates were mostly a go; a red project may have been stopped at an overdue gate. */
	private GateDecision gateDecision(ProjectProfile profile, boolean passed, LocalDate plannedDate) {
		if (passed) {
			return dice.chance(0.8) ? GateDecision.GO : GateDecision.CONDITIONAL_GO;
		}
		boolean overdue = plannedDate.isBefore(profile.statusDate());
		return overdue && profile.rag() == RagStatus.RED && dice.chance(0.5) ? GateDecision.NO_GO
				: GateDecision.PENDING;
	}

	private static LocalDate dateAt(LocalDate start, LocalDate end, double share) {
		return workday(start.plusDays(Math.round(share * daysBetween(start, end))));
	}

	/** One to three documents on the PMO site. */
	void addDocuments(Project project) {
		for (DocumentTemplate template : dice.sample(Vocabulary.DOCUMENTS, dice.between(1, 3))) {
			DocumentRef document = context.create(PMO::createDocumentRef);
			document.setTitle(template.title());
			document.setKind(template.kind());
			document.setUri(Vocabulary.DOCUMENT_SITE + project.getCode() + "/" + template.title().replace(" ", "%20")
					+ "." + template.extension());
			document.getTags().addAll(template.tags());
			project.getDocuments().add(document);
		}
	}
}
