package org.atrium.risks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.atrium.demo.Office;
import org.atrium.core.model.pmo.Allocation;
import org.atrium.core.model.pmo.Entity;
import org.atrium.core.model.pmo.LifecyclePhase;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RoleAssignment;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.risks.RiskCatalogue.DependencyTemplate;
import org.atrium.risks.RiskCatalogue.RiskTemplate;
import org.atrium.risks.model.risks.ActionStatus;
import org.atrium.risks.model.risks.Assumption;
import org.atrium.risks.model.risks.Dependency;
import org.atrium.risks.model.risks.DependencyStatus;
import org.atrium.risks.model.risks.Issue;
import org.atrium.risks.model.risks.IssuePriority;
import org.atrium.risks.model.risks.IssueStatus;
import org.atrium.risks.model.risks.MitigationAction;
import org.atrium.risks.model.risks.RaidItem;
import org.atrium.risks.model.risks.ResponseStrategy;
import org.atrium.risks.model.risks.Risk;
import org.atrium.risks.model.risks.RiskStatus;
import org.atrium.risks.model.risks.RisksFactory;

/** One run of {@link RiskDemo}: every draw comes from one random source, so the seed fixes the result. */
final class DemoRiskGenerator {

	private static final RisksFactory RISKS = RisksFactory.eINSTANCE;

	/** Where a mitigation action of a risk that may still occur stands. */
	private enum Progress {
		DONE, OVERDUE, ON_TIME
	}

	private final SplittableRandom random;
	private final Office office;
	private final LocalDate asOf;
	private final Map<Project, List<Person>> peopleByProject;

	DemoRiskGenerator(SplittableRandom random, Office office, LocalDate asOf) {
		this.random = random;
		this.office = office;
		this.asOf = asOf;
		this.peopleByProject = peopleByProject(office);
	}

	/** Hands every new top-level object to {@code save}: risks (with their actions), then the RAID log. */
	void generate(Consumer<Entity> save) {
		List<Project> active = office.projects().stream().filter(project -> project.getPhase() != LifecyclePhase.CLOSED)
				.toList();
		for (Project project : active) {
			List<Person> people = peopleByProject.getOrDefault(project, List.of());
			for (RiskTemplate template : sample(RiskCatalogue.RISKS, between(3, 6))) {
				Risk risk = risk(template, project, people);
				save.accept(risk);
				if (risk.getStatus() == RiskStatus.OCCURRED) {
					save.accept(issue(template, risk));
				}
			}
			for (String text : sample(RiskCatalogue.ASSUMPTIONS, between(1, 2))) {
				save.accept(assumption(text, project, people));
			}
			for (DependencyTemplate template : sample(RiskCatalogue.DEPENDENCIES, between(0, 2))) {
				save.accept(dependency(template, project, people, active));
			}
		}
	}

	private Risk risk(RiskTemplate template, Project project, List<Person> people) {
		Risk risk = create(RISKS::createRisk);
		risk.setTitle(template.title());
		risk.setCategory(template.category());
		risk.setCause(template.cause());
		risk.setEffect(template.effect());
		risk.setTriggers(template.triggers());
		risk.setDescription(template.cause() + " " + template.effect());
		risk.setProject(project);
		risk.setOwner(pickOrNull(people));
		risk.setProbability(between(1, 5));
		risk.setImpact(between(2, 5));
		risk.setStatus(weighted(RiskStatus.VALUES, 40, 35, 12, 13));
		risk.setStrategy(weighted(ResponseStrategy.VALUES, 11, 55, 12, 12, 10));
		if (risk.getStatus() != RiskStatus.OPEN || chance(0.5)) {
			risk.setResidualProbability(Math.max(1, risk.getProbability() - between(0, 2)));
			risk.setResidualImpact(Math.max(1, risk.getImpact() - between(0, 1)));
		}
		boolean past = risk.getStatus() == RiskStatus.CLOSED || risk.getStatus() == RiskStatus.OCCURRED;
		risk.setProximityDate(past ? asOf.minusDays(between(7, 90)) : asOf.plusDays(between(21, 180)));
		if (risk.getStrategy() != ResponseStrategy.ACCEPT) {
			for (String title : sample(template.actions(), between(1, 2))) {
				risk.getActions().add(action(title, risk, people));
			}
		}
		return risk;
	}

	/** Done or cancelled for a risk that is over; otherwise done, overdue or due before the risk could occur. */
	private MitigationAction action(String title, Risk risk, List<Person> people) {
		MitigationAction action = create(RISKS::createMitigationAction);
		action.setTitle(title);
		action.setOwner(pickOrNull(people));
		if (!RiskQueries.isActive(risk)) {
			action.setStatus(chance(0.8) ? ActionStatus.DONE : ActionStatus.CANCELLED);
			action.setDueDate(risk.getProximityDate().minusDays(between(7, 60)));
			return action;
		}
		switch (weighted(List.of(Progress.values()), 30, 25, 45)) {
			case DONE -> {
				action.setStatus(ActionStatus.DONE);
				action.setDueDate(asOf.minusDays(between(5, 60)));
			}
			case OVERDUE -> {
				action.setStatus(chance(0.5) ? ActionStatus.PLANNED : ActionStatus.IN_PROGRESS);
				action.setDueDate(asOf.minusDays(between(3, 40)));
			}
			case ON_TIME -> {
				action.setStatus(chance(0.5) ? ActionStatus.PLANNED : ActionStatus.IN_PROGRESS);
				long daysToProximity = risk.getProximityDate().toEpochDay() - asOf.toEpochDay();
				action.setDueDate(asOf.plusDays(between(7, (int) daysToProximity - 1)));
			}
		}
		return action;
	}

