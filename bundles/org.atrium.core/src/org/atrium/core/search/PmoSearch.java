package org.atrium.core.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.model.pmo.Person;
import org.atrium.core.model.pmo.PmoPackage.Literals;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.Scope;
import org.atrium.core.store.Condition;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.eclipse.emf.ecore.EClass;
import org.osgi.service.component.annotations.Component;

/**
 * The core's objects in the global search: projects by code, name or description; programs and portfolios
 * by name or description; people by name, login or e-mail; milestones by name (a milestone opens its
 * project).
 */
@Component(service = SearchContribution.class)
public class PmoSearch implements SearchContribution {

	/** Hits of one name (a milestone of many projects) in the order of their projects' codes. */
	static final Comparator<SearchHit> BY_LABEL_THEN_DETAIL = Comparator
			.comparing(SearchHit::label, String.CASE_INSENSITIVE_ORDER)
			.thenComparing(SearchHit::detail, String.CASE_INSENSITIVE_ORDER);

	@Override
	public List<SearchHit> find(String text, StoreSession session, int limit) {
		List<SearchHit> hits = new ArrayList<>();
		hits.addAll(projects(text, session, limit));
		hits.addAll(scopes(Literals.PROGRAM, "Program", text, session, limit));
		hits.addAll(scopes(Literals.PORTFOLIO, "Portfolio", text, session, limit));
		hits.addAll(people(text, session, limit));
		hits.addAll(milestones(text, session, limit));
		return hits;
	}

	private static List<SearchHit> projects(String text, StoreSession session, int limit) {
		Query<Project> query = Query.<Project>of(Literals.PROJECT)
				.where(Condition.or(Condition.contains(Literals.PROJECT__CODE, text),
						Condition.contains(Literals.SCOPE__NAME, text), Condition.contains(Literals.SCOPE__DESCRIPTION, text)))
				.orderBy(Literals.PROJECT__CODE).limit(limit);
		List<Project> projects = session.query(query);
		Map<String, String> programs = new HashMap<>();
		if (!projects.isEmpty()) {
			Set<String> programIds = new HashSet<>();
			projects.forEach(p -> session.containerId(p).ifPresent(programIds::add));
			session.query(Query.<Scope>of(Literals.PROGRAM).where(Condition.in(Literals.ENTITY__ID, programIds)))
					.forEach(program -> programs.put(program.getId(), program.getName()));
		}
		return projects.stream().map(p -> {
			String program = session.containerId(p).map(programs::get).orElse(null);
			String phase = p.getPhase() == null ? null : p.getPhase().getLiteral();
			return new SearchHit("Project", p.getCode() + "  " + p.getName(), details(program, phase), Literals.PROJECT,
					p.getId());
		}).toList();
	}

	private static List<SearchHit> scopes(EClass type, String kind, String text, StoreSession session, int limit) {
		Query<Scope> query = Query.<Scope>of(type)
				.where(Condition.or(Condition.contains(Literals.SCOPE__NAME, text),
						Condition.contains(Literals.SCOPE__DESCRIPTION, text)))
				.orderBy(Literals.SCOPE__NAME).limit(limit);
		return session.query(query).stream().map(s -> new SearchHit(kind, s.getName(), "", type, s.getId())).toList();
	}

	private static List<SearchHit> people(String text, StoreSession session, int limit) {
		Query<Person> query = Query.<Person>of(Literals.PERSON)
				.where(Condition.or(Condition.contains(Literals.PERSON__NAME, text),
						Condition.contains(Literals.PERSON__LOGIN, text), Condition.contains(Literals.PERSON__EMAIL, text)))
				.orderBy(Literals.PERSON__NAME).limit(limit);
		return session.query(query).stream()
				.map(p -> new SearchHit("Person", p.getName(), details(p.getLogin(), p.getEmail(), p.getDepartment()),
						Literals.PERSON, p.getId()))
				.toList();
	}

	private static List<SearchHit> milestones(String text, StoreSession session, int limit) {
		List<Milestone> milestones = session.query(Query.<Milestone>of(Literals.MILESTONE)
				.where(Condition.contains(Literals.MILESTONE__NAME, text)).orderBy(Literals.MILESTONE__NAME).limit(limit));
		Map<Milestone, String> projectIds = new LinkedHashMap<>();
		for (Milestone milestone : milestones) {
			session.containerId(milestone).ifPresent(id -> projectIds.put(milestone, id));
		}
		Map<String, Project> projects = new HashMap<>();
		if (!projectIds.isEmpty()) {
			session.query(Query.<Project>of(Literals.PROJECT)
					.where(Condition.in(Literals.ENTITY__ID,
							List.copyOf(new HashSet<>(projectIds.values())))))
					.forEach(p -> projects.put(p.getId(), p));
		}
		List<SearchHit> hits = new ArrayList<>();
		projectIds.forEach((milestone, projectId) -> {
			Project project = projects.get(projectId);
			if (project != null) {
				String planned = milestone.getPlannedDate() == null ? "" : "planned " + milestone.getPlannedDate();
				hits.add(new SearchHit("Milestone", milestone.getName(),
						details(project.getCode() + "  " + project.getName(), planned), Literals.PROJECT, projectId));
			}
		});
		hits.sort(BY_LABEL_THEN_DETAIL);
		return hits;
	}

	/** The values that are there, joined. */
	static String details(String... values) {
		List<String> present = new ArrayList<>();
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				present.add(value);
			}
		}
		return String.join(", ", present);
	}
}
