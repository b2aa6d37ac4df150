package org.atrium.ui.navigator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.atrium.core.Contributions;
import org.atrium.core.model.Labels;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.Program;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;
import org.eclipse.emf.ecore.EObject;

/**
 * What the navigator shows, read in one go: portfolios, their programs and projects (headers
 * only), and the children that plugins add under projects with their labels. Every call into a
 * plugin goes through {@link Contributions}: a failing plugin's children are simply absent, and a
 * failing label falls back to the kind of object.
 */
public final class NavigatorContent {

	private final List<Portfolio> portfolios;
	private final Map<Object, List<?>> contributed;
	private final Map<Object, NavigatorContribution> owners;
	private final Map<Object, String> labels;

	private NavigatorContent(List<Portfolio> portfolios, Map<Object, List<?>> contributed,
			Map<Object, NavigatorContribution> owners, Map<Object, String> labels) {
		this.portfolios = portfolios;
		this.contributed = contributed;
		this.owners = owners;
		this.labels = labels;
	}

	/** Reads the tree. Runs outside the UI thread. */
	public static NavigatorContent read(StoreSession session, List<NavigatorContribution> contributions) {
		List<Portfolio> portfolios = session.query(Query.<Portfolio>of(PmoPackage.Literals.PORTFOLIO));
		List<Program> programs = session.query(Query.<Program>of(PmoPackage.Literals.PROGRAM));
		List<Project> projects = session.query(Query.<Project>of(PmoPackage.Literals.PROJECT));
		Map<String, Portfolio> portfolioById = new HashMap<>();
		portfolios.forEach(p -> portfolioById.put(p.getId(), p));
		Map<String, Program> programById = new HashMap<>();
		programs.forEach(p -> programById.put(p.getId(), p));
		// Shallow objects are assembled into one tree; this session only reads.
		for (Program program : programs) {
			Portfolio portfolio = session.containerId(program).map(portfolioById::get).orElse(null);
			if (portfolio != null) {
				portfolio.getPrograms().add(program);
			}
		}
		for (Project project : projects) {
			Program program = session.containerId(project).map(programById::get).orElse(null);
			if (program != null) {
				program.getProjects().add(project);
			}
		}
		portfolios.sort(Comparator.comparing(Portfolio::getName, Comparator.nullsLast(String::compareToIgnoreCase)));
		Map<Object, List<?>> contributed = new IdentityHashMap<>();
		Map<Object, NavigatorContribution> owners = new IdentityHashMap<>();
		Map<Object, String> labels = new IdentityHashMap<>();
		for (NavigatorContribution contribution : contributions) {
			Map<Project, List<?>> children = Contributions.call(contribution, "the navigator's children of projects",
					() -> contribution.children(projects, session), Map.of());
			children.forEach((project, list) -> {
				if (project == null || list == null) {
					return;
				}
				List<Object> all = new ArrayList<>(contributed.getOrDefault(project, List.of()));
				for (Object child : list) {
					if (child != null) {
						all.add(child);
						owners.put(child, contribution);
						labels.put(child, Contributions.call(contribution, "the navigator label of " + kind(child),
								() -> contribution.label(child), kind(child)));
					}
				}
				contributed.put(project, all);
			});
		}
		return new NavigatorContent(portfolios, contributed, owners, labels);
	}

	/** What an element is, for a label its plugin could not give: the label of its class. */
	static String kind(Object element) {
		return element instanceof EObject object ? Labels.of(object.eClass()) : element.getClass().getSimpleName();
	}

	/** The label a plugin gave its child, read with the tree. */
	public String label(Object element) {
		return labels.get(element);
	}

	public List<Portfolio> portfolios() {
		return portfolios;
	}

	public List<?> contributedChildren(Object parent) {
		return contributed.getOrDefault(parent, List.of());
	}

	/** How many children plugins added, over all projects. */
	public int contributedCount() {
		return owners.size();
	}

	public NavigatorContribution owner(Object element) {
		return owners.get(element);
	}
}
