package org.atrium.interop;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.atrium.core.exchange.SheetFiles;
import org.atrium.core.model.pmo.Milestone;
import org.atrium.core.model.pmo.PmoPackage;
import org.atrium.core.model.pmo.Portfolio;
import org.atrium.core.model.pmo.Program;
import org.atrium.core.model.pmo.Project;
import org.atrium.core.model.pmo.RoleAssignment;
import org.atrium.core.model.pmo.RoleKind;
import org.atrium.core.model.pmo.Scope;
import org.atrium.core.store.Condition;
import org.atrium.core.store.Query;
import org.atrium.core.store.StoreSession;

/**
 * The portfolio as one XLSX sheet that a Smartsheet sheet can be created from: a row per project with its portfolio,
 * program, phase, RAG, sponsor, dates, budget and next milestone (the earliest one not yet reached, by planned date).
 */
public final class PortfolioExport {

	/** The sheet's columns, in order. */
	public static final List<String> HEADERS = List.of("Code", "Project", "Portfolio", "Program", "Phase", "RAG",
			"Trend", "Sponsor", "Planned start", "Planned end", "Baseline end", "Actual end", "% complete", "Currency",
			"Budget planned", "Budget forecast", "Budget actual", "Next milestone", "Next milestone date");

	private PortfolioExport() {
	}

	/** Writes every project, by code; the stream stays open. Returns how many projects were written. */
	public static int write(StoreSession session, OutputStream out) throws IOException {
		return write(session, out, LocalDate.now());
	}

	static int write(StoreSession session, OutputStream out, LocalDate today) throws IOException {
		List<Project> projects = new ArrayList<>();
		for (Portfolio portfolio : session.<Portfolio>query(
				Query.<Portfolio>of(PmoPackage.Literals.PORTFOLIO).where(Condition.topLevel()).withContents())) {
			portfolio.getPrograms().forEach(program -> projects.addAll(program.getProjects()));
		}
		for (Program program : session.<Program>query(
				Query.<Program>of(PmoPackage.Literals.PROGRAM).where(Condition.topLevel()).withContents())) {
			projects.addAll(program.getProjects());
		}
		projects.addAll(session.<Project>query(
				Query.<Project>of(PmoPackage.Literals.PROJECT).where(Condition.topLevel()).withContents()));
		projects.sort(Comparator.comparing(Project::getCode, Comparator.nullsLast(Comparator.naturalOrder())));
		List<List<Object>> rows = new ArrayList<>();
		for (Project project : projects) {
			Program program = project.getProgram();
			Optional<Milestone> next = project.getMilestones().stream()
					.filter(milestone -> milestone.getActualDate() == null && milestone.getPlannedDate() != null
							&& !milestone.getPlannedDate().isBefore(today))
					.min(Comparator.comparing(Milestone::getPlannedDate));
			rows.add(Arrays.asList(project.getCode(), project.getName(),
					program == null || program.getPortfolio() == null ? null : program.getPortfolio().getName(),
					program == null ? null : program.getName(), literal(project.getPhase()), literal(project.getRag()),
					literal(project.getRagTrend()), sponsor(project), project.getPlannedStart(), project.getPlannedEnd(),
					project.getBaselineEnd(), project.getActualEnd(), project.getPercentComplete(),
					project.getCurrency(), project.getBudgetPlanned(), project.getBudgetForecast(),
					project.getBudgetActual(), next.map(Milestone::getName).orElse(null),
					next.map(Milestone::getPlannedDate).orElse(null)));
		}
		SheetFiles.writeXlsx("Portfolio", HEADERS, rows, out);
		return projects.size();
	}

	/** The sponsor of the project, else of its program, else of its portfolio. */
	private static String sponsor(Project project) {
		List<Scope> scopes = new ArrayList<>();
		scopes.add(project);
		if (project.getProgram() != null) {
			scopes.add(project.getProgram());
			if (project.getProgram().getPortfolio() != null) {
				scopes.add(project.getProgram().getPortfolio());
			}
		}
		return scopes.stream().flatMap(scope -> scope.getRoleAssignments().stream())
				.filter(role -> role.getKind() == RoleKind.SPONSOR).map(RoleAssignment::getPerson)
				.filter(Objects::nonNull).map(person -> person.getName()).findFirst().orElse(null);
	}

	private static String literal(org.eclipse.emf.common.util.Enumerator value) {
		return value == null ? null : value.getLiteral();
	}
}