	/** The issue a risk turned into when it occurred, raised on its proximity date. */
	private Issue issue(RiskTemplate template, Risk risk) {
		Issue issue = raidItem(RISKS::createIssue, template.issue(), risk.getProject(), risk.getOwner(),
				risk.getProximityDate());
		issue.setDescription("The risk '" + risk.getTitle() + "' occurred. " + risk.getEffect());
		issue.setSourceRisk(risk);
		issue.setPriority(weighted(IssuePriority.VALUES, 5, 25, 45, 25));
		issue.setStatus(chance(0.4) ? IssueStatus.RESOLVED : IssueStatus.OPEN);
		issue.setDueDate(issue.getRaised().plusDays(between(14, 45)));
		return issue;
	}

	private Assumption assumption(String text, Project project, List<Person> people) {
		Assumption assumption = raidItem(RISKS::createAssumption, text, project, pickOrNull(people),
				asOf.minusDays(between(30, 200)));
		assumption.setValidated(chance(0.5));
		assumption.setDueDate(assumption.getRaised().plusDays(between(30, 90)));
		return assumption;
	}

	/** A need from another active project, or from a vendor. */
	private Dependency dependency(DependencyTemplate template, Project project, List<Person> people,
			List<Project> active) {
		List<Project> others = active.stream().filter(other -> other != project).toList();
		String provider;
		if (template.onProject() && !others.isEmpty()) {
			Project other = pick(others);
			provider = other.getCode() + " " + other.getName();
		} else {
			provider = pick(RiskCatalogue.VENDORS);
		}
		Dependency dependency = raidItem(RISKS::createDependency, template.title(), project, pickOrNull(people),
				asOf.minusDays(between(30, 150)));
		dependency.setDependsOn(provider);
		dependency.setStatus(weighted(DependencyStatus.VALUES, 50, 30, 20));
		dependency.setDueDate(switch (dependency.getStatus()) {
			case OPEN -> asOf.plusDays(between(14, 120));
			case MET -> asOf.minusDays(between(5, 60));
			case LATE -> asOf.minusDays(between(5, 30));
		});
		return dependency;
	}

	private <T extends RaidItem> T raidItem(Supplier<T> factoryMethod, String title, Project project, Person owner,
			LocalDate raised) {
		T item = create(factoryMethod);
		item.setTitle(title);
		item.setProject(project);
		item.setOwner(owner);
		item.setRaised(raised);
		return item;
	}

	/** Each project's people: those holding a role in it other than stakeholder, then those allocated to it. */
	private static Map<Project, List<Person>> peopleByProject(Office office) {
		Map<Project, Set<Person>> people = new HashMap<>();
		for (Project project : office.projects()) {
			Set<Person> members = people.computeIfAbsent(project, key -> new LinkedHashSet<>());
			for (RoleAssignment role : project.getRoleAssignments()) {
				if (role.getKind() != RoleKind.STAKEHOLDER && role.getPerson() != null) {
					members.add(role.getPerson());
				}
			}
		}
		for (Allocation allocation : office.allocations()) {
			Set<Person> members = people.get(allocation.getProject());
			if (members != null && allocation.getPerson() != null) {
				members.add(allocation.getPerson());
			}
		}
		Map<Project, List<Person>> result = new HashMap<>();
		people.forEach((project, members) -> result.put(project, List.copyOf(members)));
		return result;
	}

	/** A new object with an id drawn from the seed. */
	private <T extends Entity> T create(Supplier<T> factoryMethod) {
		T entity = factoryMethod.get();
		long mostSignificant = (random.nextLong() & ~0xF000L) | 0x4000L;
		long leastSignificant = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		entity.setId(new UUID(mostSignificant, leastSignificant).toString());
		return entity;
	}

	/** A whole number from {@code min} to {@code max}, both included. */
	private int between(int min, int max) {
		return min >= max ? min : random.nextInt(min, max + 1);
	}

	private boolean chance(double probability) {
		return random.nextDouble() < probability;
	}

	private <T> T pick(List<T> items) {
		return items.get(random.nextInt(items.size()));
	}

	private <T> T pickOrNull(List<T> items) {
		return items.isEmpty() ? null : pick(items);
	}

	/** Up to {@code count} distinct items in random order. */
	private <T> List<T> sample(List<T> items, int count) {
		List<T> shuffled = new ArrayList<>(items);
		int size = Math.min(count, shuffled.size());
		for (int index = 0; index < size; index++) {
			Collections.swap(shuffled, index, random.nextInt(index, shuffled.size()));
		}
		return shuffled.subList(0, size);
	}

	/** An item drawn with the given relative weights, one per item. */
	private <T> T weighted(List<T> items, int... weights) {
		int total = 0;
		for (int weight : weights) {
			total += weight;
		}
		int draw = random.nextInt(total);
		for (int index = 0; index < weights.length - 1; index++) {
			draw -= weights[index];
			if (draw < 0) {
				return items.get(index);
			}
		}
		return items.get(weights.length - 1);
	}
}
