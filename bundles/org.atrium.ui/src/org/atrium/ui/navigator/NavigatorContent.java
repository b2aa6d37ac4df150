package org.atrium.ui.navigator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.Program;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;

/**
 * What the navigator shows, read in one go: portfolios, their programs and projects (headers
 * only), and the children that plugins add under projects.
 */
public final class NavigatorContent {

	private final List<Portfolio> portfolios;
	private final Map<Object, List<?>> contributed;
	private final Map<Object, NavigatorContribution> owners;

	private NavigatorContent(List<Portfolio> portfolios, Map<Object, List<?>> contributed,
			Map<Object, NavigatorContribution> owners) {
		this.portfolios = portfolios;
		this.contributed = contributed;
		this.owners = owners;
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
		for (NavigatorContribution contribution : contributions) {
			contribution.children(projects, session).forEach((project, children) -> {
				List<Object> all = new ArrayList<>(contributed.getOrDefault(project, List.of()));
				all.addAll(children);
				contributed.put(project, all);
				children.forEach(child -> owners.put(child, contribution));
			});
		}
		return new NavigatorContent(portfolios, contributed, owners);
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
